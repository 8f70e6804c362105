#include "models/analysis/TradeCharts.h"

#include "models/analysis/ShipmentOutliers.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QLocale>

namespace caravan {

namespace {

QString trc(const char *text)
{
    return QCoreApplication::translate("caravan::TradeCharts", text);
}

ChartSeries toChartSeries(const MonthlySeries &m, ChartSeries::Style style = ChartSeries::Style::Line)
{
    ChartSeries s;
    s.label = m.label;
    s.style = style;
    s.dates = m.months;
    s.values = m.values;
    s.baseline = m.baseline;
    if (m.baselineMonths > 0)
        s.baselineLabel = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "2019-2021 mean"));
    return s;
}

QString entityName(sqlite3 *db, const QString &extId)
{
    SqliteStatement st(db, "SELECT name FROM entities WHERE ext_id = ?");
    st.bind(1, extId);
    return st.step() ? st.text(0) : QString();
}

QString measureLabel(TradeMeasure measure)
{
    return measure == TradeMeasure::Value ? trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Value"))
                                          : trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Quantity"));
}

} // namespace

const QList<ChartEvent> &sanctionsEvents()
{
    static const QList<ChartEvent> events = [] {
        QList<ChartEvent> list{{QDate(2022, 2, 24), QStringLiteral("24 Feb 2022")}};
        const char *const dates[] = {"2022-02-23", "2022-02-25", "2022-02-28", "2022-03-15", "2022-04-08",
                                     "2022-06-03", "2022-07-21", "2022-10-06", "2022-12-16", "2023-02-25",
                                     "2023-06-23", "2023-12-18", "2024-02-23", "2024-06-24"};
        int n = 1;
        for (const char *d : dates)
            list << ChartEvent{QDate::fromString(QLatin1String(d), Qt::ISODate), QStringLiteral("EU%1").arg(n++)};
        return list;
    }();
    return events;
}

ChartData monthlyChart(const QString &title, const QList<MonthlySeries> &series, TradeMeasure measure)
{
    ChartData c;
    c.kind = ChartData::Kind::Time;
    c.title = title;
    c.yLabel = measureLabel(measure);
    c.events = sanctionsEvents();
    for (const MonthlySeries &m : series)
        c.series << toChartSeries(m);
    return c;
}

namespace {

ChartData shipmentChart(const SeriesRequest &request, const QList<MonthlySeries> &series)
{
    static const char *const byWhat[] = {
        QT_TRANSLATE_NOOP("caravan::TradeCharts", "Shipments by month"),
        QT_TRANSLATE_NOOP("caravan::TradeCharts", "Shipments by month and HS code"),
        QT_TRANSLATE_NOOP("caravan::TradeCharts", "Shipments by month and CHPL tier"),
        QT_TRANSLATE_NOOP("caravan::TradeCharts", "Shipments by month and country pair"),
        QT_TRANSLATE_NOOP("caravan::TradeCharts", "Shipments by month and entity")};
    ChartData c = monthlyChart(trc(byWhat[static_cast<int>(request.group)]), series, request.measure);
    c.note = trc(QT_TRANSLATE_NOOP(
        "caravan::TradeCharts", "Source: the case's shipments. Dashed lines: 2019-2021 monthly mean; red: 24 Feb 2022; "
                                "grey: EU sanctions packages."));
    return c;
}

bool batchable(const ChartRequest &r)
{
    return r.kind == ChartRequest::Kind::ShipmentsByMonth && r.shipments.group != SeriesGroup::Entity;
}

// Declared here, defined below with the kinds of chart.
Result<ChartData> buildOne(sqlite3 *db, const ChartRequest &request, Progress &progress);
Status leaveOutOutliers(sqlite3 *db, QList<ChartRequest> &requests, std::optional<ShipmentOutliers> &outliers);
Result<ChartData> finished(sqlite3 *db, const ChartRequest &request, Result<ChartData> chart,
                           const std::optional<ShipmentOutliers> &outliers);

} // namespace

