#pragma once

#include "models/analysis/ChainExclusions.h"

#include <QAbstractTableModel>
#include <QHash>

#include <memory>
#include <optional>
#include <vector>

struct sqlite3;

namespace caravan {

class ShipmentSummaryReader;
struct ShipmentSummary;

// The shipments chain detection could not use, each with its reason: the list behind the Chains dock's
// "... shipments could not be used" line. Holds the row ids and reasons; reads the shown facts a page at a time.
class ExcludedShipmentModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Reason,
        DeclarationId,
        Date,
        Exporter,
        Importer,
        HsCode,
        Quantity,
        Unit,
        WeightKg,
        Value,
        ColumnCount
    };
    enum Role { RowIdRole = Qt::UserRole + 1, ReasonKeyRole };

    explicit ExcludedShipmentModel(QObject *parent = nullptr);
    ~ExcludedShipmentModel() override;

    // The shipments to list and the case (its GUI-thread handle) to read them from.
    void setShipments(sqlite3 *db, std::vector<ExcludedShipment> shipments);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static constexpr int kPageSize = 128;
    static constexpr int kMaxCachedPages = 32;

private:
    const std::optional<ShipmentSummary> *summaryAt(int row) const;

    std::vector<ExcludedShipment> m_shipments;
    std::unique_ptr<ShipmentSummaryReader> m_reader;
    mutable QHash<int, std::vector<std::optional<ShipmentSummary>>> m_pages;
};

} // namespace caravan
