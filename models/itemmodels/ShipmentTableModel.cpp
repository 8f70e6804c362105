#include "models/itemmodels/ShipmentTableModel.h"

#include "models/itemmodels/MarkTableModel.h"

namespace caravan {

namespace {

LazyTableSpec shipmentSpec()
{
    LazyTableSpec spec;
    spec.fromSql = QStringLiteral("shipments s LEFT JOIN entities ex ON ex.id = s.exporter_id "
                                  "LEFT JOIN entities im ON im.id = s.importer_id");
    spec.keySql = QStringLiteral("s.id");
    spec.defaultOrderSql = QStringLiteral("s.date");
    spec.columns = {
        {ShipmentTableModel::tr("Declaration"), QStringLiteral("s.ext_id"), {}, false, 12},
        {ShipmentTableModel::tr("Date"), QStringLiteral("s.date"), {}, false, 10},
        {ShipmentTableModel::tr("Exporter"), QStringLiteral("ex.name"), QStringLiteral("ex.name COLLATE NOCASE"), false,
         28},
        {ShipmentTableModel::tr("Importer"), QStringLiteral("im.name"), QStringLiteral("im.name COLLATE NOCASE"), false,
         28},
        {ShipmentTableModel::tr("HS code"), QStringLiteral("s.hs_code"), QStringLiteral("s.hs6"), false, 12},
        {ShipmentTableModel::tr("Goods"), QStringLiteral("s.description"), {}, false, 28},
        {ShipmentTableModel::tr("Quantity"), QStringLiteral("s.quantity"), {}, true, 9},
        {ShipmentTableModel::tr("Unit"), QStringLiteral("s.unit"), {}, false, 5},
        {ShipmentTableModel::tr("Value"), QStringLiteral("s.value"), {}, true, 11},
        {ShipmentTableModel::tr("Currency"), QStringLiteral("s.currency"), {}, false, 5},
        {ShipmentTableModel::tr("Route"),
         QStringLiteral("ifnull(s.origin_country, '?') || ' → ' || "
                        "ifnull(replace(s.transit_countries, ';', ' → ') || ' → ', '') || "
                        "ifnull(s.destination_country, '?')"),
         QStringLiteral("s.origin_country, s.destination_country"), false, 16},
        {ShipmentTableModel::tr("Mark"),
         QStringLiteral("(SELECT status FROM marks m WHERE m.target_kind = 'shipment' AND m.target_ref = s.ext_id)"),
         {},
         false,
         10},
    };
    // A shipment is found by its HS code, goods and countries (shipment_search), by its exporter's or importer's
    // names, aliases and identifiers (entity_search), or by the first characters of its id.
    spec.matchIdsSql = QStringLiteral("SELECT rowid FROM shipment_search WHERE shipment_search MATCH ?1 "
                                      "UNION ALL SELECT id FROM shipments WHERE exporter_id IN "
                                      "(SELECT rowid FROM entity_search WHERE entity_search MATCH ?1) "
                                      "UNION ALL SELECT id FROM shipments WHERE importer_id IN "
                                      "(SELECT rowid FROM entity_search WHERE entity_search MATCH ?1) "
                                      "UNION ALL SELECT id FROM shipments WHERE ext_id >= ?2 AND ext_id < ?3 "
                                      "UNION ALL SELECT id FROM shipments WHERE ext_id >= ?4 AND ext_id < ?5");
    return spec;
}

} // namespace

ShipmentTableModel::ShipmentTableModel(QObject *parent) : LazyTableModel(shipmentSpec(), parent)
{
}

QVariant ShipmentTableModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DisplayRole && index.column() == Mark)
        return markStatusLabel(LazyTableModel::data(index, role).toString());
    if (role == Qt::BackgroundRole && index.isValid())
        return markBackground(LazyTableModel::data(this->index(index.row(), Mark), Qt::DisplayRole).toString());
    return LazyTableModel::data(index, role);
}

} // namespace caravan
