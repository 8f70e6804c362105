#include "models/itemmodels/MatchCandidateModel.h"

#include <QColor>

namespace caravan {

void MatchCandidateModel::setCandidates(QList<CaseMatch> candidates)
{
    beginResetModel();
    m_candidates = std::move(candidates);
    endResetModel();
}

const CaseMatch *MatchCandidateModel::candidateAt(int row) const
{
    return row >= 0 && row < m_candidates.size() ? &m_candidates[row] : nullptr;
}

void MatchCandidateModel::setDecision(int row, std::optional<MatchVerdict> decision)
{
    if (row < 0 || row >= m_candidates.size())
        return;
    m_candidates[row].decision = decision;
    Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

int MatchCandidateModel::rowOf(MatchKind kind, const QString &aRef, const QString &bRef) const
{
    for (int i = 0; i < m_candidates.size(); ++i) {
        const CaseMatch &m = m_candidates[i];
        if (m.kind != kind)
            continue;
        if ((m.aRef == aRef && m.bRef == bRef) || (kind == MatchKind::Duplicate && m.aRef == bRef && m.bRef == aRef))
            return i;
    }
    return -1;
}

int MatchCandidateModel::nextUndecided(int row) const
{
    const int n = int(m_candidates.size());
    for (int step = 1; step <= n; ++step) {
        const int i = (row + step + n) % n;
        if (!m_candidates[i].decision)
            return i;
    }
    return -1;
}

int MatchCandidateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_candidates.size());
}

int MatchCandidateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant MatchCandidateModel::data(const QModelIndex &index, int role) const
{
    const CaseMatch *m = candidateAt(index.row());
    if (!m || index.column() < 0 || index.column() >= int(Column::Count))
        return {};
    const auto column = Column(index.column());
    if (role == ScoreRole)
        return m->score;
    if (role == BandRole)
        return int(Matcher::band(m->score));
    if (role == Qt::ForegroundRole && column == Column::Band)
        return QColor(Matcher::band(m->score) == MatchBand::Likely ? Qt::darkGreen : QColor(0xa0, 0x60, 0x00));
    if (role == Qt::ToolTipRole)
        return m->reasons.join(u'\n');
    if (role == Qt::ForegroundRole && column == Column::Decision && m->decision)
        return QColor(*m->decision == MatchVerdict::Accepted ? Qt::darkGreen : Qt::darkGray);
    if (role == Qt::TextAlignmentRole && column == Column::Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Score:
        return QString::number(m->score, 'f', 2);
    case Column::Band:
        return bandText(Matcher::band(m->score));
    case Column::A:
        return m->aRef;
    case Column::B:
        return m->bRef;
    case Column::Decision:
        if (!m->decision)
            return QString();
        return *m->decision == MatchVerdict::Accepted ? tr("accepted") : tr("rejected");
    case Column::Count:
        break;
    }
    return {};
}

QString MatchCandidateModel::bandText(MatchBand band)
{
    return band == MatchBand::Likely ? tr("likely the same") : tr("possible, check");
}

QVariant MatchCandidateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Score:
        return tr("Score");
    case Column::Band:
        return tr("Band");
    case Column::A:
        return tr("Entity");
    case Column::B:
        return tr("Matches");
    case Column::Decision:
        return tr("Decision");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace caravan
