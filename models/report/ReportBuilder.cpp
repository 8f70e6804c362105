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
    if (m_options.ownershipAppendix && m_otherDesignations > 0) {
        ReportSection appendix;
        appendix.id = ReportSectionId::Ownership;
        // The letter after the ownership appendix's, when there is one.
        appendix.title = tr("Appendix %1: Designations in the case")
                             .arg(m_otherVerdicts.isEmpty() ? QLatin1Char('C') : QLatin1Char('D'));
        if (Status st = addDesignationsAppendix(appendix); !st)
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

} // namespace caravan
