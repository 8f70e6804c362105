#pragma once

#include "models/graph/Adjacency.h"

#include <cstdint>
#include <vector>

namespace caravan::graph {

// The vertices of one path, from the start to the end.
using Path = std::vector<std::uint32_t>;

// A shortest path (fewest edges) by breadth-first search; empty when `to` cannot be reached.
// The direction of the adjacency decides whether edges may be walked backwards.
Path shortestPath(const Adjacency &adjacency, std::uint32_t from, std::uint32_t to);

// Every simple path (no vertex twice) from `from` to `to` with at most maxHops edges, shortest first,
// stopping after maxPaths paths. `truncated` is set when the limit cut the search short.
std::vector<Path> allSimplePaths(const Adjacency &adjacency, std::uint32_t from, std::uint32_t to, int maxHops,
                                 std::size_t maxPaths = 1000, bool *truncated = nullptr);

// Hop distance from the nearest seed for every vertex within k hops; -1 for the others.
std::vector<int> hopDistances(const Adjacency &adjacency, const std::vector<std::uint32_t> &seeds, int k);

// The vertices within k hops of the seeds (seeds included), in ascending order.
std::vector<std::uint32_t> neighbourhood(const Adjacency &adjacency, const std::vector<std::uint32_t> &seeds, int k);

// Connected components (edges taken both ways, whatever the adjacency's direction).
struct Components {
    std::vector<std::uint32_t> componentOf; // per vertex; 0 is the largest component
    std::vector<std::uint32_t> sizes;       // per component, largest first
    std::uint32_t count() const { return static_cast<std::uint32_t>(sizes.size()); }
};
Components connectedComponents(std::uint32_t vertexCount,
                               const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges);

} // namespace caravan::graph
