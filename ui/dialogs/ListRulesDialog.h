#pragma once

#include "models/analysis/ListRules.h"

#include <QDialog>

class QTableWidget;

namespace caravan {

// Which designation lists each ownership rule counts: one row per list in the case with its designation count
// and what Caravan takes it to be, and a check box for each rule (OFAC 50%, EU, UK). A row whose boxes differ from
// the classifier's default is the investigator's choice and is stored as such; "Defaults" puts every row back.
class ListRulesDialog : public QDialog {
    Q_OBJECT
public:
    enum Column { ListColumn, ClassColumn, DesignationsColumn, OfacColumn, EuColumn, UkColumn, ColumnCount };

    ListRulesDialog(const QList<CaseList> &lists, QWidget *parent = nullptr);
    // The setting as the boxes say now.
    ListRules rules() const;
    // For tests: the row of a list, and ticking or clearing one rule's box.
    int rowOf(const QString &key) const;
    void setChecked(int row, OwnershipRule rule, bool checked);
    bool isChecked(int row, OwnershipRule rule) const;
    QTableWidget *table() const { return m_table; }

private:
    void resetToDefaults();
    QList<CaseList> m_lists;
    QTableWidget *m_table;
};

} // namespace caravan
