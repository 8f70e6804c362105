#include "models/report/ReportBuilder.h"
#include "models/report/ReportBuilderSupport.h"

#include "models/report/AuditSummary.h"

#include "models/analysis/Chpl.h"
#include "models/analysis/ListRules.h"
#include "models/analysis/MirrorComparison.h"
#include "models/analysis/RedFlags.h"
#include "models/analysis/ShipmentOutliers.h"
#include "models/analysis/TradeCharts.h"
#include "models/domain/Mark.h"
#include "models/itemmodels/AnomalyTableModel.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseStats.h"
#include "models/storage/Connection.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace caravan {

Status ReportBuilder::addCharts(ReportSection &section, Progress &progress)
{
    sqlite3 *db = m_db;
    QList<ChartRequest> requests;
    const auto monthly = [&requests, this](SeriesGroup group, int maxSeries) {
        ChartRequest r;
        r.kind = ChartRequest::Kind::ShipmentsByMonth;
        r.shipments.group = group;
        r.shipments.maxSeries = maxSeries;
        r.leaveOutOutliers = m_options.leaveOutOutliers;
        requests << r;
    };
    monthly(SeriesGroup::ChplTier, 6);
    monthly(SeriesGroup::CountryPair, 5);
    monthly(SeriesGroup::HsPrefix, 5);
    if (sqliteScalar(db, "SELECT EXISTS(SELECT 1 FROM trade_stats)").value_or(0) != 0) {
        ChartRequest r;
        r.kind = ChartRequest::Kind::TradeStatistics;
        r.stats.maxSeries = 5;
        requests.prepend(r);
    }
    // The most important confirmed entity: who it trades with.
    SqliteStatement marked(db, "SELECT target_ref FROM marks WHERE target_kind = 'entity' AND status = 'confirmed' "
                               "ORDER BY updated_at DESC LIMIT 1");
    if (marked.step()) {
        ChartRequest r;
        r.kind = ChartRequest::Kind::Counterparties;
        r.entity = marked.text(0);
        r.limit = 10;
        requests << r;
    }
    for (ChartRequest &r : requests)
        r.logScale = m_options.logScale;
    auto charts = buildCharts(db, requests, progress);
    if (!charts)
        return charts.error();
    int shown = 0;
    for (int i = 0; i < requests.size() && shown < m_options.maxCharts; ++i) {
        Result<ChartData> &chart = (*charts)[i];
        // A chart that cannot be computed (an entity gone) or has nothing to show is left out.
        if (!chart || chart->isEmpty())
            continue;
        section.blocks << ReportChart{*chart};
        if (!chart->note.isEmpty())
            section.blocks << ReportParagraph{chart->note, ReportParagraph::Style::Note};
        ++shown;
    }
    if (shown == 0)
        section.blocks << ReportParagraph{tr("The case holds no shipments or trade statistics to chart.")};
    return {};
}

