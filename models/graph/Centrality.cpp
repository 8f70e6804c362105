#include "models/graph/Centrality.h"

#include <algorithm>
#include <numeric>
#include <random>

namespace caravan::graph {

std::vector<double> degreeCentrality(const Adjacency &adjacency)
{
    std::vector<double> degree(adjacency.vertexCount());
    for (std::uint32_t v = 0; v < adjacency.vertexCount(); ++v)
        degree[v] = static_cast<double>(adjacency.degree(v));
    return degree;
}

Betweenness betweenness(const Adjacency &adjacency, const BetweennessOptions &options, const ProgressFn &progress)
{
    const std::uint32_t n = adjacency.vertexCount();
    Betweenness result;
    result.scores.assign(n, 0.0);
    if (n == 0)
        return result;

    std::vector<std::uint32_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0u);
    if (options.sampleSources > 0 && options.sampleSources < n) {
        std::mt19937_64 random(options.seed);
        std::shuffle(sources.begin(), sources.end(), random);
        sources.resize(options.sampleSources);
        std::sort(sources.begin(), sources.end());
        result.approximate = true;
    }

    // Per-source working arrays, reused: distance, path counts, dependencies, BFS order.
    std::vector<int> distance(n, -1);
    std::vector<double> sigma(n, 0.0);
    std::vector<double> delta(n, 0.0);
    std::vector<std::uint32_t> order;
    order.reserve(n);
    const std::uint64_t total = sources.size();
    for (std::uint64_t i = 0; i < total; ++i) {
        if (progress && (i & 31) == 0 && !progress(i, total)) {
            result.cancelled = true;
            break;
        }
        const std::uint32_t s = sources[i];
        order.clear();
        order.push_back(s);
        distance[s] = 0;
        sigma[s] = 1.0;
        for (std::size_t head = 0; head < order.size(); ++head) {
            const std::uint32_t v = order[head];
            const int next = distance[v] + 1;
            for (const std::uint32_t w : adjacency.neighbours(v)) {
                if (distance[w] < 0) {
                    distance[w] = next;
                    order.push_back(w);
                }
                if (distance[w] == next)
                    sigma[w] += sigma[v];
            }
        }
        // Predecessors are not stored: a neighbour one step closer to s is a predecessor. In the directed
        // case that needs in-edges, so accumulate forwards from each v over its out-neighbours instead.
        for (std::size_t k = order.size(); k-- > 0;) {
            const std::uint32_t v = order[k];
            double dv = 0.0;
            const int next = distance[v] + 1;
            for (const std::uint32_t w : adjacency.neighbours(v))
                if (distance[w] == next)
                    dv += sigma[v] / sigma[w] * (1.0 + delta[w]);
            delta[v] = dv;
            if (v != s)
                result.scores[v] += dv;
        }
        for (const std::uint32_t v : order) {
            distance[v] = -1;
            sigma[v] = 0.0;
            delta[v] = 0.0;
        }
        ++result.sourcesUsed;
    }
    double scale = 1.0;
    if (adjacency.direction() == Direction::Undirected)
        scale *= 0.5;
    if (result.approximate && result.sourcesUsed > 0)
        scale *= static_cast<double>(n) / static_cast<double>(result.sourcesUsed);
    if (scale != 1.0)
        for (double &x : result.scores)
            x *= scale;
    if (progress && !result.cancelled)
        progress(total, total);
    return result;
}

} // namespace caravan::graph
