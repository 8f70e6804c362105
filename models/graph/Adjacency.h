#pragma once

#include <cstdint>
#include <span>
#include <utility>
#include <vector>

namespace caravan::graph {

struct GraphSnapshot;

// Edges as (from, to) vertex pairs.
using EdgeList = std::vector<std::pair<std::uint32_t, std::uint32_t>>;

enum class Direction { Directed, Undirected };

// Neighbour lists in compressed sparse row form, built once and read by every algorithm. In Undirected
// mode each edge appears in both endpoints' lists; edgeOf() gives the index of the edge in the input list.
class Adjacency {
public:
    Adjacency() = default;
    Adjacency(std::uint32_t vertexCount, const std::vector<std::pair<std::uint32_t, std::uint32_t>> &edges,
              Direction direction);
    static Adjacency of(const GraphSnapshot &snapshot, Direction direction);

    std::uint32_t vertexCount() const { return static_cast<std::uint32_t>(m_offsets.size() - 1); }
    std::size_t entryCount() const { return m_targets.size(); }
    Direction direction() const { return m_direction; }
    std::span<const std::uint32_t> neighbours(std::uint32_t v) const
    {
        return {m_targets.data() + m_offsets[v], m_offsets[v + 1] - m_offsets[v]};
    }
    std::span<const std::uint32_t> edgesOf(std::uint32_t v) const
    {
        return {m_edgeIndex.data() + m_offsets[v], m_offsets[v + 1] - m_offsets[v]};
    }
    std::size_t degree(std::uint32_t v) const { return m_offsets[v + 1] - m_offsets[v]; }

private:
    Direction m_direction = Direction::Directed;
    std::vector<std::size_t> m_offsets{0};
    std::vector<std::uint32_t> m_targets;
    std::vector<std::uint32_t> m_edgeIndex;
};

} // namespace caravan::graph
