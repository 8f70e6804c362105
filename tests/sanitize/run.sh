#!/usr/bin/env bash
# Builds Caravan with AddressSanitizer and UndefinedBehaviorSanitizer (-DCARAVAN_SANITIZE=ON) in its own build
# directory and runs the whole test suite there. Any sanitizer report fails the test that triggered it.
# Usage: tests/sanitize/run.sh [BUILD_DIR]   (default: build-sanitize beside the sources)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$here/build-sanitize}"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS="-O1" \
    -DCARAVAN_SANITIZE=ON -DCARAVAN_BUILD_TESTS=ON -DCARAVAN_BUILD_PERF=OFF "${launcher[@]}" >/dev/null
ninja -C "$build"

# Qt and fontconfig keep caches alive until exit by design; leaks are reported by LeakSanitizer only from our
# own code paths, which the suppressions file does not cover.
export ASAN_OPTIONS="abort_on_error=0:halt_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1:${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:${UBSAN_OPTIONS:-}"
export LSAN_OPTIONS="suppressions=$here/tests/sanitize/lsan.supp:print_suppressions=0:${LSAN_OPTIONS:-}"
export QT_QPA_PLATFORM=offscreen
cd "$build"
ctest -j2 --output-on-failure --timeout 900
