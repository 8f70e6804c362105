#!/usr/bin/env bash
# Mirror statistics benchmark (issue 20): ROWS monthly HS-6 trade-statistics rows (default 10,000,000) compared and
# ranked by caravan-cli mirror --json (HS-6 x year, both sides, CIF/FOB margin, lag, surges, re-export balance,
# ranking, JSON), against sqlite3 running the same aggregation: each side's rows summed by exporter, importer,
# HS-6 and year, the two sides joined, and the flows ranked by the gap.
# Goal: caravan-cli under 2 s at 10,000,000 rows; the ratio to sqlite3 is printed.
# Usage: tests/perf/mirror_bench.sh [ROWS] [EXISTING_CASE]   (CARAVAN_BUILD: build dir, default build/)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${CARAVAN_BUILD:-$root/build}"
rows="${1:-10000000}"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
case_file="$work/bench.caravan"

source "$root/tests/perf/bench_timing.sh"

if [ -n "${2:-}" ]; then
    case_file="$2"
else
    t0=$(now)
    "$build/tests/perf/perf_mirror" generate "$case_file" "$rows"
    t1=$(now)
    echo "  generate the case (C API, one transaction)          $(ms "$t0" "$t1") ms"
fi

sql="WITH sides AS (
  SELECT CASE flow WHEN 'export' THEN reporter ELSE partner END AS exporter,
         CASE flow WHEN 'export' THEN partner ELSE reporter END AS importer,
         substr(hs_code, 1, 6) AS hs, substr(period, 1, 4) AS year, flow, sum(value) AS v
  FROM trade_stats WHERE value IS NOT NULL AND flow IN ('import', 'export') AND length(hs_code) >= 6
  GROUP BY 1, 2, 3, 4, 5),
flows AS (
  SELECT exporter, importer, hs, year, sum(CASE flow WHEN 'export' THEN v END) AS ex,
         sum(CASE flow WHEN 'import' THEN v END) AS im
  FROM sides GROUP BY 1, 2, 3, 4)
SELECT count(*), sum(abs(coalesce(ex, 0) * 1.05 - coalesce(im, 0)) >= 0.25 * coalesce(ex, 0) * 1.05) FROM (
  SELECT * FROM flows ORDER BY abs(coalesce(ex, 0) * 1.05 - coalesce(im, 0)) DESC);"

# Every flow is compared and ranked either way; --flagged prints the flagged ones, as the sqlite3 side counts them
# (printing every flow as JSON is timed once below: it grows with the flows, not with the rows).
read -r mirror mirror_cpu < <(best_of_3 "$work/mirror.json" \
    sh -c '"$0" mirror "$1" --flagged --json 2> "$2"' "$build/app/caravan-cli" "$case_file" "$work/mirror.err")
[ -s "$work/mirror.json" ] || { cat "$work/mirror.err" >&2; exit 2; }
flagged=$(grep -o '"exporter"' "$work/mirror.json" | wc -l)
echo "  caravan-cli mirror --flagged --json (best of 3)      $mirror ms wall, $mirror_cpu ms CPU, $flagged flagged"
read -r full full_cpu < <(measure "$work/all.json" "$build/app/caravan-cli" mirror "$case_file" --json)
echo "  caravan-cli mirror --json, every flow (once)         $full ms wall, $full_cpu ms CPU, $(grep -o '"exporter"' "$work/all.json" | wc -l) flows"
read -r lite lite_cpu < <(best_of_3 "$work/sqlite.txt" sqlite3 -cmd "PRAGMA mmap_size = 4294967296" "$case_file" "$sql")
echo "  sqlite3, the same aggregation (best of 3)            $lite ms wall, $lite_cpu ms CPU ($(tail -n 1 "$work/sqlite.txt" | tr '|' ' ') flows, gaps)"
ratio=$(awk -v a="$mirror" -v b="$lite" 'BEGIN { printf "%.2f", a / b }')
cpu_ratio=$(awk -v a="$mirror_cpu" -v b="$lite_cpu" 'BEGIN { printf "%.2f", a / b }')
echo "  ratio caravan-cli / sqlite3: $ratio wall, $cpu_ratio CPU"
goal=$(awk -v r="$rows" 'BEGIN { printf "%.0f", 2000 * r / 10000000 }')
echo "  goal: under $goal ms at $rows rows (2 s at 10,000,000)"
awk -v m="$mirror" -v g="$goal" 'BEGIN { exit (m <= g ? 0 : 3) }'
