#include "models/graph/SpatialGrid.h"

#include <algorithm>
#include <cmath>

namespace caravan::graph {

void SpatialGrid::build(const std::vector<Point> &points)
{
    m_points = points;
    m_order.clear();
    m_offsets.assign(2, 0);
    m_columns = m_rows = 1;
    if (points.empty())
        return;
    double maxX = points[0].x, maxY = points[0].y;
    m_minX = points[0].x;
    m_minY = points[0].y;
    for (const Point &p : points) {
        m_minX = std::min(m_minX, p.x);
        m_minY = std::min(m_minY, p.y);
        maxX = std::max(maxX, p.x);
        maxY = std::max(maxY, p.y);
    }
    const double extent = std::max({maxX - m_minX, maxY - m_minY, 1e-9});
    // About one point per cell, at most 1024 cells a side.
    const double side = std::clamp(std::sqrt(static_cast<double>(points.size())), 1.0, 1024.0);
    m_cell = extent / side * 1.0001;
    m_columns = static_cast<std::int64_t>((maxX - m_minX) / m_cell) + 1;
    m_rows = static_cast<std::int64_t>((maxY - m_minY) / m_cell) + 1;
    const auto cells = static_cast<std::size_t>(m_columns * m_rows);
    m_offsets.assign(cells + 1, 0);
    std::vector<std::size_t> cellOf(points.size());
    for (std::size_t i = 0; i < points.size(); ++i) {
        cellOf[i] = static_cast<std::size_t>(cellY(points[i].y) * m_columns + cellX(points[i].x));
        ++m_offsets[cellOf[i] + 1];
    }
    for (std::size_t c = 0; c < cells; ++c)
        m_offsets[c + 1] += m_offsets[c];
    m_order.resize(points.size());
    std::vector<std::size_t> cursor(m_offsets.begin(), m_offsets.end() - 1);
    for (std::size_t i = 0; i < points.size(); ++i)
        m_order[cursor[cellOf[i]]++] = static_cast<std::uint32_t>(i);
}

std::int64_t SpatialGrid::cellX(double x) const
{
    const double c = std::floor((x - m_minX) / m_cell);
    return std::clamp(static_cast<std::int64_t>(std::isfinite(c) ? c : 0.0), std::int64_t{0}, m_columns - 1);
}

std::int64_t SpatialGrid::cellY(double y) const
{
    const double c = std::floor((y - m_minY) / m_cell);
    return std::clamp(static_cast<std::int64_t>(std::isfinite(c) ? c : 0.0), std::int64_t{0}, m_rows - 1);
}

std::vector<std::uint32_t> SpatialGrid::inRect(double minX, double minY, double maxX, double maxY) const
{
    std::vector<std::uint32_t> result;
    forCells(minX, minY, maxX, maxY, [&](std::uint32_t i) {
        const Point &p = m_points[i];
        if (p.x >= minX && p.x <= maxX && p.y >= minY && p.y <= maxY)
            result.push_back(i);
    });
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace caravan::graph
