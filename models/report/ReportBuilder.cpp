#include "models/report/ReportBuilder.h"

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

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    const QString t = QCoreApplication::translate("caravan::ReportBuilder", text, disambiguation, n);
    // lupdate files the strings of this file's free functions (section titles, mark statuses) under "caravan".
    return t == QLatin1String(text) ? QCoreApplication::translate("caravan", text, disambiguation, n) : t;
}

QString sectionTitle(ReportSectionId id)
{
    switch (id) {
    case ReportSectionId::Summary:
        return tr("Summary");
    case ReportSectionId::Chains:
        return tr("Chains");
    case ReportSectionId::Ownership:
        return tr("Ownership");
    case ReportSectionId::Charts:
        return tr("Charts");
    case ReportSectionId::Anomalies:
        return tr("Trade anomalies");
    case ReportSectionId::Notes:
        return tr("Investigator's notes");
    case ReportSectionId::Sources:
        return tr("Appendix A: Sources");
    case ReportSectionId::Audit:
        return tr("Appendix B: Audit trail");
    }
    return {};
}

QString number(double v, int decimals = 2)
{
    if (std::isnan(v))
        return QStringLiteral("—");
    return QLocale().toString(v, 'f', decimals);
}

QString count(qint64 n)
{
    return QLocale().toString(n);
}

int statusRank(const QString &status)
{
    if (status == u"confirmed")
        return 0;
    if (status == u"suspected")
        return 1;
    if (status.isEmpty())
        return 2;
    return 3;
}

QString statusText(const QString &status)
{
    if (status == u"confirmed")
        return tr("confirmed");
    if (status == u"suspected")
        return tr("suspected");
    if (status == u"dismissed")
        return tr("dismissed");
    return tr("not reviewed");
}

QString isoTime(const QString &stored)
{
    // Stored times are ISO 8601; shown to the minute, in UTC as stored.
    QString t = stored;
    t.replace(u'T', u' ');
    return t.left(16);
}

// What the investigator marked confirmed or suspected: entities by cited id, and every chain mark's status.
struct MarkedRefs {
    QSet<QString> entities;
    QHash<QString, QString> chainStatus;
};

Result<MarkedRefs> readMarkedRefs(sqlite3 *db)
{
    MarkedRefs refs;
    SqliteStatement st(db, "SELECT target_kind, target_ref, status FROM marks "
                           "WHERE target_kind IN ('entity', 'chain')");
    while (st.step()) {
        if (st.text(0) == u"chain")
            refs.chainStatus.insert(st.text(1), st.text(2));
        else if (statusRank(st.text(2)) <= 1)
            refs.entities.insert(st.text(1));
    }
    if (st.failed())
        return makeError(ErrorCode::Database, QStringLiteral("reading the marks failed"));
    return refs;
}

struct ChainMark {
    QString status;
    QString note;
    QString author;
    QString updated;
};

Error dbError(sqlite3 *db, const QString &what)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, sqliteError(db)));
}

} // namespace

ReportBuilder::ReportBuilder(const CaseFile &file, ReportInputs inputs, ReportOptions options)
    : m_file(file), m_inputs(std::move(inputs)), m_options(std::move(options))
{
}

ReportBuilder::~ReportBuilder() = default;

const ReportBuilder::EntityInfo &ReportBuilder::entity(const QString &extId)
{
    auto it = m_entities.find(extId);
    if (it != m_entities.end())
        return *it;
    EntityInfo info;
    SqliteStatement st(m_db, "SELECT e.name, e.country, EXISTS(SELECT 1 FROM designations d "
                             "WHERE d.entity_id = e.id) FROM entities e WHERE e.ext_id = ?");
    st.bind(1, extId);
    if (st.step()) {
        info.name = st.text(0);
        info.country = st.text(1);
        info.designated = st.int64(2) != 0;
        info.found = true;
    }
    return *m_entities.insert(extId, info);
}

QString ReportBuilder::entityLabel(const QString &extId)
{
    if (extId.isEmpty())
        return QStringLiteral("—");
    const EntityInfo &e = entity(extId);
    return e.found ? QStringLiteral("%1 (%2)").arg(e.name, extId) : extId;
}

