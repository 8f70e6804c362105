#pragma once

#include "models/domain/MatchDecision.h"

#include <QAbstractTableModel>
#include <QList>

namespace caravan {

class CaseFile;

// The Decisions panel: every stored decision on a match candidate, newest first, with when, who, what kind,
// the verdict, the two entities by name, the score and the note. Read from the case by reload().
class DecisionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Author, Kind, Verdict, A, B, Score, Note, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // a sortable value: a number for the score, ISO text for the time
        RefRole,                     // the cited id of the entity in columns A or B
    };

    // One decision as the table shows it.
    struct Row {
        MatchDecision decision;
        QString aName;
        QString bName;
    };

    using QAbstractTableModel::QAbstractTableModel;

    // Not owned; nullptr empties the table.
    void setCase(CaseFile *file);
    // Reads the decisions again (after one was taken, changed or withdrawn).
    void reload();
    const Row *rowAt(int row) const;
    // The row of the decision on the pair, or -1.
    int rowOf(MatchKind kind, const QString &aRef, const QString &bRef) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindLabel(MatchKind kind);
    static QString verdictLabel(MatchKind kind, MatchVerdict verdict);

private:
    CaseFile *m_file = nullptr;
    QList<Row> m_rows;
};

} // namespace caravan
