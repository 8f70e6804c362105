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

Status ReportBuilder::addChains(ReportSection &section)
{
    sqlite3 *db = m_db;
    QHash<QString, ChainMark> marks;
    QStringList markOrder;
    SqliteStatement st(db, "SELECT target_ref, status, note, author, updated_at FROM marks WHERE target_kind = 'chain' "
                           "ORDER BY target_ref");
    while (st.step()) {
        marks.insert(st.text(0), ChainMark{st.text(1), st.text(2), st.text(3), st.text(4)});
        markOrder << st.text(0);
    }
    if (st.failed())
        return dbError(db, tr("reading the marks failed"));

    struct Entry {
        ReportChain chain;
        bool detected = false;
    };
    QList<Entry> entries;
    QSet<QString> seen;
    if (m_inputs.chains) {
        for (ReportChain c : *m_inputs.chains) {
            const ChainMark mark = marks.value(c.id);
            if (c.markStatus.isEmpty())
                c.markStatus = mark.status;
            if (c.note.isEmpty())
                c.note = mark.note;
            seen.insert(c.id);
            const int rank = statusRank(c.markStatus);
            if (rank <= 1 || (rank == 2 && m_options.includeUnmarkedChains))
                entries << Entry{c, true};
        }
    }
    for (const QString &id : markOrder) {
        const ChainMark &mark = marks[id];
        if (seen.contains(id) || statusRank(mark.status) > 1)
            continue;
        ReportChain c;
        c.id = id;
        c.markStatus = mark.status;
        c.note = mark.note;
        entries << Entry{c, false};
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        const int ra = statusRank(a.chain.markStatus), rb = statusRank(b.chain.markStatus);
        if (ra != rb)
            return ra < rb;
        const double sa = std::isnan(a.chain.score) ? -1 : a.chain.score;
        const double sb = std::isnan(b.chain.score) ? -1 : b.chain.score;
        if (sa != sb)
            return sa > sb;
        return a.chain.id < b.chain.id;
    });
    m_chainCount = entries.size();
    // What the detector could not use is said where its findings are cited, never dropped silently.
    if (!m_inputs.chainExclusions.isEmpty())
        section.blocks << ReportParagraph{m_inputs.chainExclusions, ReportParagraph::Style::Note};
    if (entries.isEmpty()) {
        section.blocks << ReportParagraph{tr("No chain is marked confirmed or suspected in this case."),
                                          ReportParagraph::Style::Quote};
        return {};
    }
    ReportTable index;
    index.header = {tr("Chain"), tr("Status"), tr("Score"), tr("HS"), tr("Flags")};
    index.widths = {2.4, 1.2, 0.8, 1.0, 1.6};
    index.monospace = {true, false, false, true, false};
    for (const Entry &e : entries)
        index.rows << QStringList{e.chain.id, statusText(e.chain.markStatus), number(e.chain.score),
                                  e.chain.hs.isEmpty() ? QStringLiteral("—") : e.chain.hs,
                                  e.chain.flags.isEmpty() ? QStringLiteral("—")
                                                          : e.chain.flags.join(QStringLiteral(", "))};
    section.blocks << ReportParagraph{tr("%n chain(s), confirmed first, then suspected; within each by score.", nullptr,
                                         static_cast<int>(entries.size()))};
    section.blocks << index;
    if (!m_inputs.chains)
        section.blocks << ReportParagraph{tr("The chain detector's findings were not among this report's inputs: "
                                             "chains are listed by id with the investigator's marks and notes."),
                                          ReportParagraph::Style::Note};
    for (const Entry &e : entries)
        addChain(section, e.chain, e.detected);
    return {};
}

