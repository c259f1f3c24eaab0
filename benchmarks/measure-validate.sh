#!/usr/bin/env bash
# Whole-process benchmark of `inclusion validate`, as an integrator runs it, beside the parse floor measured in the
# same run: a tiny Sep program reading every cell of the same file (benchmarks/ParseFloor). Cases run in alternation,
# RUNS times each; the script prints, per case, the median wall time, its ratio to the floor's median and the median
# peak resident memory, then the targets of issue 15 with "met" or "NOT met".
#
#   bash benchmarks/measure-validate.sh                      # 100,000 rows, 7 runs, and the 1,000,000-row case
#   ROWS=2000 RUNS=1 LARGE_ROWS=0 bash benchmarks/measure-validate.sh   # CI's smoke
#
# Settings (environment): ROWS (100000), RUNS (7), LARGE_ROWS (1000000; 0 skips the large case), LARGE_RUNS (3),
# INCLUSION_BIN (a native `inclusion` to measure; default: published here with Native AOT for linux-x64),
# WORK (folder for the generated files and builds; default a new temporary folder, removed at the end).
# The files are generated (benchmarks/Inclusion.Sdk.Benchmarks generate-places: 10 % of rows with a defect), never
# committed. Every check is on: the communes table is given with --communes.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${ROWS:-100000}
runs=${RUNS:-7}
large_rows=${LARGE_ROWS:-1000000}
large_runs=${LARGE_RUNS:-3}
work=${WORK:-}
if [ -z "$work" ]; then work=$(mktemp -d); trap 'rm -rf "$work"' EXIT; fi
mkdir -p "$work"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

echo "== building (Release): the parse floor, the file generator, the native tool"
dotnet build benchmarks/ParseFloor -c Release -o "$work/floor" > "$work/build-floor.log" 2>&1 || { cat "$work/build-floor.log"; exit 1; }
dotnet build benchmarks/Inclusion.Sdk.Benchmarks -c Release > "$work/build-generator.log" 2>&1 || { cat "$work/build-generator.log"; exit 1; }
dotnet build src/Inclusion.Cli -c Release -o "$work/any" > "$work/build-any.log" 2>&1 || { cat "$work/build-any.log"; exit 1; }
native=${INCLUSION_BIN:-}
if [ -z "$native" ]; then
  dotnet publish src/Inclusion.Cli -c Release -r linux-x64 -o "$work/native" > "$work/publish.log" 2>&1 || { cat "$work/publish.log"; exit 1; }
  native="$work/native/inclusion"
fi
floor=("$work/floor/ParseFloor")
generator=(dotnet benchmarks/Inclusion.Sdk.Benchmarks/bin/Release/net10.0/Inclusion.Sdk.Benchmarks.dll generate-places)

echo "== generating the files"
"${generator[@]}" "$rows" "$work/places.csv"
"${generator[@]}" 1 "$work/one.csv"
if [ "$large_rows" -gt 0 ]; then "${generator[@]}" "$large_rows" "$work/large.csv"; fi
printf 'code_insee,nom,code_postal\n51454,Reims,51100\n75056,Paris,75011\n69123,Lyon,69003\n97120,Pointe-à-Pitre,97110\n2A004,Ajaccio,20000\n01053,Bourg-en-Bresse,01000\n' > "$work/communes.csv"
echo "$(wc -c < "$work/places.csv") bytes, $rows rows; machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'), load $(cut -d' ' -f1-3 /proc/loadavg)"

