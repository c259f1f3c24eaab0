#!/usr/bin/env bash
# Packs the `inclusion` .NET tool as RID-specific packages (.NET 10 SDK) into the folder given (default artifacts/packages):
#   Inclusion.Cli.<version>.nupkg            the top-level package `dotnet tool install` asks for; it names the two below
#   Inclusion.Cli.linux-x64.<version>.nupkg  Native AOT, for linux-x64 (built here: Native AOT compiles for the OS it runs on)
#   Inclusion.Cli.any.<version>.nupkg        framework-dependent, the fallback on every other platform (needs the .NET 10 runtime)
# Other native packages are packed the same way on their own OS: add the RID to ToolPackageRuntimeIdentifiers in
# src/Inclusion.Cli/Inclusion.Cli.csproj and run `dotnet pack src/Inclusion.Cli -c Release -r <rid>` there (osx-arm64
# on a Mac, win-x64 on Windows), into the same folder. Extra arguments go to every `dotnet pack` (-p:PackageVersion=…).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/packages}
shift || true
project=src/Inclusion.Cli/Inclusion.Cli.csproj
dotnet pack "$project" -c Release -o "$out" "$@"
dotnet pack "$project" -c Release -r any -p:PublishAot=false -o "$out" "$@"
dotnet pack "$project" -c Release -r linux-x64 -o "$out" "$@"
