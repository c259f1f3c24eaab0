#!/usr/bin/env bash
# Whole-process import timing, as a user runs it: generates an events file of EVENTS lines for the sample programme
# (docs/samples/vouchers/programme.json: one order, its booklets injected, then one-pass redemptions, one per second),
# times `inclusion vouchers import` into a new SQLite store (default settings: WAL, synchronous=FULL), and, in the same
# run, two raw baselines: reading the file (wc -l) and the sqlite3 shell loading the same lines into a table of the
# store's event shape (programme, version, type, at, json) in one transaction, same WAL/FULL settings. Then start-up as a
# user meets it: `inclusion vouchers scan` of one more pass on a copy of the store (the import kept a snapshot) and on a
# copy without its snapshot (full replay), beside the raw read of every stored event's text by the sqlite3 shell.
# Usage, after `dotnet build Inclusion.sln -c Release`:  EVENTS=100000 bash eng/measure-import.sh
# Needs: bash, awk, sqlite3 (apt-get install sqlite3). Prints a small Markdown table.
set -euo pipefail
cd "$(dirname "$0")/.."
events=${EVENTS:-100000}
cli=src/Inclusion.Cli/bin/Release/net10.0/inclusion.dll
[ -f "$cli" ] || { echo "build first: dotnet build Inclusion.sln -c Release" >&2; exit 2; }
command -v sqlite3 > /dev/null || { echo "sqlite3 is needed (apt-get install sqlite3)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
programme=docs/samples/vouchers/programme.json
log="$work/events.jsonl"

# 4 events to issue and inject the passes, then one-pass redemptions at 1-second steps from 2025-03-01T08:00:00Z.
redemptions=$((events - 4))
passes=$(( (redemptions + 1 + 9) / 10 * 10 )) # at least one pass left for the scan below
awk -v n="$redemptions" -v passes="$passes" 'BEGIN {
  printf "{\"type\":\"order-quoted\",\"orderId\":\"BIG\",\"passCount\":%d,\"bookletSize\":10,\"targetPublics\":[\"seniors\"],\"perimeter\":[],\"at\":\"2025-01-06T09:00:00Z\",\"schemaVersion\":1}\n", passes
  print "{\"type\":\"order-confirmed\",\"orderId\":\"BIG\",\"upstreamRate\":0.04,\"vatRate\":0.20,\"at\":\"2025-01-15T09:00:00Z\",\"schemaVersion\":1}"
  printf "{\"type\":\"booklets-issued\",\"orderId\":\"BIG\",\"firstPass\":1,\"firstBooklet\":1,\"bookletCount\":%d,\"bookletSize\":10,\"at\":\"2025-01-20T09:00:00Z\",\"schemaVersion\":1}\n", passes / 10
  printf "{\"type\":\"booklets-injected\",\"firstBooklet\":1,\"bookletCount\":%d,\"distributorId\":\"ccas-bordeaux\",\"at\":\"2025-02-03T09:00:00Z\",\"schemaVersion\":1}\n", passes / 10
  for (k = 1; k <= n; k++) {
    s = 8 * 3600 + k - 1; day = 1 + int(s / 86400); s = s % 86400
    printf "{\"type\":\"passes-redeemed\",\"redemption\":%d,\"provider\":\"73282932000116\",\"service\":\"atelier-2h\",\"passes\":[%d],\"at\":\"2025-03-%02dT%02d:%02d:%02dZ\",\"schemaVersion\":1}\n", k, k, day, int(s / 3600), int(s % 3600 / 60), s % 60
  }
}' > "$log"
(( redemptions < 31 * 86400 - 8 * 3600 )) || { echo "EVENTS too large for one month of one-second scans" >&2; exit 2; }

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }

t0=$(now); wc -l < "$log" > /dev/null; t1=$(now)
read_ms=$(ms "$t0" "$t1")

raw="$work/raw.db"
us=$'\x1f'
t0=$(now)
sqlite3 "$raw" > /dev/null <<SQL
PRAGMA journal_mode = WAL;
PRAGMA synchronous = FULL;
CREATE TABLE lines (json TEXT NOT NULL);
CREATE TABLE voucher_events (programme TEXT NOT NULL, version INTEGER NOT NULL, type TEXT NOT NULL, at TEXT NOT NULL, json TEXT NOT NULL, PRIMARY KEY (programme, version)) WITHOUT ROWID;
.mode ascii
.separator "$us" "\n"
BEGIN;
.import $log lines
INSERT INTO voucher_events SELECT 'gironde-2025', rowid, json_extract(json, '\$.type'), json_extract(json, '\$.at'), json FROM lines ORDER BY rowid;
COMMIT;
SQL
t1=$(now)
raw_ms=$(ms "$t0" "$t1")
raw_rows=$(sqlite3 "$raw" "SELECT COUNT(*) FROM voucher_events")

