#include "ui/window/MainWindow.h"

#include "ui/panels/AnomaliesPanel.h"

#include "models/analysis/ChainDetector.h"
#include "models/demo/ScenarioGenerator.h"
#include "models/editing/CaseDocument.h"
#include "models/editing/ServerLink.h"
#include "models/itemmodels/EntityTableModel.h"
#include "models/itemmodels/MarkTableModel.h"
#include "models/itemmodels/ShipmentTableModel.h"
#include "models/itemmodels/SourceTableModel.h"
#include "models/report/ReportInputsFromCase.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/EntityDetails.h"
#include "models/storage/MarkStore.h"
#include "models/storage/RejectedRowsExport.h"
#include "models/storage/ServerReplica.h"
#include "models/tasks/RunTask.h"
#include "ui/charts/ChartPanel.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/TrainingCaseDialog.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphView.h"
#include "ui/import/ImportWizard.h"
#include "ui/map/MapView.h"
#include "ui/panels/CaseSummaryPanel.h"
#include "ui/panels/ChainsPanel.h"
#include "ui/panels/DecisionsPanel.h"
#include "ui/panels/InspectorPanel.h"
#include "ui/panels/OverviewPanel.h"
#include "ui/panels/OwnershipPanel.h"
#include "ui/panels/ReviewPanel.h"
#include "ui/panels/TablePanel.h"
#include "ui/panels/TrainingPanel.h"
#include "ui/report/ReportDialog.h"
#include "ui/window/RecentFiles.h"
#include "ui/window/StartPage.h"
#include "ui/window/TaskStatusWidget.h"
#include "ui/window/Translations.h"
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QSpinBox>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>

