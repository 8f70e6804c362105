#pragma once

#include "models/analysis/MirrorComparison.h"

#include <vector>

namespace caravan {
struct MirrorShipmentRow;
}

namespace caravan::mirror {

class Rates;

// The case's shipments under each flow: counted from one of its countries to one of the other's, in the flow's code
// and period.
void attachShipments(const std::vector<MirrorShipmentRow> &shipments, const MirrorSettings &s, const Rates &rates,
                     MirrorResult &result);

} // namespace caravan::mirror
