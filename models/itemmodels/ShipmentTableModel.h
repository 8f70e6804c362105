#pragma once

#include "models/itemmodels/LazyTableModel.h"

namespace caravan {

// Every shipment of a case, in date order, with its parties' names; scrolls a million rows lazily.
class ShipmentTableModel : public LazyTableModel {
    Q_OBJECT
public:
    enum Column {
        DeclarationId,
        Date,
        Exporter,
        Importer,
        HsCode,
        Description,
        Quantity,
        Unit,
        Value,
        Currency,
        Route,
        Mark,
        ColumnCount
    };
    explicit ShipmentTableModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace caravan
