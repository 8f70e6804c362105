#pragma once

#include "models/analysis/TradeCharts.h"

#include <QFutureWatcher>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace caravan {

class CaseFile;
class ChartPlot;

// The "Chart" tab: chooses a chart (shipments by month split by HS code, CHPL tier, country pair or entity;
// trade statistics; mirror statistics; an entity's counterparties or timeline), computes its figures off
// the GUI thread on a connection of its own, shows it interactively and exports it as PNG, SVG or PDF.
class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(QWidget *parent = nullptr);
    ~ChartPanel() override;

    // The case to chart (not owned); nullptr clears the panel.
    void setCase(const CaseFile *file);
    // Sets the controls to `request` and computes the chart.
    void setRequest(const ChartRequest &request);
    ChartRequest request() const;
    // Shows the counterparties of an entity (cited id).
    void showEntity(const QString &extId);
    void refresh();
    // Writes the chart showing; the format follows the suffix (.png, .svg, .pdf).
    bool exportTo(const QString &path) const;

    ChartPlot *plot() const { return m_plot; }
    // True from a request until its chart is shown (or its error).
    bool isComputing() const { return m_computing; }

Q_SIGNALS:
    void chartReady();
    void chartFailed(const QString &message);

private:
    void updateControls();
    void chooseExport();
    void computed();

    const CaseFile *m_file = nullptr;
    QComboBox *m_kind;
    QComboBox *m_group;
    QComboBox *m_measure;
    QComboBox *m_tier;
    QComboBox *m_flow;
    QLineEdit *m_hs;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLineEdit *m_entity;
    QCheckBox *m_leaveOutOutliers;
    QCheckBox *m_logScale;
    bool m_scaleChosen = false; // the user ticked or unticked Log scale: no automatic scale any more
    bool m_autoLog = false;     // the Log scale box shows what the figures chose, not what the user asked
    QPushButton *m_show;
    QPushButton *m_export;
    ChartPlot *m_plot;
    QLabel *m_note;
    QFutureWatcher<Result<ChartData>> m_watcher;
    bool m_pending = false;
    bool m_computing = false;
};

} // namespace caravan