ShipmentRef ReportBuilder::completed(ShipmentRef ref)
{
    if (ref.date.isValid() && !ref.exporter.isEmpty())
        return ref;
    SqliteStatement st(m_db,
                       "SELECT s.date, ex.ext_id, im.ext_id, s.hs_code, s.quantity, s.unit, s.value, s.currency, "
                       "s.origin_country, s.destination_country FROM shipments s "
                       "LEFT JOIN entities ex ON ex.id = s.exporter_id LEFT JOIN entities im ON im.id = s.importer_id "
                       "WHERE s.ext_id = ? LIMIT 1");
    st.bind(1, ref.id);
    if (!st.step())
        return ref;
    const auto fill = [](QString &field, const QString &value) {
        if (field.isEmpty())
            field = value;
    };
    if (!ref.date.isValid())
        ref.date = QDate::fromString(st.text(0).left(10), Qt::ISODate);
    fill(ref.exporter, st.text(1));
    fill(ref.importer, st.text(2));
    fill(ref.hs, st.text(3));
    if (std::isnan(ref.quantity) && !st.isNull(4))
        ref.quantity = st.real(4);
    fill(ref.unit, st.text(5));
    if (std::isnan(ref.value) && !st.isNull(6))
        ref.value = st.real(6);
    fill(ref.currency, st.text(7));
    fill(ref.origin, st.text(8));
    fill(ref.destination, st.text(9));
    return ref;
}

Result<ReportDocument> ReportBuilder::build(Progress &progress)
{
    // A read-only connection of its own: scans of a million shipments go through SQLite's small default page
    // cache instead of filling the large cache of the case's own connection.
    auto reader = m_file.openWorkerConnection(true);
    if (reader)
        m_reader = reader.takeValue();
    m_db = m_reader ? m_reader->handle() : m_file.handle();
    sqlite3 *db = m_db;
    auto stats = readCaseStats(db);
    if (!stats)
        return stats.error();
    ReportDocument doc;
    doc.caseTitle = m_file.title();
    if (doc.caseTitle.isEmpty())
        doc.caseTitle = tr("Untitled case");
    doc.caseFile = m_file.path();
    doc.investigator = m_options.investigator;
    if (doc.investigator.isEmpty())
        doc.investigator = m_file.setting(QStringLiteral("investigator"), currentUserName());
    doc.classification = m_options.classification;
    if (doc.classification.isEmpty())
        doc.classification = m_file.setting(QStringLiteral("report.classification"),
                                            tr("CONFIDENTIAL — for the recipients named by the investigator only"));
    doc.generatedAt = m_options.date.isValid() ? m_options.date : QDateTime::currentDateTimeUtc();
    const bool hasChainInput = m_inputs.chains && !m_inputs.chains->isEmpty();
    doc.caseEmpty = stats->entities == 0 && stats->shipments == 0 && stats->marks == 0 && stats->tradeStats == 0 &&
                    stats->links == 0 && stats->designations == 0 && !hasChainInput;

    int done = 0;
    for (ReportSectionId id : allReportSections()) {
        if (!m_options.sections.contains(id))
            continue;
        if (progress.isCancelled())
            return makeError(ErrorCode::Cancelled, tr("The report was cancelled."));
        progress.setStatus(tr("Report: %1").arg(sectionTitle(id)));
        progress.setProgress(done++, m_options.sections.size());
        ReportSection section;
        section.id = id;
        section.title = sectionTitle(id);
        Status st;
        switch (id) {
        case ReportSectionId::Summary:
            st = addSummary(section);
            break;
        case ReportSectionId::Chains:
            st = addChains(section);
            break;
        case ReportSectionId::Ownership:
            st = addOwnership(section);
            break;
        case ReportSectionId::Charts:
            st = addCharts(section, progress);
            break;
        case ReportSectionId::Anomalies: {
            bool present = true;
            st = addAnomalies(section, progress, present);
            if (st && !present)
                continue;
            break;
        }
        case ReportSectionId::Notes:
            st = addNotes(section);
            break;
        case ReportSectionId::Sources:
            st = addSources(section);
            break;
        case ReportSectionId::Audit:
            st = addAudit(section);
            break;
        }
        if (!st)
            return st.error();
        doc.sections << section;
    }
    if (m_options.ownershipAppendix && !m_otherVerdicts.isEmpty()) {
        ReportSection appendix;
        appendix.id = ReportSectionId::Ownership;
        appendix.title = tr("Appendix C: Ownership of every other entity");
        if (Status st = addOwnershipAppendix(appendix); !st)
            return st.error();
        doc.sections << appendix;
    }
    progress.setProgress(done, done);
    return doc;
}

