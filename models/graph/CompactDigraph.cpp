#include "models/graph/CompactDigraph.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/strong_components.hpp>

#include <algorithm>

namespace caravan::graph {

CompactDigraph::CompactDigraph(std::uint32_t vertexCount, const std::vector<Edge> &edges)
    : m_vertexCount(vertexCount), m_offsets(vertexCount + 1, 0), m_targets(edges.size()), m_edgeIds(edges.size())
{
    for (const Edge &e : edges)
        ++m_offsets[e.from + 1];
    for (std::uint32_t v = 0; v < vertexCount; ++v)
        m_offsets[v + 1] += m_offsets[v];
    std::vector<std::size_t> cursor(m_offsets.begin(), m_offsets.end() - 1);
    for (const Edge &e : edges) {
        const std::size_t slot = cursor[e.from]++;
        m_targets[slot] = e.to;
        m_edgeIds[slot] = e.id;
    }
}

std::vector<std::vector<std::uint32_t>> CompactDigraph::cycles() const
{
    using BoostGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
    BoostGraph g(m_vertexCount);
    std::vector<bool> selfLoop(m_vertexCount, false);
    for (std::uint32_t v = 0; v < m_vertexCount; ++v)
        for (std::size_t i = outBegin(v); i < outEnd(v); ++i) {
            boost::add_edge(v, m_targets[i], g);
            if (m_targets[i] == v)
                selfLoop[v] = true;
        }
    std::vector<int> component(m_vertexCount);
    const int count = boost::strong_components(
        g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
    std::vector<std::vector<std::uint32_t>> groups(static_cast<std::size_t>(count));
    for (std::uint32_t v = 0; v < m_vertexCount; ++v)
        groups[static_cast<std::size_t>(component[v])].push_back(v);
    std::vector<std::vector<std::uint32_t>> result;
    for (auto &group : groups)
        if (group.size() > 1 || (group.size() == 1 && selfLoop[group.front()]))
            result.push_back(std::move(group));
    std::sort(result.begin(), result.end(), [](const auto &a, const auto &b) {
        return a.size() != b.size() ? a.size() > b.size() : a.front() < b.front();
    });
    return result;
}

} // namespace caravan::graph
