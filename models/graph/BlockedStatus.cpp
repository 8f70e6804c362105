#include "models/graph/BlockedStatus.h"

#include "models/graph/OwnershipRules.h"

namespace caravan::graph {

OwnershipGraph ownershipGraphOf(const GraphSnapshot &snapshot)
{
    OwnershipGraph graph(snapshot.nodeCount());
    for (std::uint32_t v = 0; v < snapshot.nodeCount(); ++v)
        if (hasFlag(snapshot.nodes[v].flags, NodeFlag::OfacDesignated))
            graph.setDesignations(v, kOfacDesignated);
    for (const GraphEdge &e : snapshot.edges) {
        if (e.from == e.to)
            continue;
        if (e.kind == EdgeKind::Ownership)
            graph.addStake(e.hasShare() ? Stake::ownership(e.from, e.to, e.shareMin,
                                                           std::isnan(e.shareMax) ? e.shareMin : e.shareMax)
                                        : Stake::unknownShare(e.from, e.to));
        else if (e.kind == EdgeKind::Control)
            graph.addStake(Stake::control(e.from, e.to));
    }
    graph.finalize();
    return graph;
}

std::size_t applyFiftyPercentRule(GraphSnapshot &snapshot)
{
    OwnershipRules rules(ownershipGraphOf(snapshot));
    rules.run();
    const std::uint32_t both = flagBit(NodeFlag::Blocked) | flagBit(NodeFlag::PossiblyBlocked);
    std::size_t added = 0;
    for (std::uint32_t v = 0; v < snapshot.nodeCount(); ++v) {
        GraphNode &node = snapshot.nodes[v];
        node.flags &= ~both;
        if (rules.isBlocked(v)) {
            node.flags |= flagBit(NodeFlag::Blocked);
            added += hasFlag(node.flags, NodeFlag::OfacDesignated) ? 0u : 1u;
        } else if (rules.couldBeBlocked(v)) {
            node.flags |= flagBit(NodeFlag::PossiblyBlocked);
        }
    }
    return added;
}

} // namespace caravan::graph
