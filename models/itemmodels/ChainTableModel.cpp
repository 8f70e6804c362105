#include "models/itemmodels/ChainTableModel.h"

#include "models/itemmodels/MarkTableModel.h"

#include <QLocale>

#include <cmath>
#include <limits>

namespace caravan {

namespace {

double onwardQuantity(const DetectedChain &c)
{
    // The onward shipments to the destination are the last ones; the inbound is the first. Quantities add up only
    // when they decided the match: otherwise they may be in other units than the inbound's (or missing).
    if (c.measure != QLatin1String("quantity"))
        return std::numeric_limits<double>::quiet_NaN();
    double sum = 0;
    for (size_t i = static_cast<size_t>(c.intermediaries); i < c.quantities.size(); ++i)
        if (!std::isnan(c.quantities[i]))
            sum += c.quantities[i];
    return sum;
}

} // namespace

ChainTableModel::ChainTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void ChainTableModel::setChains(std::vector<DetectedChain> chains)
{
    beginResetModel();
    m_chains = std::move(chains);
    endResetModel();
}

void ChainTableModel::setStatus(const QString &chainId, const QString &status)
{
    const int row = rowOf(chainId);
    if (row < 0)
        return;
    m_chains[static_cast<size_t>(row)].status = status;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

const DetectedChain *ChainTableModel::chain(int row) const
{
    return row >= 0 && row < rowCount() ? &m_chains[static_cast<size_t>(row)] : nullptr;
}

int ChainTableModel::rowOf(const QString &chainId) const
{
    for (size_t i = 0; i < m_chains.size(); ++i)
        if (m_chains[i].id == chainId)
            return static_cast<int>(i);
    return -1;
}

int ChainTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_chains.size());
}

int ChainTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChainTableModel::data(const QModelIndex &index, int role) const
{
    const DetectedChain *c = index.isValid() ? chain(index.row()) : nullptr;
    if (!c)
        return {};
    if (role == ChainIdRole)
        return c->id;
    if (role == Qt::BackgroundRole)
        return markBackground(c->status);
    if (role == Qt::ToolTipRole)
        return c->explanation;
    if (role == Qt::TextAlignmentRole)
        return index.column() == Score || index.column() == QuantityIn || index.column() == QuantityOut
                   ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                   : QVariant();
    if (role != Qt::DisplayRole && role != SortValueRole)
        return {};
    const QLocale locale;
    const bool sort = role == SortValueRole;
    switch (index.column()) {
    case Score:
        return sort ? QVariant(c->score) : QVariant(locale.toString(c->score, 'f', 2));
    case Route:
        return c->route;
    case Hs:
        return c->hsDigits == 6 ? c->hs : tr("%1 (HS-%2 match)").arg(c->hs).arg(c->hsDigits);
    case Tier:
        return c->chplTier.isEmpty() ? (sort ? QStringLiteral("9") : QString()) : c->chplTier;
    case FirstDate:
        return c->dates.value(0);
    case LastDate:
        return c->dates.value(c->dates.size() - 1);
    case QuantityIn:
        return c->quantities.empty() || std::isnan(c->quantities.front())
                   ? (sort ? QVariant(-1.0) : QVariant())
                   : (sort ? QVariant(c->quantities.front())
                           : QVariant(locale.toString(c->quantities.front(), 'g', 12) + u' ' + c->unit));
    case QuantityOut:
        if (const double out = onwardQuantity(*c); !std::isnan(out))
            return sort ? QVariant(out) : QVariant(locale.toString(out, 'g', 12));
        return sort ? QVariant(-1.0) : QVariant();
    case Flags:
        return c->flags.join(QStringLiteral(", "));
    case Status:
        return markStatusLabel(c->status);
    case Id:
        return c->id;
    default:
        return {};
    }
}

QVariant ChainTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Score:
        return tr("Score");
    case Route:
        return tr("Route");
    case Hs:
        return tr("HS code");
    case Tier:
        return tr("CHPL tier");
    case FirstDate:
        return tr("Inbound");
    case LastDate:
        return tr("Last onward");
    case QuantityIn:
        return tr("Quantity in");
    case QuantityOut:
        return tr("Quantity out");
    case Flags:
        return tr("Flags");
    case Status:
        return tr("Mark");
    case Id:
        return tr("Chain id");
    default:
        return {};
    }
}

} // namespace caravan
