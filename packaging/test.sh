#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/deps.sh"
# Benchmarks are built by tests/perf/run.sh (Release, build-perf/); the test build leaves them out, and
# skips debug information, so that a clean build on two cores takes less time.
"$root/packaging/build.sh" -DCARAVAN_BUILD_PERF=OFF -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
cd "$root/build"
ctest --output-on-failure -j2 "$@"
