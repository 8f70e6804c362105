#include "models/graph/ForceLayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <tuple>

namespace caravan::graph {

namespace {
constexpr double kRepulsion = 0.2; // Hu's C: relative strength of repulsion against attraction
constexpr double kCooling = 0.9;   // step length factor of the adaptive scheme
constexpr std::uint32_t kCoarsestSize = 40;
constexpr double kMinShrink = 0.8; // stop coarsening when a level keeps more than this share of vertices
// Vertices sorted along a Z-order curve of their positions: neighbours in space become neighbours in
// memory, so that the quadtree walks of consecutive vertices hit the same cells in cache.
void spatialOrder(const std::vector<Point> &points, std::vector<std::uint32_t> &order)
{
    double minX = points[0].x, maxX = minX, minY = points[0].y, maxY = minY;
    for (const Point &p : points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    const double scale = 65535.0 / std::max({maxX - minX, maxY - minY, 1e-12});
    auto spread = [](std::uint64_t x) {
        x &= 0xffff;
        x = (x | (x << 8)) & 0x00ff00ff;
        x = (x | (x << 4)) & 0x0f0f0f0f;
        x = (x | (x << 2)) & 0x33333333;
        x = (x | (x << 1)) & 0x55555555;
        return x;
    };
    std::vector<std::pair<std::uint64_t, std::uint32_t>> keyed(points.size());
    for (std::uint32_t v = 0; v < points.size(); ++v) {
        const auto x = static_cast<std::uint64_t>((points[v].x - minX) * scale);
        const auto y = static_cast<std::uint64_t>((points[v].y - minY) * scale);
        keyed[v] = {spread(x) | (spread(y) << 1), v};
    }
    std::sort(keyed.begin(), keyed.end());
    order.resize(points.size());
    for (std::size_t i = 0; i < keyed.size(); ++i)
        order[i] = keyed[i].second;
}

} // namespace

// One level of the multilevel hierarchy: an undirected weighted graph in CSR form and its positions.
struct ForceLayout::Level {
    std::uint32_t n = 0;
    std::vector<std::size_t> offsets{0};
    std::vector<std::uint32_t> targets;
    std::vector<double> weights;
    std::vector<std::uint32_t> parent; // index of the vertex that stands for this one on the next coarser level
    std::vector<std::uint32_t> mass;   // full-graph vertices this vertex stands for
    std::vector<Point> positions;
    double k = 1;
    int cap = 0;

    // Builds the adjacency from (a, b, weight) triples: merged duplicates, no self-loops, both directions.
    void setEdges(std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> edges)
    {
        for (auto &[a, b, w] : edges)
            if (a > b)
                std::swap(a, b);
        std::sort(edges.begin(), edges.end());
        std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> merged;
        for (const auto &[a, b, w] : edges) {
            if (a == b)
                continue;
            if (!merged.empty() && std::get<0>(merged.back()) == a && std::get<1>(merged.back()) == b)
                std::get<2>(merged.back()) += w;
            else
                merged.emplace_back(a, b, w);
        }
        offsets.assign(n + 1, 0);
        for (const auto &[a, b, w] : merged) {
            ++offsets[a + 1];
            ++offsets[b + 1];
        }
        for (std::uint32_t v = 0; v < n; ++v)
            offsets[v + 1] += offsets[v];
        targets.resize(offsets.back());
        weights.resize(offsets.back());
        std::vector<std::size_t> cursor(offsets.begin(), offsets.end() - 1);
        for (const auto &[a, b, w] : merged) {
            targets[cursor[a]] = b;
            weights[cursor[a]++] = w;
            targets[cursor[b]] = a;
            weights[cursor[b]++] = w;
        }
    }
};

// Barnes-Hut quadtree over one level's positions, rebuilt every step into flat arrays of 32-byte cells
// (what the force walk reads); a cell's square is recomputed on the way down while building.
class ForceLayout::QuadTree {
public:
    void build(const std::vector<Point> &points, const std::vector<std::uint32_t> &order)
    {
        m_cells.clear();
        m_points = &points;
        double minX = points[0].x, maxX = minX, minY = points[0].y, maxY = minY;
        for (const Point &p : points) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
        m_half = std::max({maxX - minX, maxY - minY, 1e-9}) * 0.5 * 1.0001;
        m_midX = (minX + maxX) * 0.5;
        m_midY = (minY + maxY) * 0.5;
        m_cells.reserve(points.size() * 2 + 1);
        m_cells.push_back(Cell{});
        m_cells[0].size2 = static_cast<float>(4.0 * m_half * m_half);
        for (const std::uint32_t i : order)
            insert(static_cast<std::int32_t>(i));
        for (Cell &c : m_cells)
            if (c.mass > 0) {
                c.cx /= c.mass;
                c.cy /= c.mass;
            }
    }

