#!/usr/bin/env bash
# Builds the fuzz targets with clang (libFuzzer + ASan + UBSan) and runs each for SECONDS (default 60),
# starting from the corpus in tests/fuzz/corpus/<target> (kept inputs, crashes found are regression inputs).
# Prints a summary line per target: executions, corpus size, crashes.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
seconds="${1:-60}"
filter="${2:-}"
build="$root/build-fuzz"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Fuzz -DCMAKE_CXX_FLAGS_FUZZ="-O1 -gline-tables-only" \
    -DCMAKE_CXX_COMPILER=clang++ \
    -DCARAVAN_FUZZ=ON -DCARAVAN_BUILD_TESTS=OFF -DCARAVAN_BUILD_PERF=OFF >/dev/null || exit 2
ninja -C "$build" $(cd "$root/tests/fuzz" && ls fuzz_*.cpp | sed 's/\.cpp$//') >/dev/null || exit 2
export QT_QPA_PLATFORM=offscreen
status=0
for exe in "$build"/tests/fuzz/fuzz_*; do
    [ -f "$exe" ] && [ -x "$exe" ] || continue
    name="$(basename "$exe")"
    [[ -n "$filter" && "$name" != *"$filter"* ]] && continue
    corpus="$root/tests/fuzz/corpus/${name#fuzz_}"
    work="$build/corpus/$name" # new inputs go here; the committed seeds stay as they are
    mkdir -p "$corpus" "$work" "$build/crashes/$name"
    log="$build/$name.log"
    "$exe" -max_total_time="$seconds" -rss_limit_mb=2048 -artifact_prefix="$build/crashes/$name/" \
        "$work" "$corpus" >"$log" 2>&1
    rc=$?
    execs="$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || true)"
    [ -z "$execs" ] && execs="$(grep -oE '#[0-9]+' "$log" | tail -1 | tr -d '#')"
    crashes="$(ls "$build/crashes/$name" | wc -l)"
    echo "$name: ${execs:-?} executions in ${seconds}s, corpus $(ls "$work" "$corpus" | wc -l) inputs, crashes $crashes (exit $rc)"
    [ "$crashes" -gt 0 ] && status=1
done
exit $status
