#pragma once

#include "models/graph/Layout.h"

#include <cstdint>
#include <vector>

namespace caravan::graph {

struct HierarchyOptions {
    double layerSpacing = 80; // vertical distance between layers
    double nodeSpacing = 50;  // horizontal distance between neighbours in a layer
    int sweeps = 8;           // barycentre passes (down and up count as one each)
};

struct HierarchyResult {
    std::vector<Point> positions;
    std::vector<std::uint32_t> layer; // 0 at the top: owners that nobody owns
    std::size_t reversedEdges = 0;    // edges turned round to break ownership cycles
};

// Layered drawing of a directed graph (owner -> asset): owners above what they own. Cycles are broken by
// reversing depth-first back edges, layers come from the longest path from the sources, and the order
// within each layer from alternating barycentre sweeps that reduce crossings.
HierarchyResult hierarchyLayout(std::uint32_t vertexCount, const EdgeList &edges, const HierarchyOptions &options = {});

// Vertices on rings around `focus` by hop distance (edges either way), each subtree given an angle in
// proportion to its size. Vertices not connected to the focus go on an outer ring.
std::vector<Point> radialLayout(std::uint32_t vertexCount, const EdgeList &edges, std::uint32_t focus,
                                double ringSpacing = 80, double nodeSpacing = 40);

} // namespace caravan::graph
