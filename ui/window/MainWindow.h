#pragma once

#include <QMainWindow>
#include <QPointer>

#include "models/demo/DemoRealism.h"
#include "models/domain/Mark.h"
#include "ui/import/ImportWizard.h"

#include <memory>

class QAction;
class QDockWidget;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTabWidget;
class QTimer;
class QUndoGroup;

namespace caravan {

class Task;
class AnomaliesPanel;
class CaseDocument;
class CaseSummaryPanel;
class ChainsPanel;
class ChartPanel;
class DecisionsPanel;
class EntityTableModel;
class GraphView;
class InspectorPanel;
class OwnershipPanel;
class OverviewPanel;
class LazyTableModel;
class MapView;
class RecentFiles;
class ShipmentTableModel;
class StartPage;
class TablePanel;
class TrainingPanel;
class ReviewPanel;
class TaskStatusWidget;

// The workstation window: case dock on the left, tables in the middle, inspector on the right,
// background tasks in the status bar. Owns the open CaseDocument.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a case; on failure shows why and keeps what was open. Returns success. An encrypted case is
    // opened with `passphrase`, else the window asks for it (again after a wrong one; Cancel gives up).
    // A server case's address (postgresql://...?case=NAME) opens the case's local replica once a background task has
    // brought it up to date (serverCaseOpened follows); the password comes from libpq's usual places or is asked for.
    bool openCase(const QString &path, const QString &passphrase = {});
    // File > Open Server Case… (public for tests).
    void chooseServerCase();
    // File > Encrypt Case… and Remove Encryption… (public for tests).
    void encryptCase();
    void removeEncryption();
    bool newCase(const QString &path);
    void closeCase();
    CaseDocument *document() const { return m_document.get(); }

    // For tests and screenshots.
    TablePanel *entityPanel() const { return m_entityPanel; }
    TablePanel *shipmentPanel() const { return m_shipmentPanel; }
    InspectorPanel *inspector() const { return m_inspector; }
    OwnershipPanel *ownershipPanel() const { return m_ownershipPanel; }
    TrainingPanel *trainingPanel() const { return m_trainingPanel; }
    // Generates a training case at `path` off the GUI thread and opens it; trainingCaseReady follows. Messy data
    // reads as real extracts do; clean data spells everything one way.
    void newTrainingCase(const QString &path, const QString &scenario, quint64 seed,
                         demo::Realism realism = demo::Realism::Messy);
    ChainsPanel *chainsPanel() const { return m_chainsPanel; }
    QLineEdit *searchField() const { return m_search; }
    QTabWidget *tabs() const { return m_tabs; }
    TablePanel *sourcePanel() const { return m_sourcePanel; }
    TablePanel *rejectedPanel() const { return m_rejectedPanel; }
    TablePanel *auditPanel() const { return m_auditPanel; }
    TablePanel *markPanel() const { return m_markPanel; }
    ChartPanel *chartPanel() const { return m_chartPanel; }
    MapView *mapView() const { return m_mapView; }
    OverviewPanel *overviewPanel() const { return m_overview; }
    // Shows the tab with this object name ("overviewTab", "tradeGraph"...), its short name ("overview", "trade",
    // "chart", "entities"...) or its number from 1; false when there is none.
    bool selectTab(const QString &name);
    // Shows a detected chain: its parties selected and centred on the Trade tab, its evidence in the Chains dock.
    void showChain(const QString &chainId);
    AnomaliesPanel *anomaliesPanel() const { return m_anomaliesPanel; }
    QAction *reportAction() const { return m_reportAction; }
    ReviewPanel *reviewPanel() const { return m_reviewPanel; }
    DecisionsPanel *decisionsPanel() const { return m_decisionsPanel; }
    // Shows and raises the dock with this object name (e.g. "reviewDock"); false when there is none.
    bool raiseDock(const QString &objectName);
    // Selects the entity with this cited id (or the entity it was merged into) in the Entities table.
    void goToEntity(const QString &extId);
    QAction *markAction() const { return m_markAction; }
    QAction *importAction() const { return m_importAction; }
    ImportWizard *importWizard() const { return m_importWizard; }
    QAction *clearMarkAction() const { return m_clearMarkAction; }
    GraphView *ownershipGraph() const { return m_ownershipGraph; }
    GraphView *tradeGraph() const { return m_tradeGraph; }
    // Switches to the Ownership tab focused on the entity (cited id): its owners up and its holdings down.
    void showOwnershipOf(const QString &extId);
    // Selects, highlights and zooms to these entities (cited ids) on the trade graph, once it is built when it is
    // still building; with showTab, switches to the Trade tab.
    void selectOnTradeGraph(const QStringList &extIds, bool showTab);
    QAction *showOwnershipAction() const { return m_showOwnershipAction; }

Q_SIGNALS:
    void trainingCaseReady(bool ok);
    // A server case opened (or failed to: ok false).
    void serverCaseOpened(bool ok);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenus();
    void createDocks();
    void createLanguageMenu(QMenu *menu);
    QDockWidget *addTableDock(const QString &title, const QString &objectName, QWidget *panel);
    void exportRejectedRows();
    // The entity or shipment under the cursor in the table showing: its kind, cited id and a readable name.
    bool currentMarkTarget(MarkTarget *target, QString *ref, QString *label) const;
    void markCurrent();
    // Opens the editor of which designation lists each ownership rule counts.
    void editListRules();
    void clearCurrentMark();
    QList<LazyTableModel *> caseModels() const;
    void restoreWindowState();
    void scrollDockTabs();
    void attachDocument(std::unique_ptr<CaseDocument> document);
    void updateForDocument();
    void chooseAndOpen();
    void chooseAndCreate();
    void saveCopy();
    bool openServerCase(const QString &address);
    // After a sync copied the whole server case again (the case was made anew under its name): the window opens the
    // new replica with the same link.
    void reopenReplica();
    // The status bar's line on a server case: whose account, and as of when the window shows the case.
    void updateServerLabel();
    // Makes task the window's running task, shown in the status bar.
    void showTask(Task *task);
    // CaseFile::open, asking for the passphrase while the case is encrypted and none fits.
    Result<std::unique_ptr<CaseFile>> openAsking(const QString &path, bool readOnly, QString passphrase);
    void showAbout();
    void showImportWizard();
    void chooseTrainingCase();
    void showReportDialog();
    void applySearch();
    // Runs the chain detector when the case has shipments and it has not run on this case yet.
    void detectChainsOnce();
    // In a training case the Training dock is a strip above the tabs; revealing the answer key gives it room.
    void fitTrainingDock();

