#!/usr/bin/env bash
# Installs the Debian 12 packages Caravan needs to build, run and test; only what is missing.
# PostgreSQL 15 (server and libpq) serves team cases; the tests start their own throwaway cluster with it.
set -euo pipefail

PACKAGES=(
    cmake ninja-build ccache g++ dpkg-dev file pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins libqt6sql6-sqlite qt6-svg-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqcustomplot-dev libqcustomplot2.1-qt6 libboost-graph-dev catch2 libsqlite3-dev sqlite3 libicu-dev libssl-dev
    postgresql-15 postgresql-contrib libpq-dev
    clang-format clang-tidy xvfb xauth x11-apps imagemagick poppler-utils fonts-dejavu-core fonts-liberation2 iso-codes time python3-igraph
)

# The map's country shapes: Natural Earth (public domain) as TopoJSON, from npm's world-atlas. The build turns them
# into a compact resource (resources/map/world_map.py); nothing is fetched at run time.
WORLD_ATLAS=world-atlas@2.0.2

missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm comes with the machine's Node.js; on a bare Debian it is Debian's nodejs and npm.
command -v npm >/dev/null || missing+=(nodejs npm)

world_atlas() {
    local root
    root="$(npm root -g)"
    [ -f "$root/world-atlas/countries-50m.json" ] && return 0
    echo "caravan: installing $WORLD_ATLAS (map shapes) with npm" >&2
    $SUDO npm install -g --no-audit --no-fund --loglevel=error "$WORLD_ATLAS" >/dev/null
}

SUDO=""
if [ ${#missing[@]} -eq 0 ]; then
    [ "$(id -u)" -ne 0 ] && command -v sudo >/dev/null && SUDO=sudo
    world_atlas
    exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "caravan: run as root (or install sudo) to install: ${missing[*]}" >&2; exit 1; }
    SUDO=sudo
fi
echo "caravan: installing ${#missing[@]} Debian packages: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=300 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
world_atlas
