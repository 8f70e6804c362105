#include "models/itemmodels/SourceTableModel.h"

namespace caravan {

namespace {

LazyTableSpec sourceSpec()
{
    LazyTableSpec spec;
    spec.fromSql = QStringLiteral("sources s");
    spec.keySql = QStringLiteral("s.id");
    spec.defaultOrderSql = QStringLiteral("s.id");
    spec.columns = {
        {SourceTableModel::tr("File"), QStringLiteral("s.file_name"), {}, false, 28},
        {SourceTableModel::tr("Format"), QStringLiteral("s.format"), {}, false, 11},
        {SourceTableModel::tr("Kind"), QStringLiteral("s.kind"), {}, false, 10},
        {SourceTableModel::tr("Read"), QStringLiteral("s.rows_read"), {}, true, 9},
        {SourceTableModel::tr("Imported"), QStringLiteral("s.rows_imported"), {}, true, 9},
        {SourceTableModel::tr("Rejected"), QStringLiteral("s.rows_rejected"), {}, true, 9},
        {SourceTableModel::tr("Duplicates"), QStringLiteral("s.rows_skipped"), {}, true, 9},
        {SourceTableModel::tr("SHA-256"), QStringLiteral("s.sha256"), {}, false, 30},
        {SourceTableModel::tr("Imported at"), QStringLiteral("s.imported_at"), {}, false, 19},
        {SourceTableModel::tr("By"), QStringLiteral("s.imported_by"), {}, false, 10},
    };
    spec.searchSql = QStringLiteral("s.file_name || ' ' || s.sha256 || ' ' || s.format");
    return spec;
}

LazyTableSpec rejectedSpec()
{
    LazyTableSpec spec;
    spec.fromSql = QStringLiteral("rejected_rows r LEFT JOIN sources s ON s.id = r.source_id");
    spec.keySql = QStringLiteral("r.id");
    spec.defaultOrderSql = QStringLiteral("r.source_id, r.line_no");
    spec.columns = {
        {RejectedRowTableModel::tr("File"), QStringLiteral("s.file_name"), {}, false, 24},
        {RejectedRowTableModel::tr("Line"), QStringLiteral("r.line_no"), {}, true, 7},
        {RejectedRowTableModel::tr("Reason"), QStringLiteral("r.reason"), {}, false, 40},
        {RejectedRowTableModel::tr("Row as read"), QStringLiteral("r.raw"), {}, false, 60},
    };
    spec.searchSql = QStringLiteral("ifnull(s.file_name, '') || ' ' || r.reason || ' ' || ifnull(r.raw, '')");
    return spec;
}

LazyTableSpec auditSpec()
{
    LazyTableSpec spec;
    spec.fromSql = QStringLiteral("audit_log a");
    spec.keySql = QStringLiteral("a.id");
    spec.defaultOrderSql = QStringLiteral("a.id DESC");
    spec.columns = {
        {AuditLogTableModel::tr("When"), QStringLiteral("a.at"), {}, false, 20},
        {AuditLogTableModel::tr("Who"), QStringLiteral("a.user"), {}, false, 10},
        {AuditLogTableModel::tr("Action"), QStringLiteral("a.action"), {}, false, 16},
        {AuditLogTableModel::tr("Target"), QStringLiteral("a.target"), {}, false, 30},
        {AuditLogTableModel::tr("Detail"), QStringLiteral("a.detail"), {}, false, 50},
    };
    spec.searchSql = QStringLiteral("a.action || ' ' || ifnull(a.target, '') || ' ' || ifnull(a.detail, '')");
    return spec;
}

} // namespace

SourceTableModel::SourceTableModel(QObject *parent) : LazyTableModel(sourceSpec(), parent)
{
}

RejectedRowTableModel::RejectedRowTableModel(QObject *parent) : LazyTableModel(rejectedSpec(), parent)
{
}

AuditLogTableModel::AuditLogTableModel(QObject *parent) : LazyTableModel(auditSpec(), parent)
{
}

} // namespace caravan
