#!/usr/bin/env bash
# Builds the .deb with CPack, installs it with dpkg, runs the installed programs headless, and removes it.
# Needs root (dpkg); exits 77 (skipped) otherwise or when a caravan package is already installed.
set -euo pipefail
build="$1"
if [ "$(id -u)" -ne 0 ]; then echo "skipped: needs root for dpkg"; exit 77; fi
if dpkg-query -W -f='${Status}' caravan 2>/dev/null | grep -q "install ok installed"; then
    echo "skipped: a caravan package is already installed on this machine"; exit 77
fi
work="$(mktemp -d)"
trap 'dpkg -r caravan >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
(cd "$build" && cpack -G DEB -B "$work" >/dev/null)
deb="$(ls "$work"/caravan_*.deb)"
echo "built $(basename "$deb")"
dpkg-deb -f "$deb"
contents="$(dpkg-deb -c "$deb")"
for f in ./usr/bin/caravan ./usr/bin/caravan-cli ./usr/share/applications/caravan.desktop \
         ./usr/share/metainfo/caravan.metainfo.xml ./usr/share/mime/packages/caravan.xml \
         ./usr/share/icons/hicolor/scalable/apps/caravan.svg ./usr/share/icons/hicolor/48x48/apps/caravan.png \
         ./usr/share/man/man1/caravan-cli.1.gz; do
    grep -q " $f\$" <<<"$contents" || { echo "missing from the package: $f"; exit 1; }
done
dpkg-deb -f "$deb" Depends | grep -q libqt6sql6-sqlite || { echo "Depends lacks the QSQLITE driver"; exit 1; }
dpkg-deb -f "$deb" Depends | grep -q libssl3 || { echo "Depends lacks libssl3 (encrypted cases)"; exit 1; }
dpkg -i "$deb" >/dev/null
/usr/bin/caravan-cli --version
/usr/bin/caravan-cli new "$work/smoke test кейс.caravan" >/dev/null
/usr/bin/caravan-cli stats "$work/smoke test кейс.caravan" --json
/usr/bin/caravan-cli check "$work/smoke test кейс.caravan"
export XDG_RUNTIME_DIR="$work"
QT_QPA_PLATFORM=offscreen /usr/bin/caravan "$work/smoke test кейс.caravan" --screenshot "$work/window.png"
test -s "$work/window.png"
CARAVAN_PASSPHRASE="smoke test passphrase" /usr/bin/caravan-cli encrypt "$work/smoke test кейс.caravan" >/dev/null
CARAVAN_PASSPHRASE="smoke test passphrase" /usr/bin/caravan-cli check "$work/smoke test кейс.caravan"
dpkg -r caravan >/dev/null
test ! -e /usr/bin/caravan-cli
echo "installed, ran and removed cleanly"
