#pragma once

#include "models/graph/GraphSnapshot.h"
#include "models/graph/OwnershipGraph.h"

namespace caravan::graph {

// The ownership graph of a snapshot for the ownership rules: one entity per node, one stake per ownership
// (share range, or unknown) or control edge; OfacDesignated nodes (on a list the OFAC 50% rule counts) carry the
// OFAC designation bit. Designated nodes on other lists (EU, UK, UN, BIS, ...) seed nothing.
OwnershipGraph ownershipGraphOf(const GraphSnapshot &snapshot);

// Sets NodeFlag::Blocked and NodeFlag::PossiblyBlocked on a snapshot from its OfacDesignated nodes and ownership
// edges, with the OFAC 50 Percent Rule of OwnershipRules: lower bounds of share ranges decide "blocked"; upper
// bounds, and unknown shares held by a blocked or possibly blocked owner, decide "possibly blocked". For colouring
// the canvas. Returns the number of nodes blocked beyond the designated ones.
std::size_t applyFiftyPercentRule(GraphSnapshot &snapshot);

} // namespace caravan::graph