Status ReportBuilder::addSummary(ReportSection &section)
{
    sqlite3 *db = m_db;
    auto stats = readCaseStats(db);
    if (!stats)
        return stats.error();
    const CaseStats &s = *stats;
    const bool empty = s.entities == 0 && s.shipments == 0 && s.marks == 0 && s.tradeStats == 0 && s.links == 0 &&
                       s.designations == 0 && !(m_inputs.chains && !m_inputs.chains->isEmpty());
    if (empty) {
        section.blocks << ReportParagraph{
            tr("This case is empty: it holds no entities, links, shipments, designations, "
               "trade statistics or marks. There is nothing to report yet. Import data "
               "into the case and mark what you find, then produce the report again."),
            ReportParagraph::Style::Quote};
    }
    ReportFacts facts;
    const auto row = [&facts](const QString &label, const QString &value) { facts.rows << qMakePair(label, value); };
    row(tr("Entities"),
        tr("%1 (companies: %2, persons: %3)").arg(count(s.entities), count(s.companies), count(s.persons)));
    row(tr("Links"), tr("%1 (ownership: %2)").arg(count(s.links), count(s.ownershipLinks)));
    row(tr("Designations"), count(s.designations));
    row(tr("Shipments"), count(s.shipments));
    if (s.shipments > 0) {
        SqliteStatement range(db, "SELECT min(date), max(date) FROM shipments");
        if (range.step())
            row(tr("Shipment dates"), tr("%1 to %2").arg(range.text(0).left(10), range.text(1).left(10)));
        // Implausible unit values (a misplaced decimal point) would make the total meaningless: left out, and said.
        QString leftOut;
        QString notOutlier;
        if (m_options.leaveOutOutliers) {
            auto outliers = findShipmentOutliers(db);
            if (!outliers)
                return outliers.error();
            if (outliers->count() > 0) {
                QStringList ids;
                for (const qint64 id : outliers->rowIds())
                    ids << QString::number(id);
                notOutlier = QStringLiteral(" AND id NOT IN (%1)").arg(ids.join(u','));
                leftOut = outliers->leftOutNote(static_cast<qint64>(outliers->count()));
            }
        }
        const QByteArray sql = QStringLiteral("SELECT coalesce(currency, '?'), sum(value), count(*) FROM shipments "
                                              "WHERE value IS NOT NULL%1 GROUP BY 1 ORDER BY 3 DESC LIMIT 4")
                                   .arg(notOutlier)
                                   .toUtf8();
        SqliteStatement values(db, sql.constData());
        QStringList totals;
        while (values.step())
            totals << QStringLiteral("%1 %2").arg(number(values.real(1), 0), values.text(0));
        if (!totals.isEmpty())
            row(tr("Declared value"), totals.join(QStringLiteral("; ")) +
                                          (leftOut.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(leftOut)));
    }
    row(tr("Trade statistics rows"), count(s.tradeStats));
    row(tr("Sources imported"), tr("%1 (rows rejected: %2)").arg(count(s.sources), count(s.rejectedRows)));
    QHash<QString, QHash<QString, qint64>> marks; // kind -> status -> n
    SqliteStatement st(db, "SELECT target_kind, status, count(*) FROM marks GROUP BY 1, 2");
    while (st.step())
        marks[st.text(0)][st.text(1)] = st.int64(2);
    const auto markLine = [&marks](const QString &kind) {
        const QHash<QString, qint64> &m = marks.value(kind);
        return tr("%1 confirmed, %2 suspected, %3 dismissed")
            .arg(count(m.value(QStringLiteral("confirmed"))), count(m.value(QStringLiteral("suspected"))),
                 count(m.value(QStringLiteral("dismissed"))));
    };
    row(tr("Marked chains"), markLine(QStringLiteral("chain")));
    row(tr("Marked entities"), markLine(QStringLiteral("entity")));
    row(tr("Marked shipments"), markLine(QStringLiteral("shipment")));
    if (m_inputs.chains)
        row(tr("Chains from the detector"), count(m_inputs.chains->size()));
    if (m_inputs.verdicts)
        row(tr("Ownership verdicts"), count(m_inputs.verdicts->size()));
    row(tr("Case file"), m_file.path());
    row(tr("Schema version"), QString::number(s.schemaVersion));
    section.blocks << facts;
    section.blocks << ReportParagraph{tr("A detector ranks; the investigator decides. Chains and entities appear in "
                                         "this report as the investigator marked them (confirmed or suspected), with "
                                         "the shipments and sources that support them, so that every statement can be "
                                         "checked against the cited declarations and files."),
                                      ReportParagraph::Style::Note};
    return {};
}

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

