#pragma once

#include "models/graph/Adjacency.h"

#include <cstdint>
#include <utility>
#include <vector>

namespace caravan::graph {

struct Point {
    double x = 0;
    double y = 0;
};

// How well a layout shows structure: mean edge length divided by the mean distance between random pairs of
// vertices (lower is better; about 1 for a random placement). Used by tests and benchmarks alike.
double layoutQuality(const std::vector<Point> &positions, const EdgeList &edges, std::uint64_t seed = 7,
                     std::size_t pairSamples = 100000);

// True when every coordinate is finite and no two vertices share a point (closer than minDistance).
bool layoutIsValid(const std::vector<Point> &positions, double minDistance = 1e-9);

// Moves apart vertices that sit within minDistance of another, deterministically; returns how many moved.
std::size_t separateCoincident(std::vector<Point> &positions, double minDistance);

} // namespace caravan::graph