# One measurement: wall time in seconds (from the clock, in ns) and peak RSS in KiB (GNU time), appended to $work/<case>.
# Exit codes 0 (valid) and 1 (invalid rows, expected here) count as a run; anything else stops the benchmark.
measure() {
  local name=$1; shift
  local start end status=0
  start=$(date +%s%N)
  /usr/bin/time -o "$work/rss" -f '%M' "$@" > "$work/out-$name" 2> "$work/err-$name" || status=$?
  end=$(date +%s%N)
  if [ "$status" -gt 1 ]; then echo "$name failed (exit $status):"; tail -n 5 "$work/err-$name"; exit 1; fi
  [ -s "$work/out-$name" ] || { echo "$name wrote nothing"; exit 1; }
  echo "$(( (end - start) / 1000 )) $(tail -n 1 "$work/rss")" >> "$work/$name.times"
}

validate=(validate --communes "$work/communes.csv")
echo "== $runs runs in alternation"
for ((run = 1; run <= runs; run++)); do
  measure floor "${floor[@]}" "$work/places.csv"
  for format in text json csv markdown; do
    measure "native-$format" "$native" "${validate[@]}" --format "$format" "$work/places.csv"
  done
  measure any-json dotnet "$work/any/inclusion.dll" "${validate[@]}" --format json "$work/places.csv"
  measure native-one-row "$native" "${validate[@]}" "$work/one.csv"
done
if [ "$large_rows" -gt 0 ]; then
  echo "== $large_runs runs of the $large_rows-row file"
  for ((run = 1; run <= large_runs; run++)); do
    measure large-floor "${floor[@]}" "$work/large.csv"
    measure large-native-json "$native" "${validate[@]}" --format json "$work/large.csv"
  done
fi

# Medians: column 1 is microseconds, column 2 KiB.
median() { sort -n -k"$2" "$work/$1.times" | awk -v k="$2" '{v[NR]=$k} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }
seconds() { awk -v us="$1" 'BEGIN {printf "%.3f", us / 1e6}'; }
mib() { awk -v kib="$1" 'BEGIN {printf "%.1f", kib / 1024}'; }
floor_us=$(median floor 1)
echo
echo "| case | median wall (s) | × floor | median peak RSS (MiB) |"
echo "|---|---:|---:|---:|"
for name in floor native-text native-json native-csv native-markdown any-json native-one-row large-floor large-native-json; do
  [ -f "$work/$name.times" ] || continue
  us=$(median "$name" 1); kib=$(median "$name" 2)
  base=$floor_us; case $name in large-*) base=$(median large-floor 1);; esac
  echo "| $name | $(seconds "$us") | $(awk -v a="$us" -v b="$base" 'BEGIN {printf "%.2f", a / b}') | $(mib "$kib") |"
done

echo
verdict() { if awk "BEGIN {exit !($1)}"; then echo "met"; else echo "NOT met"; fi; }
worst_us=0; worst_kib=0
for format in text json csv markdown; do
  us=$(median "native-$format" 1); kib=$(median "native-$format" 2)
  [ "$us" -gt "$worst_us" ] && worst_us=$us
  [ "$kib" -gt "$worst_kib" ] && worst_kib=$kib
done
echo "target: $rows rows in every format within 2.5 x the floor: slowest $(awk -v a="$worst_us" -v b="$floor_us" 'BEGIN {printf "%.2f", a / b}') x: $(verdict "$worst_us <= 2.5 * $floor_us")"
one_us=$(median native-one-row 1)
echo "target: a one-row file in 0.05 s at most: $(seconds "$one_us") s: $(verdict "$one_us <= 50000")"
echo "target: peak memory at most 64 MiB: largest $(mib "$worst_kib") MiB: $(verdict "$worst_kib <= 65536")"
if [ "$large_rows" -gt 0 ]; then
  large_kib=$(median large-native-json 2); small_kib=$(median native-json 2)
  per_row=$(awk -v l="$large_kib" -v s="$small_kib" -v n="$large_rows" -v m="$rows" 'BEGIN {printf "%.1f", (l - s) * 1024 / (n - m)}')
  echo "target: at most 10 bytes per row more from $rows to $large_rows rows: $per_row bytes per row ($(mib "$large_kib") MiB): $(verdict "$per_row <= 10")"
fi
