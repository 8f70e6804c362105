#!/usr/bin/env bash
# Runs every benchmark and prints its figures. Builds them first (Release, in build-perf/).
# Usage: tests/perf/run.sh [name-filter]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/packaging/deps.sh"
cmake -S "$root" -B "$root/build-perf" -G Ninja -DCMAKE_BUILD_TYPE=Release -DCARAVAN_BUILD_TESTS=ON >/dev/null
ninja -C "$root/build-perf" >/dev/null || { echo "build failed" >&2; exit 2; }
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
export QT_QPA_PLATFORM=offscreen
filter="${1:-}"
status=0
for exe in "$root"/build-perf/tests/perf/perf_*; do
    [ -x "$exe" ] || continue
    name="$(basename "$exe")"
    [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
    echo "== $name"
    "$exe" || { echo "   ($name missed a goal or failed: exit $?)"; status=1; }
done
for script in "$root"/tests/perf/*_bench.sh; do
    [ -e "$script" ] || continue
    name="$(basename "$script" .sh)"
    [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
    echo "== $name"
    CARAVAN_BUILD="$root/build-perf" bash "$script" || { echo "   ($name missed a goal or failed)"; status=1; }
done
exit $status
