#!/usr/bin/env bash
# Crash safety: SIGKILLs caravan-cli at random moments during imports (Caravan CSV shipments, OFAC SDN), marks,
# duplicate merges, demo generation, and imports and marks on an encrypted case, then checks that every case opens, passes `check` and holds exactly
# the work committed before the kill. Usage: tests/crash/kill_test.sh [BUILD_DIR] [RUNS] [SEED]
# BUILD_DIR (default build-crash) is used as it is when it holds app/caravan-cli, otherwise it is built.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build-crash}"
runs="${2:-200}"
seed="${3:-$RANDOM}"
if [ ! -x "$build/app/caravan-cli" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARAVAN_BUILD_TESTS=OFF \
        -DCARAVAN_BUILD_PERF=OFF >/dev/null
    ninja -C "$build" caravan-cli >/dev/null
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/caravan-kill.XXXXXX")"
trap 'rm -rf "$work"' EXIT
echo "kill test: $runs runs, seed $seed, caravan-cli from $build"
python3 "$root/tests/crash/kill_runs.py" "$build/app/caravan-cli" "$root/../shared/data" "$work" "$runs" "$seed"
