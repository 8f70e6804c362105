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