namespace caravan {

static QString lastDirectory();

// Bumped whenever the docks change, so that a layout saved by an older Caravan is not forced on new docks.
constexpr int kWindowStateVersion = 4;

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_recent(new RecentFiles(this)), m_stack(new QStackedWidget(this)),
      m_startPage(new StartPage(m_recent, this)), m_tabs(new QTabWidget(this)),
      m_entityModel(new EntityTableModel(this)), m_shipmentModel(new ShipmentTableModel(this)),
      m_entityPanel(new TablePanel(
          m_entityModel, tr("Entities"), [](int n) { return tr("%n entities", nullptr, n); }, this)),
      m_shipmentPanel(new TablePanel(
          m_shipmentModel, tr("Shipments"), [](int n) { return tr("%n shipments", nullptr, n); }, this)),
      m_ownershipGraph(new GraphView(GraphView::Kind::Ownership, this)),
      m_tradeGraph(new GraphView(GraphView::Kind::Trade, this)), m_summary(new CaseSummaryPanel(this)),
      m_inspector(new InspectorPanel(this)), m_summaryDock(new QDockWidget(tr("Case"), this)),
      m_inspectorDock(new QDockWidget(tr("Inspector"), this)), m_ownershipPanel(new OwnershipPanel(this)),
      m_chainsPanel(new ChainsPanel(this)), m_verdictDock(new QDockWidget(tr("Verdict"), this)),
      m_sourceModel(new SourceTableModel(this)), m_rejectedModel(new RejectedRowTableModel(this)),
      m_auditModel(new AuditLogTableModel(this)),
      m_sourcePanel(new TablePanel(
          m_sourceModel, tr("Sources"), [](int n) { return tr("%n sources", nullptr, n); }, this)),
      m_rejectedPanel(new TablePanel(
          m_rejectedModel, tr("Rejected rows"), [](int n) { return tr("%n rejected rows", nullptr, n); }, this)),
      m_auditPanel(new TablePanel(
          m_auditModel, tr("Audit log"), [](int n) { return tr("%n changes", nullptr, n); }, this)),
      m_markModel(new MarkTableModel(this)),
      m_markPanel(new TablePanel(
          m_markModel, tr("Marks"), [](int n) { return tr("%n marks", nullptr, n); }, this)),
      m_reviewPanel(new ReviewPanel(this)), m_decisionsPanel(new DecisionsPanel(this)),
      m_undoGroup(new QUndoGroup(this)), m_search(new QLineEdit(this)), m_searchDelay(new QTimer(this)),
      m_caseLabel(new QLabel(this)), m_countLabel(new QLabel(this)), m_taskStatus(new TaskStatusWidget(this)),
      m_chartPanel(new ChartPanel(this)), m_mapView(new MapView(this)), m_overview(new OverviewPanel(this)),
      m_anomaliesPanel(new AnomaliesPanel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/caravan.svg")));
    // Tabs are found by object name (tests, --tab), never by index: other tabs join after Chart.
    m_entityPanel->setObjectName(QStringLiteral("entitiesTab"));
    m_shipmentPanel->setObjectName(QStringLiteral("shipmentsTab"));
    m_tabs->addTab(m_overview, tr("Overview"));
    m_tabs->addTab(m_entityPanel, tr("Entities"));
    m_tabs->addTab(m_shipmentPanel, tr("Shipments"));
    m_tabs->addTab(m_ownershipGraph, tr("Ownership"));
    m_tabs->addTab(m_tradeGraph, tr("Trade"));
    m_tabs->addTab(m_chartPanel, tr("Chart"));
    m_tabs->addTab(m_mapView, tr("Map"));
    m_anomaliesPanel->setObjectName(QStringLiteral("anomaliesTab"));
    m_tabs->addTab(m_anomaliesPanel, tr("Anomalies"));
    m_tabs->setDocumentMode(true);
    m_stack->addWidget(m_startPage);
    m_stack->addWidget(m_tabs);
    setCentralWidget(m_stack);

    m_search->setPlaceholderText(tr("Search names, ids, goods… (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search everywhere"));

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &MainWindow::applySearch);
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::applySearch);

    createActions();
    createMenus();
    createDocks();

    // A long case path must not widen the window past 1366 pixels; it is cut on the right instead.
    m_caseLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_search->setMinimumWidth(200);
    statusBar()->addWidget(m_caseLabel, 1);
    m_serverLabel = new QLabel(this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    m_serverLabel->hide();
    statusBar()->addPermanentWidget(m_serverLabel);
    statusBar()->addPermanentWidget(m_taskStatus);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_startPage, &StartPage::newRequested, this, &MainWindow::chooseAndCreate);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::chooseAndOpen);
    connect(m_startPage, &StartPage::importRequested, this, &MainWindow::showImportWizard);
    connect(m_startPage, &StartPage::openPathRequested, this, [this](const QString &path) { openCase(path); });
    connect(m_recent, &RecentFiles::openRequested, this, [this](const QString &path) { openCase(path); });
    connect(m_entityPanel, &TablePanel::currentRowIdChanged, m_inspector, &InspectorPanel::showEntity);
    connect(m_entityPanel, &TablePanel::currentRowIdChanged, this, [this](qint64 rowId) {
        const int row = m_entityModel->rowOf(rowId);
        m_ownershipPanel->showEntity(row < 0 ? QString()
                                             : m_entityModel->index(row, EntityTableModel::ExtId).data().toString());
    });
    connect(m_chainsPanel, &ChainsPanel::taskStarted, m_taskStatus, &TaskStatusWidget::track);
    connect(m_chainsPanel, &ChainsPanel::chainSelected, m_mapView, &MapView::setChain);
    connect(m_mapView, &MapView::taskStarted, m_taskStatus, &TaskStatusWidget::track);
    connect(m_chainsPanel, &ChainsPanel::chainSelected, this, [this](const DetectedChain *chain) {
        if (chain)
            selectOnTradeGraph(chain->entities, false);
    });
    connect(m_chainsPanel, &ChainsPanel::taskStarted, m_overview, &OverviewPanel::chainDetectionStarted);
    connect(m_chainsPanel, &ChainsPanel::detectionFinished, this,
            [this] { m_overview->setChains(m_chainsPanel->chains()); });
    connect(m_overview, &OverviewPanel::taskStarted, m_taskStatus, &TaskStatusWidget::track);
    connect(m_overview, &OverviewPanel::chainActivated, this, &MainWindow::showChain);
    connect(m_overview, &OverviewPanel::entityActivated, this, [this](const QString &extId) {
        goToEntity(extId);
        raiseDock(QStringLiteral("verdictDock"));
    });
    connect(m_overview, &OverviewPanel::marksRequested, this, [this] { raiseDock(QStringLiteral("marksDock")); });
    connect(m_overview, &OverviewPanel::detectRequested, this, [this] { m_detectAction->trigger(); });
    connect(m_anomaliesPanel, &AnomaliesPanel::taskStarted, m_taskStatus, &TaskStatusWidget::track);
    connect(m_anomaliesPanel, &AnomaliesPanel::entityActivated, this, [this](const QString &extId) {
        goToEntity(extId);
        raiseDock(QStringLiteral("verdictDock"));
    });
    connect(m_anomaliesPanel, &AnomaliesPanel::tradeGraphRequested, this,
            [this](const QStringList &extIds) { selectOnTradeGraph(extIds, true); });
    connect(m_anomaliesPanel, &AnomaliesPanel::mapRequested, this, [this](const QString &hs) {
        m_mapView->hsFilter()->setText(hs);
        m_mapView->reload();
        m_tabs->setCurrentWidget(m_mapView);
    });
    connect(m_anomaliesPanel, &AnomaliesPanel::chainsRequested, this, [this](const QString &hs) {
        raiseDock(QStringLiteral("chainsDock"));
        m_chainsPanel->filter()->setText(hs);
    });
    connect(m_chainsPanel, &ChainsPanel::chartRequested, this, [this](const QStringList &extIds) {
        m_tabs->setCurrentWidget(m_chartPanel);
        m_chartPanel->showEntity(extIds.first());
    });
    connect(m_ownershipPanel, &OwnershipPanel::ownershipViewRequested, this, &MainWindow::showOwnershipOf);
    connect(m_ownershipPanel, &OwnershipPanel::listRulesRequested, this, &MainWindow::editListRules);
    connect(m_ownershipPanel, &OwnershipPanel::analysisReady, this, [this] {
        m_entityModel->setOwnershipStatuses(m_ownershipPanel->statuses());
        m_overview->setAsOf(m_ownershipPanel->asOf()); // the overview's verdicts follow the Verdict dock's date
    });
    connect(m_ownershipPanel, &OwnershipPanel::entityActivated, this, [this](const QString &extId) {
        if (m_document)
            Q_EMIT m_inspector->entityActivated(findEntityByExtId(m_document->file().handle(), extId));
    });
    for (GraphView *graph : {m_ownershipGraph, m_tradeGraph}) {
        connect(graph, &GraphView::entitySelected, m_inspector, &InspectorPanel::showEntity);
        connect(graph, &GraphView::taskStarted, m_taskStatus, &TaskStatusWidget::track);
    }
    connect(m_inspector, &InspectorPanel::entityActivated, this, [this](qint64 rowId) {
        m_tabs->setCurrentWidget(m_entityPanel);
        if (m_entityModel->rowOf(rowId) < 0 && !m_search->text().isEmpty()) {
            m_search->clear();
            applySearch();
            m_entityModel->reloadNow();
        }
        m_entityPanel->selectRowId(rowId);
        m_inspector->showEntity(rowId);
    });
    connect(m_decisionsPanel, &DecisionsPanel::entityActivated, this, &MainWindow::goToEntity);
    connect(m_reviewPanel, &ReviewPanel::entityActivated, m_inspector, &InspectorPanel::entityActivated);
    connect(m_summary, &CaseSummaryPanel::sectionActivated, this, [this](CaseSummaryPanel::Section s) {
        if (s == CaseSummaryPanel::Section::Entities)
            m_tabs->setCurrentWidget(m_entityPanel);
        else if (s == CaseSummaryPanel::Section::Shipments)
            m_tabs->setCurrentWidget(m_shipmentPanel);
        TablePanel *panel = s == CaseSummaryPanel::Section::Sources        ? m_sourcePanel
                            : s == CaseSummaryPanel::Section::RejectedRows ? m_rejectedPanel
                            : s == CaseSummaryPanel::Section::AuditLog     ? m_auditPanel
                            : s == CaseSummaryPanel::Section::Marks        ? m_markPanel
                                                                           : nullptr;
        if (panel) {
            auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
            dock->show();
            dock->raise();
        }
    });

    resize(1366, 768);
    restoreWindowState();
    updateForDocument();
}

MainWindow::~MainWindow()
{
    // The panels' background work reads the case: it stops before the document goes, which as a member would
    // go before the child widgets that own that work. Hidden first: the start page it would show must not resize a
    // window that is going away.
    hide();
    closeCase();
}

