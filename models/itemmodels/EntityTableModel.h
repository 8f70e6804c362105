#pragma once

#include "models/itemmodels/LazyTableModel.h"

namespace caravan {

// Every entity of a case (merged ones hidden), sorted by name, searchable by any of its names and ids.
class EntityTableModel : public LazyTableModel {
    Q_OBJECT
public:
    enum Column { ExtId, Type, Name, Country, Identifiers, Designations, Source, Mark, ColumnCount };
    explicit EntityTableModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

} // namespace caravan
