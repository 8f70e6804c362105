#pragma once

#include "models/core/Result.h"

#include <QString>

#include <functional>
#include <string_view>
#include <vector>

struct sqlite3;

namespace caravan {

// One import or export row of trade_stats as stored, its text fields as UTF-8 views valid during the callback.
struct MirrorStatRow {
    std::string_view reporter, partner, hsCode, period, currency;
    bool exportFlow = false; // else an import
    double value = 0;
};

// Every import and export row with a value, whose HS code starts with `hsPrefix` (all when empty), in row order.
// The callback returns false to stop (cancel).
Status forEachMirrorStatRow(sqlite3 *db, const QString &hsPrefix, const std::function<bool(const MirrorStatRow &)> &f);

struct ExchangeRateRow {
    QString currency;
    QString period; // 2024-01-31, 2024-01 or 2024
    double perEur = 0;
};
Result<std::vector<ExchangeRateRow>> readExchangeRates(sqlite3 *db);

// A shipment of the case as mirror statistics see it: the countries it may be counted from (its exporter's,
// dispatch and origin countries) and to (its importer's and destination countries), upper-case, empty where
// unknown.
struct MirrorShipmentRow {
    QString extId;
    QString date;
    QString hs6;
    QString exporter, importer; // entity ext ids (the survivor of a merge), empty where none
    QString fromCountries[3];
    QString toCountries[2];
    double value = 0;
    QString currency;
};
Result<std::vector<MirrorShipmentRow>> readMirrorShipments(sqlite3 *db);

} // namespace caravan