void ReportBuilder::addVerdicts(ReportSection &section, const QList<ReportVerdict> &verdicts)
{
    ReportTable table;
    table.header = {tr("Entity"), tr("OFAC 50% rule"), tr("Aggregate"), tr("EU"), tr("UK"), tr("Effective owners")};
    table.widths = {2.2, 1.1, 1.0, 0.9, 0.9, 2.0};
    for (const ReportVerdict &v : verdicts) {
        QStringList owners;
        for (const ReportOwnerShare &o : v.effectiveOwners)
            owners << QStringLiteral("%1 %2%").arg(entityLabel(o.owner), number(o.percent, 1));
        // An entity on a list a rule counts is shown as listed under that rule, not as "no": its own listing, not
        // its owners, decides.
        const QString ofac = v.designated        ? tr("designated")
                             : v.blocked         ? tr("blocked")
                             : v.possiblyBlocked ? tr("possibly blocked")
                                                 : tr("not blocked");
        QStringList eu;
        if (v.euListed)
            eu << tr("listed");
        if (v.euOwned)
            eu << tr("owned");
        if (v.euControlled)
            eu << tr("controlled");
        const bool ukReview = !v.ukOwned && !v.ukControlled && v.ukHolders > 1 && v.ukCombinedPercent > 50.0;
        const QString uk = v.ukListed       ? tr("listed")
                           : v.ukOwned      ? tr("owned")
                           : v.ukControlled ? tr("controlled")
                           : ukReview
                               ? tr("no; %1 held by several persons: review").arg(number(v.ukCombinedPercent, 1) + u'%')
                               : tr("no");
        table.rows << QStringList{entityLabel(v.entity),
                                  ofac,
                                  number(v.aggregatePercent, 1) + u'%',
                                  eu.isEmpty() ? tr("no") : eu.join(QStringLiteral(", ")),
                                  uk,
                                  owners.isEmpty() ? QStringLiteral("—") : owners.join(QStringLiteral("; "))};
    }
    if (!table.rows.isEmpty())
        section.blocks << table;
    for (const ReportVerdict &v : verdicts) {
        QStringList because;
        for (const ReportOwnerShare &o : v.because)
            because << QStringLiteral("%1 (%2%)").arg(entityLabel(o.owner), number(o.percent, 1));
        if (v.explanation.isEmpty() && because.isEmpty())
            continue;
        section.blocks << ReportHeading{entityLabel(v.entity)};
        if (!because.isEmpty())
            section.blocks << ReportParagraph{
                tr("Stakes held by blocked owners%1: %2.")
                    .arg(v.asOf.isEmpty() ? QString() : tr(" on %1").arg(v.asOf), because.join(QStringLiteral(", ")))};
        if (!v.explanation.isEmpty())
            section.blocks << ReportParagraph{v.explanation};
        if ((v.ukOwned || v.ukControlled || (v.ukHolders > 1 && v.ukCombinedPercent > 50.0)) &&
            !v.ukExplanation.isEmpty())
            section.blocks << ReportParagraph{v.ukExplanation};
    }
}

