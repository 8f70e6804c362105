#include "models/graph/BlockedStatus.h"

#include <vector>

namespace caravan::graph {

namespace {

// Grows `in` until no node reaches 50% from owners already in it; share() gives an edge's counted stake.
template <typename ShareFn> void closeOver(const GraphSnapshot &s, std::vector<char> &in, ShareFn share)
{
    std::vector<double> sum(s.nodes.size());
    for (bool changed = true; changed;) {
        changed = false;
        std::fill(sum.begin(), sum.end(), 0.0);
        for (const GraphEdge &e : s.edges)
            if (e.kind == EdgeKind::Ownership && in[e.from] && e.from != e.to)
                sum[e.to] += share(e);
        for (std::size_t v = 0; v < sum.size(); ++v)
            if (!in[v] && sum[v] >= 50.0 - 1e-9) {
                in[v] = 1;
                changed = true;
            }
    }
}

} // namespace

std::size_t applyFiftyPercentRule(GraphSnapshot &snapshot)
{
    const std::size_t n = snapshot.nodes.size();
    const std::uint32_t both = flagBit(NodeFlag::Blocked) | flagBit(NodeFlag::PossiblyBlocked);
    std::vector<char> blocked(n, 0);
    for (std::size_t v = 0; v < n; ++v) {
        snapshot.nodes[v].flags &= ~both;
        blocked[v] = hasFlag(snapshot.nodes[v].flags, NodeFlag::Designated) ? 1 : 0;
    }
    std::vector<char> possibly = blocked;
    closeOver(snapshot, blocked, [](const GraphEdge &e) { return e.hasShare() ? e.shareMin : 0.0; });
    // An unknown stake held by a blocked owner could be anything up to 100%.
    closeOver(snapshot, possibly, [](const GraphEdge &e) { return e.hasShare() ? e.shareMax : 100.0; });
    std::size_t added = 0;
    for (std::size_t v = 0; v < n; ++v) {
        GraphNode &node = snapshot.nodes[v];
        if (blocked[v]) {
            node.flags |= flagBit(NodeFlag::Blocked);
            added += hasFlag(node.flags, NodeFlag::Designated) ? 0u : 1u;
        } else if (possibly[v])
            node.flags |= flagBit(NodeFlag::PossiblyBlocked);
    }
    return added;
}

} // namespace caravan::graph
