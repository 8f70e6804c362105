#pragma once

#include <cstdint>
#include <vector>

namespace caravan::graph {

// A directed edge between dense vertex numbers 0..n-1, with the caller's own edge number kept.
struct Edge {
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    std::uint32_t id = 0;
};

// A directed graph in compressed sparse row form: fixed after construction, cheap to copy into
// algorithms, and free of Qt and SQLite so that analyses can be tested on plain data.
class CompactDigraph {
public:
    CompactDigraph() = default;
    CompactDigraph(std::uint32_t vertexCount, const std::vector<Edge> &edges);

    std::uint32_t vertexCount() const { return m_vertexCount; }
    std::size_t edgeCount() const { return m_targets.size(); }

    // Out-neighbours of v as [begin, end) into targets() and edgeIds().
    std::size_t outBegin(std::uint32_t v) const { return m_offsets[v]; }
    std::size_t outEnd(std::uint32_t v) const { return m_offsets[v + 1]; }
    const std::vector<std::uint32_t> &targets() const { return m_targets; }
    const std::vector<std::uint32_t> &edgeIds() const { return m_edgeIds; }

    // Groups of vertices that reach each other (Tarjan, via Boost.Graph); only groups with a cycle
    // (more than one vertex, or a self-loop) are returned, each sorted, largest first.
    std::vector<std::vector<std::uint32_t>> cycles() const;

private:
    std::uint32_t m_vertexCount = 0;
    std::vector<std::size_t> m_offsets{0};
    std::vector<std::uint32_t> m_targets;
    std::vector<std::uint32_t> m_edgeIds;
};

} // namespace caravan::graph
