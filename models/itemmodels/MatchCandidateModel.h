#pragma once

#include "models/resolution/CaseMatching.h"

#include <QAbstractTableModel>

namespace caravan {

// Match candidates (screening or duplicates) as a table for the review panel: score, the two entities, the
// decision taken. Holds a computed list; the panel replaces it when candidates are searched again.
class MatchCandidateModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum class Column { Score, Band, A, B, Decision, Count };
    enum Role {
        ScoreRole = Qt::UserRole + 1,
        BandRole, // MatchBand as an int
    };

    // "likely the same" or "possible, check", as the panel shows a band.
    static QString bandText(MatchBand band);

    using QAbstractTableModel::QAbstractTableModel;

    void setCandidates(QList<CaseMatch> candidates);
    const QList<CaseMatch> &candidates() const { return m_candidates; }
    const CaseMatch *candidateAt(int row) const;
    // Records a decision (or none) on a row, as the store now has it.
    void setDecision(int row, std::optional<MatchVerdict> decision);
    // The row of the pair (either order for duplicates), or -1.
    int rowOf(MatchKind kind, const QString &aRef, const QString &bRef) const;
    // The first row after `row` (wrapping) with no decision, or -1.
    int nextUndecided(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CaseMatch> m_candidates;
};

} // namespace caravan