store="$work/ledger.db"
t0=$(now)
dotnet "$cli" vouchers import --store "$store" --programme "$programme" --events "$log" > "$work/import.out"
t1=$(now)
import_ms=$(ms "$t0" "$t1")
stored=$(sqlite3 "$store" "SELECT COUNT(*) FROM voucher_events")
[ "$stored" -eq "$events" ] || { cat "$work/import.out"; echo "the store holds $stored events, not $events" >&2; exit 1; }

# The serial of pass n: n on 9 digits and its Damm check digit.
serial() {
  awk -v n="$1" 'BEGIN {
    split("0317598642 7092154863 4206871359 1750983426 6123045978 3674209581 5869720134 8945362017 9438617205 2581436790", rows, " ")
    body = sprintf("%09d", n); c = 0
    for (i = 1; i <= 9; i++) c = substr(rows[c + 1], substr(body, i, 1) + 1, 1)
    print body c
  }'
}
next_pass=$(serial $((redemptions + 1)))
scan() { dotnet "$cli" vouchers scan --store "$1" --programme "$programme" --pass "$next_pass" --provider 73282932000116 --service atelier-2h --at 2025-04-01T10:00:00Z > "$work/scan.out"; }
cp "$store" "$work/with.db"; cp "$store" "$work/without.db"
snapshot=$(sqlite3 "$store" "SELECT COALESCE(MAX(version), 0) FROM voucher_snapshots")
sqlite3 "$work/without.db" "DELETE FROM voucher_snapshots"
t0=$(now); scan "$work/with.db"; t1=$(now)
with_ms=$(ms "$t0" "$t1")
t0=$(now); scan "$work/without.db"; t1=$(now)
without_ms=$(ms "$t0" "$t1")
t0=$(now); sqlite3 "$store" "SELECT SUM(LENGTH(json)) FROM voucher_events" > /dev/null; t1=$(now)
rawread_ms=$(ms "$t0" "$t1")
t0=$(now); sqlite3 "$store" "PRAGMA quick_check" > /dev/null; t1=$(now)
check_ms=$(ms "$t0" "$t1")
snapshot_bytes=$(sqlite3 "$store" "SELECT COALESCE(MAX(LENGTH(data)), 0) FROM voucher_snapshots")
json_bytes=$(sqlite3 "$store" "SELECT SUM(LENGTH(CAST(json AS BLOB))) FROM voucher_events")

echo "EVENTS=$events on $(uname -m), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "$(tail -n 1 "$work/import.out")"
echo
echo "| step | wall time | events/s |"
echo "|---|--:|--:|"
rate() { awk -v n="$events" -v ms="$1" 'BEGIN { if (ms < 1) ms = 1; printf "%.0f", n * 1000 / ms }'; }
echo "| raw read of the file (\`wc -l\`) | ${read_ms} ms | $(rate "$read_ms") |"
echo "| raw load: \`sqlite3\` imports the lines into the event table's shape, one transaction (WAL, FULL; $raw_rows rows) | ${raw_ms} ms | $(rate "$raw_ms") |"
echo "| \`inclusion vouchers import\` into a new SQLite store (validates everything, then appends) | ${import_ms} ms | $(rate "$import_ms") |"
echo
echo "Start-up: one more scan (\`inclusion vouchers scan\`, whole process) on a store of $events events; the import kept a snapshot at version $snapshot ($snapshot_bytes bytes; the events' JSON: $json_bytes bytes). $(tail -n 1 "$work/scan.out")"
echo
echo "| step | wall time |"
echo "|---|--:|"
echo "| raw read: \`sqlite3\` reads the text of every stored event | ${rawread_ms} ms |"
echo "| \`sqlite3\` runs \`PRAGMA quick_check\` (what opening a store does first, \`CheckIntegrityOnOpen\`) | ${check_ms} ms |"
echo "| \`inclusion vouchers scan\`, ledger opened from the snapshot | ${with_ms} ms |"
echo "| \`inclusion vouchers scan\`, snapshot removed: full replay | ${without_ms} ms |"
