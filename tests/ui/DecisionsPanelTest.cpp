#include "../support/DecisionCases.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/editing/CaseDocument.h"
#include "models/itemmodels/DecisionTableModel.h"
#include "models/itemmodels/MatchCandidateModel.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/EntityDetails.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/panels/DecisionsPanel.h"
#include "ui/panels/InspectorPanel.h"
#include "ui/panels/ReviewPanel.h"
#include "ui/panels/TablePanel.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

std::unique_ptr<CaseFile> plantedCase(TempCase &tc)
{
    plantBlockingDuplicate(tc.caseFile());
    plantBlockingScreening(tc.caseFile());
    tc.close();
    return CaseFile::open(tc.path()).takeValue();
}

MatchDecision mergeDecision()
{
    MatchDecision d;
    d.kind = MatchKind::Duplicate;
    d.aRef = QStringLiteral("kz-1");
    d.bRef = QStringLiteral("ftm-2");
    d.verdict = MatchVerdict::Accepted;
    d.score = 0.95;
    d.note = QStringLiteral("same BIN 990440001234");
    return d;
}

// Searches candidates of a kind and waits until the effect of the first one is shown.
void findAndPreview(ReviewPanel &panel, MatchKind kind)
{
    panel.setKind(kind);
    QSignalSpy finished(&panel, &ReviewPanel::searchFinished);
    QSignalSpy effect(&panel, &ReviewPanel::effectReady);
    panel.findCandidates();
    REQUIRE(finished.wait(60000));
    REQUIRE(finished.first().at(0).toBool());
    while (panel.isPreviewing() || effect.isEmpty())
        REQUIRE(effect.wait(60000));
}

} // namespace

