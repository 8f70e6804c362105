#pragma once

#include "models/graph/GraphSnapshot.h"

namespace caravan::graph {

// Sets NodeFlag::Blocked and NodeFlag::PossiblyBlocked on a snapshot from its Designated nodes and ownership
// edges, by the OFAC 50 Percent Rule as a least fixed point (stakes of blocked owners are added, never
// multiplied). Lower bounds of share ranges decide "blocked"; upper bounds, and unknown shares held by a blocked
// owner, decide "possibly blocked". For colouring the canvas: the ownership analysis gives the verdicts with
// their explanation. Returns the number of nodes blocked beyond the designated ones.
std::size_t applyFiftyPercentRule(GraphSnapshot &snapshot);

} // namespace caravan::graph
