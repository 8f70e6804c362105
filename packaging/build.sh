#!/usr/bin/env bash
# Configures and builds Caravan into build/ (Ninja, ccache when present). The run command and the test command
# configure build/ with the same flags, so the second reuses every object the first built; the run command asks
# only for the two programs (CARAVAN_TARGETS), the test command for everything. Extra arguments go to CMake.
# Benchmarks are built by tests/perf/run.sh (Release, build-perf/); this build leaves them out and skips debug
# information, so that a clean build on two cores takes less time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
werror=OFF
[ "${CI:-}" = "true" ] && werror=ON
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCARAVAN_WERROR="$werror" \
    -DCARAVAN_BUILD_PERF=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" "$@" >/dev/null
# shellcheck disable=SC2086
ninja -C build ${CARAVAN_TARGETS:-}