void ReportBuilder::addChain(ReportSection &section, const ReportChain &chain, bool detected)
{
    section.blocks << ReportHeading{tr("Chain %1").arg(chain.id)};
    ReportFacts facts;
    facts.rows << qMakePair(tr("Status"), statusText(chain.markStatus));
    if (!std::isnan(chain.score))
        facts.rows << qMakePair(tr("Score"), number(chain.score));
    if (!chain.hs.isEmpty()) {
        const QString tier = chain.chplTier.isEmpty() ? chpl::tierOf(chain.hs) : chain.chplTier;
        facts.rows << qMakePair(tr("Goods (HS)"),
                                tier.isEmpty() ? chain.hs : tr("%1, CHPL tier %2").arg(chain.hs, tier));
    }
    if (!chain.flags.isEmpty())
        facts.rows << qMakePair(tr("Red flags"), redFlagNames(chain.flags));
    if (!chain.route.isEmpty()) {
        QStringList names;
        for (const QString &id : chain.route)
            names << entityLabel(id);
        facts.rows << qMakePair(tr("Route"), names.join(QStringLiteral(" → ")));
    }
    section.blocks << facts;

    if (chain.route.size() >= 2) {
        QList<ShipmentRef> evidence;
        for (const ShipmentRef &s : chain.evidence)
            evidence << completed(s);
        ReportGraph graph;
        for (const QString &id : chain.route) {
            const EntityInfo &e = entity(id);
            graph.nodes << ReportGraph::Node{id, e.found ? e.name : id, e.country, e.designated};
        }
        for (int i = 0; i + 1 < chain.route.size(); ++i) {
            QStringList ids;
            for (const ShipmentRef &s : evidence)
                if (s.exporter == chain.route.at(i) && s.importer == chain.route.at(i + 1))
                    ids << s.id;
            graph.edges << ReportGraph::Edge{i, i + 1, ids.join(QStringLiteral(", "))};
        }
        section.blocks << graph;
        // The route on the map: the evidence shipments from country to country (the parties' countries, else
        // the declared origin and destination).
        std::vector<RouteHop> hops;
        for (const ShipmentRef &s : evidence) {
            const auto known = [](const QString &party, const QString &declared) {
                return !party.isEmpty() ? party : !declared.isEmpty() ? declared : QStringLiteral("?");
            };
            hops.push_back({known(entity(s.exporter).country, s.origin),
                            known(entity(s.importer).country, s.destination), s.date});
        }
        if (!hops.empty())
            section.blocks << ReportRouteMap{routeLegs(hops)};
    }
    if (!chain.explanation.isEmpty())
        section.blocks << ReportParagraph{chain.explanation};
    if (!chain.note.isEmpty())
        section.blocks << ReportParagraph{tr("Investigator's note: %1").arg(chain.note), ReportParagraph::Style::Quote};
    if (!detected)
        section.blocks << ReportParagraph{tr("Marked by the investigator; the detector's evidence for this chain was "
                                             "not part of this report's inputs."),
                                          ReportParagraph::Style::Note};
    if (!chain.evidence.isEmpty()) {
        ReportTable table;
        table.caption = tr("Evidence shipments");
        table.header = {tr("Shipment"), tr("Date"),     tr("Exporter → importer"), tr("HS"), tr("Quantity"),
                        tr("Value"),    tr("Countries")};
        table.widths = {1.3, 1.15, 2.55, 0.8, 0.95, 1.15, 1.0};
        table.monospace = {true, false, false, true, false, false, false};
        for (const ShipmentRef &raw : chain.evidence) {
            const ShipmentRef s = completed(raw);
            table.rows << QStringList{
                s.id,
                s.date.isValid() ? s.date.toString(Qt::ISODate) : QStringLiteral("—"),
                entityLabel(s.exporter) + QStringLiteral(" → ") + entityLabel(s.importer),
                s.hs,
                std::isnan(s.quantity) ? QStringLiteral("—") : QString(number(s.quantity, 0) + u' ' + s.unit).trimmed(),
                std::isnan(s.value) ? QStringLiteral("—") : QString(number(s.value, 0) + u' ' + s.currency).trimmed(),
                QString(s.origin + QStringLiteral("→") + s.destination)};
        }
        section.blocks << table;
    }
}

} // namespace caravan
