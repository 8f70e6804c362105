#include "models/itemmodels/ExcludedShipmentModel.h"

#include "models/storage/ShipmentSummaryReader.h"

#include <QLocale>

namespace caravan {

ExcludedShipmentModel::ExcludedShipmentModel(QObject *parent) : QAbstractTableModel(parent)
{
}

ExcludedShipmentModel::~ExcludedShipmentModel() = default;

void ExcludedShipmentModel::setShipments(sqlite3 *db, std::vector<ExcludedShipment> shipments)
{
    beginResetModel();
    m_shipments = std::move(shipments);
    m_reader = db ? std::make_unique<ShipmentSummaryReader>(db) : nullptr;
    m_pages.clear();
    endResetModel();
}

int ExcludedShipmentModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shipments.size());
}

int ExcludedShipmentModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const std::optional<ShipmentSummary> *ExcludedShipmentModel::summaryAt(int row) const
{
    if (!m_reader)
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= kMaxCachedPages)
            m_pages.clear();
        std::vector<std::optional<ShipmentSummary>> rows;
        const std::size_t first = static_cast<std::size_t>(page) * kPageSize;
        const std::size_t last = std::min(first + kPageSize, m_shipments.size());
        rows.reserve(last - first);
        for (std::size_t r = first; r < last; ++r)
            rows.push_back(m_reader->read(m_shipments[r].rowId));
        it = m_pages.insert(page, std::move(rows));
    }
    return &(*it)[static_cast<std::size_t>(row % kPageSize)];
}

QVariant ExcludedShipmentModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= ColumnCount)
        return {};
    const ExcludedShipment &e = m_shipments[static_cast<std::size_t>(index.row())];
    if (role == RowIdRole)
        return e.rowId;
    if (role == ReasonKeyRole)
        return QString::fromLatin1(ChainExclusions::key(e.reason));
    if (role == Qt::TextAlignmentRole) {
        const bool numeric = index.column() == Quantity || index.column() == WeightKg || index.column() == Value;
        return QVariant::fromValue(
            Qt::Alignment(numeric ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role != Qt::DisplayRole)
        return {};
    if (index.column() == Reason)
        return ChainExclusions::label(e.reason);
    const std::optional<ShipmentSummary> *found = summaryAt(index.row());
    if (!found || !*found)
        return index.column() == DeclarationId ? QVariant(QStringLiteral("#%1").arg(e.rowId)) : QVariant();
    const ShipmentSummary &s = **found;
    const QLocale locale;
    auto number = [&](const std::optional<double> &v) {
        return v ? QVariant(locale.toString(*v, 'g', 12)) : QVariant();
    };
    switch (index.column()) {
    case DeclarationId:
        return s.extId.isEmpty() ? QStringLiteral("#%1").arg(e.rowId) : s.extId;
    case Date:
        return s.date;
    case Exporter:
        return s.exporter;
    case Importer:
        return s.importer;
    case HsCode:
        return s.hsCode;
    case Quantity:
        return number(s.quantity);
    case Unit:
        return s.unit;
    case WeightKg:
        return number(s.weightKg);
    case Value:
        return s.value ? QVariant(QString(locale.toString(*s.value, 'g', 12) + u' ' + s.currency).trimmed())
                       : QVariant();
    default:
        return {};
    }
}

QVariant ExcludedShipmentModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reason:
        return tr("Reason");
    case DeclarationId:
        return tr("Declaration");
    case Date:
        return tr("Date");
    case Exporter:
        return tr("Exporter");
    case Importer:
        return tr("Importer");
    case HsCode:
        return tr("HS code");
    case Quantity:
        return tr("Quantity");
    case Unit:
        return tr("Unit");
    case WeightKg:
        return tr("Net weight, kg");
    case Value:
        return tr("Value");
    default:
        return {};
    }
}

} // namespace caravan
