#!/bin/bash
# Import benchmark: a generated Caravan CSV shipments file imported by caravan-cli (validation,
# entity references, provenance, one transaction) against sqlite3's own `.import --csv` of the same
# file into a table of the same shape. Prints both times, the ratio and the peak memory of each.
# usage: tests/perf/import_bench.sh [BUILD_DIR] [ROWS]
set -euo pipefail
BUILD=${1:-$(dirname "$0")/../../build}
ROWS=${2:-1000000}
CLI="$BUILD/app/caravan-cli"
GEN="$BUILD/tests/perf/perf_import_generate"
for tool in "$CLI" "$GEN" /usr/bin/time sqlite3; do
    command -v "$tool" >/dev/null || { echo "import_bench: missing $tool (build the perf targets first)" >&2; exit 2; }
done
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$GEN" "$WORK" "$ROWS" >/dev/null
echo "shipments.csv: $ROWS rows, $(du -m "$WORK/shipments.csv" | cut -f1) MB"

# /usr/bin/time -v: elapsed seconds, CPU seconds (user + system) and peak resident set (kB) of one command.
measure() {
    local log=$1; shift
    /usr/bin/time -v "$@" >/dev/null 2>"$log"
    local elapsed cpu rss
    elapsed=$(awk -F': ' '/Elapsed \(wall clock\)/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$log")
    cpu=$(awk -F': ' '/User time|System time/ {s+=$2} END {print s}' "$log")
    rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$log")
    echo "$elapsed $cpu $rss"
}

"$CLI" new "$WORK/bench.caravan" >/dev/null
"$CLI" import "$WORK/bench.caravan" "$WORK/entities.csv" 2>/dev/null >/dev/null
read -r caravan_s caravan_cpu caravan_kb < <(measure "$WORK/caravan.log" "$CLI" import "$WORK/bench.caravan" "$WORK/shipments.csv" --json)
imported=$(sqlite3 "$WORK/bench.caravan" "SELECT rows_imported || '/' || rows_read FROM sources WHERE file_name='shipments.csv'")

sqlite3 "$WORK/raw.db" "CREATE TABLE shipments(id TEXT, date TEXT, exporter TEXT, importer TEXT, hs_code TEXT,
    description TEXT, quantity REAL, unit TEXT, weight_kg REAL, value REAL, currency TEXT, origin_country TEXT,
    destination_country TEXT, transit_countries TEXT);"
read -r raw_s raw_cpu raw_kb < <(measure "$WORK/raw.log" sqlite3 "$WORK/raw.db" ".import --csv --skip 1 $WORK/shipments.csv shipments")
raw_rows=$(sqlite3 "$WORK/raw.db" "SELECT count(*) FROM shipments")
# For context: the same raw table given the four indexes a case's shipments table has.
read -r index_s index_cpu _ < <(measure "$WORK/index.log" sqlite3 "$WORK/raw.db" "CREATE INDEX a ON shipments(exporter);
    CREATE INDEX b ON shipments(importer); CREATE INDEX c ON shipments(date); CREATE INDEX d ON shipments(id);")

ratio=$(awk -v a="$caravan_s" -v b="$raw_s" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
cpu_ratio=$(awk -v a="$caravan_cpu" -v b="$raw_cpu" 'BEGIN {printf "%.2f", (b > 0 ? a / b : 0)}')
indexed_ratio=$(awk -v a="$caravan_s" -v b="$raw_s" -v c="$index_s" 'BEGIN {printf "%.2f", a / (b + c)}')
printf 'caravan-cli import:    %6.2f s wall %6.2f s cpu  peak %4d MB  (%s rows imported/read)\n' \
    "$caravan_s" "$caravan_cpu" $((caravan_kb / 1024)) "$imported"
printf 'sqlite3 .import --csv: %6.2f s wall %6.2f s cpu  peak %4d MB  (%s rows)\n' \
    "$raw_s" "$raw_cpu" $((raw_kb / 1024)) "$raw_rows"
printf '  then the same 4 indexes: %6.2f s wall %6.2f s cpu\n' "$index_s" "$index_cpu"
echo "ratio caravan/sqlite3: $ratio wall, $cpu_ratio cpu (goal <= 1.5); caravan/(sqlite3 + indexes): $indexed_ratio"
echo "caravan peak memory goal: < 300 MB"
awk -v r="$ratio" -v kb="$caravan_kb" 'BEGIN {exit !(r <= 1.5 && kb < 300 * 1024)}' && echo "import_bench: goals met" \
    || echo "import_bench: goals NOT met"
