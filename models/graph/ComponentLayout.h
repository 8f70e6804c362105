#pragma once

#include "models/graph/HierarchyLayout.h"
#include "models/graph/Layout.h"

#include <cstdint>
#include <vector>

namespace caravan::graph {

// An axis-aligned box in layout units.
struct Box {
    double left = 0;
    double top = 0;
    double width = 0;
    double height = 0;
    double right() const { return left + width; }
    double bottom() const { return top + height; }
    bool overlaps(const Box &other) const
    {
        return left < other.right() && other.left < right() && top < other.bottom() && other.top < bottom();
    }
};

// connectedComponents() with the vertices of each component listed. Component 0 is the largest; equal sizes are
// ordered by their smallest vertex, so the numbering depends only on the graph.
struct ComponentGroups {
    std::vector<std::uint32_t> of;                   // component of each vertex
    std::vector<std::vector<std::uint32_t>> members; // vertices of each component, ascending
};
ComponentGroups componentGroups(std::uint32_t vertexCount, const EdgeList &edges);

struct PackOptions {
    double gap = 100;    // empty space between two components' boxes
    double aspect = 1.6; // wanted width / height of the whole drawing (a landscape screen or page)
};

// Moves each component of `positions` into its own cell of a grid read left to right, top to bottom, in component
// order (largest first): rows as wide as the wanted aspect asks, never narrower than the widest component.
// Returns each component's box after the move; boxes never overlap and keep at least options.gap between them.
std::vector<Box> packComponents(std::vector<Point> &positions, const ComponentGroups &components,
                                const PackOptions &options = {});

struct PackedHierarchyOptions {
    HierarchyOptions hierarchy;
    PackOptions pack;
    // A layer wider than this many nodes wraps onto further rows (0: never), so a holding company with hundreds
    // of subsidiaries reads as a block rather than a strip.
    std::uint32_t maxLayerWidth = 12;
};

struct PackedHierarchyResult {
    std::vector<Point> positions;
    ComponentGroups components;
    std::vector<Box> boxes;        // one per component, largest first
    std::size_t reversedEdges = 0; // summed over the components
};

// Whole-network drawing that reads at fit: each connected component is its own small layered drawing (owners
// above what they own), and the drawings are packed in a grid with the largest first. Deterministic.
PackedHierarchyResult packedHierarchyLayout(std::uint32_t vertexCount, const EdgeList &edges,
                                            const PackedHierarchyOptions &options = {});

} // namespace caravan::graph
