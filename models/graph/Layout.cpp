#include "models/graph/Layout.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <random>

namespace caravan::graph {

double layoutQuality(const std::vector<Point> &positions, const EdgeList &edges, std::uint64_t seed,
                     std::size_t pairSamples)
{
    const std::size_t n = positions.size();
    if (n < 2 || edges.empty())
        return 0.0;
    auto distance = [&](std::size_t a, std::size_t b) {
        return std::hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y);
    };
    double edgeSum = 0.0;
    std::size_t edgeCount = 0;
    for (const auto &[a, b] : edges)
        if (a != b) {
            edgeSum += distance(a, b);
            ++edgeCount;
        }
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<std::size_t> pick(0, n - 1);
    double pairSum = 0.0;
    std::size_t pairCount = 0;
    while (pairCount < pairSamples) {
        const std::size_t a = pick(random);
        const std::size_t b = pick(random);
        if (a == b)
            continue;
        pairSum += distance(a, b);
        ++pairCount;
    }
    if (edgeCount == 0 || pairSum <= 0.0)
        return 0.0;
    return (edgeSum / static_cast<double>(edgeCount)) / (pairSum / static_cast<double>(pairCount));
}

namespace {

// Vertex indices sorted by x, so that near pairs are found by a sweep.
std::vector<std::uint32_t> sortedByX(const std::vector<Point> &positions)
{
    std::vector<std::uint32_t> order(positions.size());
    std::iota(order.begin(), order.end(), 0u);
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
        return positions[a].x != positions[b].x ? positions[a].x < positions[b].x : a < b;
    });
    return order;
}

// Calls fn(a, b) for each pair closer than minDistance (a earlier in x order).
template <typename Fn> void forNearPairs(const std::vector<Point> &positions, double minDistance, Fn &&fn)
{
    const std::vector<std::uint32_t> order = sortedByX(positions);
    const double min2 = minDistance * minDistance;
    for (std::size_t i = 0; i < order.size(); ++i)
        for (std::size_t j = i + 1; j < order.size(); ++j) {
            const Point &p = positions[order[i]];
            const Point &q = positions[order[j]];
            if (q.x - p.x >= minDistance)
                break;
            const double dx = q.x - p.x;
            const double dy = q.y - p.y;
            if (dx * dx + dy * dy < min2 && !fn(order[i], order[j]))
                return;
        }
}

} // namespace

bool layoutIsValid(const std::vector<Point> &positions, double minDistance)
{
    for (const Point &p : positions)
        if (!std::isfinite(p.x) || !std::isfinite(p.y))
            return false;
    bool valid = true;
    forNearPairs(positions, minDistance, [&](std::uint32_t, std::uint32_t) { return valid = false; });
    return valid;
}

std::size_t separateCoincident(std::vector<Point> &positions, double minDistance)
{
    std::size_t moved = 0;
    for (int round = 0; round < 8; ++round) {
        std::vector<std::uint32_t> toMove;
        forNearPairs(positions, minDistance, [&](std::uint32_t, std::uint32_t b) {
            toMove.push_back(b);
            return true;
        });
        if (toMove.empty())
            break;
        std::sort(toMove.begin(), toMove.end());
        toMove.erase(std::unique(toMove.begin(), toMove.end()), toMove.end());
        for (const std::uint32_t v : toMove) {
            // A golden-angle offset by vertex number: deterministic and spread in every direction.
            const double angle = 2.399963229728653 * static_cast<double>(v);
            positions[v].x += 1.5 * minDistance * std::cos(angle);
            positions[v].y += 1.5 * minDistance * std::sin(angle);
        }
        moved += toMove.size();
    }
    return moved;
}

} // namespace caravan::graph
