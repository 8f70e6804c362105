#include "ui/panels/CaseSummaryPanel.h"

#include "models/storage/CaseStats.h"

#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caravan {

CaseSummaryPanel::CaseSummaryPanel(QWidget *parent) : QWidget(parent), m_tree(new QTreeWidget(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
    m_tree->setColumnCount(2);
    m_tree->setHeaderHidden(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setAccessibleName(tr("Case contents"));
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        Q_EMIT sectionActivated(static_cast<Section>(item->data(0, Qt::UserRole).toInt()));
    });
    connect(m_tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) {
        Q_EMIT sectionActivated(static_cast<Section>(item->data(0, Qt::UserRole).toInt()));
    });
}

QTreeWidgetItem *CaseSummaryPanel::addLine(QTreeWidgetItem *parent, const QString &label, qint64 count, Section section)
{
    auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
    item->setText(0, label);
    item->setText(1, QLocale().toString(count));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setData(0, Qt::UserRole, static_cast<int>(section));
    return item;
}

void CaseSummaryPanel::setStats(const QString &title, const CaseStats &s)
{
    m_tree->clear();
    auto *root = new QTreeWidgetItem(m_tree);
    root->setText(0, title);
    root->setData(0, Qt::UserRole, static_cast<int>(Section::None));
    QFont bold = root->font(0);
    bold.setBold(true);
    root->setFont(0, bold);
    auto *entities = addLine(root, tr("Entities"), s.entities, Section::Entities);
    addLine(entities, tr("Companies"), s.companies, Section::Entities);
    addLine(entities, tr("Persons"), s.persons, Section::Entities);
    addLine(root, tr("Shipments"), s.shipments, Section::Shipments);
    auto *links = addLine(root, tr("Links"), s.links, Section::None);
    addLine(links, tr("Ownership"), s.ownershipLinks, Section::None);
    addLine(root, tr("Designations"), s.designations, Section::None);
    addLine(root, tr("Trade statistics"), s.tradeStats, Section::None);
    addLine(root, tr("Sources"), s.sources, Section::Sources);
    addLine(root, tr("Rejected rows"), s.rejectedRows, Section::RejectedRows);
    addLine(root, tr("Marks"), s.marks, Section::Marks);
    m_tree->expandAll();
}

void CaseSummaryPanel::clear()
{
    m_tree->clear();
}

} // namespace caravan
