#pragma once

#include "models/itemmodels/LazyTableModel.h"

namespace caravan {

// Every entity of a case (merged ones hidden), sorted by name, searchable by any of its names and ids.
class EntityTableModel : public LazyTableModel {
    Q_OBJECT
public:
    enum Column { ExtId, Type, Name, Country, Identifiers, Designations, Sanctions, Source, Mark, ColumnCount };
    explicit EntityTableModel(QObject *parent = nullptr);
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    // The ownership rules' verdicts by entity id ("blocked", "possibly_blocked", "needs_review"), shown in
    // the Sanctions column and as text colour.
    void setOwnershipStatuses(QHash<QString, QString> statuses);

private:
    QHash<QString, QString> m_statuses;
};

// Stored vocabulary (entity types, kinds of names, link types) as a person reads it, in the interface language;
// unknown words come back as they are.
QString vocabularyLabel(const QString &word);

// A verdict of the ownership rules as a person reads it.
QString ownershipStatusLabel(const QString &status);

} // namespace caravan
