#pragma once

#include "models/graph/Layout.h"

#include <cstdint>
#include <vector>

namespace caravan::graph {

// A uniform grid over points for hit-testing and rectangle queries in about constant time per answer:
// points sorted by cell, with an offset table per cell. Rebuilt when positions change.
class SpatialGrid {
public:
    void build(const std::vector<Point> &points);
    bool isEmpty() const { return m_points.empty(); }

    // Indices of the points inside the rectangle, in ascending order.
    std::vector<std::uint32_t> inRect(double minX, double minY, double maxX, double maxY) const;
    // The point nearest to (x, y) for which accept(index, distance) holds, within maxDistance; or -1.
    template <typename Accept> std::int64_t nearest(double x, double y, double maxDistance, Accept &&accept) const
    {
        std::int64_t best = -1;
        double bestD2 = maxDistance * maxDistance;
        forCells(x - maxDistance, y - maxDistance, x + maxDistance, y + maxDistance, [&](std::uint32_t i) {
            const double dx = m_points[i].x - x, dy = m_points[i].y - y;
            const double d2 = dx * dx + dy * dy;
            if (d2 <= bestD2 && accept(i, d2)) {
                if (d2 < bestD2 || best < 0 || i < best) {
                    bestD2 = d2;
                    best = i;
                }
            }
        });
        return best;
    }

private:
    template <typename Fn> void forCells(double minX, double minY, double maxX, double maxY, Fn &&fn) const
    {
        if (m_points.empty())
            return;
        const std::int64_t cx0 = cellX(minX), cx1 = cellX(maxX), cy0 = cellY(minY), cy1 = cellY(maxY);
        for (std::int64_t cy = cy0; cy <= cy1; ++cy)
            for (std::int64_t cx = cx0; cx <= cx1; ++cx) {
                const std::size_t cell = static_cast<std::size_t>(cy * m_columns + cx);
                for (std::size_t k = m_offsets[cell]; k < m_offsets[cell + 1]; ++k)
                    fn(m_order[k]);
            }
    }
    std::int64_t cellX(double x) const;
    std::int64_t cellY(double y) const;

    std::vector<Point> m_points;
    std::vector<std::size_t> m_offsets;
    std::vector<std::uint32_t> m_order;
    double m_minX = 0, m_minY = 0, m_cell = 1;
    std::int64_t m_columns = 1, m_rows = 1;
};

} // namespace caravan::graph
