#pragma once

#include "models/core/Result.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace caravan {

class CaseDocument;
class DecisionTableModel;

// The Decisions dock: every decision taken on a match candidate (when, by whom, screening match or duplicate,
// accepted or rejected, the two entities, score, note), sortable and filtered by any text. Withdraw undoes the
// selected decision as an undoable step (an accepted duplicate is unmerged, an accepted screening match loses
// the designations it copied); double-click goes to the entity. Follows the document's decisions.
class DecisionsPanel : public QWidget {
    Q_OBJECT
public:
    explicit DecisionsPanel(QWidget *parent = nullptr);

    // Not owned; nullptr empties the list.
    void setDocument(CaseDocument *document);
    DecisionTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    // The model row of the current (or only selected) decision, or -1.
    int currentModelRow() const;
    // Withdraws the current decision on the document's undo stack.
    Status withdrawCurrent();

Q_SIGNALS:
    // The cited id of an entity to show (double-click, or Go to Entity).
    void entityActivated(const QString &extId);

private:
    void reload();
    void activate(const QModelIndex &index);
    void updateActions();

    CaseDocument *m_document = nullptr;
    DecisionTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_withdraw;
    QPushButton *m_goTo;
    QTableView *m_view;
    QLabel *m_count;
};

} // namespace caravan
