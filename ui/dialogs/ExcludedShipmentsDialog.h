#pragma once

#include "models/analysis/ChainExclusions.h"

#include <QDialog>

struct sqlite3;

class QLabel;
class QTableView;

namespace caravan {

class ExcludedShipmentModel;

// The shipments a chain detection could not use, each with its reason (opened from the Chains dock's
// "... shipments could not be used" line). Not modal: the investigator can keep it open beside the chains.
class ExcludedShipmentsDialog : public QDialog {
    Q_OBJECT
public:
    ExcludedShipmentsDialog(sqlite3 *db, const ChainExclusions &excluded, QWidget *parent = nullptr);
    ExcludedShipmentModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

private:
    ExcludedShipmentModel *m_model;
    QTableView *m_view;
};

} // namespace caravan
