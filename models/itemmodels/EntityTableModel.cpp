#include "models/itemmodels/EntityTableModel.h"

#include "models/itemmodels/MarkTableModel.h"

#include <QColor>
#include <QCoreApplication>
#include <QHash>

namespace caravan {

namespace {

LazyTableSpec entitySpec()
{
    LazyTableSpec spec;
    spec.fromSql = QStringLiteral("entities e");
    spec.keySql = QStringLiteral("e.id");
    spec.defaultOrderSql = QStringLiteral("e.name COLLATE NOCASE");
    spec.columns = {
        {EntityTableModel::tr("Id"), QStringLiteral("e.ext_id"), {}, false, 12},
        {EntityTableModel::tr("Type"), QStringLiteral("e.type"), {}, false, 10},
        {EntityTableModel::tr("Name"), QStringLiteral("e.name"), QStringLiteral("e.name COLLATE NOCASE"), false, 40},
        {EntityTableModel::tr("Country"), QStringLiteral("e.country"), {}, false, 7},
        {EntityTableModel::tr("Identifiers"),
         QStringLiteral("(SELECT group_concat(scheme || ':' || value, '; ') FROM entity_identifiers i "
                        "WHERE i.entity_id = e.id)"),
         {},
         false,
         22},
        {EntityTableModel::tr("Listed"),
         QStringLiteral("(SELECT group_concat(DISTINCT list) FROM designations d WHERE d.entity_id = e.id)"),
         {},
         false},
        {EntityTableModel::tr("Sanctions status"), QStringLiteral("NULL"), QStringLiteral("e.id"), false, 20},
        {EntityTableModel::tr("Source"),
         QStringLiteral("(SELECT file_name FROM sources s WHERE s.id = e.source_id) || ':' || e.source_row"),
         {},
         false},
        {EntityTableModel::tr("Mark"),
         QStringLiteral("(SELECT status FROM marks m WHERE m.target_kind = 'entity' AND m.target_ref = e.ext_id)"),
         {},
         false,
         10},
    };
    // Names, aliases, identifier values, id and country, and non-Latin names by their Latin spelling (entity_search).
    spec.matchIdsSql = QStringLiteral("SELECT rowid FROM entity_search WHERE entity_search MATCH ?1");
    spec.whereSql = QStringLiteral("e.merged_into IS NULL");
    return spec;
}

} // namespace

EntityTableModel::EntityTableModel(QObject *parent) : LazyTableModel(entitySpec(), parent)
{
}

QString vocabularyLabel(const QString &word)
{
    static const QHash<QString, const char *> words{
        {QStringLiteral("Company"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "Company")},
        {QStringLiteral("Person"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "Person")},
        {QStringLiteral("Organization"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "Organization")},
        {QStringLiteral("Vessel"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "Vessel")},
        {QStringLiteral("LegalEntity"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "Legal entity")},
        {QStringLiteral("primary"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "primary")},
        {QStringLiteral("alias"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "alias")},
        {QStringLiteral("weak"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "weak alias")},
        {QStringLiteral("former"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "former name")},
        {QStringLiteral("previous"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "former name")},
        {QStringLiteral("ownership"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "ownership")},
        {QStringLiteral("directorship"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "directorship")},
        {QStringLiteral("control"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "control")},
        {QStringLiteral("other"), QT_TRANSLATE_NOOP("caravan::EntityTableModel", "other link")},
    };
    const auto it = words.constFind(word);
    return it == words.cend() ? word : QCoreApplication::translate("caravan::EntityTableModel", *it);
}

QString ownershipStatusLabel(const QString &status)
{
    if (status == u"blocked")
        return EntityTableModel::tr("blocked (50% rule)");
    if (status == u"possibly_blocked")
        return EntityTableModel::tr("possibly blocked");
    if (status == u"needs_review")
        return EntityTableModel::tr("needs review");
    return {};
}

void EntityTableModel::setOwnershipStatuses(QHash<QString, QString> statuses)
{
    m_statuses = std::move(statuses);
    refreshRows();
}

QVariant EntityTableModel::data(const QModelIndex &index, int role) const
{
    // Designated entities read in dark red everywhere (UI.md colours).
    if (index.isValid() && (role == Qt::DisplayRole || role == Qt::ForegroundRole) && !m_statuses.isEmpty()) {
        const QString status =
            m_statuses.value(LazyTableModel::data(this->index(index.row(), ExtId), Qt::DisplayRole).toString());
        if (role == Qt::DisplayRole && index.column() == Sanctions)
            return ownershipStatusLabel(status);
        if (role == Qt::ForegroundRole && !status.isEmpty())
            return status == u"blocked" ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xef, 0x6c, 0x00);
    }
    if (role == Qt::ForegroundRole && index.isValid()) {
        const QVariant listed = LazyTableModel::data(this->index(index.row(), Designations), Qt::DisplayRole);
        return listed.toString().isEmpty() ? QVariant() : QVariant(QColor(0x8b, 0x00, 0x00));
    }
    if (role == Qt::DisplayRole && index.column() == Type)
        return vocabularyLabel(LazyTableModel::data(index, role).toString());
    if (role == Qt::DisplayRole && index.column() == Mark)
        return markStatusLabel(LazyTableModel::data(index, role).toString());
    if (role == Qt::BackgroundRole && index.isValid())
        return markBackground(LazyTableModel::data(this->index(index.row(), Mark), Qt::DisplayRole).toString());
    return LazyTableModel::data(index, role);
}

} // namespace caravan
