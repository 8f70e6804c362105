#pragma once

#include "models/analysis/ChartData.h"
#include "models/analysis/TradeSeries.h"

namespace caravan {

// The dates marked on every time chart: the invasion (2022-02-24) and the EU sanctions packages 1-14.
const QList<ChartEvent> &sanctionsEvents();

// Which chart to compute, in the terms a person chooses them in the chart panel or a report.
struct ChartRequest {
    enum class Kind { ShipmentsByMonth, TradeStatistics, Mirror, Counterparties, Timeline };
    Kind kind = Kind::ShipmentsByMonth;
    SeriesRequest shipments;       // ShipmentsByMonth
    TradeStatRequest stats;        // TradeStatistics; Mirror uses stats.reporter (origin), stats.partner (destination)
    QString entity;                // Counterparties, Timeline: the entity's cited id
    int limit = 15;                // Counterparties: bars; Timeline: shipments
    bool leaveOutOutliers = false; // ShipmentsByMonth: without the shipments ShipmentOutliers flags
    bool logScale = false;         // time charts: a logarithmic value axis
    // With logScale off: a time chart whose largest value is kAutoLogRange times its median one (one month or one
    // series towering over flat zeros) is drawn on a log scale anyway, and its note says so. Off: linear as asked.
    bool autoScale = true;
};

constexpr double kAutoLogRange = 50;

// The largest value of a chart divided by the median of its positive values (over all series); 0 with fewer than
// three positive values.
double chartValueRange(const ChartData &chart);

// Computes the figures of a chart from the case; the chart widget and the report draw the result.
Result<ChartData> buildChart(sqlite3 *db, const ChartRequest &request, Progress &progress);

// Computes several charts; monthly shipment charts with one filter and measure share one pass over the table.
// A chart that fails yields its error in place; cancellation fails the whole call.
Result<QList<Result<ChartData>>> buildCharts(sqlite3 *db, const QList<ChartRequest> &requests, Progress &progress);

// Turns series into a time chart with the sanctions markers and each series' 2019-2021 mean.
ChartData monthlyChart(const QString &title, const QList<MonthlySeries> &series, TradeMeasure measure);

} // namespace caravan