    // Sum over all other points of (p - q) / |p - q|^2, far groups taken as their centre of mass.
    Point repulsion(std::int32_t self, double theta2) const
    {
        const Point p = (*m_points)[static_cast<std::size_t>(self)];
        double fx = 0, fy = 0;
        std::array<std::int32_t, 4 * kMaxDepth + 8> stack;
        std::size_t top = 0;
        stack[top++] = 0;
        while (top > 0) {
            const Cell &c = m_cells[static_cast<std::size_t>(stack[--top])];
            const double dx = p.x - c.cx;
            const double dy = p.y - c.cy;
            const double d2 = dx * dx + dy * dy;
            if (c.firstChild < 0) {
                if (c.body == self || d2 <= 1e-18)
                    continue;
                fx += c.mass * dx / d2;
                fy += c.mass * dy / d2;
            } else if (c.size2 < theta2 * d2) {
                fx += c.mass * dx / d2;
                fy += c.mass * dy / d2;
            } else {
                for (std::int32_t q = 0; q < 4; ++q)
                    if (m_cells[static_cast<std::size_t>(c.firstChild + q)].mass > 0)
                        stack[top++] = c.firstChild + q;
            }
        }
        return {fx, fy};
    }

private:
    static constexpr int kMaxDepth = 40;
    struct Cell {
        double cx = 0, cy = 0; // sums while building, then the centre of mass
        float mass = 0;
        float size2 = 0;              // squared side length, for the opening test
        std::int32_t firstChild = -1; // four children from here
        std::int32_t body = -1;       // the point in a leaf of mass 1; -2 for a bucket of coincident points
    };
    static_assert(sizeof(Cell) == 32);

    void split(std::size_t cell, double midX, double midY)
    {
        const auto first = static_cast<std::int32_t>(m_cells.size());
        const float childSize2 = m_cells[cell].size2 * 0.25f;
        for (int q = 0; q < 4; ++q) {
            m_cells.push_back(Cell{});
            m_cells.back().size2 = childSize2;
        }
        Cell &c = m_cells[cell];
        c.firstChild = first;
        const std::int32_t old = c.body;
        c.body = -1;
        const Point &op = (*m_points)[static_cast<std::size_t>(old)];
        Cell &child = m_cells[static_cast<std::size_t>(first + (op.x >= midX ? 1 : 0) + (op.y >= midY ? 2 : 0))];
        child.cx = op.x;
        child.cy = op.y;
        child.mass = 1;
        child.body = old;
    }

    void insert(std::int32_t body)
    {
        const Point &p = (*m_points)[static_cast<std::size_t>(body)];
        std::size_t cell = 0;
        double midX = m_midX, midY = m_midY, half = m_half;
        for (int depth = 0;; ++depth) {
            Cell &c = m_cells[cell];
            const bool wasEmptyLeaf = c.firstChild < 0 && c.mass == 0;
            const bool wasSingleLeaf = c.firstChild < 0 && c.body >= 0;
            c.cx += p.x;
            c.cy += p.y;
            c.mass += 1;
            if (wasEmptyLeaf) {
                c.body = body;
                return;
            }
            if (c.firstChild < 0) {
                if (!wasSingleLeaf || depth >= kMaxDepth) {
                    c.body = -2;
                    return;
                }
                split(cell, midX, midY);
            }
            const bool east = p.x >= midX, south = p.y >= midY;
            half *= 0.5;
            midX += east ? half : -half;
            midY += south ? half : -half;
            cell = static_cast<std::size_t>(m_cells[cell].firstChild + (east ? 1 : 0) + (south ? 2 : 0));
        }
    }

