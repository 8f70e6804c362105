#!/usr/bin/env bash
# Chain detector benchmark (issue 7): 1,000,000 shipments among 50,000 companies. Times the whole detector
# (caravan-cli chains: load, splits, two intermediaries, red flags, scoring, JSON) against an sqlite3 self-join that
# finds the same one-intermediary HS-6 pairs with the best index for it, on (exporter_id, hs6, date): hs6 is the
# case's stored HS-6 column, so it serves as the expression index on the HS-6 of the declared code.
# Goal: the detector takes at most half the self-join's time.
# Usage: tests/perf/chains_bench.sh [SHIPMENTS] [COMPANIES] [EXISTING_CASE]   (CARAVAN_BUILD: build dir, default
# build/). EXISTING_CASE reuses a case perf_chains generated before instead of generating one (about a minute).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${CARAVAN_BUILD:-$root/build}"
shipments="${1:-1000000}"
companies="${2:-50000}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case_file="$work/bench.caravan"

source "$root/tests/perf/bench_timing.sh"

if [ -n "${3:-}" ]; then
    # A case generated before (kept with CHAINS_BENCH_KEEP=1): the benchmark's index goes first.
    case_file="$3"
    sqlite3 "$case_file" "DROP INDEX IF EXISTS bench_exporter_hs6_date;"
else
    t0=$(now)
    "$build/tests/perf/perf_chains" generate "$case_file" "$shipments" "$companies"
    t1=$(now)
    echo "  generate the case (C API, one transaction)          $(ms "$t0" "$t1") ms"
fi

transit="'KZ','KG','AM','AE','TR','GE','UZ','CN','HK','IN','RS','TJ'"
destination="'RU','BY'"
pairs_sql="SELECT count(*) FROM shipments a
  JOIN entities x ON x.id = a.importer_id
  JOIN entities s ON s.id = a.exporter_id
  JOIN shipments b ON b.exporter_id = a.importer_id AND b.hs6 = a.hs6
                  AND b.date > a.date AND b.date <= date(a.date, '+90 days')
  JOIN entities y ON y.id = b.importer_id
  WHERE x.country IN ($transit) AND y.country IN ($destination) AND y.country IS NOT x.country
    AND (s.country IS NULL OR s.country NOT IN ($destination)) AND s.country IS NOT x.country
    AND a.exporter_id <> a.importer_id;"

read -r detector detector_cpu < <(best_of_3 "$work/chains.json" \
    sh -c '"$0" chains "$1" --json 2> "$2"' "$build/app/caravan-cli" "$case_file" "$work/chains.err")
[ -s "$work/chains.json" ] || { cat "$work/chains.err" >&2; exit 2; }
echo "  caravan-cli chains (whole detector, best of 3)       $detector ms wall, $detector_cpu ms CPU"
quality=0
"$build/tests/perf/perf_chains" check "$case_file" "$work/chains.json" || quality=$?
t0=$(now)
sqlite3 "$case_file" "CREATE INDEX bench_exporter_hs6_date ON shipments(exporter_id, hs6, date);"
t1=$(now)
echo "  sqlite3: build the (exporter, HS-6, date) index      $(ms "$t0" "$t1") ms (not counted)"
# The self-join gets memory-mapped reads too, as the detector's loader has them.
read -r join join_cpu < <(best_of_3 "$work/pairs.txt" sqlite3 -cmd "PRAGMA mmap_size = 4294967296" "$case_file" \
    "$pairs_sql")
pairs=$(tail -n 1 "$work/pairs.txt")
echo "  sqlite3 self-join, one-intermediary HS-6 pairs       $join ms wall, $join_cpu ms CPU (best of 3), $pairs pairs"
plan=$(sqlite3 "$case_file" "EXPLAIN QUERY PLAN $pairs_sql" | tr '\n' ' ')
echo "  plan: $plan"
ratio=$(awk -v a="$detector" -v b="$join" 'BEGIN { printf "%.2f", a / b }')
cpu_ratio=$(awk -v a="$detector_cpu" -v b="$join_cpu" 'BEGIN { printf "%.2f", a / b }')
echo "  ratio detector / self-join: $ratio wall, $cpu_ratio CPU (goal <= 0.50)"
[ "$quality" = 0 ] || { echo "  planted chains missed or food chains listed" >&2; exit 3; }
awk -v r="$ratio" 'BEGIN { exit (r <= 0.5 ? 0 : 3) }'