Result<QSet<QString>> ReportBuilder::markedParties()
{
    QSet<QString> parties;
    auto marked = readMarkedRefs(m_db);
    if (!marked)
        return marked.error();
    parties = marked->entities;
    if (m_inputs.chains)
        for (const ReportChain &c : *m_inputs.chains) {
            const QString status = c.markStatus.isEmpty() ? marked->chainStatus.value(c.id) : c.markStatus;
            if (statusRank(status) <= 1)
                for (const QString &party : c.route)
                    parties.insert(party);
        }
    return parties;
}

Status ReportBuilder::addOwnershipAppendix(ReportSection &section)
{
    section.blocks << ReportParagraph{tr("The ownership verdicts of the case's entities that no marked chain or "
                                         "marked entity involves, for completeness."),
                                      ReportParagraph::Style::Note};
    addVerdicts(section, m_otherVerdicts);
    return {};
}

Status ReportBuilder::addOwnership(ReportSection &section)
{
    sqlite3 *db = m_db;
    if (m_inputs.verdicts) {
        // Which lists each rule counted: an OFAC verdict rests on OFAC SDN listings only, and says so.
        QStringList ruleLists = m_inputs.ruleLists;
        if (ruleLists.isEmpty()) {
            auto rules = ListRules::load(db);
            auto lists = rules ? rules->caseLists(db) : Result<QList<CaseList>>(rules.error());
            if (!lists)
                return lists.error();
            for (const OwnershipRule rule : {OwnershipRule::Ofac, OwnershipRule::Eu, OwnershipRule::Uk})
                ruleLists << describeRuleLists(rule, *lists);
        }
        // One sentence per rule, so that each verdict's basis can be read at a glance.
        for (qsizetype i = 0; i < ruleLists.size(); ++i)
            section.blocks << ReportParagraph{
                i == 0 ? tr("Lists counted by each rule (the case's setting): %1").arg(ruleLists.at(i))
                       : ruleLists.at(i),
                ReportParagraph::Style::Note};
        if (m_inputs.verdicts->isEmpty())
            section.blocks << ReportParagraph{tr("No entity of the case is blocked or owned by listed persons.")};
        // The section is about what the investigator marked: the parties of marked chains, marked entities, and
        // the owners their verdicts name. The verdicts of every other entity go to an appendix when asked for.
        auto focus = markedParties();
        if (!focus)
            return focus.error();
        QSet<QString> shownIds = *focus;
        for (const ReportVerdict &v : *m_inputs.verdicts)
            if (focus->contains(v.entity)) {
                for (const ReportOwnerShare &o : v.because)
                    shownIds.insert(o.owner);
                for (const ReportOwnerShare &o : v.effectiveOwners)
                    shownIds.insert(o.owner);
            }
        QList<ReportVerdict> shown;
        m_otherVerdicts.clear();
        for (const ReportVerdict &v : *m_inputs.verdicts)
            (shownIds.contains(v.entity) ? shown : m_otherVerdicts) << v;
        if (!m_inputs.verdicts->isEmpty() && focus->isEmpty())
            section.blocks << ReportParagraph{tr("No chain or entity is marked confirmed or suspected, so no verdict "
                                                 "is about a marked party."),
                                              ReportParagraph::Style::Quote};
        addVerdicts(section, shown);
        if (!m_otherVerdicts.isEmpty())
            section.blocks << ReportParagraph{
                m_options.ownershipAppendix
                    ? tr("%n further verdict(s), on entities that no marked chain or marked entity involves, are "
                         "listed in the appendix \"Ownership of every other entity\".",
                         nullptr, static_cast<int>(m_otherVerdicts.size()))
                    : tr("%n further verdict(s), on entities that no marked chain or marked entity involves, are left "
                         "out; ask for the ownership appendix to list them.",
                         nullptr, static_cast<int>(m_otherVerdicts.size())),
                ReportParagraph::Style::Note};
    } else {
        section.blocks << ReportParagraph{
            tr("Ownership verdicts (OFAC 50% rule, EU and UK ownership and control) were not "
               "among this report's inputs. The designations recorded in the case follow."),
            ReportParagraph::Style::Note};
    }
    constexpr int kMaxRows = 300;
    ReportTable designations;
    designations.caption = tr("Designations in the case");
    designations.header = {tr("Entity"), tr("List"), tr("Program"), tr("Listed")};
    designations.widths = {3.2, 1.2, 1.8, 1.0};
    SqliteStatement st(db, "SELECT e.ext_id, d.list, coalesce(d.program, ''), coalesce(d.listed_date, '') "
                           "FROM designations d JOIN entities e ON e.id = d.entity_id "
                           "ORDER BY e.name, d.list LIMIT ?");
    st.bind(1, static_cast<qint64>(kMaxRows + 1));
    while (st.step())
        designations.rows << QStringList{entityLabel(st.text(0)), st.text(1), st.text(2), st.text(3)};
    if (st.failed())
        return dbError(db, tr("reading designations failed"));
    if (designations.rows.isEmpty()) {
        section.blocks << ReportParagraph{tr("No designation is recorded in the case.")};
        return {};
    }
    const bool more = designations.rows.size() > kMaxRows;
    if (more)
        designations.rows.removeLast();
    section.blocks << designations;
    if (more) {
        const qint64 total = sqliteScalar(db, "SELECT count(*) FROM designations").value_or(0);
        section.blocks << ReportParagraph{tr("The first %1 of %2 designations are shown.").arg(kMaxRows).arg(total),
                                          ReportParagraph::Style::Note};
    }
    return {};
}

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

