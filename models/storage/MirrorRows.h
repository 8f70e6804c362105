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

// The same rows read by up to `parts` threads, each on its own read-only connection over a range of row ids, when
// the table holds at least `parallelFrom` row ids and the case can be opened again (a file, or an encrypted case's
// shared in-memory database) with no transaction of ours open; else by the calling thread alone. f(part, row) runs
// on the part's thread, parts numbered from 0 in row order; `used` says how many parts ran.
Status forEachMirrorStatRowInParts(sqlite3 *db, const QString &hsPrefix, unsigned parts, qint64 parallelFrom,
                                   const std::function<bool(unsigned part, const MirrorStatRow &)> &f, unsigned &used);
// The span of trade_stats' row ids (max - min + 1): a bound on its rows, for progress and sizing.
qint64 mirrorStatRowSpan(sqlite3 *db);
// How many parts forEachMirrorStatRowInParts() will use, so that the caller can prepare one accumulator each.
unsigned mirrorStatParts(sqlite3 *db, unsigned parts, qint64 parallelFrom);

// The currency of the first statistics row with one (row order), empty when none.
Result<QString> firstMirrorStatCurrency(sqlite3 *db, const QString &hsPrefix);

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
