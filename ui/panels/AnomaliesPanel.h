#pragma once

#include "models/analysis/MirrorComparison.h"
#include "models/tasks/TaskResult.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTableWidget;
class QSortFilterProxyModel;

namespace caravan {

class AnomalyTableModel;
class Task;
class CaseFile;
class ChartPlot;

// The "Anomalies" tab (issue 20): mirror gaps, surges and hubs' re-export balance ranked from the case's trade
// statistics, filtered by country, HS code and period; for the anomaly chosen, its monthly mirror chart with the
// sanctions packages marked, and the case's companies that carry the flow with their share, red flags and verdicts.
// The comparison runs off the GUI thread with progress and Cancel. The CIF/FOB margin and the reporting lag are
// the case's own settings (the command line reads them too): changing one stores it and compares again.
class AnomaliesPanel : public QWidget {
    Q_OBJECT
public:
    explicit AnomaliesPanel(QWidget *parent = nullptr);
    ~AnomaliesPanel() override;

    // The case to compare (not owned); nullptr clears the panel. The comparison runs when the tab is shown.
    // The margin and the lag are read from the case, and stored in it when changed here (not in a read-only case).
    void setCase(CaseFile *file);
    // Compares again with the filters set.
    void refresh();
    void cancel();
    bool isComputing() const { return m_task != nullptr; }
    // Blocks until the comparison is done; for tests.
    void waitForComputation();
    MirrorSettings settings() const;
    // Shows the flow of this row (and its chart and companies).
    void selectRow(int row);

    // For tests and screenshots.
    QTableView *table() const { return m_table; }
    QTableWidget *partiesTable() const { return m_parties; }
    AnomalyTableModel *model() const { return m_model; }
    ChartPlot *plot() const { return m_plot; }
    QLineEdit *countryFilter() const { return m_country; }
    QLineEdit *hsFilter() const { return m_hs; }
    QLineEdit *fromFilter() const { return m_from; }
    QLineEdit *toFilter() const { return m_to; }
    QDoubleSpinBox *marginBox() const { return m_margin; }
    QSpinBox *lagBox() const { return m_lag; }
    QCheckBox *flaggedOnlyBox() const { return m_flaggedOnly; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *tradeGraphButton() const { return m_graphButton; }
    QPushButton *mapButton() const { return m_mapButton; }
    QPushButton *chainsButton() const { return m_chainsButton; }
    const MirrorFlow *currentFlow() const;

Q_SIGNALS:
    void taskStarted(caravan::Task *task);
    void computationFinished(bool ok);
    void chartReady();
    // One click on a company under the anomaly: show it in the Inspector and the Verdict dock.
    void entityActivated(const QString &extId);
    // Show the companies of the anomaly on the trade graph.
    void tradeGraphRequested(const QStringList &extIds);
    // Show the trade of these goods (an HS code or prefix; empty: all goods) on the map.
    void mapRequested(const QString &hs);
    // List the detected chains of these goods (an HS code or prefix).
    void chainsRequested(const QString &hs);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showFlow(const MirrorFlow *flow);
    void computeChart(const MirrorFlow &flow);
    void finished(TaskResult<MirrorResult> compared);
    // The margin or the lag changed: store it in the case and compare again (after a running comparison stops).
    void storedSettingChanged();

    CaseFile *m_file = nullptr;
    bool m_stale = false;
    bool m_rerun = false; // compare again when the running comparison ends
    QLineEdit *m_country;
    QLineEdit *m_hs;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_level;
    QComboBox *m_period;
    QDoubleSpinBox *m_margin;
    QSpinBox *m_lag;
    QCheckBox *m_flaggedOnly;
    QPushButton *m_compute;
    QPushButton *m_cancel;
    QProgressBar *m_progress;
    QLabel *m_summary;
    AnomalyTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    ChartPlot *m_plot;
    QLabel *m_explanation;
    QTableWidget *m_parties;
    QPushButton *m_graphButton;
    QPushButton *m_mapButton;
    QPushButton *m_chainsButton;
    QPointer<Task> m_task;
    QFutureWatcher<Result<ChartData>> m_chartWatcher;
    QString m_chartFor;     // the title of the flow whose chart is wanted
    QString m_chartRunning; // the title of the flow whose chart is computing or shown
};

} // namespace caravan
