#include "models/graph/GraphSnapshot.h"

namespace caravan::graph {

std::uint32_t GraphSnapshot::addNode(const GraphNode &node)
{
    const auto [it, inserted] = m_index.emplace(node.id, nodeCount());
    if (inserted)
        nodes.push_back(node);
    return it->second;
}

std::uint32_t GraphSnapshot::indexOf(std::int64_t id) const
{
    const auto it = m_index.find(id);
    return it == m_index.end() ? nodeCount() : it->second;
}

std::vector<std::pair<std::uint32_t, std::uint32_t>> edgePairs(const GraphSnapshot &snapshot)
{
    std::vector<std::pair<std::uint32_t, std::uint32_t>> pairs;
    pairs.reserve(snapshot.edges.size());
    for (const GraphEdge &e : snapshot.edges)
        pairs.emplace_back(e.from, e.to);
    return pairs;
}

const char *nodeKindName(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Company:
        return "Company";
    case NodeKind::Person:
        return "Person";
    case NodeKind::Organization:
        return "Organization";
    case NodeKind::Vessel:
        return "Vessel";
    case NodeKind::Country:
        return "Country";
    case NodeKind::Other:
        break;
    }
    return "Other";
}

const char *edgeKindName(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Ownership:
        return "ownership";
    case EdgeKind::Directorship:
        return "directorship";
    case EdgeKind::Control:
        return "control";
    case EdgeKind::Trade:
        return "trade";
    case EdgeKind::Other:
        break;
    }
    return "other";
}

} // namespace caravan::graph
