#include "ui/panels/TablePanel.h"

#include "models/itemmodels/LazyTableModel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan {

TablePanel::TablePanel(LazyTableModel *model, const QString &name, CountText countText, QWidget *parent)
    : QWidget(parent), m_model(model), m_countText(std::move(countText)), m_view(new QTableView(this)),
      m_count(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_view);
    layout->addWidget(m_count);
    m_count->setContentsMargins(6, 0, 6, 2);

    m_view->setModel(model);
    m_view->setSortingEnabled(true);
    m_view->horizontalHeader()->setSortIndicatorShown(true);
    m_view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->setAccessibleName(name);

    connect(model, &LazyTableModel::loadStarted, this, [this] { m_count->setText(tr("Searching…")); });
    connect(model, &LazyTableModel::loadFinished, this, &TablePanel::updateCount);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePanel::updateCount);
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TablePanel::rememberPlace);
    connect(model, &QAbstractItemModel::modelReset, this, &TablePanel::restorePlace);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { Q_EMIT currentRowIdChanged(m_model->rowIdAt(current.row())); });
    applyColumnWidths();
    updateCount();
}

void TablePanel::applyColumnWidths()
{
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const int chars = m_model->headerData(c, Qt::Horizontal, LazyTableModel::PreferredWidthRole).toInt();
        if (chars > 0)
            m_view->setColumnWidth(c, chars * charWidth + 16);
    }
}

qint64 TablePanel::currentRowId() const
{
    return m_model->rowIdAt(m_view->currentIndex().row());
}

void TablePanel::selectRowId(qint64 rowId)
{
    const int row = m_model->rowOf(rowId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
}

void TablePanel::rememberPlace()
{
    m_keptCurrent = currentRowId();
    m_keptSelection.clear();
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        m_keptSelection << m_model->rowIdAt(index.row());
    m_keptTop = m_model->rowCount() > 0 ? m_model->rowIdAt(m_view->rowAt(0)) : 0;
}

void TablePanel::restorePlace()
{
    if (m_keptCurrent == 0 && m_keptSelection.isEmpty() && m_keptTop == 0)
        return;
    QItemSelectionModel *selection = m_view->selectionModel();
    const int current = m_keptCurrent ? m_model->rowOf(m_keptCurrent) : -1;
    if (current >= 0)
        selection->setCurrentIndex(m_model->index(current, 0), QItemSelectionModel::NoUpdate);
    QItemSelection rows;
    for (const qint64 id : std::as_const(m_keptSelection))
        if (const int row = m_model->rowOf(id); row >= 0)
            rows.select(m_model->index(row, 0), m_model->index(row, m_model->columnCount() - 1));
    if (!rows.isEmpty())
        selection->select(rows, QItemSelectionModel::ClearAndSelect);
    if (const int top = m_keptTop ? m_model->rowOf(m_keptTop) : -1; top >= 0)
        m_view->scrollTo(m_model->index(top, 0), QAbstractItemView::PositionAtTop);
}

QString TablePanel::countText() const
{
    return m_count->text();
}

void TablePanel::updateCount()
{
    const int rows = m_model->rowCount();
    if (m_model->isLoading()) // the first rows of a large table show while the rest are listed
        m_count->setText(m_model->searchText().trimmed().isEmpty() ? tr("Listing rows…") : tr("Searching…"));
    else if (m_model->searchText().trimmed().isEmpty())
        m_count->setText(m_countText(rows));
    else
        m_count->setText(tr("%n rows match “%1”", nullptr, rows).arg(m_model->searchText().trimmed()));
}

} // namespace caravan
