#include "models/graph/ComponentLayout.h"

#include "models/graph/Paths.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace caravan::graph {

namespace {

Box boundsOf(const std::vector<Point> &positions, const std::vector<std::uint32_t> &vertices)
{
    if (vertices.empty())
        return {};
    double minX = std::numeric_limits<double>::max(), minY = minX;
    double maxX = std::numeric_limits<double>::lowest(), maxY = maxX;
    for (const std::uint32_t v : vertices) {
        minX = std::min(minX, positions[v].x);
        maxX = std::max(maxX, positions[v].x);
        minY = std::min(minY, positions[v].y);
        maxY = std::max(maxY, positions[v].y);
    }
    return {minX, minY, maxX - minX, maxY - minY};
}

// Wraps each layer wider than maxWidth onto several rows, keeping the left-to-right order; layers below move down.
void wrapWideLayers(std::vector<Point> &positions, const std::vector<std::uint32_t> &layer, const HierarchyOptions &o,
                    std::uint32_t maxWidth)
{
    if (maxWidth == 0 || positions.empty())
        return;
    const std::uint32_t layerCount = *std::max_element(layer.begin(), layer.end()) + 1;
    std::vector<std::vector<std::uint32_t>> layers(layerCount);
    for (std::uint32_t v = 0; v < positions.size(); ++v)
        layers[layer[v]].push_back(v);
    double y = 0;
    for (auto &row : layers) {
        std::stable_sort(row.begin(), row.end(),
                         [&](std::uint32_t a, std::uint32_t b) { return positions[a].x < positions[b].x; });
        const std::size_t width = std::min<std::size_t>(row.size(), maxWidth);
        const double mid = (static_cast<double>(width) - 1.0) * 0.5;
        for (std::size_t i = 0; i < row.size(); ++i) {
            const std::size_t line = i / width;
            // Further rows of a wrapped layer sit closer together than layers do, and shift by half a step so
            // that edges from above pass between nodes.
            const double shift = line % 2 == 1 ? 0.5 : 0.0;
            positions[row[i]] = {(static_cast<double>(i % width) - mid + shift) * o.nodeSpacing,
                                 y + static_cast<double>(line) * o.layerSpacing * 0.6};
        }
        const std::size_t lines = (row.size() + width - 1) / std::max<std::size_t>(width, 1);
        y += o.layerSpacing + static_cast<double>(lines > 0 ? lines - 1 : 0) * o.layerSpacing * 0.6;
    }
}

} // namespace

ComponentGroups componentGroups(std::uint32_t vertexCount, const EdgeList &edges)
{
    EdgeList valid;
    valid.reserve(edges.size());
    for (const auto &[a, b] : edges)
        if (a < vertexCount && b < vertexCount)
            valid.emplace_back(a, b);
    const Components components = connectedComponents(vertexCount, valid);
    ComponentGroups result;
    result.of = components.componentOf;
    result.members.resize(components.count());
    for (std::uint32_t c = 0; c < components.count(); ++c)
        result.members[c].reserve(components.sizes[c]);
    for (std::uint32_t v = 0; v < vertexCount; ++v)
        result.members[result.of[v]].push_back(v);
    return result;
}

namespace {

// Places boxes in rows no wider than rowWidth (a row holds at least one box), left to right, top to bottom; sets
// each box's left and top and returns the drawing's width and height.
std::pair<double, double> placeInRows(std::vector<Box> &boxes, double rowWidth, double gap)
{
    double x = 0, y = 0, rowHeight = 0, width = 0;
    bool rowEmpty = true;
    for (Box &box : boxes) {
        if (!rowEmpty && x + box.width > rowWidth) {
            x = 0;
            y += rowHeight + gap;
            rowHeight = 0;
        }
        box.left = x;
        box.top = y;
        x += box.width + gap;
        width = std::max(width, box.right());
        rowHeight = std::max(rowHeight, box.height);
        rowEmpty = false;
    }
    return {width, y + rowHeight};
}

} // namespace

std::vector<Box> packComponents(std::vector<Point> &positions, const ComponentGroups &components,
                                const PackOptions &options)
{
    const std::size_t count = components.members.size();
    std::vector<Box> boxes(count), original(count);
    double area = 0, widest = 0;
    for (std::size_t c = 0; c < count; ++c) {
        original[c] = boundsOf(positions, components.members[c]);
        area += (original[c].width + options.gap) * (original[c].height + options.gap);
        widest = std::max(widest, original[c].width);
    }
    // The row width whose drawing, fitted into a box of the wanted aspect, is drawn the largest: the square-root
    // estimate, and the widths of the first rows of 1, 2, 3... of the largest components (a few large drawings
    // side by side often fill a landscape view better than one under the other).
    std::vector<double> candidates{std::max(widest, std::sqrt(area * options.aspect) - options.gap)};
    double prefix = 0;
    for (std::size_t c = 0; c < std::min<std::size_t>(count, 64); ++c) {
        prefix += original[c].width + (c > 0 ? options.gap : 0.0);
        if (prefix >= widest)
            candidates.push_back(prefix);
    }
    double best = candidates.front(), bestScale = -1;
    for (const double rowWidth : candidates) {
        boxes = original;
        const auto [width, height] = placeInRows(boxes, rowWidth, options.gap);
        // Scale at which the drawing fits a box of height 1 and width aspect (larger is better).
        const double scale = std::min(options.aspect / std::max(width, 1e-9), 1.0 / std::max(height, 1e-9));
        if (scale > bestScale * (1.0 + 1e-9)) {
            bestScale = scale;
            best = rowWidth;
        }
    }
    boxes = original;
    placeInRows(boxes, best, options.gap);
    for (std::size_t c = 0; c < count; ++c) {
        const double dx = boxes[c].left - original[c].left, dy = boxes[c].top - original[c].top;
        for (const std::uint32_t v : components.members[c]) {
            positions[v].x += dx;
            positions[v].y += dy;
        }
    }
    return boxes;
}

PackedHierarchyResult packedHierarchyLayout(std::uint32_t vertexCount, const EdgeList &edges,
                                            const PackedHierarchyOptions &options)
{
    PackedHierarchyResult result;
    result.components = componentGroups(vertexCount, edges);
    result.positions.resize(vertexCount);
    const std::size_t count = result.components.members.size();
    // Each component's edges in its own numbering.
    std::vector<std::uint32_t> local(vertexCount, 0);
    for (const auto &members : result.components.members)
        for (std::uint32_t i = 0; i < members.size(); ++i)
            local[members[i]] = i;
    std::vector<EdgeList> parts(count);
    for (const auto &[a, b] : edges)
        if (a < vertexCount && b < vertexCount)
            parts[result.components.of[a]].emplace_back(local[a], local[b]);
    for (std::size_t c = 0; c < count; ++c) {
        const auto &members = result.components.members[c];
        HierarchyResult part = hierarchyLayout(static_cast<std::uint32_t>(members.size()), parts[c], options.hierarchy);
        wrapWideLayers(part.positions, part.layer, options.hierarchy, options.maxLayerWidth);
        result.reversedEdges += part.reversedEdges;
        for (std::size_t i = 0; i < members.size(); ++i)
            result.positions[members[i]] = part.positions[i];
    }
    result.boxes = packComponents(result.positions, result.components, options.pack);
    return result;
}

} // namespace caravan::graph
