#pragma once

#include <QPointer>
#include <QWidget>

#include "models/analysis/ChainDetector.h"
#include "models/tasks/Task.h"
#include "models/tasks/TaskResult.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTextBrowser;
class QLineEdit;

namespace caravan {

class CaseFile;
class ChainTableModel;
class ExcludedShipmentsDialog;

// The Chains dock: runs the re-export chain detector off the GUI thread with the case's settings, lists the
// proposed chains (score, route such as DE -> KZ -> RU, HS code and CHPL tier, dates, quantities, flags,
// mark), filters them, and shows the evidence behind the selected one.
class ChainsPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChainsPanel(QWidget *parent = nullptr);
    ~ChainsPanel() override;

    void setCase(CaseFile *file);
    void detect();
    bool isRunning() const { return m_task != nullptr; }
    // Whether a detection run finished on this case (its chains are listed).
    bool hasRun() const { return m_hasRun; }
    // The chains of the last run, as the detector ranked them.
    std::vector<DetectedChain> chains() const;
    // Makes the chain with this id the current one (its evidence shows); false when the last run has no such chain.
    bool selectChain(const QString &chainId);
    ChainTableModel *model() const { return m_model; }
    // The text the list is filtered by (route, HS code, flag, country...).
    QLineEdit *filter() const { return m_filter; }
    QTableView *view() const { return m_view; }
    // The chain under the cursor, or nullptr.
    const DetectedChain *currentChain() const;
    void setChainStatus(const QString &chainId, const QString &status);
    QString detailsText() const;
    // The intermediaries of a chain (its entities between the supplier and the final importers).
    static QStringList intermediaries(const DetectedChain &chain);
    // Asks for the trade chart of the selected chain's intermediary (what "Chart the parties" does).
    void chartParties();
    QPushButton *chartButton() const { return m_chartButton; }
    // The one line that says which shipments the last run could not use, and the button that lists them.
    QLabel *excludedLabel() const { return m_excluded; }
    QPushButton *excludedButton() const { return m_listExcluded; }
    // Opens (or raises) the list of the shipments the last run could not use; nullptr when there are none.
    ExcludedShipmentsDialog *showExcluded();

Q_SIGNALS:
    void detectionFinished(int chains);
    // The selected chain changed (nullptr: none): its parties and shipments can be shown elsewhere.
    void chainSelected(const caravan::DetectedChain *chain);
    void taskStarted(caravan::Task *task);
    // "Chart the parties": show the trade chart of these entities (ext ids; the intermediaries first).
    void chartRequested(const QStringList &extIds);

private:
    void showDetails(const DetectedChain *chain);
    void detectionDone(TaskResult<ChainRun> detected);
    CaseFile *m_file = nullptr;
    ChainTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_view;
    QTextBrowser *m_details;
    QLabel *m_summary;
    QLineEdit *m_filter;
    QPushButton *m_chartButton;
    QLabel *m_excluded;
    QPushButton *m_listExcluded;
    ChainExclusions m_exclusions; // of the last run
    QPointer<ExcludedShipmentsDialog> m_excludedDialog;
    QPointer<Task> m_task;
    bool m_hasRun = false;
};

} // namespace caravan
