#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;

namespace caravan {

struct CaseStats;

// The left "Case" dock: what the case holds, counted; activating a line opens its table.
class CaseSummaryPanel : public QWidget {
    Q_OBJECT
public:
    enum class Section { Entities, Shipments, Sources, RejectedRows, AuditLog, Marks, None };

    explicit CaseSummaryPanel(QWidget *parent = nullptr);
    void setStats(const QString &title, const CaseStats &stats);
    void clear();

Q_SIGNALS:
    void sectionActivated(caravan::CaseSummaryPanel::Section section);

private:
    QTreeWidgetItem *addLine(QTreeWidgetItem *parent, const QString &label, qint64 count, Section section);
    QTreeWidget *m_tree;
};

} // namespace caravan
