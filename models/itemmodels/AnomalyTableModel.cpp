#include "models/itemmodels/AnomalyTableModel.h"

#include <QLocale>

namespace caravan {

void AnomalyTableModel::setResult(MirrorResult result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

const MirrorFlow *AnomalyTableModel::flowAt(int row) const
{
    return row >= 0 && row < rowCount() ? &m_result.flows[static_cast<std::size_t>(row)] : nullptr;
}

QString AnomalyTableModel::flagText(const QString &flag)
{
    if (flag == u"mirror_gap")
        return tr("mirror gap");
    if (flag == u"surge")
        return tr("surge");
    if (flag == u"reexport")
        return tr("re-export");
    return flag;
}

QString AnomalyTableModel::confidenceText(MirrorFlow::Confidence c)
{
    switch (c) {
    case MirrorFlow::Confidence::High:
        return tr("high");
    case MirrorFlow::Confidence::Medium:
        return tr("medium");
    case MirrorFlow::Confidence::Low:
        return tr("low");
    case MirrorFlow::Confidence::None:
        break;
    }
    return {};
}

int AnomalyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_result.flows.size());
}

int AnomalyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(Column::Count);
}

QVariant AnomalyTableModel::data(const QModelIndex &index, int role) const
{
    const MirrorFlow *f = index.isValid() ? flowAt(index.row()) : nullptr;
    if (!f)
        return {};
    if (role == FlowRole)
        return index.row();
    const auto column = static_cast<Column>(index.column());
    const QLocale locale;
    auto money = [&](const std::optional<double> &v) -> QVariant {
        if (!v)
            return role == SortRole ? QVariant(-1.0) : QVariant(QStringLiteral("—"));
        return role == SortRole ? QVariant(*v) : QVariant(locale.toString(*v, 'f', 0));
    };
    if (role == Qt::TextAlignmentRole) {
        switch (column) {
        case Column::Rank:
        case Column::Exports:
        case Column::Imports:
        case Column::GapPct:
        case Column::Growth:
        case Column::Size:
        case Column::Companies:
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole)
        return f->explanation;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (column) {
    case Column::Rank:
        return index.row() + 1;
    case Column::Flags: {
        QStringList words;
        for (const QString &flag : f->flags)
            words << flagText(flag);
        return words.join(QStringLiteral(", "));
    }
    case Column::Exporter:
        return f->exporter;
    case Column::Importer:
        return f->importer;
    case Column::Hs:
        return f->hs;
    case Column::Tier:
        return role == SortRole ? QVariant(f->tierRank) : QVariant(f->chplTier);
    case Column::Period:
        return f->period;
    case Column::Exports:
        return money(f->exportsReported);
    case Column::Imports:
        return money(f->importsReported);
    case Column::GapPct:
        if (!f->gapPct)
            return role == SortRole ? QVariant(-1e300) : QVariant(QStringLiteral("—"));
        return role == SortRole ? QVariant(*f->gapPct) : QVariant(locale.toString(*f->gapPct, 'f', 1) + u'%');
    case Column::Growth:
        if (!f->growth)
            return role == SortRole ? QVariant(-1.0) : QVariant(QStringLiteral("—"));
        return role == SortRole ? QVariant(*f->growth) : QVariant(locale.toString(*f->growth, 'f', 2) + u'×');
    case Column::Size:
        return role == SortRole ? QVariant(f->magnitude) : QVariant(locale.toString(f->magnitude, 'f', 0));
    case Column::Confidence:
        return role == SortRole ? QVariant(static_cast<int>(f->confidence()))
                                : QVariant(confidenceText(f->confidence()));
    case Column::Companies:
        return static_cast<int>(f->companies.size());
    case Column::Count:
        break;
    }
    return {};
}

QVariant AnomalyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == static_cast<int>(Column::Size))
        return tr("The gap, the value above the baseline, or the value re-exported, in %1").arg(m_result.currency);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Column::Rank:
        return tr("#");
    case Column::Flags:
        return tr("Anomaly");
    case Column::Exporter:
        return tr("From");
    case Column::Importer:
        return tr("To");
    case Column::Hs:
        return tr("HS");
    case Column::Tier:
        return tr("CHPL tier");
    case Column::Period:
        return tr("Period");
    case Column::Exports:
        return tr("Exports reported");
    case Column::Imports:
        return tr("Imports reported");
    case Column::GapPct:
        return tr("Gap");
    case Column::Growth:
        return tr("Growth");
    case Column::Size:
        return m_result.currency.isEmpty() ? tr("Size") : tr("Size (%1)").arg(m_result.currency);
    case Column::Confidence:
        return tr("Confidence");
    case Column::Companies:
        return tr("Companies");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace caravan
