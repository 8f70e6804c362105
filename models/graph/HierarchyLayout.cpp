#include "models/graph/HierarchyLayout.h"

#include "models/graph/Adjacency.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace caravan::graph {

namespace {

constexpr std::uint32_t kNone = 0xffffffffu;
constexpr double kTwoPi = 6.283185307179586;

// Marks the edges that close a cycle in a depth-first search (iterative: ownership chains can be deep).
std::vector<char> backEdges(const Adjacency &out, std::size_t edgeCount)
{
    const std::uint32_t n = out.vertexCount();
    std::vector<char> reversed(edgeCount, 0);
    std::vector<char> state(n, 0); // 0 new, 1 on the stack, 2 done
    std::vector<std::pair<std::uint32_t, std::size_t>> stack;
    for (std::uint32_t root = 0; root < n; ++root) {
        if (state[root] != 0)
            continue;
        stack.emplace_back(root, 0);
        state[root] = 1;
        while (!stack.empty()) {
            auto &[v, next] = stack.back();
            const auto targets = out.neighbours(v);
            if (next == targets.size()) {
                state[v] = 2;
                stack.pop_back();
                continue;
            }
            const std::uint32_t w = targets[next];
            const std::uint32_t edge = out.edgesOf(v)[next];
            ++next;
            if (state[w] == 1)
                reversed[edge] = 1;
            else if (state[w] == 0) {
                state[w] = 1;
                stack.emplace_back(w, 0);
            }
        }
    }
    return reversed;
}

} // namespace

HierarchyResult hierarchyLayout(std::uint32_t vertexCount, const EdgeList &edges, const HierarchyOptions &options)
{
    HierarchyResult result;
    const std::uint32_t n = vertexCount;
    if (n == 0)
        return result;
    EdgeList valid;
    for (const auto &[a, b] : edges)
        if (a < n && b < n && a != b)
            valid.emplace_back(a, b);
    const std::vector<char> reversed = backEdges(Adjacency(n, valid, Direction::Directed), valid.size());
    EdgeList dag(valid.size());
    for (std::size_t i = 0; i < valid.size(); ++i) {
        dag[i] = reversed[i] ? std::make_pair(valid[i].second, valid[i].first) : valid[i];
        result.reversedEdges += reversed[i] ? 1u : 0u;
    }
    const Adjacency down(n, dag, Direction::Directed);
    EdgeList flipped(dag.size());
    std::transform(dag.begin(), dag.end(), flipped.begin(), [](auto e) { return std::make_pair(e.second, e.first); });
    const Adjacency up(n, flipped, Direction::Directed);

    // Longest-path layering in topological order (Kahn).
    std::vector<std::size_t> indegree(n);
    for (std::uint32_t v = 0; v < n; ++v)
        indegree[v] = up.degree(v);
    std::vector<std::uint32_t> order;
    order.reserve(n);
    for (std::uint32_t v = 0; v < n; ++v)
        if (indegree[v] == 0)
            order.push_back(v);
    result.layer.assign(n, 0);
    for (std::size_t head = 0; head < order.size(); ++head) {
        const std::uint32_t v = order[head];
        for (const std::uint32_t w : down.neighbours(v)) {
            result.layer[w] = std::max(result.layer[w], result.layer[v] + 1);
            if (--indegree[w] == 0)
                order.push_back(w);
        }
    }
    const std::uint32_t layerCount = *std::max_element(result.layer.begin(), result.layer.end()) + 1;
    std::vector<std::vector<std::uint32_t>> layers(layerCount);
    // First order: depth-first from each top vertex, so that a family starts together.
    std::vector<char> seen(n, 0);
    std::vector<std::uint32_t> stack;
    for (const std::uint32_t root : order) {
        if (seen[root])
            continue;
        stack.push_back(root);
        seen[root] = 1;
        while (!stack.empty()) {
            const std::uint32_t v = stack.back();
            stack.pop_back();
            layers[result.layer[v]].push_back(v);
            const auto next = down.neighbours(v);
            for (auto it = next.rbegin(); it != next.rend(); ++it)
                if (!seen[*it]) {
                    seen[*it] = 1;
                    stack.push_back(*it);
                }
        }
    }
    std::vector<double> rank(n, 0.0);
    auto renumber = [&](const std::vector<std::uint32_t> &layer) {
        for (std::size_t i = 0; i < layer.size(); ++i)
            rank[layer[i]] = static_cast<double>(i);
    };
    for (const auto &layer : layers)
        renumber(layer);
    std::vector<double> key(n, 0.0);
    auto sweep = [&](std::uint32_t l, const Adjacency &towards) {
        std::vector<std::uint32_t> &layer = layers[l];
        for (const std::uint32_t v : layer) {
            const auto nb = towards.neighbours(v);
            if (nb.empty()) {
                key[v] = rank[v];
                continue;
            }
            double sum = 0;
            for (const std::uint32_t w : nb)
                sum += rank[w];
            key[v] = sum / static_cast<double>(nb.size());
        }
        std::stable_sort(layer.begin(), layer.end(), [&](std::uint32_t a, std::uint32_t b) { return key[a] < key[b]; });
        renumber(layer);
    };
    for (int s = 0; s < options.sweeps; ++s) {
        if (s % 2 == 0)
            for (std::uint32_t l = 1; l < layerCount; ++l)
                sweep(l, up);
        else
            for (std::uint32_t l = layerCount - 1; l-- > 0;)
                sweep(l, down);
    }
    result.positions.resize(n);
    for (std::uint32_t l = 0; l < layerCount; ++l) {
        const double mid = (static_cast<double>(layers[l].size()) - 1.0) * 0.5;
        for (std::size_t i = 0; i < layers[l].size(); ++i)
            result.positions[layers[l][i]] = {(static_cast<double>(i) - mid) * options.nodeSpacing,
                                              static_cast<double>(l) * options.layerSpacing};
    }
    return result;
}