Result<QList<Result<ChartData>>> buildCharts(sqlite3 *db, const QList<ChartRequest> &asked, Progress &progress)
{
    QList<ChartRequest> requests = asked;
    std::optional<ShipmentOutliers> outliers;
    if (auto st = leaveOutOutliers(db, requests, outliers); !st)
        return st.error();
    QList<Result<ChartData>> out;
    for (int i = 0; i < requests.size(); ++i)
        out << Result<ChartData>(makeError(ErrorCode::InvalidInput, QStringLiteral("not computed")));
    std::vector<char> done(static_cast<std::size_t>(requests.size()), 0);
    for (int i = 0; i < requests.size(); ++i) {
        if (done[i])
            continue;
        if (!batchable(requests.at(i))) {
            out[i] = buildOne(db, requests.at(i), progress);
            done[i] = 1;
        } else {
            // Every monthly chart with the same filter and measure comes out of one pass.
            QList<int> batch;
            QList<SeriesRequest> series;
            for (int j = i; j < requests.size(); ++j) {
                const SeriesRequest &r = requests.at(j).shipments;
                if (!done[j] && batchable(requests.at(j)) && r.filter == requests.at(i).shipments.filter &&
                    r.measure == requests.at(i).shipments.measure) {
                    batch << j;
                    series << r;
                    done[j] = 1;
                }
            }
            auto many = shipmentSeriesMany(db, series, progress);
            for (int k = 0; k < batch.size(); ++k)
                out[batch.at(k)] = many ? Result<ChartData>(shipmentChart(series.at(k), many->at(k)))
                                        : Result<ChartData>(many.error());
        }
        if (progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    for (int i = 0; i < requests.size(); ++i)
        out[i] = finished(db, requests.at(i), std::move(out[i]), outliers);
    return out;
}

namespace {

Result<ChartData> buildOne(sqlite3 *db, const ChartRequest &request, Progress &progress)
{
    switch (request.kind) {
    case ChartRequest::Kind::ShipmentsByMonth: {
        auto series = shipmentSeries(db, request.shipments, progress);
        if (!series)
            return series.error();
        return shipmentChart(request.shipments, *series);
    }
    case ChartRequest::Kind::TradeStatistics: {
        auto series = tradeStatSeries(db, request.stats);
        if (!series)
            return series.error();
        ChartData c = monthlyChart(trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Trade statistics by month")), *series,
                                   request.stats.measure);
        c.note = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Source: imported trade statistics."));
        return c;
    }
    case ChartRequest::Kind::Mirror: {
        auto mirror = mirrorSeries(db, request.stats.reporter, request.stats.partner, request.stats.hsPrefix,
                                   request.stats.measure);
        if (!mirror)
            return mirror.error();
        ChartData c = monthlyChart(trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Mirror statistics %1 → %2"))
                                       .arg(request.stats.reporter, request.stats.partner),
                                   {mirror->exports, mirror->imports}, request.stats.measure);
        c.series << toChartSeries(mirror->gap, ChartSeries::Style::Bars);
        c.note = trc(QT_TRANSLATE_NOOP(
            "caravan::TradeCharts",
            "Exports reported by the origin against imports reported by the destination; bars: the gap."));
        return c;
    }
    case ChartRequest::Kind::Counterparties: {
        auto parties = topCounterparties(db, request.entity, request.limit);
        if (!parties)
            return parties.error();
        ChartData c;
        c.kind = ChartData::Kind::Categories;
        const QString name = entityName(db, request.entity);
        c.title = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Top counterparties of %1"))
                      .arg(name.isEmpty() ? request.entity : QStringLiteral("%1 (%2)").arg(name, request.entity));
        c.yLabel = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Value"));
        ChartSeries suppliers, buyers;
        suppliers.label = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Supplier to the entity"));
        buyers.label = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Buyer from the entity"));
        suppliers.style = buyers.style = ChartSeries::Style::Bars;
        for (const Counterparty &p : *parties) {
            c.categories << (p.country.isEmpty() ? p.name : QStringLiteral("%1 (%2)").arg(p.name, p.country));
            suppliers.values << (p.supplier ? p.value : 0.0);
            buyers.values << (p.supplier ? 0.0 : p.value);
            suppliers.pointLabels << QCoreApplication::translate("caravan::TradeCharts", "%1: %n shipments", nullptr,
                                                                 static_cast<int>(p.shipments))
                                         .arg(p.extId);
            buyers.pointLabels << suppliers.pointLabels.last();
        }
        c.series << suppliers << buyers;
        return c;
    }
    case ChartRequest::Kind::Timeline: {
        auto points = entityTimeline(db, request.entity, request.limit);
        if (!points)
            return points.error();
        ChartData c;
        c.kind = ChartData::Kind::Time;
        const QString name = entityName(db, request.entity);
        c.title = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Shipments of %1"))
                      .arg(name.isEmpty() ? request.entity : QStringLiteral("%1 (%2)").arg(name, request.entity));
        c.yLabel = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Value"));
        c.events = sanctionsEvents();
        ChartSeries out, in;
        out.label = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Shipped by the entity"));
        in.label = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts", "Received by the entity"));
        out.style = in.style = ChartSeries::Style::Points;
        const QLocale locale;
        for (const TimelinePoint &p : *points) {
            ChartSeries &s = p.outgoing ? out : in;
            s.dates << p.date;
            s.values << p.value;
            s.pointLabels << QStringLiteral("%1 · %2 · HS %3 · %4")
                                 .arg(p.shipmentId, p.counterparty, p.hs6, locale.toString(p.quantity, 'g', 12));
        }
        c.series << out << in;
        return c;
    }
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown chart"));
}

// Charts asked to leave the outliers out get them in their filter (computed once for all of them).
Status leaveOutOutliers(sqlite3 *db, QList<ChartRequest> &requests, std::optional<ShipmentOutliers> &outliers)
{
    for (ChartRequest &r : requests) {
        if (!r.leaveOutOutliers || r.kind != ChartRequest::Kind::ShipmentsByMonth)
            continue;
        if (!outliers) {
            auto found = findShipmentOutliers(db);
            if (!found)
                return found.error();
            outliers = found.takeValue();
        }
        for (const qint64 id : outliers->rowIds())
            r.shipments.filter.leaveOut << id;
    }
    return {};
}

// The chart says how many outliers it left out, and takes the scale it was asked for.
Result<ChartData> finished(sqlite3 *db, const ChartRequest &request, Result<ChartData> chart,
                           const std::optional<ShipmentOutliers> &outliers)
{
    if (!chart)
        return chart;
    chart->logScale = request.logScale && chart->kind == ChartData::Kind::Time;
    QString scaleNote;
    if (!request.logScale && request.autoScale && chart->kind == ChartData::Kind::Time) {
        const double range = chartValueRange(*chart);
        if (range >= kAutoLogRange) {
            chart->logScale = true;
            scaleNote = trc(QT_TRANSLATE_NOOP("caravan::TradeCharts",
                                              "Log scale: the largest value is %1 times the median one."))
                            .arg(QLocale().toString(range, 'f', 0));
        }
    }
    if (outliers && !request.shipments.filter.leaveOut.isEmpty()) {
        auto n = countLeftOut(db, request.shipments.filter);
        if (!n)
            return n.error();
        const QString note = outliers->leftOutNote(*n);
        if (!note.isEmpty())
            chart->note += (chart->note.isEmpty() ? QString() : QStringLiteral(" ")) + note + u'.';
    }
    if (!scaleNote.isEmpty())
        chart->note += (chart->note.isEmpty() ? QString() : QStringLiteral(" ")) + scaleNote;
    return chart;
}

} // namespace

double chartValueRange(const ChartData &chart)
{
    std::vector<double> positive;
    for (const ChartSeries &s : chart.series)
        for (const double v : s.values)
            if (v > 0 && std::isfinite(v))
                positive.push_back(v);
    if (positive.size() < 3)
        return 0;
    const double largest = *std::max_element(positive.begin(), positive.end());
    const auto middle = positive.begin() + static_cast<std::ptrdiff_t>(positive.size() / 2);
    std::nth_element(positive.begin(), middle, positive.end());
    return largest / *middle;
}

Result<ChartData> buildChart(sqlite3 *db, const ChartRequest &request, Progress &progress)
{
    auto charts = buildCharts(db, {request}, progress);
    if (!charts)
        return charts.error();
    return charts->first();
}

} // namespace caravan