    std::unique_ptr<CaseDocument> m_document;
    RecentFiles *m_recent;
    QStackedWidget *m_stack;
    StartPage *m_startPage;
    QTabWidget *m_tabs;
    EntityTableModel *m_entityModel;
    ShipmentTableModel *m_shipmentModel;
    TablePanel *m_entityPanel;
    TablePanel *m_shipmentPanel;
    GraphView *m_ownershipGraph;
    GraphView *m_tradeGraph;
    CaseSummaryPanel *m_summary;
    InspectorPanel *m_inspector;
    QDockWidget *m_summaryDock;
    QDockWidget *m_inspectorDock;
    OwnershipPanel *m_ownershipPanel;
    ChainsPanel *m_chainsPanel;
    QDockWidget *m_verdictDock;
    LazyTableModel *m_sourceModel;
    LazyTableModel *m_rejectedModel;
    LazyTableModel *m_auditModel;
    TablePanel *m_sourcePanel;
    TablePanel *m_rejectedPanel;
    TablePanel *m_auditPanel;
    LazyTableModel *m_markModel;
    TablePanel *m_markPanel;
    ReviewPanel *m_reviewPanel;
    DecisionsPanel *m_decisionsPanel;
    QUndoGroup *m_undoGroup;
    TrainingPanel *m_trainingPanel = nullptr;
    QDockWidget *m_trainingDock = nullptr;
    QList<QDockWidget *> m_bottomDocks;
    QLineEdit *m_search;
    QTimer *m_searchDelay;
    QLabel *m_caseLabel;
    QLabel *m_countLabel;
    QLabel *m_serverLabel = nullptr;
    TaskStatusWidget *m_taskStatus;
    QPointer<Task> m_task; // the window's own task (report, copy, training case); one at a time
    bool m_shownOnce = false;
    QPointer<ImportWizard> m_importWizard;
    ChartPanel *m_chartPanel;
    MapView *m_mapView;
    OverviewPanel *m_overview;
    QMetaObject::Connection m_pendingChainFocus;
    AnomaliesPanel *m_anomaliesPanel;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_openServerAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_encryptAction = nullptr;
    QAction *m_decryptAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_exportRejectedAction = nullptr;
    QAction *m_showOwnershipAction = nullptr;
    QAction *m_markAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_detectAction = nullptr;
    QAction *m_listRulesAction = nullptr;
    QAction *m_scoreAction = nullptr;
    QAction *m_revealAction = nullptr;
    QAction *m_clearMarkAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace caravan
