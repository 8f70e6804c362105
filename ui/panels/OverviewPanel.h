#pragma once

#include "models/analysis/CaseOverview.h"
#include "models/analysis/ChainDetector.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;
class QResizeEvent;
class QScrollArea;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace caravan {

class Task;
class CaseFile;
class OverviewTimelineChart;

// The Overview tab, the first screen of a case: what the case holds, the detector's top chains (with the detection's
// progress while it runs), the entities the ownership rules block or possibly block (each finding named with its
// rule), the red flags by kind with their parties, the marks by status, and shipments to Russia and Belarus by CHPL
// tier. The figures are computed off the GUI thread (CaseOverview); every line is one click from its view: the
// panel says what was clicked, the main window goes there.
class OverviewPanel : public QWidget {
    Q_OBJECT
public:
    // What changed in the case, so that only that part is computed again.
    enum class Part { Counts = 1, Ownership = 2, Trade = 4, All = 7 };

    explicit OverviewPanel(QWidget *parent = nullptr);
    ~OverviewPanel() override;

    void setCase(CaseFile *file);
    void setAsOf(const QDate &date);
    // Computes these parts again (after the one running, if any).
    void refresh(int parts = static_cast<int>(Part::All));
    bool isComputing() const { return m_task != nullptr; }
    const CaseOverview &overview() const { return m_overview; }

    // The detector's chains (its last run), and its progress while it runs.
    void setChains(const std::vector<DetectedChain> &chains);
    void setChainStatus(const QString &chainId, const QString &status);
    void chainDetectionStarted(caravan::Task *task);

    // For tests.
    QTreeWidget *chainsView() const { return m_chains; }
    QTreeWidget *entitiesView() const { return m_entities; }
    QTreeWidget *flagsView() const { return m_flags; }
    QProgressBar *chainProgress() const { return m_chainProgress; }
    QLabel *headerLabel() const { return m_header; }
    // The headline's figures as text ("5 chains proposed", ...), in order.
    QStringList tileTexts() const;
    QString chainsText() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

Q_SIGNALS:
    void chainActivated(const QString &chainId);
    void entityActivated(const QString &extId);
    void marksRequested();
    void detectRequested();
    void taskStarted(caravan::Task *task);
    // The figures were (re)computed.
    void overviewReady();

private:
    void start();
    void render();
    void renderHeader();
    void renderChains();
    void renderEntities();
    void renderFlags();
    void renderMarks();
    // The headline: one figure per section, each a link to it.
    void renderTiles();
    void itemClicked(QTreeWidgetItem *item);
    // Three columns on a wide screen (chains, blocked, flags; marks and timeline below), two on a laptop.
    void arrange();
    void fitEntityColumns();

    CaseFile *m_file = nullptr;
    QDate m_asOf = QDate::currentDate();
    CaseOverview m_overview;
    std::vector<DetectedChain> m_topChains;
    int m_chainCount = -1; // -1: no run yet
    QString m_chainMessage;
    int m_pending = 0;
    QPointer<Task> m_task;
    QPointer<Task> m_chainTask;

    QLabel *m_header;
    QScrollArea *m_scroll = nullptr;
    QList<QLabel *> m_tiles; // chains, blocked, flags, CHPL shipments, marks
    QLabel *m_chainsTitle;
    QProgressBar *m_chainProgress;
    QLabel *m_chainState;
    QPushButton *m_detect;
    QTreeWidget *m_chains;
    QLabel *m_entitiesTitle;
    QLabel *m_rules;
    QTreeWidget *m_entities;
    QLabel *m_flagsTitle;
    QTreeWidget *m_flags;
    QLabel *m_marks;
    QLabel *m_timelineTitle;
    OverviewTimelineChart *m_timeline;
    QGridLayout *m_grid = nullptr;
    QList<QWidget *> m_sections; // chains, blocked, flags, marks, timeline
    int m_columns = 0;
};

} // namespace caravan