void MainWindow::createActions()
{
    m_newAction = new QAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New Case…"), this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::chooseAndCreate);

    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open Case…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseAndOpen);

    m_openServerAction =
        new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("Open &Server Case…"), this);
    connect(m_openServerAction, &QAction::triggered, this, &MainWindow::chooseServerCase);

    m_saveCopyAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save a &Copy As…"), this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_encryptAction = new QAction(tr("&Encrypt Case…"), this);
    m_encryptAction->setToolTip(tr("Protect the case file with a passphrase (AES-256)"));
    connect(m_encryptAction, &QAction::triggered, this, &MainWindow::encryptCase);
    m_decryptAction = new QAction(tr("Remove Encr&yption…"), this);
    connect(m_decryptAction, &QAction::triggered, this, &MainWindow::removeEncryption);

    m_importAction = new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import…"), this);
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_importAction->setToolTip(tr("Import entities, ownership, sanctions lists or shipments into the case"));
    connect(m_importAction, &QAction::triggered, this, &MainWindow::showImportWizard);

    m_closeAction = new QAction(tr("&Close Case"), this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, &MainWindow::closeCase);

    m_quitAction = new QAction(tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_searchAction = new QAction(tr("&Search Everywhere"), this);
    m_searchAction->setShortcut(QKeySequence::Find);
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    addAction(m_searchAction);

    m_markAction = new QAction(tr("&Mark…"), this);
    m_markAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_markAction->setToolTip(tr("Mark the selected entity or shipment suspected, confirmed or dismissed"));
    connect(m_markAction, &QAction::triggered, this, &MainWindow::markCurrent);
    m_clearMarkAction = new QAction(tr("C&lear Mark"), this);
    connect(m_clearMarkAction, &QAction::triggered, this, &MainWindow::clearCurrentMark);
    for (TablePanel *panel : {m_entityPanel, m_shipmentPanel}) {
        panel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
        panel->view()->addAction(m_markAction);
        panel->view()->addAction(m_clearMarkAction);
    }
    m_showOwnershipAction = new QAction(tr("Show &Ownership"), this);
    m_showOwnershipAction->setToolTip(tr("Show the selected entity's owners and holdings on the Ownership tab"));
    connect(m_showOwnershipAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_entityPanel->view()->currentIndex();
        if (current.isValid())
            showOwnershipOf(m_entityModel->index(current.row(), EntityTableModel::ExtId).data().toString());
    });
    m_entityPanel->view()->addAction(m_showOwnershipAction);

    m_detectAction = new QAction(tr("&Detect Chains"), this);
    m_detectAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_detectAction->setToolTip(tr("Look for goods that pass through a third country to Russia or Belarus"));
    connect(m_detectAction, &QAction::triggered, this, [this] {
        qobject_cast<QDockWidget *>(m_chainsPanel->parentWidget())->show();
        qobject_cast<QDockWidget *>(m_chainsPanel->parentWidget())->raise();
        m_chainsPanel->detect();
    });
    m_listRulesAction = new QAction(tr("Sanctions &Lists and Rules…"), this);
    m_listRulesAction->setToolTip(tr("Choose which designation lists the OFAC, EU and UK rules count in this case"));
    connect(m_listRulesAction, &QAction::triggered, this, &MainWindow::editListRules);
    m_chainsPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_chainsPanel->view()->addAction(m_markAction);
    m_chainsPanel->view()->addAction(m_clearMarkAction);
    m_reportAction = new QAction(QIcon::fromTheme(QStringLiteral("document-print")), tr("&Report…"), this);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_reportAction->setToolTip(tr("Make the PDF report of this case"));
    connect(m_reportAction, &QAction::triggered, this, &MainWindow::showReportDialog);

    m_aboutAction = new QAction(tr("&About Caravan"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_newAction);
    file->addAction(m_openAction);
    file->addAction(m_openServerAction);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recent->attach(m_recentMenu);
    file->addSeparator();
    file->addAction(m_importAction);
    file->addSeparator();
    file->addAction(m_saveCopyAction);
    file->addAction(m_encryptAction);
    file->addAction(m_decryptAction);
    file->addAction(m_reportAction);
    file->addAction(m_closeAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence::Redo, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)});
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(m_markAction);
    edit->addAction(m_clearMarkAction);
    edit->addSeparator();
    edit->addAction(m_searchAction);

    menuBar()->addMenu(tr("&View"))->setObjectName(QStringLiteral("viewMenu"));

    QMenu *analyse = menuBar()->addMenu(tr("&Analyse"));
    analyse->addAction(m_detectAction);
    analyse->addAction(m_listRulesAction);

    QMenu *training = menuBar()->addMenu(tr("&Training"));
    connect(training->addAction(tr("&New Training Case…")), &QAction::triggered, this, &MainWindow::chooseTrainingCase);
    m_scoreAction = training->addAction(tr("&Score the Marks"));
    connect(m_scoreAction, &QAction::triggered, this, [this] {
        m_trainingDock->show();
        m_trainingDock->raise();
        m_trainingPanel->score();
    });
    m_revealAction = training->addAction(tr("&Reveal the Answer Key"));
    m_revealAction->setCheckable(true);
    connect(m_revealAction, &QAction::toggled, this, [this](bool on) {
        m_trainingPanel->setRevealed(on);
        if (on) {
            m_trainingDock->show();
            m_trainingDock->raise();
        }
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_openAction);
    toolbar->addAction(m_importAction);
    toolbar->addAction(m_detectAction);
    toolbar->addSeparator();
    toolbar->addWidget(m_search);
}

void MainWindow::createDocks()
{
    m_summaryDock->setObjectName(QStringLiteral("caseDock"));
    m_summaryDock->setWidget(m_summary);
    m_summary->setMinimumWidth(220);
    m_summaryDock->setAllowedAreas(Qt::LeftDockWidgetArea | Qt::RightDockWidgetArea);
    addDockWidget(Qt::LeftDockWidgetArea, m_summaryDock);

    m_inspectorDock->setObjectName(QStringLiteral("inspectorDock"));
    m_inspectorDock->setWidget(m_inspector);
    addDockWidget(Qt::RightDockWidgetArea, m_inspectorDock);
    m_verdictDock->setObjectName(QStringLiteral("verdictDock"));
    m_verdictDock->setWidget(m_ownershipPanel);
    addDockWidget(Qt::RightDockWidgetArea, m_verdictDock);
    tabifyDockWidget(m_inspectorDock, m_verdictDock);
    m_inspectorDock->raise();
    resizeDocks({m_summaryDock, m_inspectorDock}, {240, 340}, Qt::Horizontal);

    // Each panel joins the tabs as it comes: side by side, even for a moment, they would widen the window for good.
    const auto addBottomDock = [this](const QString &title, const QString &objectName, QWidget *panel) {
        QDockWidget *dock = addTableDock(title, objectName, panel);
        if (!m_bottomDocks.isEmpty())
            tabifyDockWidget(m_bottomDocks.last(), dock);
        scrollDockTabs();
        m_bottomDocks.append(dock);
        return dock;
    };
    addBottomDock(tr("Chains"), QStringLiteral("chainsDock"), m_chainsPanel);
    addBottomDock(tr("Marks"), QStringLiteral("marksDock"), m_markPanel);
    addBottomDock(tr("Sources"), QStringLiteral("sourcesDock"), m_sourcePanel);
    addBottomDock(tr("Rejected rows"), QStringLiteral("rejectedDock"), m_rejectedPanel);
    addBottomDock(tr("Audit log"), QStringLiteral("auditDock"), m_auditPanel);
    QDockWidget *review = addBottomDock(tr("Review (matches)"), QStringLiteral("reviewDock"), m_reviewPanel);
    addBottomDock(tr("Decisions"), QStringLiteral("decisionsDock"), m_decisionsPanel);
    // A review walks two entities side by side with a graph of the effect: it needs more room than a table.
    connect(review, &QDockWidget::visibilityChanged, this, [this, review](bool visible) {
        const int wanted = std::min(340, height() / 2);
        if (visible && !review->isFloating() && review->height() < wanted)
            resizeDocks({review}, {wanted}, Qt::Vertical);
    });
    m_trainingPanel = new TrainingPanel(this);
    // A strip above the tabs, on its own: a trainee sees the task and the score without giving up the Chains dock.
    m_trainingDock = new QDockWidget(tr("Training"), this);
    m_trainingDock->setObjectName(QStringLiteral("trainingDock"));
    m_trainingDock->setWidget(m_trainingPanel);
    m_trainingDock->setAllowedAreas(Qt::TopDockWidgetArea | Qt::BottomDockWidgetArea);
    addDockWidget(Qt::TopDockWidgetArea, m_trainingDock);
    connect(m_trainingPanel, &TrainingPanel::revealedChanged, this, &MainWindow::fitTrainingDock);
    m_bottomDocks[0]->raise();
    resizeDocks({m_bottomDocks[0]}, {180}, Qt::Vertical);

    auto *exportRejected = new QAction(tr("Export Rejected Rows…"), this);
    connect(exportRejected, &QAction::triggered, this, &MainWindow::exportRejectedRows);
    m_rejectedPanel->view()->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_rejectedPanel->view()->addAction(exportRejected);
    m_exportRejectedAction = exportRejected;

    QMenu *view = menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    view->addAction(m_summaryDock->toggleViewAction());
    view->addAction(m_inspectorDock->toggleViewAction());
    view->addAction(m_verdictDock->toggleViewAction());
    for (QDockWidget *dock : m_bottomDocks)
        view->addAction(dock->toggleViewAction());
    view->addAction(m_trainingDock->toggleViewAction());
    view->addSeparator();
    createLanguageMenu(view->addMenu(tr("&Language")));
}

