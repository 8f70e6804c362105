#!/bin/bash
# Memory at scale: imports SHIPMENTS synthetic shipments (tests/perf/scale_csv.py) into a server case on a throwaway
# PostgreSQL 15 cluster (packaging/pg-local.sh), then runs `stats` on it, each under /usr/bin/time -v, and prints wall
# time and peak RSS. The client's RSS should not grow with the rows (63 MB at 1, 3 and 10 million on this machine).
# usage: tests/perf/scale_bench.sh [BUILD_DIR] [SHIPMENTS] [ENTITIES]
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
BUILD=${1:-$ROOT/build}
ROWS=${2:-10000000}
ENTITIES=${3:-100000}
CLI="$BUILD/app/caravan-cli"
for tool in "$CLI" /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "scale_bench: missing $tool (build caravan-cli; apt-get install time)" >&2; exit 2; }
done
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
WORK=$(mktemp -d)
chmod 755 "$WORK" # the cluster's own user must reach its folder inside
cleanup() {
    bash "$ROOT/packaging/pg-local.sh" stop "$WORK/pg" >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

python3 "$HERE/scale_csv.py" "$WORK" "$ROWS" "$ENTITIES"
echo "shipments.csv: $ROWS rows, $(du -m "$WORK/shipments.csv" | cut -f1) MB; entities.csv: $ENTITIES"
PGUSER=analyst bash "$ROOT/packaging/pg-local.sh" start "$WORK/pg" >/dev/null
CASE="postgresql://analyst@127.0.0.1:$(cat "$WORK/pg/port")/caravan?case=scale"
"$CLI" new "$CASE" >/dev/null
"$CLI" import "$CASE" "$WORK/entities.csv" >/dev/null 2>&1

measured() { # label, command...: wall time and peak RSS
    local label=$1
    shift
    /usr/bin/time -v "$@" >"$WORK/out.log" 2>"$WORK/time.log" || { cat "$WORK/out.log" "$WORK/time.log" >&2; exit 1; }
    awk -v l="$label" -F': ' '/Elapsed/ {w = $2} /Maximum resident/ {r = $2} END {printf "%-8s wall %s, peak RSS %.0f MB\n", l, w, r / 1024}' \
        "$WORK/time.log"
}
measured import "$CLI" import "$CASE" "$WORK/shipments.csv"
measured stats "$CLI" stats "$CASE"
grep -E '^ *shipments:' "$WORK/out.log"
