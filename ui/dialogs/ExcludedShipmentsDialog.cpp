#include "ui/dialogs/ExcludedShipmentsDialog.h"

#include "models/itemmodels/ExcludedShipmentModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace caravan {

ExcludedShipmentsDialog::ExcludedShipmentsDialog(sqlite3 *db, const ChainExclusions &excluded, QWidget *parent)
    : QDialog(parent), m_model(new ExcludedShipmentModel(this)), m_view(new QTableView(this))
{
    setWindowTitle(tr("Shipments the chain detector could not use"));
    auto *layout = new QVBoxLayout(this);
    auto *summary = new QLabel(excluded.summary(), this);
    summary->setWordWrap(true);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(summary);
    m_model->setShipments(db, excluded.shipments);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Shipments left out"));
    layout->addWidget(m_view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    layout->addWidget(buttons);
    resize(980, 480);
}

} // namespace caravan
