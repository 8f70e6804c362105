#pragma once

#include "models/core/Result.h"

#include <QString>

#include <cstdint>
#include <vector>

struct sqlite3;

namespace caravan {

// One shipment's unit value inputs: its HS-6 code, the unit (canonical where the import gave one, else as
// written, trimmed and in lower case) and currency it is counted in, its quantity in that unit and its value.
struct UnitValueRow {
    qint64 rowId = 0;
    std::int32_t hs6 = -1;
    std::int32_t group = -1; // index of (unit, currency) in UnitValueRows::units
    double quantity = 0;
    double value = 0;
};

struct UnitValueRows {
    std::vector<UnitValueRow> rows;
    std::vector<QString> units; // "kg USD"
};

// The shipments that have a positive quantity and value and a six-digit HS code, in one scan.
Result<UnitValueRows> readUnitValueRows(sqlite3 *db);

} // namespace caravan
