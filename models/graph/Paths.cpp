#include "models/graph/Paths.h"

#include <algorithm>
#include <numeric>

namespace caravan::graph {

namespace {

constexpr std::uint32_t kNone = 0xffffffffu;

// Disjoint sets with path halving and union by size.
class UnionFind {
public:
    explicit UnionFind(std::uint32_t n) : m_parent(n), m_size(n, 1) { std::iota(m_parent.begin(), m_parent.end(), 0u); }
    std::uint32_t find(std::uint32_t v)
    {
        while (m_parent[v] != v) {
            m_parent[v] = m_parent[m_parent[v]];
            v = m_parent[v];
        }
        return v;
    }
    void unite(std::uint32_t a, std::uint32_t b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return;
        if (m_size[a] < m_size[b])
            std::swap(a, b);
        m_parent[b] = a;
        m_size[a] += m_size[b];
    }

private:
    std::vector<std::uint32_t> m_parent;
    std::vector<std::uint32_t> m_size;
};

// Depth-first enumeration of simple paths with a hop budget; distances to the target prune branches
// that cannot arrive in time.
struct PathSearch {
    const Adjacency &adjacency;
    std::uint32_t target;
    int maxHops;
    std::size_t maxPaths;
    const std::vector<int> &toTarget; // hops to the target along the search direction, -1 unreachable
    std::vector<char> onPath;
    Path current;
    std::vector<Path> found;
    bool truncated = false;

    void run(std::uint32_t v)
    {
        if (truncated)
            return;
        if (v == target) {
            if (found.size() >= maxPaths) {
                truncated = true;
                return;
            }
            found.push_back(current);
            return;
        }
        const int used = static_cast<int>(current.size()) - 1;
        // Distinct neighbours only: parallel edges would repeat the same vertex sequence.
        const auto span = adjacency.neighbours(v);
        std::vector<std::uint32_t> next(span.begin(), span.end());
        std::sort(next.begin(), next.end());
        next.erase(std::unique(next.begin(), next.end()), next.end());
        for (const std::uint32_t w : next) {
            if (onPath[w] || toTarget[w] < 0 || used + 1 + toTarget[w] > maxHops)
                continue;
            onPath[w] = 1;
            current.push_back(w);
            run(w);
            current.pop_back();
            onPath[w] = 0;
        }
    }
};

// Hops from every vertex to `target` when walking the adjacency forwards.
std::vector<int> distancesTo(const Adjacency &adjacency, std::uint32_t target, int limit)
{
    if (adjacency.direction() == Direction::Undirected)
        return hopDistances(adjacency, {target}, limit);
    std::vector<std::pair<std::uint32_t, std::uint32_t>> reversed;
    reversed.reserve(adjacency.entryCount());
    for (std::uint32_t v = 0; v < adjacency.vertexCount(); ++v)
        for (const std::uint32_t w : adjacency.neighbours(v))
            reversed.emplace_back(w, v);
    return hopDistances(Adjacency(adjacency.vertexCount(), reversed, Direction::Directed), {target}, limit);
}

} // namespace

Path shortestPath(const Adjacency &adjacency, std::uint32_t from, std::uint32_t to)
{
    const std::uint32_t n = adjacency.vertexCount();
    if (from >= n || to >= n)
        return {};
    std::vector<std::uint32_t> parent(n, kNone);
    std::vector<std::uint32_t> queue{from};
    parent[from] = from;
    for (std::size_t head = 0; head < queue.size() && parent[to] == kNone; ++head) {
        const std::uint32_t v = queue[head];
        for (const std::uint32_t w : adjacency.neighbours(v))
            if (parent[w] == kNone) {
                parent[w] = v;
                queue.push_back(w);
            }
    }
    if (parent[to] == kNone)
        return {};
    Path path{to};
    while (path.back() != from)
        path.push_back(parent[path.back()]);
    std::reverse(path.begin(), path.end());
    return path;
}

std::vector<Path> allSimplePaths(const Adjacency &adjacency, std::uint32_t from, std::uint32_t to, int maxHops,
                                 std::size_t maxPaths, bool *truncated)
{
    if (truncated)
        *truncated = false;
    const std::uint32_t n = adjacency.vertexCount();
    if (from >= n || to >= n || maxHops < 0)
        return {};
    if (from == to)
        return {Path{from}};
    const std::vector<int> toTarget = distancesTo(adjacency, to, maxHops);
    if (toTarget[from] < 0)
        return {};
    PathSearch search{adjacency, to, maxHops, maxPaths, toTarget, std::vector<char>(n, 0), Path{from}, {}, false};
    search.onPath[from] = 1;
    search.run(from);
    std::stable_sort(search.found.begin(), search.found.end(),
                     [](const Path &a, const Path &b) { return a.size() < b.size(); });
    if (truncated)
        *truncated = search.truncated;
    return std::move(search.found);
}

std::vector<int> hopDistances(const Adjacency &adjacency, const std::vector<std::uint32_t> &seeds, int k)
{
    std::vector<int> distance(adjacency.vertexCount(), -1);
    std::vector<std::uint32_t> queue;
    for (const std::uint32_t s : seeds)
        if (s < distance.size() && distance[s] < 0) {
            distance[s] = 0;
            queue.push_back(s);
        }
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t v = queue[head];
        if (distance[v] >= k)
            continue;
        for (const std::uint32_t w : adjacency.neighbours(v))
            if (distance[w] < 0) {
                distance[w] = distance[v] + 1;
                queue.push_back(w);
            }
    }
    return distance;
}

std::vector<std::uint32_t> neighbourhood(const Adjacency &adjacency, const std::vector<std::uint32_t> &seeds, int k)
{
    const std::vector<int> distance = hopDistances(adjacency, seeds, k);
    std::vector<std::uint32_t> result;
    for (std::uint32_t v = 0; v < distance.size(); ++v)
        if (distance[v] >= 0)
            result.push_back(v);
    return result;
}

Components connectedComponents(std::uint32_t vertexCount,
                               const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges)
{
    UnionFind sets(vertexCount);
    for (const auto &[a, b] : edges)
        sets.unite(a, b);
    std::vector<std::uint32_t> rootSize(vertexCount, 0);
    for (std::uint32_t v = 0; v < vertexCount; ++v)
        ++rootSize[sets.find(v)];
    std::vector<std::uint32_t> roots;
    for (std::uint32_t v = 0; v < vertexCount; ++v)
        if (rootSize[v] > 0)
            roots.push_back(v);
    // Largest first; ties by the smallest vertex (roots are visited in vertex order, so stable sort keeps that).
    std::vector<std::uint32_t> firstVertex(vertexCount, kNone);
    for (std::uint32_t v = 0; v < vertexCount; ++v) {
        const std::uint32_t r = sets.find(v);
        if (firstVertex[r] == kNone)
            firstVertex[r] = v;
    }
    std::sort(roots.begin(), roots.end(), [&](std::uint32_t a, std::uint32_t b) {
        return rootSize[a] != rootSize[b] ? rootSize[a] > rootSize[b] : firstVertex[a] < firstVertex[b];
    });
    std::vector<std::uint32_t> idOfRoot(vertexCount, kNone);
    Components result;
    for (const std::uint32_t r : roots) {
        idOfRoot[r] = result.count();
        result.sizes.push_back(rootSize[r]);
    }
    result.componentOf.resize(vertexCount);
    for (std::uint32_t v = 0; v < vertexCount; ++v)
        result.componentOf[v] = idOfRoot[sets.find(v)];
    return result;
}

} // namespace caravan::graph