TEST_CASE("the decisions list shows a decision after decide(), filters, sorts, withdraws (unmerges) and goes to "
          "the entity")
{
    TempCase tc;
    CaseDocument doc(plantedCase(tc));
    DecisionsPanel panel;
    QAbstractItemModelTester tester(panel.model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QAbstractItemModelTester proxyTester(panel.proxy(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    panel.setDocument(&doc);
    panel.resize(1300, 220);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    CHECK(panel.proxy()->rowCount() == 0);

    REQUIRE(doc.decide(mergeDecision()));
    MatchDecision screening;
    screening.kind = MatchKind::Screening;
    screening.aRef = QStringLiteral("kz-10");
    screening.bRef = QStringLiteral("ofac-88");
    screening.verdict = MatchVerdict::Rejected;
    screening.score = 0.74;
    REQUIRE(doc.decide(screening));
    REQUIRE(panel.proxy()->rowCount() == 2);
    screenshot(panel, QStringLiteral("decisions-panel.png"));

    // Sorted by score, highest first: the merge.
    panel.view()->sortByColumn(DecisionTableModel::Score, Qt::DescendingOrder);
    const auto shown = [&panel](int row, int column) { return panel.proxy()->index(row, column).data().toString(); };
    CHECK(shown(0, DecisionTableModel::A) == QStringLiteral("ALFA TRANZIT LLP (kz-1)"));
    CHECK(shown(0, DecisionTableModel::Verdict) == QStringLiteral("accepted (merged)"));
    CHECK(shown(1, DecisionTableModel::Kind) == QStringLiteral("screening match"));

    // Any text filters: a name, a kind.
    panel.filter()->setText(QStringLiteral("бета"));
    REQUIRE(panel.proxy()->rowCount() == 1);
    CHECK(shown(0, DecisionTableModel::Verdict) == QStringLiteral("rejected"));
    panel.filter()->clear();
    QTest::keyClicks(panel.filter(), QStringLiteral("duplicate"));
    REQUIRE(panel.proxy()->rowCount() == 1);
    panel.filter()->clear();
    REQUIRE(panel.proxy()->rowCount() == 2);

    // Double-click on the absorbed side goes to that entity.
    QSignalSpy activated(&panel, &DecisionsPanel::entityActivated);
    const QModelIndex b = panel.proxy()->index(0, DecisionTableModel::B);
    const QPoint at = panel.view()->visualRect(b).center();
    QTest::mouseClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
    QTest::mouseDClick(panel.view()->viewport(), Qt::LeftButton, {}, at);
    REQUIRE(activated.size() == 1);
    CHECK(activated.first().first().toString() == QStringLiteral("ftm-2"));

    // Withdraw the merge: the entities come apart and the list follows; Ctrl+Z brings it back.
    sqlite3 *db = doc.file().handle();
    const qint64 absorbed = findEntityByExtId(db, QStringLiteral("ftm-2"));
    REQUIRE(decisionstore::survivorOf(doc.file(), absorbed) == findEntityByExtId(db, QStringLiteral("kz-1")));
    panel.view()->setCurrentIndex(panel.proxy()->index(0, 0));
    REQUIRE(panel.withdrawCurrent());
    CHECK(decisionstore::survivorOf(doc.file(), absorbed) == absorbed);
    REQUIRE(panel.proxy()->rowCount() == 1);
    CHECK(shown(0, DecisionTableModel::Kind) == QStringLiteral("screening match"));
    doc.undoStack()->undo();
    CHECK(panel.proxy()->rowCount() == 2);
    CHECK(decisionstore::survivorOf(doc.file(), absorbed) != absorbed);

    panel.setDocument(nullptr);
    CHECK(panel.proxy()->rowCount() == 0);
}

TEST_CASE("the review panel shows what merging a planted duplicate would change, on a graph and in words")
{
    TempCase tc;
    CaseDocument doc(plantedCase(tc));
    ReviewPanel panel;
    panel.setDocument(&doc);
    panel.resize(1366, 340);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    findAndPreview(panel, MatchKind::Duplicate);
    const CaseMatch *m = panel.model()->candidateAt(panel.currentRow());
    REQUIRE(m);
    REQUIRE(QStringList({m->aRef, m->bRef}).contains(QStringLiteral("ftm-2")));

    const QString text = panel.effectText();
    INFO(text.toStdString());
    const QString survivorName =
        m->aRef == QStringLiteral("kz-1") ? QStringLiteral("ALFA TRANZIT LLP") : QStringLiteral("ТОО «Альфа Транзит»");
    CHECK(text.startsWith(QStringLiteral("Merging adds")));
    CHECK(text.contains(QStringLiteral(" to %1.").arg(survivorName)));
    CHECK(text.contains(QStringLiteral("It becomes blocked under the OFAC 50% rule")));
    CHECK(text.contains(QStringLiteral("Alfa Service LLP")));
    if (m->aRef == QStringLiteral("kz-1")) {
        CHECK(text.contains(QStringLiteral("3 owners")));
        CHECK(text.contains(QStringLiteral("12 shipments")));
    }
    // The graph: the pair selected, what the survivor gains highlighted.
    const GraphCanvas *graph = panel.effectGraph();
    CHECK(graph->nodeCount() == 7);
    CHECK(graph->selection().size() == 2);
    CHECK(graph->state().hasHighlight);
    screenshot(panel, QStringLiteral("review-effect-duplicate.png"));

    // Accepting merges; the effect then says it is in the case.
    QSignalSpy effect(&panel, &ReviewPanel::effectReady);
    REQUIRE(panel.acceptCurrent());
    panel.setCurrentRow(panel.model()->rowOf(m->kind, m->aRef, m->bRef));
    while (panel.isPreviewing() || effect.isEmpty())
        REQUIRE(effect.wait(60000));
    CHECK(panel.effectText().startsWith(QStringLiteral("Accepted:")));
}

TEST_CASE("the review panel shows which holdings a screening match would block")
{
    TempCase tc;
    CaseDocument doc(plantedCase(tc));
    ReviewPanel panel;
    panel.setDocument(&doc);
    panel.resize(1366, 340);
    panel.show();
    REQUIRE(QTest::qWaitForWindowExposed(&panel));
    findAndPreview(panel, MatchKind::Screening);
    const int row = panel.model()->rowOf(MatchKind::Screening, QStringLiteral("kz-10"), QStringLiteral("ofac-88"));
    REQUIRE(row >= 0);
    if (panel.currentRow() != row) {
        QSignalSpy effect(&panel, &ReviewPanel::effectReady);
        panel.setCurrentRow(row);
        while (panel.isPreviewing() || effect.isEmpty())
            REQUIRE(effect.wait(60000));
    }
    const QString text = panel.effectText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Accepting the match designates ТОО «Бета Логистик»: OFAC SDN")));
    CHECK(text.contains(QStringLiteral("become blocked under the OFAC 50% rule: Beta Cargo LLP")));
    screenshot(panel, QStringLiteral("review-effect-screening.png"));
}

TEST_CASE("the main window has a Decisions dock in the View menu that lists decisions and goes to the entity")
{
    TempCase tc;
    plantBlockingDuplicate(tc.caseFile());
    tc.close();
    MainWindow window;
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("decisionsDock"));
    REQUIRE(dock);
    CHECK(dock->widget() == window.decisionsPanel());
    auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
    REQUIRE(view);
    CHECK(view->actions().contains(dock->toggleViewAction()));

    window.show();
    window.resize(1366, 768);
    REQUIRE(window.openCase(tc.path()));
    REQUIRE(window.raiseDock(QStringLiteral("reviewDock")));
    findAndPreview(*window.reviewPanel(), MatchKind::Duplicate);
    QApplication::processEvents();
    screenshot(window, QStringLiteral("window-review-effect.png"));
    REQUIRE(window.reviewPanel()->acceptCurrent());
    DecisionsPanel *decisions = window.decisionsPanel();
    REQUIRE(decisions->proxy()->rowCount() == 1);
    REQUIRE(window.raiseDock(QStringLiteral("decisionsDock")));
    QApplication::processEvents();
    screenshot(window, QStringLiteral("window-decisions.png"));

    // Going to the absorbed entity shows its survivor.
    Q_EMIT decisions->entityActivated(QStringLiteral("ftm-2"));
    const qint64 survivor = window.entityPanel()->currentRowId();
    const CaseMatch *m = window.reviewPanel()->model()->candidateAt(0);
    REQUIRE(m);
    CHECK(survivor == findEntityByExtId(window.document()->file().handle(), m->aRef));
}
