#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/deps.sh"
# The same build folder and flags as the run command (packaging/build.sh): what it built is reused.
CARAVAN_TARGETS="" "$root/packaging/build.sh"
export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"
cd "$root/build"
ctest --output-on-failure -j2 "$@"