std::vector<Point> radialLayout(std::uint32_t vertexCount, const EdgeList &edges, std::uint32_t focus,
                                double ringSpacing, double nodeSpacing)
{
    const std::uint32_t n = vertexCount;
    std::vector<Point> positions(n);
    if (focus >= n)
        return positions;
    const Adjacency adjacency(n, edges, Direction::Undirected);
    std::vector<std::uint32_t> parent(n, kNone);
    std::vector<std::uint32_t> depth(n, 0);
    std::vector<std::uint32_t> order{focus};
    parent[focus] = focus;
    for (std::size_t head = 0; head < order.size(); ++head) {
        const std::uint32_t v = order[head];
        for (const std::uint32_t w : adjacency.neighbours(v))
            if (parent[w] == kNone) {
                parent[w] = v;
                depth[w] = depth[v] + 1;
                order.push_back(w);
            }
    }
    // Leaves below each vertex of the breadth-first tree decide the width of its wedge.
    std::vector<double> leaves(n, 0.0);
    for (std::size_t i = order.size(); i-- > 0;) {
        const std::uint32_t v = order[i];
        leaves[v] = std::max(leaves[v], 1.0);
        if (v != focus)
            leaves[parent[v]] += leaves[v];
    }
    const std::uint32_t maxDepth = depth[order.back()];
    std::vector<std::size_t> perRing(maxDepth + 2, 0);
    for (const std::uint32_t v : order)
        ++perRing[depth[v]];
    perRing[maxDepth + 1] = n - order.size();
    std::vector<double> radius(maxDepth + 2, 0.0);
    for (std::size_t d = 1; d < radius.size(); ++d)
        radius[d] = std::max(radius[d - 1] + ringSpacing, static_cast<double>(perRing[d]) * nodeSpacing / kTwoPi);

    std::vector<double> wedgeStart(n, 0.0);
    std::vector<double> wedgeSize(n, 0.0);
    std::vector<double> cursor(n, 0.0); // next free angle inside each vertex's wedge
    wedgeSize[focus] = kTwoPi;
    for (const std::uint32_t v : order) {
        if (v != focus) {
            const std::uint32_t p = parent[v];
            wedgeSize[v] = wedgeSize[p] * leaves[v] / leaves[p]; // leaves[p] sums its children's
            wedgeStart[v] = wedgeStart[p] + cursor[p];
            cursor[p] += wedgeSize[v];
            const double angle = wedgeStart[v] + wedgeSize[v] * 0.5;
            positions[v] = {radius[depth[v]] * std::cos(angle), radius[depth[v]] * std::sin(angle)};
        }
    }
    std::size_t outer = 0;
    const std::size_t outerCount = std::max<std::size_t>(perRing[maxDepth + 1], 1);
    for (std::uint32_t v = 0; v < n; ++v)
        if (parent[v] == kNone) {
            const double angle = kTwoPi * static_cast<double>(outer++) / static_cast<double>(outerCount);
            positions[v] = {radius[maxDepth + 1] * std::cos(angle), radius[maxDepth + 1] * std::sin(angle)};
        }
    return positions;
}

} // namespace caravan::graph
