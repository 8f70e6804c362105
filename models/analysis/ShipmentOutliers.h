#pragma once

#include "models/core/Result.h"

#include <QString>

#include <cstdint>
#include <vector>

struct sqlite3;

namespace caravan {

// When a shipment's unit value is implausible: `factor` times its group's median or more, either way. A group is
// the shipments of one HS-6 code counted in one unit and currency; groups smaller than `minGroup` have no median
// to trust and flag nothing.
struct OutlierRules {
    double factor = 20.0;
    int minGroup = 5;
};

struct OutlierShipment {
    qint64 rowId = 0;
    double unitValue = 0;
    double median = 0; // of its group
    std::int32_t hs6 = -1;
    QString unit; // and currency: "pcs USD"

    // "unit value 100000 USD per pcs is 1000x the median 100 of HS 854231"
    QString explanation() const;
};

// The data-quality flag on shipments whose unit value (value / quantity) lies far from their HS-6 median: a
// misplaced decimal point, a quantity in grams declared as pieces. Charts and report figures can leave them out.
struct ShipmentOutliers {
    OutlierRules rules;
    std::vector<OutlierShipment> shipments; // by row id
    std::size_t groups = 0;                 // groups large enough to judge

    std::size_t count() const { return shipments.size(); }
    bool contains(qint64 rowId) const;
    std::vector<qint64> rowIds() const;
    // "unit value over 20× or under 1/20 of the HS-6 median", in the user's language.
    QString reason() const;
    // "3 outlier shipments left out: unit value ..."; empty when there are none.
    QString leftOutNote(qint64 leftOut) const;
};

Result<ShipmentOutliers> findShipmentOutliers(sqlite3 *db, const OutlierRules &rules = {});

} // namespace caravan
