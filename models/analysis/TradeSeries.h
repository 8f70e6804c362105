#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <cmath>
#include <limits>

struct sqlite3;

namespace caravan {

enum class TradeMeasure { Value, Quantity };

// How shipments are split into series.
enum class SeriesGroup { Total, HsPrefix, ChplTier, CountryPair, Entity };

// Which shipments count; empty fields do not filter.
struct ShipmentFilter {
    QString hsPrefix;       // digits of the HS code: "8542", "854231"
    QString chplTier;       // "1", "2", "3.A", ...: only goods of that CHPL tier
    QString origin;         // ISO country code
    QString destination;    // ISO country code
    QString entity;         // cited id of an exporter or importer
    QList<qint64> leaveOut; // shipment row ids left out (the outliers a chart is asked to leave out)

    bool operator==(const ShipmentFilter &) const = default;
};

struct SeriesRequest {
    SeriesGroup group = SeriesGroup::Total;
    int hsDigits = 4; // for SeriesGroup::HsPrefix
    TradeMeasure measure = TradeMeasure::Value;
    ShipmentFilter filter;
    int maxSeries = 6; // the largest groups by total are kept
};

// A monthly series over a contiguous range of months (months without trade are zero).
struct MonthlySeries {
    QString key;         // the group's key (an HS prefix, a tier, "KZ>RU", an entity id)
    QString label;       // for a person
    QList<QDate> months; // first day of each month
    QList<double> values;
    double total = 0;
    // Mean over the months of 2019-2021 inside the range; NaN when the range has none of them.
    double baseline = std::numeric_limits<double>::quiet_NaN();
    int baselineMonths = 0;
};

// Monthly value or quantity of the case's shipments, split by request.group.
Result<QList<MonthlySeries>> shipmentSeries(sqlite3 *db, const SeriesRequest &request, Progress &progress);
// Several splits of the same shipments in one pass over the table (what a report with several charts needs).
// The requests must share filter and measure, and none may split by entity.
Result<QList<QList<MonthlySeries>>> shipmentSeriesMany(sqlite3 *db, const QList<SeriesRequest> &requests,
                                                       Progress &progress);

// How many of the shipments the filter leaves out (filter.leaveOut) it would otherwise count.
Result<qint64> countLeftOut(sqlite3 *db, const ShipmentFilter &filter);

// Imported trade statistics (trade_stats); empty fields do not filter. One series per reporter, partner and flow.
struct TradeStatRequest {
    QString reporter;
    QString partner;
    QString flow; // import, export, re-import, re-export
    QString hsPrefix;
    TradeMeasure measure = TradeMeasure::Value;
    int maxSeries = 6;
};
Result<QList<MonthlySeries>> tradeStatSeries(sqlite3 *db, const TradeStatRequest &request);

// Mirror statistics: what `origin` reports exporting to `destination` against what `destination` reports
// importing from `origin`, and the gap (exports minus imports), month by month over the union of both ranges.
struct MirrorSeries {
    MonthlySeries exports;
    MonthlySeries imports;
    MonthlySeries gap;
};
Result<MirrorSeries> mirrorSeries(sqlite3 *db, const QString &origin, const QString &destination,
                                  const QString &hsPrefix, TradeMeasure measure);

// An entity's trading partners by value.
struct Counterparty {
    QString extId;
    QString name;
    QString country;
    double value = 0;
    double quantity = 0;
    qint64 shipments = 0;
    bool supplier = false; // shipped to the entity (else bought from it)
};
Result<QList<Counterparty>> topCounterparties(sqlite3 *db, const QString &entityExtId, int limit);

// One shipment of an entity, for its timeline.
struct TimelinePoint {
    QDate date;
    QString shipmentId;
    double value = 0;
    double quantity = 0;
    bool outgoing = false; // the entity was the exporter
    QString counterparty;
    QString hs6;
};
Result<QList<TimelinePoint>> entityTimeline(sqlite3 *db, const QString &entityExtId, int limit);

// Parses a trade statistics period ("2023-04", "2023-04-01", "202304", "Apr. 2023") to its month; invalid otherwise.
QDate monthOfPeriod(const QString &period);

} // namespace caravan