Status ReportBuilder::addAnomalies(ReportSection &section, Progress &progress, bool &present)
{
    auto stats = readCaseStats(m_db);
    if (!stats)
        return stats.error();
    present = stats->tradeStats > 0;
    if (!present)
        return {};
    // At HS-6 where the statistics have it, else at the finest level they are reported at.
    MirrorSettings settings;
    if (const Status st = settings.loadStored(m_file); !st)
        return st; // the margin and the lag the case holds, as the Anomalies view and the command line use them
    Result<MirrorResult> compared = makeError(ErrorCode::InvalidInput, QString());
    for (const MirrorLevel level : {MirrorLevel::Hs6, MirrorLevel::Hs4, MirrorLevel::Hs2}) {
        settings.level = level;
        compared = compareMirror(m_db, settings, progress);
        if (!compared)
            return compared.error();
        if (!compared->flows.empty())
            break;
    }
    MirrorResult &result = *compared;
    std::erase_if(result.flows, [](const MirrorFlow &f) { return f.flags.isEmpty(); });
    if (static_cast<int>(result.flows.size()) > m_options.maxAnomalies)
        result.flows.resize(static_cast<std::size_t>(m_options.maxAnomalies));
    if (const Status st = describeMirrorParties(m_file, result, progress); !st)
        return st;

    const QString level = settings.level == MirrorLevel::Hs6   ? QStringLiteral("HS-6")
                          : settings.level == MirrorLevel::Hs4 ? QStringLiteral("HS-4")
                                                               : QStringLiteral("HS-2");
    section.blocks << ReportParagraph{
        tr("What exporters report sending against what importers record receiving, by country pair, %1 code and "
           "year, in %2 (%3 statistics rows; %4 without an exchange rate left out). A gap is flagged at %5% of the "
           "expected imports, with a %6% CIF/FOB margin and a reporting lag of up to %7 month(s); a surge at %8x the "
           "%9-%10 monthly mean (%11x for CHPL tiers 1-2); a hub's re-exports where its exports to Russia or Belarus "
           "reach %12% of its imports from the sanctioning coalition. Member states and EU aggregates are never "
           "added together.")
            .arg(level, result.currency.isEmpty() ? tr("the statistics' currency") : result.currency,
                 count(result.rows), count(result.unconverted), number(settings.gapPct, 0),
                 number(settings.cifFobMargin * 100, 0))
            .arg(settings.lagMonths)
            .arg(number(settings.surgeFactor, 1))
            .arg(settings.baselineFrom)
            .arg(settings.baselineTo)
            .arg(number(settings.surgeFactorChpl, 1), number(settings.reexportRatio * 100, 0)),
        ReportParagraph::Style::Note};
    if (result.flows.empty()) {
        section.blocks << ReportParagraph{tr("No flow of the case's trade statistics is flagged.")};
        return {};
    }
    AnomalyTableModel model;
    model.setResult(result);
    using C = AnomalyTableModel::Column;
    // From and To share one column on paper ("DE → KZ"); the companies follow under each anomaly.
    const C columns[] = {C::Rank,    C::Flags,   C::Exporter, C::Hs,     C::Tier,      C::Period,
                         C::Exports, C::Imports, C::GapPct,   C::Growth, C::Confidence};
    ReportTable table;
    for (const C c : columns)
        table.header << (c == C::Exporter ? tr("Route")
                                          : model.headerData(static_cast<int>(c), Qt::Horizontal).toString());
    table.widths = {0.3, 1.2, 1.0, 0.95, 0.85, 0.8, 1.3, 1.3, 0.9, 0.9, 1.4};
    for (int row = 0; row < model.rowCount(); ++row) {
        QStringList cells;
        for (const C c : columns)
            cells << model.index(row, static_cast<int>(c)).data().toString();
        cells[2] =
            QStringLiteral("%1 → %2").arg(cells[2], model.index(row, static_cast<int>(C::Importer)).data().toString());
        table.rows << cells;
    }
    table.caption = tr("The top %n flagged flows, CHPL tier 1 first, then by the size of the gap, surge or re-export.",
                       nullptr, model.rowCount());
    section.blocks << table;

    const int charted = std::min(model.rowCount(), m_options.maxAnomalyCharts);
    QList<ChartRequest> requests;
    for (int i = 0; i < charted; ++i) {
        ChartRequest r = result.flows[static_cast<std::size_t>(i)].chartRequest();
        r.logScale = m_options.logScale;
        requests << r;
    }
    auto charts = buildCharts(m_db, requests, progress);
    if (!charts)
        return charts.error();
    for (int i = 0; i < charted; ++i) {
        const MirrorFlow &f = result.flows[static_cast<std::size_t>(i)];
        QStringList flags;
        for (const QString &flag : f.flags)
            flags << AnomalyTableModel::flagText(flag);
        section.blocks << ReportHeading{
            QStringLiteral("%1. %2: %3").arg(i + 1).arg(flags.join(QStringLiteral(", ")), f.title())};
        section.blocks << ReportParagraph{f.explanation};
        Result<ChartData> &chart = (*charts)[i];
        if (chart && !chart->isEmpty()) {
            chart->title = f.title();
            section.blocks << ReportChart{*chart};
        }
        if (f.parties.empty()) {
            section.blocks << ReportParagraph{tr("No shipment of the case falls under this flow and period."),
                                              ReportParagraph::Style::Note};
            continue;
        }
        ReportTable parties;
        parties.header = {tr("Company"),           tr("Role"),      tr("Shipments"),
                          tr("Share of the flow"), tr("Red flags"), tr("Verdict")};
        parties.widths = {2.1, 0.8, 1.1, 1.1, 0.9, 3.2};
        for (const MirrorParty &p : f.parties)
            parties.rows << QStringList{entityLabel(p.id),
                                        MirrorParty::roleText(p.role),
                                        count(p.shipments),
                                        p.share ? number(*p.share * 100, 1) + u'%' : QStringLiteral("—"),
                                        p.flags.isEmpty() ? QStringLiteral("—") : p.flags.join(QStringLiteral(", ")),
                                        p.verdict};
        parties.caption = tr("The case's companies that carry the flow in %1 (shares of the value the exporter "
                             "reports; verdicts as of %2, with the case's list rules).")
                              .arg(f.period, result.partiesAsOf);
        section.blocks << parties;
    }
    return {};
}

} // namespace caravan
