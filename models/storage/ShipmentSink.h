#pragma once

#include "models/core/Result.h"

#include <QByteArrayView>

#include <optional>

namespace caravan {

struct Provenance;
struct ShipmentView;

// Where the shipments a CaseWriter adds go instead of its case file: an import into a server case streams them into
// COPY (models/storage/ServerShipmentStream) rather than through a staging file. The writer has checked and
// normalised every value, and gives the canonical unit and quantity it derived (empty and nullopt when the unit is
// missing or unknown).
class ShipmentSink {
public:
    virtual ~ShipmentSink() = default;
    virtual Status add(const ShipmentView &shipment, const Provenance &from, QByteArrayView unitCanonical,
                       std::optional<double> quantityCanonical) = 0;
};

} // namespace caravan