    std::vector<Cell> m_cells;
    const std::vector<Point> *m_points = nullptr;
    double m_midX = 0, m_midY = 0, m_half = 1;
};

ForceLayout::ForceLayout(std::uint32_t vertexCount, const EdgeList &edges, const ForceLayoutOptions &options,
                         std::vector<Point> initial, std::vector<char> pinned)
    : m_options(options), m_tree(std::make_unique<QuadTree>()), m_pinned(std::move(pinned))
{
    m_pinned.resize(vertexCount, 0);
    const bool hasInitial = initial.size() == vertexCount && vertexCount > 0;
    if (hasInitial)
        m_options.multilevel = false;
    buildLevels(vertexCount, edges);
    if (vertexCount == 0) {
        m_finished = true;
        return;
    }
    std::uint64_t total = 0;
    for (std::size_t l = m_levels.size(); l-- > 0;) {
        total += static_cast<std::uint64_t>(m_levels[l]->cap);
        m_levelEndStep.insert(m_levelEndStep.begin(), total);
    }
    m_totalSteps = total;
    if (hasInitial)
        m_levels[0]->positions = std::move(initial);
    else {
        Level &coarsest = *m_levels.back();
        std::mt19937_64 random(m_options.seed);
        const double side = coarsest.k * std::sqrt(static_cast<double>(coarsest.n));
        std::uniform_real_distribution<double> coordinate(-side * 0.5, side * 0.5);
        coarsest.positions.resize(coarsest.n);
        for (Point &p : coarsest.positions)
            p = {coordinate(random), coordinate(random)};
        // Pinned vertices keep the place given to them, even without a full set of initial positions.
    }
    startLevel(static_cast<int>(m_levels.size()) - 1, false);
    if (hasInitial)
        m_step = m_k * 0.5;
}

ForceLayout::~ForceLayout() = default;

void ForceLayout::buildLevels(std::uint32_t vertexCount, const EdgeList &edges)
{
    auto fine = std::make_unique<Level>();
    fine->n = vertexCount;
    fine->mass.assign(vertexCount, 1);
    std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> weighted;
    weighted.reserve(edges.size());
    for (const auto &[a, b] : edges)
        if (a < vertexCount && b < vertexCount)
            weighted.emplace_back(a, b, 1.0);
    fine->setEdges(std::move(weighted));
    fine->k = m_options.springLength;
    fine->cap = m_options.finestIterations;
    m_levels.push_back(std::move(fine));
    if (!m_options.multilevel)
        return;

    std::mt19937_64 random(m_options.seed ^ 0x9e3779b97f4a7c15ull);
    while (m_levels.back()->n > kCoarsestSize) {
        Level &level = *m_levels.back();
        std::vector<std::uint32_t> order(level.n);
        std::iota(order.begin(), order.end(), 0u);
        std::shuffle(order.begin(), order.end(), random);
        constexpr std::uint32_t unset = 0xffffffffu;
        level.parent.assign(level.n, unset);
        auto coarse = std::make_unique<Level>();
        for (const std::uint32_t v : order) {
            if (level.parent[v] != unset)
                continue;
            // Match with the lightest free neighbour, which keeps coarse vertices of similar size.
            std::uint32_t best = unset;
            std::uint32_t bestMass = unset;
            for (std::size_t e = level.offsets[v]; e < level.offsets[v + 1]; ++e) {
                const std::uint32_t w = level.targets[e];
                if (level.parent[w] == unset && level.mass[w] < bestMass) {
                    best = w;
                    bestMass = level.mass[w];
                }
            }
            level.parent[v] = coarse->n;
            std::uint32_t mass = level.mass[v];
            if (best != unset) {
                level.parent[best] = coarse->n;
                mass += level.mass[best];
            }
            coarse->mass.push_back(mass);
            ++coarse->n;
        }
        if (static_cast<double>(coarse->n) > kMinShrink * static_cast<double>(level.n)) {
            level.parent.clear();
            break;
        }
        std::vector<std::tuple<std::uint32_t, std::uint32_t, double>> coarseEdges;
        coarseEdges.reserve(level.targets.size() / 2);
        for (std::uint32_t v = 0; v < level.n; ++v)
            for (std::size_t e = level.offsets[v]; e < level.offsets[v + 1]; ++e)
                if (v < level.targets[e])
                    coarseEdges.emplace_back(level.parent[v], level.parent[level.targets[e]], level.weights[e]);
        coarse->setEdges(std::move(coarseEdges));
        coarse->k = m_options.springLength *
                    std::sqrt(static_cast<double>(vertexCount) / static_cast<double>(std::max(coarse->n, 1u)));
        coarse->cap = m_options.coarseIterations;
        m_levels.push_back(std::move(coarse));
    }
}

void ForceLayout::startLevel(int level, bool fromCoarser)
{
    m_level = level;
    m_levelStep = 0;
    m_progress = 0;
    m_energy = std::numeric_limits<double>::infinity();
    Level &lv = *m_levels[static_cast<std::size_t>(level)];
    m_k = lv.k;
    if (fromCoarser) {
        const Level &coarse = *m_levels[static_cast<std::size_t>(level) + 1];
        std::mt19937_64 random(m_options.seed + static_cast<std::uint64_t>(level) * 7919u);
        std::uniform_real_distribution<double> angle(0.0, 2.0 * 3.141592653589793);
        lv.positions.resize(lv.n);
        for (std::uint32_t v = 0; v < lv.n; ++v) {
            const double a = angle(random);
            const Point &p = coarse.positions[lv.parent[v]];
            lv.positions[v] = {p.x + 0.3 * lv.k * std::cos(a), p.y + 0.3 * lv.k * std::sin(a)};
        }
        m_step = lv.k;
    } else {
        m_step = 0.1 * lv.k * std::sqrt(static_cast<double>(lv.n)) + lv.k;
    }
}

void ForceLayout::finishLevel()
{
    m_stepsDone = m_levelEndStep[static_cast<std::size_t>(m_level)];
    if (m_level == 0) {
        separateCoincident(m_levels[0]->positions, 1e-6 * m_options.springLength);
        m_finished = true;
        return;
    }
    startLevel(m_level - 1, true);
}

bool ForceLayout::step()
{
    if (m_finished)
        return false;
    Level &lv = *m_levels[static_cast<std::size_t>(m_level)];
    std::vector<Point> &pos = lv.positions;
    const bool finest = m_level == 0;
    if (lv.n > 1) {
        if (m_levelStep % 10 == 0)
            spatialOrder(pos, m_order);
        m_tree->build(pos, m_order);
        Point centre;
        for (const Point &p : pos) {
            centre.x += p.x;
            centre.y += p.y;
        }
        centre.x /= lv.n;
        centre.y /= lv.n;
        const double repulsion = kRepulsion * m_k * m_k;
        const double theta2 = m_options.theta * m_options.theta;
        double energy = 0;
        for (const std::uint32_t v : m_order) {
            const Point r = m_tree->repulsion(static_cast<std::int32_t>(v), theta2);
            double fx = repulsion * r.x;
            double fy = repulsion * r.y;
            const Point p = pos[v];
            for (std::size_t e = lv.offsets[v]; e < lv.offsets[v + 1]; ++e) {
                const Point &q = pos[lv.targets[e]];
                const double dx = p.x - q.x;
                const double dy = p.y - q.y;
                const double d = std::sqrt(dx * dx + dy * dy);
                const double a = lv.weights[e] * d / m_k;
                fx -= a * dx;
                fy -= a * dy;
            }
            fx -= m_options.gravity * (p.x - centre.x);
            fy -= m_options.gravity * (p.y - centre.y);
            const double norm2 = fx * fx + fy * fy;
            energy += norm2;
            if ((finest && m_pinned[v]) || norm2 <= 0)
                continue;
            const double scale = m_step / std::sqrt(norm2);
            pos[v].x += fx * scale;
            pos[v].y += fy * scale;
        }
        // Adaptive step length (Hu): grow after steady progress, shrink when the energy rises.
        if (energy < m_energy) {
            if (++m_progress >= 5) {
                m_progress = 0;
                m_step /= kCooling;
            }
        } else {
            m_progress = 0;
            m_step *= kCooling;
        }
        m_energy = energy;
        // Settle in the last part of the budget, whatever the energy does.
        if (m_levelStep > lv.cap / 2)
            m_step *= 0.95;
    }
    ++m_levelStep;
    ++m_stepsDone;
    if (m_levelStep >= lv.cap || lv.n <= 1 || m_step < m_options.tolerance * m_k)
        finishLevel();
    return true;
}

bool ForceLayout::finished() const
{
    return m_finished;
}

int ForceLayout::levelCount() const
{
    return static_cast<int>(m_levels.size());
}

int ForceLayout::currentLevel() const
{
    return m_level;
}

std::vector<Point> ForceLayout::positions() const
{
    if (m_level == 0 && m_levels[0]->positions.size() == m_levels[0]->n)
        return m_levels[0]->positions;
    // Map every full-graph vertex through the parents to the level being laid out.
    std::vector<std::uint32_t> at(m_levels[0]->n);
    std::iota(at.begin(), at.end(), 0u);
    for (int l = 0; l < m_level; ++l)
        for (std::uint32_t &v : at)
            v = m_levels[static_cast<std::size_t>(l)]->parent[v];
    const std::vector<Point> &coarse = m_levels[static_cast<std::size_t>(m_level)]->positions;
    std::vector<Point> result(at.size());
    for (std::size_t v = 0; v < at.size(); ++v)
        result[v] = coarse[at[v]];
    return result;
}

} // namespace caravan::graph
