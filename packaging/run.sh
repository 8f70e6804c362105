#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, and opens Caravan on a case.
# With a display it opens the window; without one it works headless and says what it produced.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/packaging/deps.sh"
# Only the two programs: the test suite is built by the test command (packaging/test.sh), into the same folder.
CARAVAN_TARGETS="caravan caravan-cli" "$root/packaging/build.sh"
bin="$root/build/app"
export XDG_RUNTIME_DIR="${XDG_RUNTIME_DIR:-$(mktemp -d)}"

case_file="${1:-$HOME/Caravan/demo.caravan}"
mkdir -p "$(dirname "$case_file")"
# The bundled demo: a realistic mixed training case, generated offline (the same every time).
if [ ! -e "$case_file" ]; then
    "$bin/caravan-cli" demo "$case_file" --scenario mixed >&2
fi

if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$bin/caravan" "$case_file"
fi
shot="${case_file%.caravan}-window.png"
QT_QPA_PLATFORM=offscreen "$bin/caravan" "$case_file" --screenshot "$shot" >/dev/null
echo "No display found, so Caravan ran headless:"
echo "  case file:   $case_file"
echo "  its counts:  $("$bin/caravan-cli" stats "$case_file" --json)"
echo "  the window:  $shot (what Caravan shows for this case)"
echo "On a desktop, run: $bin/caravan \"$case_file\""
