#pragma once

#include "models/graph/GraphSnapshot.h"
#include "models/graph/Layout.h"

#include <ostream>
#include <vector>

namespace caravan::graph {

// Writes a snapshot as GraphML (for yEd and Gephi): node label, kind, country, flags and weight; edge kind,
// weight, shares, shipment count and dates; positions as x/y when given (one per node).
void writeGraphML(std::ostream &out, const GraphSnapshot &snapshot, const std::vector<Point> &positions = {});

// Writes a snapshot as GEXF 1.3 (Gephi) with the same attributes and viz:position when positions are given.
void writeGexf(std::ostream &out, const GraphSnapshot &snapshot, const std::vector<Point> &positions = {});

// Escapes &, <, >, " and ' for XML text and attributes, and drops characters XML 1.0 forbids.
std::string xmlEscape(const std::string &text);

} // namespace caravan::graph
