#include "models/itemmodels/MarkTableModel.h"

#include <QColor>

namespace caravan {

QColor markStatusColor(const QString &status)
{
    if (status == u"suspected")
        return QColor(0xff, 0xbf, 0x00);
    if (status == u"confirmed")
        return QColor(0x7b, 0x2c, 0xbf);
    if (status == u"dismissed")
        return QColor(0x9e, 0x9e, 0x9e);
    return {};
}

QString markStatusLabel(const QString &status)
{
    if (status == u"suspected")
        return MarkTableModel::tr("suspected");
    if (status == u"confirmed")
        return MarkTableModel::tr("confirmed");
    if (status == u"dismissed")
        return MarkTableModel::tr("dismissed");
    return status;
}

QVariant markBackground(const QString &status)
{
    const QColor c = markStatusColor(status);
    if (!c.isValid())
        return {};
    QColor tint = c;
    tint.setAlpha(60);
    return tint;
}

namespace {

LazyTableSpec markSpec()
{
    LazyTableSpec spec;
    spec.fromSql =
        QStringLiteral("marks m LEFT JOIN entities e ON m.target_kind = 'entity' AND e.ext_id = m.target_ref");
    spec.keySql = QStringLiteral("m.id");
    spec.defaultOrderSql = QStringLiteral("m.updated_at DESC");
    spec.columns = {
        {MarkTableModel::tr("Status"), QStringLiteral("m.status"), {}, false, 13},
        {MarkTableModel::tr("Kind"), QStringLiteral("m.target_kind"), {}, false, 8},
        {MarkTableModel::tr("Id"), QStringLiteral("m.target_ref"), {}, false, 18},
        {MarkTableModel::tr("Name"),
         QStringLiteral("CASE m.target_kind WHEN 'entity' THEN e.name WHEN 'shipment' THEN "
                        "(SELECT ifnull(hs_code, '') || ' ' || ifnull(description, '') FROM shipments "
                        "WHERE ext_id = m.target_ref LIMIT 1) END"),
         {},
         false,
         30},
        {MarkTableModel::tr("Confidence"), QStringLiteral("m.confidence"), {}, true, 9},
        {MarkTableModel::tr("Note"), QStringLiteral("m.note"), {}, false, 40},
        {MarkTableModel::tr("By"), QStringLiteral("m.author"), {}, false, 10},
        {MarkTableModel::tr("Updated"), QStringLiteral("m.updated_at"), {}, false, 20},
    };
    spec.searchSql = QStringLiteral("m.status || ' ' || m.target_ref || ' ' || ifnull(m.note, '') || ' ' || "
                                    "ifnull(e.name, '')");
    return spec;
}

} // namespace

MarkTableModel::MarkTableModel(QObject *parent) : LazyTableModel(markSpec(), parent)
{
}

QVariant MarkTableModel::data(const QModelIndex &index, int role) const
{
    if (index.isValid() && index.column() == Status && (role == Qt::DecorationRole || role == Qt::DisplayRole)) {
        const QString status = LazyTableModel::data(index, Qt::DisplayRole).toString();
        return role == Qt::DisplayRole ? QVariant(markStatusLabel(status)) : QVariant(markStatusColor(status));
    }
    return LazyTableModel::data(index, role);
}

} // namespace caravan