Status ReportBuilder::addNotes(ReportSection &section)
{
    sqlite3 *db = m_db;
    ReportTable table;
    table.header = {tr("Marked"), tr("What"), tr("Status"), tr("Note"), tr("By, on")};
    table.widths = {1.9, 2.4, 1.0, 2.9, 1.2};
    table.monospace = {true, false, false, false, false};
    SqliteStatement st(db, "SELECT m.target_kind, m.target_ref, m.status, m.confidence, coalesce(m.note, ''), "
                           "coalesce(m.author, ''), m.updated_at FROM marks m "
                           "ORDER BY CASE m.status WHEN 'confirmed' THEN 0 WHEN 'suspected' THEN 1 ELSE 2 END, "
                           "m.target_kind, m.target_ref");
    SqliteStatement shipment(db, "SELECT s.date, ex.ext_id, im.ext_id, s.hs6, s.value, s.currency FROM shipments s "
                                 "LEFT JOIN entities ex ON ex.id = s.exporter_id "
                                 "LEFT JOIN entities im ON im.id = s.importer_id WHERE s.ext_id = ? LIMIT 1");
    QHash<QString, QString> chainRoutes;
    if (m_inputs.chains)
        for (const ReportChain &c : *m_inputs.chains) {
            QStringList names;
            for (const QString &id : c.route)
                names << (entity(id).found ? entity(id).name : id);
            if (!names.isEmpty())
                chainRoutes.insert(c.id, names.join(QStringLiteral(" → ")));
        }
    while (st.step()) {
        const QString kind = st.text(0), ref = st.text(1);
        QString what;
        if (kind == u"entity") {
            const EntityInfo &e = entity(ref);
            what = e.found ? (e.country.isEmpty() ? e.name : QStringLiteral("%1, %2").arg(e.name, e.country))
                           : tr("(not in the case)");
            if (e.designated)
                what += tr(" — designated");
        } else if (kind == u"shipment") {
            shipment.reset();
            shipment.bind(1, ref);
            if (shipment.step())
                what = tr("%1: %2 → %3, HS %4, %5 %6")
                           .arg(shipment.text(0).left(10), entityLabel(shipment.text(1)), entityLabel(shipment.text(2)),
                                shipment.text(3), number(shipment.real(4), 0), shipment.text(5));
            else
                what = tr("(not in the case)");
        } else {
            what = chainRoutes.value(ref, tr("chain (see Chains)"));
        }
        QString status = statusText(st.text(2));
        if (!st.isNull(3))
            status += QStringLiteral(" (%1)").arg(number(st.real(3), 2));
        const QString kindText = kind == u"entity" ? tr("entity") : kind == u"shipment" ? tr("shipment") : tr("chain");
        table.rows << QStringList{kindText + u'\n' + ref, what, status,
                                  st.text(4).isEmpty() ? QStringLiteral("—") : st.text(4),
                                  st.text(5) + u'\n' + isoTime(st.text(6))};
    }
    if (st.failed())
        return dbError(db, tr("reading the marks failed"));
    if (table.rows.isEmpty()) {
        section.blocks << ReportParagraph{tr("The investigator has not marked anything in this case yet.")};
        return {};
    }
    section.blocks << ReportParagraph{
        tr("Every chain, entity and shipment the investigator marked, with the note given, confirmed first.")};
    section.blocks << table;
    return {};
}

