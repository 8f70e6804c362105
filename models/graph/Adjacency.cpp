#include "models/graph/Adjacency.h"

#include "models/graph/GraphSnapshot.h"

namespace caravan::graph {

Adjacency::Adjacency(std::uint32_t vertexCount, const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges,
                     Direction direction)
    : m_direction(direction), m_offsets(vertexCount + 1, 0)
{
    const bool both = direction == Direction::Undirected;
    for (const auto &[from, to] : edges) {
        ++m_offsets[from + 1];
        if (both && from != to)
            ++m_offsets[to + 1];
    }
    for (std::uint32_t v = 0; v < vertexCount; ++v)
        m_offsets[v + 1] += m_offsets[v];
    m_targets.resize(m_offsets.back());
    m_edgeIndex.resize(m_offsets.back());
    std::vector<std::size_t> cursor(m_offsets.begin(), m_offsets.end() - 1);
    for (std::uint32_t i = 0; i < edges.size(); ++i) {
        const auto [from, to] = edges[i];
        std::size_t slot = cursor[from]++;
        m_targets[slot] = to;
        m_edgeIndex[slot] = i;
        if (both && from != to) {
            slot = cursor[to]++;
            m_targets[slot] = from;
            m_edgeIndex[slot] = i;
        }
    }
}

Adjacency Adjacency::of(const GraphSnapshot &snapshot, Direction direction)
{
    return Adjacency(snapshot.nodeCount(), edgePairs(snapshot), direction);
}

} // namespace caravan::graph
