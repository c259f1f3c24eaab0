#!/usr/bin/env bash
# Adds every public symbol reported by RS0016 to PublicAPI.Unshipped.txt, then sorts the file.
# PROJ=src/Inclusion.Sdk.Sqlite/Inclusion.Sdk.Sqlite.csproj for another package. Run it after a deliberate change of public surface, and review the diff of the file.
set -euo pipefail
cd "$(dirname "$0")/.."
proj=${PROJ:-src/Inclusion.Sdk/Inclusion.Sdk.csproj}
f=$(dirname "$proj")/PublicAPI.Unshipped.txt
new=$(dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -oP "RS0016: Symbol '\K.+?(?=' is not part of the declared public API)" | sort -u || true)
{ echo '#nullable enable'; { grep -v '^#nullable' "$f" || true; printf '%s\n' "$new"; } | sed '/^$/d' | LC_ALL=C sort -u; } > "$f.tmp"
mv "$f.tmp" "$f"
# Drop entries whose symbol no longer exists (RS0017).
gone=$(dotnet build "$proj" --no-incremental -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -oP "RS0017: Symbol '\K.+?(?=' is part of the declared API, but)" | sort -u || true)
if [ -n "$gone" ]; then
  grep -vxF -f <(printf '%s\n' "$gone") "$f" > "$f.tmp" || true
  mv "$f.tmp" "$f"
fi
echo "PublicAPI.Unshipped.txt: $(grep -vc '^#nullable' "$f") entries"