Status ReportBuilder::addSources(ReportSection &section)
{
    sqlite3 *db = m_db;
    SqliteStatement st(db, "SELECT id, file_name, sha256, format, coalesce(kind, ''), coalesce(encoding, ''), "
                           "imported_at, coalesce(imported_by, ''), rows_read, rows_imported, rows_rejected, "
                           "coalesce(file_path, '') FROM sources ORDER BY id");
    int n = 0;
    while (st.step()) {
        ++n;
        section.blocks << ReportHeading{QStringLiteral("%1. %2").arg(n).arg(st.text(1))};
        ReportFacts facts;
        facts.rows << qMakePair(tr("SHA-256"), st.text(2));
        facts.monospaceRows << 0;
        QString format = st.text(3);
        if (!st.text(4).isEmpty())
            format += QStringLiteral(" / ") + st.text(4);
        if (!st.text(5).isEmpty())
            format += QStringLiteral(", ") + st.text(5);
        facts.rows << qMakePair(tr("Format"), format);
        facts.rows << qMakePair(tr("Imported"), st.text(7).isEmpty()
                                                    ? isoTime(st.text(6))
                                                    : tr("%1 by %2").arg(isoTime(st.text(6)), st.text(7)));
        facts.rows << qMakePair(
            tr("Rows"),
            tr("%1 read, %2 imported, %3 rejected").arg(count(st.int64(8)), count(st.int64(9)), count(st.int64(10))));
        if (!st.text(11).isEmpty())
            facts.rows << qMakePair(tr("Path"), st.text(11));
        section.blocks << facts;
    }
    if (st.failed())
        return dbError(db, tr("reading the sources failed"));
    if (n == 0)
        section.blocks << ReportParagraph{tr("No file has been imported into this case.")};
    else
        section.blocks.prepend(ReportParagraph{tr("Every file imported into the case, with its SHA-256 digest so that "
                                                  "the copy relied on can be identified.")});
    return {};
}

Status ReportBuilder::addAudit(ReportSection &section)
{
    sqlite3 *db = m_db;
    const qint64 total = sqliteScalar(db, "SELECT count(*) FROM audit_log").value_or(0);
    ReportTable table;
    table.header = {tr("When (UTC)"), tr("Who"), tr("Action"), tr("Target"), tr("Detail")};
    table.widths = {1.4, 1.0, 1.2, 1.6, 2.8};
    SqliteStatement st(db, "SELECT at, coalesce(user, ''), action, coalesce(target, ''), coalesce(detail, '') "
                           "FROM audit_log ORDER BY id DESC LIMIT ?");
    st.bind(1, static_cast<qint64>(m_options.auditLimit));
    while (st.step()) {
        // Settings changes in words; stored layouts and other blobs are left out, not printed as base64.
        const AuditSummary::Line line = AuditSummary::summarise(st.text(2), st.text(3), st.text(4));
        const QString target = st.text(2) == u"setting.change" ? QString() : st.text(3);
        table.rows << QStringList{isoTime(st.text(0)), st.text(1), line.action, target, line.detail};
    }
    if (st.failed())
        return dbError(db, tr("reading the audit log failed"));
    if (table.rows.isEmpty()) {
        section.blocks << ReportParagraph{tr("The audit log is empty.")};
        return {};
    }
    section.blocks << ReportParagraph{tr("Changes to the case, newest first.")};
    section.blocks << table;
    if (total > table.rows.size())
        section.blocks << ReportParagraph{
            tr("%1 older entries are not shown; the case file keeps them all.").arg(count(total - table.rows.size())),
            ReportParagraph::Style::Note};
    return {};
}

} // namespace caravan
