#include "models/itemmodels/DecisionTableModel.h"

#include "models/storage/CaseFile.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/Sqlite.h"

#include <QColor>
#include <QLocale>

#include <algorithm>

namespace caravan {

void DecisionTableModel::setCase(CaseFile *file)
{
    m_file = file;
    reload();
}

void DecisionTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_file) {
        SqliteStatement name(m_file->handle(), "SELECT name FROM entities WHERE ext_id = ? ORDER BY id LIMIT 1");
        const auto nameOf = [&name](const QString &ref) {
            name.reset();
            name.bind(1, ref);
            return name.step() ? name.text(0) : QString();
        };
        for (MatchDecision &d : decisionstore::list(*m_file)) {
            Row row{std::move(d), {}, {}};
            row.aName = nameOf(row.decision.aRef);
            row.bName = nameOf(row.decision.bRef);
            m_rows.append(std::move(row));
        }
        std::stable_sort(m_rows.begin(), m_rows.end(),
                         [](const Row &x, const Row &y) { return x.decision.decidedAt > y.decision.decidedAt; });
    }
    endResetModel();
}

const DecisionTableModel::Row *DecisionTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows[row] : nullptr;
}

int DecisionTableModel::rowOf(MatchKind kind, const QString &aRef, const QString &bRef) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        const MatchDecision &d = m_rows[i].decision;
        if (d.kind == kind &&
            ((d.aRef == aRef && d.bRef == bRef) || (kind == MatchKind::Duplicate && d.aRef == bRef && d.bRef == aRef)))
            return i;
    }
    return -1;
}

int DecisionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DecisionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DecisionTableModel::kindLabel(MatchKind kind)
{
    return kind == MatchKind::Screening ? tr("screening match") : tr("duplicate");
}

QString DecisionTableModel::verdictLabel(MatchKind kind, MatchVerdict verdict)
{
    if (verdict == MatchVerdict::Rejected)
        return tr("rejected");
    return kind == MatchKind::Duplicate ? tr("accepted (merged)") : tr("accepted");
}

QVariant DecisionTableModel::data(const QModelIndex &index, int role) const
{
    const Row *row = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const MatchDecision &d = row->decision;
    const auto side = [](const QString &name, const QString &ref) {
        return name.isEmpty() ? ref : QStringLiteral("%1 (%2)").arg(name, ref);
    };
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(d.decidedAt.toLocalTime(), QLocale::ShortFormat);
        case Author:
            return d.author;
        case Kind:
            return kindLabel(d.kind);
        case Verdict:
            return verdictLabel(d.kind, d.verdict);
        case A:
            return side(row->aName, d.aRef);
        case B:
            return side(row->bName, d.bRef);
        case Score:
            return d.score ? QVariant(QString::number(*d.score, 'f', 2)) : QVariant();
        case Note:
            return d.note;
        default:
            return {};
        }
    case SortRole:
        if (index.column() == Time)
            return d.decidedAt.toString(Qt::ISODateWithMs);
        if (index.column() == Score)
            return d.score.value_or(-1.0);
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case RefRole:
        if (index.column() == A)
            return d.aRef;
        if (index.column() == B)
            return d.bRef;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == A || index.column() == B)
            return d.kind == MatchKind::Duplicate
                       ? (index.column() == A ? tr("Kept: the entity the other merges into")
                                              : tr("Merged into the other when accepted"))
                       : (index.column() == A ? tr("The screened entity") : tr("The listed entity"));
        return {};
    case Qt::DecorationRole:
        if (index.column() == Verdict)
            return d.verdict == MatchVerdict::Accepted ? QColor(0x2e, 0x7d, 0x32) : QColor(0x9e, 0x9e, 0x9e);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Score)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant DecisionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("When");
    case Author:
        return tr("By");
    case Kind:
        return tr("Kind");
    case Verdict:
        return tr("Decision");
    case A:
        return tr("Entity");
    case B:
        return tr("Matched with");
    case Score:
        return tr("Score");
    case Note:
        return tr("Note");
    default:
        return {};
    }
}

} // namespace caravan
