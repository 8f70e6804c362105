#include "ui/panels/DecisionsPanel.h"

#include "models/editing/CaseDocument.h"
#include "models/itemmodels/DecisionTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan {

DecisionsPanel::DecisionsPanel(QWidget *parent)
    : QWidget(parent), m_model(new DecisionTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_filter(new QLineEdit(this)), m_withdraw(new QPushButton(tr("Withdraw Decision"), this)),
      m_goTo(new QPushButton(tr("Go to Entity"), this)), m_view(new QTableView(this)), m_count(new QLabel(this))
{
    setObjectName(QStringLiteral("DecisionsPanel"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(DecisionTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter by name, id, kind, decision, user or note"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter decisions"));
    m_withdraw->setToolTip(tr("Undo the selected decision: an accepted duplicate is unmerged, an accepted match loses "
                              "the designations it copied. Ctrl+Z brings the decision back."));
    m_goTo->setToolTip(tr("Show the entity in the Entities table and the Inspector (or double-click a row)"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_withdraw);
    bar->addWidget(m_goTo);

    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DecisionTableModel::Time, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Decisions"));
    const int charWidth = m_view->fontMetrics().averageCharWidth();
    const int widths[] = {20, 10, 16, 22, 30, 30, 7};
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c] * charWidth + 16);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_count);
    m_count->setContentsMargins(6, 0, 6, 2);
    m_count->setWordWrap(true);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_filter, &QLineEdit::textChanged, this, &DecisionsPanel::updateActions);
    connect(m_view, &QAbstractItemView::doubleClicked, this, &DecisionsPanel::activate);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DecisionsPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DecisionsPanel::updateActions);
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        if (auto st = withdrawCurrent(); !st)
            m_count->setText(st.error().message);
    });
    connect(m_goTo, &QPushButton::clicked, this, [this] { activate(m_view->currentIndex()); });
    updateActions();
}

void DecisionsPanel::setDocument(CaseDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &CaseDocument::decisionsChanged, this, &DecisionsPanel::reload);
        connect(m_document, &CaseDocument::contentChanged, this, &DecisionsPanel::reload);
    }
    reload();
}

void DecisionsPanel::reload()
{
    // Keep the decision under the cursor selected across the reload.
    const DecisionTableModel::Row *current = m_model->rowAt(currentModelRow());
    const auto kept = current ? std::optional(current->decision) : std::nullopt;
    m_model->setCase(m_document ? &m_document->file() : nullptr);
    if (m_model->rowCount() > 0) // the short columns fit their words in every language
        for (const int column : {DecisionTableModel::Time, DecisionTableModel::Author, DecisionTableModel::Kind,
                                 DecisionTableModel::Verdict, DecisionTableModel::Score})
            m_view->resizeColumnToContents(column);
    if (kept) {
        const int row = m_model->rowOf(kept->kind, kept->aRef, kept->bRef);
        if (row >= 0)
            m_view->setCurrentIndex(m_proxy->mapFromSource(m_model->index(row, 0)));
    }
    updateActions();
}

int DecisionsPanel::currentModelRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

Status DecisionsPanel::withdrawCurrent()
{
    const DecisionTableModel::Row *row = m_model->rowAt(currentModelRow());
    if (!m_document || !row)
        return makeError(ErrorCode::InvalidInput, tr("No decision is selected."));
    const MatchDecision d = row->decision; // the reload that follows replaces the row
    return m_document->withdrawDecision(d.kind, d.aRef, d.bRef);
}

void DecisionsPanel::activate(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(index);
    const int column = source.column() == DecisionTableModel::B ? DecisionTableModel::B : DecisionTableModel::A;
    const QString ref = m_model->index(source.row(), column).data(DecisionTableModel::RefRole).toString();
    if (!ref.isEmpty())
        Q_EMIT entityActivated(ref);
}

void DecisionsPanel::updateActions()
{
    const bool selected = m_model->rowAt(currentModelRow()) != nullptr;
    m_withdraw->setEnabled(selected && m_document && !m_document->file().isReadOnly());
    m_goTo->setEnabled(selected);
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (!m_document)
        m_count->clear();
    else if (total == 0)
        m_count->setText(tr("No decisions yet: accept (A) or reject (R) candidates in the Review (matches) panel."));
    else if (shown == total)
        m_count->setText(tr("%n decisions", nullptr, total));
    else
        m_count->setText(tr("%1 of %n decisions", nullptr, total).arg(shown));
}

} // namespace caravan