void MainWindow::createLanguageMenu(QMenu *menu)
{
    auto *group = new QActionGroup(menu);
    const QString saved = translations::savedLanguage();
    QStringList choices{QString()};
    choices << translations::languages();
    for (const QString &language : choices) {
        QAction *action =
            menu->addAction(language.isEmpty() ? tr("System Language") : translations::nativeName(language));
        action->setCheckable(true);
        action->setChecked(language == saved);
        action->setData(language);
        group->addAction(action);
    }
    connect(group, &QActionGroup::triggered, this, [this](QAction *action) {
        translations::saveLanguage(action->data().toString());
        Dialogs::instance().showInformation(this, tr("Language"),
                                            tr("Caravan will use the new language the next time it starts."));
    });
}

QDockWidget *MainWindow::addTableDock(const QString &title, const QString &objectName, QWidget *panel)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(panel);
    dock->setAllowedAreas(Qt::BottomDockWidgetArea | Qt::TopDockWidgetArea);
    addDockWidget(Qt::BottomDockWidgetArea, dock);
    return dock;
}

QList<LazyTableModel *> MainWindow::caseModels() const
{
    return {m_entityModel, m_shipmentModel, m_sourceModel, m_rejectedModel, m_auditModel, m_markModel};
}

void MainWindow::exportRejectedRows()
{
    if (!m_document)
        return;
    const QString path =
        Dialogs::instance().saveFile(this, tr("Export rejected rows"), lastDirectory(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto written = caravan::exportRejectedRows(m_document->file().handle(), 0, path);
    if (!written)
        Dialogs::instance().showError(this, tr("Cannot export rejected rows"), written.error().message);
    else
        statusBar()->showMessage(tr("%n rejected rows written to %1", nullptr, static_cast<int>(written.value()))
                                     .arg(QDir::toNativeSeparators(path)),
                                 10000);
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray(), kWindowStateVersion);
    scrollDockTabs(); // restoring tabified docks makes new tab bars
}

void MainWindow::scrollDockTabs()
{
    // The tabs of docked panels scroll rather than widen the window (their titles are long in Kazakh).
    for (QTabBar *bar : findChildren<QTabBar *>(Qt::FindDirectChildrenOnly)) {
        bar->setUsesScrollButtons(true);
        bar->setElideMode(Qt::ElideRight);
    }
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_shownOnce)
        return;
    m_shownOnce = true;
    // Without a saved size, start at 1366x768 (or the screen, if smaller): the docks' preferred widths would
    // otherwise make the first window wider than a laptop screen.
    if (QSettings().value(QStringLiteral("window/geometry")).toByteArray().isEmpty()) {
        QSize size(1366, 768);
        if (screen())
            size = size.boundedTo(screen()->availableGeometry().size());
        resize(size);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState(kWindowStateVersion));
    closeCase();
    event->accept();
}

Result<std::unique_ptr<CaseFile>> MainWindow::openAsking(const QString &path, bool readOnly, QString passphrase)
{
    const auto mode = readOnly ? CaseFile::OpenMode::ReadOnly : CaseFile::OpenMode::ReadWrite;
    QGuiApplication::setOverrideCursor(Qt::WaitCursor); // deriving the key takes a moment
    auto opened = CaseFile::open(path, mode, passphrase);
    QGuiApplication::restoreOverrideCursor();
    while (!opened &&
           (opened.error().code == ErrorCode::NeedsPassphrase || opened.error().code == ErrorCode::WrongPassphrase)) {
        const QString problem = opened.error().code == ErrorCode::WrongPassphrase
                                    ? tr("Wrong passphrase (or the file was altered). Try again.")
                                    : QString();
        const auto asked = Dialogs::instance().enterPassphrase(
            this, tr("%1 is encrypted. Enter its passphrase to open it.").arg(QFileInfo(path).fileName()), problem);
        if (!asked)
            return makeError(ErrorCode::Cancelled, QString());
        passphrase = *asked;
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        opened = CaseFile::open(path, mode, passphrase);
        QGuiApplication::restoreOverrideCursor();
    }
    return opened;
}

bool MainWindow::openCase(const QString &path, const QString &passphrase)
{
    if (CaseAddress::isServerAddress(path))
        return openServerCase(path);
    auto opened = openAsking(path, false, passphrase);
    if (!opened && opened.error().code == ErrorCode::Cancelled)
        return false;
    // Open elsewhere, a read-only file or a folder where no lock can be written: still readable.
    if (!opened && (opened.error().code == ErrorCode::Locked || opened.error().code == ErrorCode::Io)) {
        auto readOnly = openAsking(path, true, passphrase);
        if (!readOnly && readOnly.error().code == ErrorCode::Cancelled)
            return false;
        if (readOnly) {
            Dialogs::instance().showInformation(this, tr("Opened read-only"),
                                                opened.error().message + u'\n' + tr("It is shown read-only here."));
            opened = std::move(readOnly);
        }
    }
    if (!opened) {
        Dialogs::instance().showError(this, tr("Cannot open case"), opened.error().message);
        if (opened.error().code == ErrorCode::NotFound)
            m_recent->remove(path);
        return false;
    }
    if (opened.value()->migratedFrom())
        statusBar()->showMessage(tr("Upgraded from case schema %1; the old file was kept as %2")
                                     .arg(*opened.value()->migratedFrom())
                                     .arg(opened.value()->backupPath()),
                                 15000);
    attachDocument(std::make_unique<CaseDocument>(opened.takeValue()));
    m_recent->add(path);
    return true;
}

