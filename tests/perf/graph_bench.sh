#!/usr/bin/env bash
# Force-directed layout (10,000 / 30,000 and 100,000 / 300,000) and betweenness (10,000 / 30,000): Caravan
# against python3-igraph's layout_fruchterman_reingold(grid=True) and betweenness() on the same edge lists.
# Usage: tests/perf/graph_bench.sh [--small-only]   (CARAVAN_BUILD: build folder, default build-perf)
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${CARAVAN_BUILD:-$root/build-perf}"
/usr/bin/python3 -c "import igraph" 2>/dev/null || { echo "python3-igraph is missing (packaging/deps.sh installs it)" >&2; exit 2; }
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
"$build/tests/perf/perf_graph_layout" --out "$out" "$@" || exit 2
/usr/bin/python3 "$root/tests/perf/graph_bench_igraph.py" "$out"
