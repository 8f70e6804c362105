#pragma once

#include "models/itemmodels/LazyTableModel.h"

#include <QColor>

namespace caravan {

// The Marks panel: every mark with what it marks, its status, confidence, note, who and when.
class MarkTableModel : public LazyTableModel {
    Q_OBJECT
public:
    enum Column { Status, Kind, Ref, Name, Confidence, Note, Author, Updated, ColumnCount };
    explicit MarkTableModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
};

// The colours that mean a mark's status everywhere (UI.md): suspected amber, confirmed purple, dismissed grey.
QColor markStatusColor(const QString &status);
// The status as a person reads it, in the interface language.
QString markStatusLabel(const QString &status);
// A light tint of that colour for the rows of marked things in tables (an invalid QVariant when unmarked).
QVariant markBackground(const QString &status);

} // namespace caravan
