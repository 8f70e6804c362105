#include "../support/TempCase.h"

#include "models/demo/ScenarioGenerator.h"
#include "models/editing/CaseDocument.h"
#include "models/itemmodels/ChainTableModel.h"
#include "models/storage/MarkStore.h"
#include "ui/charts/ChartPanel.h"
#include "ui/panels/ChainsPanel.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("the Chains dock detects the planted chains, explains them, and a dismissed chain stays dismissed")
{
    TempCase tc;
    NullProgress progress;
    demo::DemoOptions options;
    options.scenario = QStringLiteral("reexport-kz");
    options.realism = demo::Realism::Clean; // messy units and countries need branches `units` and `countries`
    REQUIRE(demo::ScenarioGenerator::generate(tc.caseFile(), options, progress).ok());
    tc.close();

    MainWindow window;
    window.show();
    REQUIRE(window.openCase(tc.path()));
    ChainsPanel *panel = window.chainsPanel();
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy finished(panel, &ChainsPanel::detectionFinished);
    panel->detect();
    REQUIRE(finished.wait(60000));
    const int found = finished.first().first().toInt();
    REQUIRE(found >= 4);
    CHECK(panel->model()->rowCount() == found);

    panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
    const DetectedChain *chain = panel->currentChain();
    REQUIRE(chain != nullptr);
    CHECK(chain->route.contains(QStringLiteral("->")));
    CHECK(panel->detailsText().contains(chain->id));
    CHECK(panel->detailsText().contains(QStringLiteral("Why this score")));
    const QString id = chain->id;

    Mark dismissed;
    dismissed.status = MarkStatus::Dismissed;
    dismissed.note = QStringLiteral("Spare parts for a Kazakh mine; documented end use");
    REQUIRE(window.document()->mark(MarkTarget::Chain, id, dismissed).ok());
    CHECK(panel->model()->index(panel->model()->rowOf(id), ChainTableModel::Status).data().toString() ==
          QStringLiteral("dismissed"));

    finished.clear();
    panel->detect();
    REQUIRE(finished.wait(60000));
    CHECK(panel->model()->rowOf(id) < 0); // dismissed chains stay out of the list
    CHECK(panel->model()->rowCount() == found - 1);

    const QString dir = qEnvironmentVariable("CARAVAN_SCREENSHOTS");
    if (!dir.isEmpty()) {
        panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
        window.resize(1600, 1000);
        window.grab().save(QDir(dir).filePath(QStringLiteral("chains.png")));
    }
}

TEST_CASE("Chart the parties shows the selected chain's intermediary on the Chart tab")
{
    TempCase tc;
    NullProgress progress;
    demo::DemoOptions options;
    options.scenario = QStringLiteral("reexport-kz");
    options.realism = demo::Realism::Clean; // messy units and countries need branches `units` and `countries`
    REQUIRE(demo::ScenarioGenerator::generate(tc.caseFile(), options, progress).ok());
    tc.close();

    MainWindow window;
    window.show();
    REQUIRE(window.openCase(tc.path()));
    ChainsPanel *panel = window.chainsPanel();
    CHECK_FALSE(panel->chartButton()->isEnabled());
    QSignalSpy finished(panel, &ChainsPanel::detectionFinished);
    panel->detect();
    REQUIRE(finished.wait(60000));
    panel->view()->setCurrentIndex(panel->view()->model()->index(0, 0));
    const DetectedChain *chain = panel->currentChain();
    REQUIRE(chain != nullptr);
    REQUIRE(chain->entities.size() >= 3);
    const QStringList middle = ChainsPanel::intermediaries(*chain);
    REQUIRE(!middle.isEmpty());
    CHECK(middle.first() == chain->entities.at(1));
    CHECK_FALSE(middle.contains(chain->entities.first()));
    CHECK_FALSE(middle.contains(chain->entities.last()));

    QSignalSpy requested(panel, &ChainsPanel::chartRequested);
    QSignalSpy ready(window.chartPanel(), &ChartPanel::chartReady);
    REQUIRE(panel->chartButton()->isEnabled());
    panel->chartButton()->click();
    REQUIRE(requested.count() == 1);
    CHECK(requested.first().first().toStringList() == middle);
    CHECK(window.tabs()->currentWidget() == window.chartPanel());
    CHECK(window.chartPanel()->request().kind == ChartRequest::Kind::Counterparties);
    CHECK(window.chartPanel()->request().entity == middle.first());
    REQUIRE((ready.count() > 0 || ready.wait(60000)));

    const QString dir = qEnvironmentVariable("CARAVAN_SCREENSHOTS");
    if (!dir.isEmpty()) {
        window.resize(1600, 1000);
        window.grab().save(QDir(dir).filePath(QStringLiteral("chain-parties-chart.png")));
    }
}
