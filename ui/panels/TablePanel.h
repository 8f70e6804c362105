#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QTableView;

namespace caravan {

class LazyTableModel;

// A lazy table with its row count and a note while rows are being loaded or filtered.
class TablePanel : public QWidget {
    Q_OBJECT
public:
    // countText(n) says how many rows there are, e.g. "1 entity", "5 entities" (with tr()'s plural forms).
    using CountText = std::function<QString(int)>;
    TablePanel(LazyTableModel *model, const QString &name, CountText countText, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    LazyTableModel *model() const { return m_model; }
    // Row id of the current row, or 0.
    qint64 currentRowId() const;
    void selectRowId(qint64 rowId);
    // What the line under the table says (how many rows, or that they are being listed).
    QString countText() const;

Q_SIGNALS:
    void currentRowIdChanged(qint64 rowId);

private:
    void updateCount();
    void applyColumnWidths();
    // A reload (a colleague's change on a server case, an import) keeps the rows the user selected and the row at the
    // top of the view where they still exist.
    void rememberPlace();
    void restorePlace();
    LazyTableModel *m_model;
    CountText m_countText;
    QTableView *m_view;
    QLabel *m_count;
    qint64 m_keptCurrent = 0;
    QList<qint64> m_keptSelection;
    qint64 m_keptTop = 0;
};

} // namespace caravan