void MainWindow::chooseServerCase()
{
    const QString address =
        Dialogs::instance().askServerAddress(this, QSettings().value(QStringLiteral("lastServerCase")).toString());
    if (address.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastServerCase"), address);
    openCase(address);
}

bool MainWindow::openServerCase(const QString &text)
{
    auto address = CaseAddress::parse(text);
    if (!address) {
        Dialogs::instance().showError(this, tr("Cannot open case"), address.error().message);
        return false;
    }
    if (m_task) {
        Dialogs::instance().showError(this, tr("Cannot open case"),
                                      tr("Wait for the running task to finish, or cancel it, then open the case."));
        return false;
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    auto link = ServerLink::open(*address);
    QGuiApplication::restoreOverrideCursor();
    // No password in PGPASSWORD or ~/.pgpass, or a wrong one: ask (it stays in memory for this case only).
    while (!link && link.error().code == ErrorCode::NeedsPassphrase) {
        const QString problem =
            address->password().isEmpty() ? QString() : tr("The server refused that password. Try again.");
        const auto asked = Dialogs::instance().enterServerPassword(
            this, tr("The server of the case %1 asks for a password.").arg(address->caseName()), problem);
        if (!asked)
            return false;
        address->setPassword(*asked);
        QGuiApplication::setOverrideCursor(Qt::WaitCursor);
        link = ServerLink::open(*address);
        QGuiApplication::restoreOverrideCursor();
    }
    if (!link) {
        Dialogs::instance().showError(this, tr("Cannot open case"), link.error().message);
        return false;
    }
    // The first time the whole case comes to this computer (its replica); later only what changed.
    auto held = std::make_shared<std::unique_ptr<ServerLink>>(link.takeValue());
    ServerReplica replica = (*held)->replica();
    showTask(runTask<ReplicaSync>(
        this, TaskKind::Other, tr("Bringing the server case %1 to this computer").arg(address->caseName()),
        [replica](Progress &progress) mutable { return replica.sync(progress); },
        [this, held, text](TaskResult<ReplicaSync> synced) {
            if (synced.isFailed())
                Dialogs::instance().showError(this, tr("Cannot open case"), synced.error().message);
            if (!synced.isDone()) {
                Q_EMIT serverCaseOpened(false);
                return;
            }
            auto file = CaseFile::open(synced.value().path, CaseFile::OpenMode::ReadOnly);
            if (!file) {
                Dialogs::instance().showError(this, tr("Cannot open case"), file.error().message);
                Q_EMIT serverCaseOpened(false);
                return;
            }
            ServerLink *server = held->get();
            server->noteSynced(synced.value().syncedAt);
            attachDocument(std::make_unique<CaseDocument>(file.takeValue(), std::move(*held)));
            connect(server, &ServerLink::synced, this, [this](const ReplicaSync &sync) {
                updateServerLabel();
                if (sync.full)
                    QTimer::singleShot(0, this, &MainWindow::reopenReplica);
            });
            connect(server, &ServerLink::syncFailed, this, [this](const QString &message) {
                statusBar()->showMessage(tr("The server case could not be brought up to date: %1").arg(message), 10000);
            });
            server->follow();
            updateServerLabel();
            m_recent->add(text);
            Q_EMIT serverCaseOpened(true);
        }));
    return true;
}

void MainWindow::reopenReplica()
{
    if (!m_document || !m_document->server())
        return;
    std::unique_ptr<ServerLink> link = m_document->takeServer();
    auto file = CaseFile::open(link->replica().path(), CaseFile::OpenMode::ReadOnly);
    if (!file) {
        Dialogs::instance().showError(this, tr("Cannot open case"), file.error().message);
        closeCase();
        return;
    }
    attachDocument(std::make_unique<CaseDocument>(file.takeValue(), std::move(link)));
}

void MainWindow::updateServerLabel()
{
    ServerLink *link = m_document ? m_document->server() : nullptr;
    m_serverLabel->setVisible(link != nullptr);
    if (!link)
        return;
    m_serverLabel->setText(tr("Server case %1 as %2 · as of %3")
                               .arg(link->address().caseName(), link->user(),
                                    QLocale().toString(link->syncedAt().toLocalTime().time(), QLocale::LongFormat)));
}

bool MainWindow::newCase(const QString &path)
{
    auto created = CaseFile::create(path);
    if (!created) {
        Dialogs::instance().showError(this, tr("Cannot create case"), created.error().message);
        return false;
    }
    attachDocument(std::make_unique<CaseDocument>(created.takeValue()));
    m_recent->add(path);
    return true;
}

void MainWindow::closeCase()
{
    if (!m_document)
        return;
    // Background work may still read the case: stop it before the file goes away.
    delete m_importWizard; // cancels and waits for a running import
    if (m_task) {
        m_task->cancel();
        m_task->waitForFinished();
    }
    m_ownershipGraph->setDocument(nullptr);
    m_tradeGraph->setDocument(nullptr);
    m_mapView->setDocument(nullptr);
    for (LazyTableModel *model : caseModels())
        model->setCase(nullptr, {});
    m_inspector->setCase(nullptr);
    m_ownershipPanel->setCase(nullptr);
    m_chainsPanel->setCase(nullptr);
    m_overview->setCase(nullptr);
    if (m_pendingChainFocus)
        disconnect(m_pendingChainFocus);
    m_trainingPanel->setCase(nullptr);
    m_entityModel->setOwnershipStatuses({});
    m_chartPanel->setCase(nullptr);
    m_anomaliesPanel->setCase(nullptr);
    m_reviewPanel->setDocument(nullptr);
    m_decisionsPanel->setDocument(nullptr);
    m_undoGroup->removeStack(m_document->undoStack());
    m_summary->clear();
    m_document.reset();
    updateForDocument();
}

void MainWindow::attachDocument(std::unique_ptr<CaseDocument> document)
{
    closeCase();
    m_document = std::move(document);
    CaseFile &file = m_document->file();
    for (LazyTableModel *model : caseModels())
        model->setCase(file.handle(), file.path());
    m_inspector->setCase(file.handle());
    m_ownershipPanel->setCase(&file);
    m_chainsPanel->setCase(&file);
    m_overview->setAsOf(m_ownershipPanel->asOf());
    m_overview->setCase(&file);
    m_trainingPanel->setCase(&file);
    {
        const QSignalBlocker block(m_revealAction);
        m_revealAction->setChecked(false);
    }
    m_ownershipGraph->setDocument(m_document.get());
    m_tradeGraph->setDocument(m_document.get());
    m_mapView->setDocument(m_document.get());
    m_chartPanel->setCase(&file);
    m_anomaliesPanel->setCase(&file);
    m_reviewPanel->setDocument(m_document.get());
    m_decisionsPanel->setDocument(m_document.get());
    connect(m_document.get(), &CaseDocument::statsChanged, this, &MainWindow::updateForDocument);
    connect(m_document.get(), &CaseDocument::marksChanged, this, [this](MarkTarget target, const QString &ref) {
        if (target == MarkTarget::Chain) {
            const auto mark = markstore::find(m_document->file(), target, ref);
            m_chainsPanel->setChainStatus(ref, mark ? markStatusName(mark->status) : QString());
            m_overview->setChainStatus(ref, mark ? markStatusName(mark->status) : QString());
        }
        m_overview->refresh(static_cast<int>(OverviewPanel::Part::Counts));
        m_entityModel->refreshRows();
        m_shipmentModel->refreshRows();
        m_markModel->reloadNow();
        m_auditModel->reloadNow();
        m_trainingPanel->score();
        if (m_tabs->currentWidget() == m_entityPanel)
            m_inspector->showEntity(m_entityPanel->currentRowId());
    });
    // A merge or unmerge changes who owns what and who trades with whom: the overview follows.
    connect(m_document.get(), &CaseDocument::decisionsChanged, this, [this] { m_overview->refresh(); });
    connect(m_document.get(), &CaseDocument::listRulesChanged, this, [this] {
        // Every verdict may differ: the dock and the audit log follow (the graphs rebuild themselves).
        m_ownershipPanel->refresh();
        m_auditModel->reloadNow();
        m_overview->refresh(static_cast<int>(OverviewPanel::Part::Ownership));
    });
    m_undoGroup->addStack(m_document->undoStack());
    m_undoGroup->setActiveStack(m_document->undoStack());
    connect(m_document.get(), &CaseDocument::contentChanged, this, [this] {
        for (LazyTableModel *model : caseModels())
            model->reloadInBackground();
        m_overview->refresh();
    });
    m_search->clear();
    for (LazyTableModel *model : caseModels())
        model->reloadOpening();
    updateForDocument();
    // Start with something in the inspector: the first entity.
    if (m_entityModel->rowCount() > 0)
        m_entityPanel->selectRowId(m_entityModel->rowIdAt(0));
    // A case opens on its overview, with the detector's chains in it.
    m_tabs->setCurrentWidget(m_overview);
    detectChainsOnce();
}

void MainWindow::fitTrainingDock()
{
    if (m_trainingDock->isFloating() || !m_trainingDock->isVisible())
        return;
    // Two lines unless the answer key shows.
    const bool revealed = m_trainingPanel->isRevealed();
    m_trainingDock->setMaximumHeight(revealed ? QWIDGETSIZE_MAX : m_trainingDock->sizeHint().height());
    if (revealed)
        resizeDocks({m_trainingDock}, {std::max(m_trainingDock->sizeHint().height(), height() / 3)}, Qt::Vertical);
}

void MainWindow::detectChainsOnce()
{
    if (!m_document || m_document->stats().shipments == 0 || m_chainsPanel->hasRun() || m_chainsPanel->isRunning())
        return;
    m_chainsPanel->detect();
}

bool MainWindow::selectTab(const QString &name)
{
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    if (isNumber) {
        if (number < 1 || number > m_tabs->count())
            return false;
        m_tabs->setCurrentIndex(number - 1);
        return true;
    }
    for (int i = 0; i < m_tabs->count(); ++i) {
        QString object = m_tabs->widget(i)->objectName();
        if (object.compare(name, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
        for (const QLatin1String suffix : {QLatin1String("Tab"), QLatin1String("Graph"), QLatin1String("Panel")})
            if (object.endsWith(suffix))
                object.chop(suffix.size());
        if (object.compare(name, Qt::CaseInsensitive) == 0) {
            m_tabs->setCurrentIndex(i);
            return true;
        }
    }
    return false;
}

void MainWindow::showChain(const QString &chainId)
{
    if (!m_document)
        return;
    raiseDock(QStringLiteral("chainsDock"));
    m_tabs->setCurrentWidget(m_tradeGraph);
    // Selecting it in the Chains dock shows its evidence and focuses the trade graph on it (chainSelected).
    if (const DetectedChain *current = m_chainsPanel->currentChain(); current && current->id == chainId)
        selectOnTradeGraph(current->entities, false);
    else
        m_chainsPanel->selectChain(chainId);
}

void MainWindow::editListRules()
{
    if (!m_document)
        return;
    sqlite3 *db = m_document->file().handle();
    auto current = ListRules::load(db);
    auto lists = current ? current->caseLists(db) : Result<QList<CaseList>>(current.error());
    if (!lists) {
        Dialogs::instance().showError(this, tr("Lists and rules"), lists.error().message);
        return;
    }
    if (lists->isEmpty()) {
        Dialogs::instance().showInformation(this, tr("Lists and rules"),
                                            tr("This case holds no designations yet: import a sanctions list first."));
        return;
    }
    const auto chosen = Dialogs::instance().editListRules(this, *lists);
    if (!chosen)
        return;
    if (const Status st = m_document->setListRules(*chosen); !st)
        Dialogs::instance().showError(this, tr("Lists and rules"), st.error().message);
}

void MainWindow::updateForDocument()
{
    const bool open = m_document != nullptr;
    m_saveCopyAction->setEnabled(open);
    const bool writable = open && !m_document->file().isReadOnly();
    const bool marking = open && m_document->isWritable();
    updateServerLabel();
    m_encryptAction->setEnabled(writable && !m_document->file().isEncrypted());
    m_decryptAction->setEnabled(writable && m_document->file().isEncrypted());
    m_reportAction->setEnabled(open);
    m_closeAction->setEnabled(open);
    m_search->setEnabled(open);
    m_summaryDock->setVisible(open);
    m_inspectorDock->setVisible(open);
    m_verdictDock->setVisible(open);
    for (QDockWidget *dock : m_bottomDocks)
        dock->setVisible(open);
    scrollDockTabs(); // showing tabified docks may make new tab bars
    m_exportRejectedAction->setEnabled(open);
    m_markAction->setEnabled(marking);
    m_importAction->setEnabled(open && !m_document->file().isReadOnly());
    m_detectAction->setEnabled(open);
    m_listRulesAction->setEnabled(open);
    const bool training = open && m_trainingPanel->isTrainingCase();
    m_trainingDock->setVisible(training);
    if (training)
        fitTrainingDock();
    m_scoreAction->setEnabled(training);
    m_revealAction->setEnabled(training);
    m_clearMarkAction->setEnabled(marking);
    if (!open) {
        setWindowTitle(tr("Caravan"));
        m_startPage->showNoCase();
        m_stack->setCurrentWidget(m_startPage);
        m_caseLabel->setText(tr("No case open"));
        m_countLabel->clear();
        return;
    }
    const CaseFile &file = m_document->file();
    const CaseStats &s = m_document->stats();
    const QString title = file.title();
    if (const ServerLink *link = m_document->server()) {
        // A server case: which case, on whose account, and whether this account may change it.
        const QString who = link->role() == CaseRole::Reader ? tr("%1, reader").arg(link->user()) : link->user();
        setWindowTitle(tr("%1 — server case %2 (%3) — Caravan").arg(title, link->address().caseName(), who));
        m_caseLabel->setText(link->address().text());
    } else {
        setWindowTitle(file.isReadOnly() ? tr("%1 [read-only] — Caravan").arg(title) : tr("%1 — Caravan").arg(title));
        m_caseLabel->setText(file.isEncrypted() ? tr("%1 (encrypted)").arg(QDir::toNativeSeparators(file.path()))
                                                : QDir::toNativeSeparators(file.path()));
    }
    const QLocale locale;
    m_countLabel->setText(tr("%1 entities · %2 links · %3 shipments · %4 designations")
                              .arg(locale.toString(s.entities), locale.toString(s.links), locale.toString(s.shipments),
                                   locale.toString(s.designations)));
    m_summary->setStats(title, s);
    if (m_document->isEmpty()) {
        m_startPage->showEmptyCase(file.path());
        m_stack->setCurrentWidget(m_startPage);
    } else {
        m_stack->setCurrentWidget(m_tabs);
    }
}

void MainWindow::showReportDialog()
{
    if (!m_document || m_task)
        return;
    // The report cites the detector's chains and the ownership verdicts as of the Verdict dock's date; both run
    // off the GUI thread first (seconds on a million shipments), then the dialog opens.
    const CaseFile *file = &m_document->file();
    const QDate asOf = m_ownershipPanel->asOf();
    showTask(runTask<ReportInputs>(
        this, TaskKind::PrepareReport, tr("Preparing the report"),
        [file, asOf](Progress &progress) { return reportInputsFromCase(*file, asOf, progress); },
        [this](TaskResult<ReportInputs> inputs) {
            if (!m_document || inputs.isCancelled())
                return;
            if (inputs.isFailed()) {
                Dialogs::instance().showError(this, tr("Cannot prepare the report"), inputs.error().message);
                return;
            }
            auto *dialog = new ReportDialog(m_document->file(), inputs.value(), this);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        }));
}

void MainWindow::showTask(Task *task)
{
    m_task = task;
    m_taskStatus->track(task);
}

static QString lastDirectory()
{
    const QString dir = QSettings().value(QStringLiteral("lastDirectory")).toString();
    return dir.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) : dir;
}

void MainWindow::chooseAndOpen()
{
    const QString path = Dialogs::instance().openCaseFile(this, lastDirectory());
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    openCase(path);
}

void MainWindow::chooseAndCreate()
{
    const QString path = Dialogs::instance().saveCaseFile(this, tr("New case"), lastDirectory());
    if (path.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("lastDirectory"), QFileInfo(path).absolutePath());
    if (QFileInfo::exists(path)) {
        Dialogs::instance().showError(this, tr("Cannot create case"),
                                      tr("%1 already exists. Open it, or choose another name.").arg(path));
        return;
    }
    newCase(path);
}

void MainWindow::saveCopy()
{
    if (!m_document || m_task)
        return;
    const QString target = Dialogs::instance().saveCaseFile(this, tr("Save a copy of the case"), lastDirectory());
    if (target.isEmpty())
        return;
    if (QFileInfo::exists(target)) {
        Dialogs::instance().showError(this, tr("Cannot save a copy"),
                                      tr("%1 already exists; choose a new name for the copy.").arg(target));
        return;
    }
    const CaseFile *file = &m_document->file();
    showTask(runTask<QString>(
        this, TaskKind::SaveCopy, tr("Saving a copy"),
        [file, target](Progress &progress) -> Result<QString> {
            if (auto st = file->saveCopyAs(target, progress); !st)
                return st.error();
            return target;
        },
        [this](TaskResult<QString> saved) {
            if (saved.isDone())
                statusBar()->showMessage(tr("Copy saved as %1").arg(QDir::toNativeSeparators(saved.value())), 10000);
            else if (saved.isFailed())
                Dialogs::instance().showError(this, tr("Cannot save a copy"), saved.error().message);
        }));
}

bool MainWindow::raiseDock(const QString &objectName)
{
    auto *dock = findChild<QDockWidget *>(objectName);
    if (!dock)
        return false;
    dock->show();
    dock->raise();
    return true;
}

void MainWindow::goToEntity(const QString &extId)
{
    if (!m_document || extId.isEmpty())
        return;
    const qint64 id = findEntityByExtId(m_document->file().handle(), extId);
    if (id > 0)
        Q_EMIT m_inspector->entityActivated(decisionstore::survivorOf(m_document->file(), id));
}

void MainWindow::encryptCase()
{
    if (!m_document || m_task || m_document->file().isReadOnly() || m_document->file().isEncrypted())
        return;
    const QString path = m_document->file().path();
    const auto passphrase = Dialogs::instance().choosePassphrase(
        this, tr("Encrypt %1 with a passphrase. The case file is then unreadable without it; Caravan asks for it "
                 "whenever the case is opened.")
                  .arg(QFileInfo(path).fileName()));
    if (!passphrase)
        return;
    closeCase();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = CaseFile::encryptFile(path, *passphrase);
    QGuiApplication::restoreOverrideCursor();
    if (!st)
        Dialogs::instance().showError(this, tr("Cannot encrypt the case"), st.error().message);
    if (openCase(path, st ? *passphrase : QString()) && st)
        statusBar()->showMessage(tr("The case is encrypted"), 10000);
}

void MainWindow::removeEncryption()
{
    if (!m_document || m_task || m_document->file().isReadOnly() || !m_document->file().isEncrypted())
        return;
    const QString path = m_document->file().path();
    QString problem;
    std::optional<QString> passphrase;
    for (;;) {
        passphrase = Dialogs::instance().enterPassphrase(
            this,
            tr("Enter the passphrase of %1 to remove its encryption. The case is then stored unencrypted.")
                .arg(QFileInfo(path).fileName()),
            problem);
        if (!passphrase)
            return;
        if (m_document->file().checkPassphrase(*passphrase))
            break;
        problem = tr("Wrong passphrase. Try again.");
    }
    closeCase();
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status st = CaseFile::decryptFile(path, *passphrase);
    QGuiApplication::restoreOverrideCursor();
    if (!st)
        Dialogs::instance().showError(this, tr("Cannot remove the encryption"), st.error().message);
    if (openCase(path, *passphrase) && st)
        statusBar()->showMessage(tr("The case is no longer encrypted"), 10000);
}

void MainWindow::selectOnTradeGraph(const QStringList &extIds, bool showTab)
{
    if (showTab)
        m_tabs->setCurrentWidget(m_tradeGraph);
    if (m_pendingChainFocus)
        disconnect(m_pendingChainFocus);
    m_tradeGraph->focusCompanies(extIds); // companies, never grouped by country: these and their partners
    // Selects, highlights and zooms to these entities (ext ids). A graph still building (or never shown) has no nodes
    // yet: focus once it is done.
    if (m_tradeGraph->isBusy()) {
        m_pendingChainFocus = connect(m_tradeGraph, &GraphView::idle, this, [this, extIds] {
            disconnect(m_pendingChainFocus);
            selectOnTradeGraph(extIds, false);
        });
        return;
    }
    GraphCanvas *canvas = m_tradeGraph->canvas();
    const graph::GraphSnapshot &snapshot = canvas->snapshot();
    std::vector<std::uint32_t> nodes;
    for (std::uint32_t i = 0; i < snapshot.nodes.size(); ++i)
        if (extIds.contains(QString::fromStdString(snapshot.nodes[i].key)))
            nodes.push_back(i);
    if (nodes.empty())
        return;
    canvas->showNodes(nodes);
    canvas->selectNodes(nodes);
    canvas->highlightNodes(nodes);
    // Zoom to the chain's parties: they fill about half the view, with the nodes around them in sight.
    const std::vector<QPointF> &positions = canvas->positions();
    QRectF bounds;
    for (const std::uint32_t v : nodes)
        if (v < positions.size())
            bounds = bounds.isNull() ? QRectF(positions[v], QSizeF(1e-6, 1e-6))
                                     : bounds.united(QRectF(positions[v], QSizeF(1e-6, 1e-6)));
    if (bounds.isNull()) {
        canvas->centreOn(nodes.front());
        return;
    }
    const QSizeF view = canvas->size();
    const double span = std::max({bounds.width(), bounds.height(), 1.0});
    const double scale = 0.5 * std::min(view.width(), view.height()) / span;
    canvas->setViewport(bounds.center(), scale);
}

void MainWindow::showOwnershipOf(const QString &extId)
{
    if (!m_document || extId.isEmpty())
        return;
    const qint64 id = findEntityByExtId(m_document->file().handle(), extId);
    if (id <= 0)
        return;
    m_tabs->setCurrentWidget(m_ownershipGraph);
    m_ownershipGraph->showOwnershipOf(id);
}

bool MainWindow::currentMarkTarget(MarkTarget *target, QString *ref, QString *label) const
{
    if (m_chainsPanel->view()->hasFocus() || m_chainsPanel->isAncestorOf(QApplication::focusWidget())) {
        const DetectedChain *chain = m_chainsPanel->currentChain();
        if (!chain)
            return false;
        *target = MarkTarget::Chain;
        *ref = chain->id;
        *label = tr("chain %1 (%2)").arg(chain->id, chain->route);
        return true;
    }
    if (m_tabs->currentWidget() == m_entityPanel) {
        const QModelIndex current = m_entityPanel->view()->currentIndex();
        if (!current.isValid())
            return false;
        *target = MarkTarget::Entity;
        *ref = m_entityModel->index(current.row(), EntityTableModel::ExtId).data().toString();
        *label = m_entityModel->index(current.row(), EntityTableModel::Name).data().toString();
        return true;
    }
    if (m_tabs->currentWidget() == m_shipmentPanel) {
        const QModelIndex current = m_shipmentPanel->view()->currentIndex();
        if (!current.isValid())
            return false;
        *target = MarkTarget::Shipment;
        *ref = m_shipmentModel->index(current.row(), ShipmentTableModel::DeclarationId).data().toString();
        *label =
            tr("shipment %1 (%2)")
                .arg(*ref, m_shipmentModel->index(current.row(), ShipmentTableModel::Description).data().toString());
        return true;
    }
    return false;
}

void MainWindow::markCurrent()
{
    MarkTarget target;
    QString ref, label;
    if (!m_document || !currentMarkTarget(&target, &ref, &label))
        return;
    const auto answer = Dialogs::instance().editMark(this, label, markstore::find(m_document->file(), target, ref));
    if (!answer)
        return;
    if (auto st = m_document->mark(target, ref, answer); !st)
        Dialogs::instance().showError(this, tr("Cannot mark"), st.error().message);
}

void MainWindow::clearCurrentMark()
{
    MarkTarget target;
    QString ref, label;
    if (!m_document || !currentMarkTarget(&target, &ref, &label))
        return;
    if (!markstore::find(m_document->file(), target, ref))
        return;
    if (auto st = m_document->mark(target, ref, std::nullopt); !st)
        Dialogs::instance().showError(this, tr("Cannot clear the mark"), st.error().message);
}

void MainWindow::showImportWizard()
{
    if (!m_document || m_document->file().isReadOnly())
        return;
    auto *wizard = new ImportWizard(m_document->file(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        if (!m_document)
            return;
        m_document->refreshStats();
        Q_EMIT m_document->contentChanged();
    });
    m_importWizard = wizard;
    wizard->open();
}

void MainWindow::chooseTrainingCase()
{
    TrainingCaseDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = Dialogs::instance().saveCaseFile(this, tr("Save the training case as"), lastDirectory());
    if (path.isEmpty())
        return;
    newTrainingCase(path, dialog.scenario(), dialog.seed(), dialog.realism());
}

void MainWindow::newTrainingCase(const QString &path, const QString &scenario, quint64 seed, demo::Realism realism)
{
    if (m_task)
        return;
    showTask(runTask<QString>(
        this, TaskKind::TrainingCase, tr("Generating the training case"),
        [path, scenario, seed, realism](Progress &progress) -> Result<QString> {
            auto created = CaseFile::create(path, QStringLiteral("Training: %1 #%2").arg(scenario).arg(seed));
            if (!created)
                return created.error();
            demo::DemoOptions options;
            options.scenario = scenario;
            options.seed = seed;
            options.realism = realism;
            auto generated = demo::ScenarioGenerator::generate(**created, options, progress);
            if (!generated)
                return generated.error();
            return path;
        },
        [this](TaskResult<QString> generated) {
            if (generated.isFailed())
                Dialogs::instance().showError(this, tr("Cannot create the training case"), generated.error().message);
            const bool opened = generated.isDone() && openCase(generated.value());
            Q_EMIT trainingCaseReady(opened);
        }));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Caravan"),
                       tr("<h3>Caravan %1</h3><p>An offline workstation for investigating sanctions "
                          "circumvention: entities, ownership, sanctions lists and shipments in one case file, "
                          "with the source of every fact kept.</p><p>Qt %2 · SQLite case files</p>")
                           .arg(QStringLiteral(CARAVAN_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::applySearch()
{
    const QString text = m_search->text();
    if (m_tabs->currentWidget() == m_shipmentPanel)
        m_shipmentModel->setSearchText(text);
    else
        m_entityModel->setSearchText(text);
}

} // namespace caravan
