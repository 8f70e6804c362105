#include "../support/CaseBuilder.h"
#include "../support/PdfText.h"
#include "../support/TempCase.h"

#include "models/demo/ScenarioGenerator.h"
#include "models/editing/CaseDocument.h"
#include "models/geo/RouteLeg.h"
#include "models/storage/MarkStore.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphView.h"
#include "ui/map/MapView.h"
#include "ui/panels/ChainsPanel.h"
#include "ui/panels/InspectorPanel.h"
#include "ui/panels/OverviewPanel.h"
#include "ui/panels/OwnershipPanel.h"
#include "ui/panels/TablePanel.h"
#include "ui/report/ReportDialog.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Answers the mark dialog with the investigator's decision; any error shown fails the test.
class FirstMinutesDialogs : public Dialogs {
public:
    std::optional<Mark> nextMark;
    QStringList errors;
    std::optional<Mark> editMark(QWidget *, const QString &, const std::optional<Mark> &) override { return nextMark; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showInformation(QWidget *, const QString &, const QString &) override {}
};

struct DialogsScope {
    FirstMinutesDialogs dialogs;
    DialogsScope() { Dialogs::setInstance(&dialogs); }
    ~DialogsScope() { Dialogs::setInstance(nullptr); }
};

void plantChains(TempCase &tc)
{
    NullProgress progress;
    demo::DemoOptions options;
    options.scenario = QStringLiteral("reexport-kz");
    options.realism = demo::Realism::Clean;
    REQUIRE(demo::ScenarioGenerator::generate(tc.caseFile(), options, progress).ok());
    tc.close();
}

void shoot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("CARAVAN_SCREENSHOTS");
    if (!dir.isEmpty())
        window.grab().save(QDir(dir).filePath(name));
}

} // namespace

TEST_CASE("the first minutes: the overview leads to a chain on the graph, a mark and a report that cites it",
          "[overview]")
{
    DialogsScope scope;
    TempCase tc;
    plantChains(tc);

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openCase(tc.path()));

    // The case opens on its overview, first of the tabs, and the detector is already running on it.
    OverviewPanel *overview = window.overviewPanel();
    CHECK(window.tabs()->indexOf(overview) == 0);
    CHECK(window.tabs()->currentWidget()->objectName() == QStringLiteral("overviewTab"));
    CHECK(window.chainsPanel()->isRunning());
    CHECK_FALSE(overview->chainProgress()->isHidden());
    QSignalSpy detected(window.chainsPanel(), &ChainsPanel::detectionFinished);
    // The demo case is a training case: its Training panel is a strip of two lines, not half the window.
    auto *training = window.findChild<QDockWidget *>(QStringLiteral("trainingDock"));
    REQUIRE(training);
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50); // the dock layout settles
    CHECK(training->isVisible());
    INFO("training dock " << training->height() << " px, line " << training->fontMetrics().height() << " window "
                          << window.height() << " tabs " << window.tabs()->height());
    CHECK(training->height() <= 3 * training->fontMetrics().height() + 24);
    CHECK(window.tabs()->height() > window.height() / 3);
    REQUIRE((detected.count() > 0 || detected.wait(60000)));
    const int found = detected.first().first().toInt();
    REQUIRE(found >= 4);
    CHECK(overview->chainProgress()->isHidden());
    if (overview->isComputing()) {
        QSignalSpy ready(overview, &OverviewPanel::overviewReady);
        REQUIRE(ready.wait(60000));
    }
    QTreeWidget *chains = overview->chainsView();
    REQUIRE(chains->topLevelItemCount() == std::min(found, 10));
    CHECK(overview->tileTexts().first() == QStringLiteral("%1 chains proposed").arg(found));
    // The detector's best chain is the overview's first line.
    const std::vector<DetectedChain> all = window.chainsPanel()->chains();
    const auto best = std::max_element(all.begin(), all.end(), [](const DetectedChain &a, const DetectedChain &b) {
        return a.score != b.score ? a.score < b.score : a.id > b.id;
    });
    QTreeWidgetItem *top = chains->topLevelItem(0);
    CHECK(top->text(1) == best->route);
    const QString chainId = best->id;
    shoot(window, QStringLiteral("first-minutes-overview.png"));

    // One click: the chain on the trade graph, its evidence in the Chains dock.
    chains->scrollToItem(top);
    QTest::mouseClick(chains->viewport(), Qt::LeftButton, {}, chains->visualItemRect(top).center());
    CHECK(window.tabs()->currentWidget() == window.tradeGraph());
    auto *chainsDock = window.findChild<QDockWidget *>(QStringLiteral("chainsDock"));
    REQUIRE(chainsDock);
    CHECK(chainsDock->isVisible());
    REQUIRE(window.chainsPanel()->currentChain());
    CHECK(window.chainsPanel()->currentChain()->id == chainId);
    CHECK(window.chainsPanel()->detailsText().contains(chainId));
    // The graph builds in the background; then the chain's parties are the selection, centred.
    GraphCanvas *canvas = window.tradeGraph()->canvas();
    REQUIRE(QTest::qWaitFor([&] { return !window.tradeGraph()->isBusy() && !canvas->selection().empty(); }, 60000));
    QStringList selected;
    for (const std::uint32_t v : canvas->selection())
        selected << QString::fromStdString(canvas->snapshot().nodes[v].key);
    selected.sort();
    QStringList parties = best->entities;
    parties.removeDuplicates();
    parties.sort();
    CHECK(selected == parties);
    shoot(window, QStringLiteral("first-minutes-chain.png"));

    // The same chain on the Map tab: its route as numbered legs, one per country hop, in order.
    REQUIRE(window.selectTab(QStringLiteral("mapTab")));
    const std::vector<RouteLeg> expectedLegs = routeLegs(*best);
    REQUIRE_FALSE(expectedLegs.empty());
    const std::vector<RouteLeg> &legs = window.mapView()->routeLegs();
    REQUIRE(legs.size() == expectedLegs.size());
    QStringList routeCountries{legs.front().from};
    for (std::size_t i = 0; i < legs.size(); ++i) {
        CHECK(legs[i].number == static_cast<int>(i) + 1);
        CHECK(legs[i].from == expectedLegs[i].from);
        CHECK(legs[i].to == expectedLegs[i].to);
        CHECK(legs[i].first == expectedLegs[i].first);
        routeCountries << legs[i].to;
    }
    shoot(window, QStringLiteral("first-minutes-map.png"));
    const QString routeCaption =
        QStringLiteral("Route on the map: %1;").arg(routeCountries.join(QStringLiteral(" → ")));

    // Mark it suspected, with a note, from the Chains dock.
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.chainsPanel()->view()->setFocus();
    Mark suspected;
    suspected.status = MarkStatus::Suspected;
    suspected.note = QStringLiteral("Same chips through Almaty within 40 days; ask the exporter for end-user papers");
    scope.dialogs.nextMark = suspected;
    window.markAction()->trigger();
    REQUIRE(scope.dialogs.errors.isEmpty());
    const auto mark = markstore::find(window.document()->file(), MarkTarget::Chain, chainId);
    REQUIRE(mark);
    CHECK(mark->status == MarkStatus::Suspected);
    CHECK(mark->note == suspected.note);
    CHECK(chains->topLevelItem(0)->text(4) == QStringLiteral("suspected")); // the list was drawn again
    if (overview->isComputing()) {
        QSignalSpy ready(overview, &OverviewPanel::overviewReady);
        REQUIRE(ready.wait(60000));
    }
    CHECK(overview->overview().marks.total() == 1);
    CHECK(overview->tileTexts().last().startsWith(QStringLiteral("1 mark")));

    // The report: prepared off the GUI thread, then written to PDF; it cites the chain and the note.
    window.reportAction()->trigger();
    ReportDialog *dialog = nullptr;
    REQUIRE(QTest::qWaitFor(
        [&] {
            dialog = window.findChild<ReportDialog *>();
            return dialog && !dialog->isBuilding() && dialog->document().has_value();
        },
        60000));
    const QString pdf = tc.file(QStringLiteral("first-minutes.pdf"));
    REQUIRE(dialog->saveTo(pdf));
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Chain %1").arg(chainId)));
    CHECK(text.contains(QStringLiteral("Same chips through Almaty within 40 days")));
    // The chain's route map, with its own route in the caption.
    INFO("caption " << routeCaption.toStdString());
    CHECK(QString(text).replace(u'\n', u' ').simplified().contains(routeCaption));
    dialog->close();
    CHECK(scope.dialogs.errors.isEmpty());
}

TEST_CASE("tab names for --tab: a tab is found by its object name or short name, not only by its number", "[overview]")
{
    MainWindow window;
    CHECK(window.selectTab(QStringLiteral("trade")));
    CHECK(window.tabs()->currentWidget() == window.tradeGraph());
    CHECK(window.selectTab(QStringLiteral("overviewTab")));
    CHECK(window.tabs()->currentWidget() == window.overviewPanel());
    CHECK(window.selectTab(QStringLiteral("Entities")));
    CHECK(window.tabs()->currentWidget() == window.entityPanel());
    CHECK(window.selectTab(QStringLiteral("chart")));
    CHECK(window.selectTab(QStringLiteral("1")));
    CHECK(window.tabs()->currentWidget() == window.overviewPanel());
    CHECK_FALSE(window.selectTab(QStringLiteral("nowhere")));
    CHECK_FALSE(window.selectTab(QStringLiteral("99")));
}

TEST_CASE("an entity on the overview is one click from the Inspector and the Verdict, a red flag lists its parties",
          "[overview]")
{
    DialogsScope scope;
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("x"), QStringLiteral("Листов Иван"), QStringLiteral("RU"));
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО «Альфа»"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru"), QStringLiteral("ООО «Гамма»"), QStringLiteral("RU"));
        b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-03-01"));
        b.owns(x, kz, QStringLiteral("51"), QStringLiteral("2021-01-01"));
        b.shipment(QStringLiteral("D1"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("8542.31"), 100, 5000,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        for (int i = 1; i <= 3; ++i)
            b.shipment(QStringLiteral("K%1").arg(i), QStringLiteral("2023-0%1-15").arg(i + 1), kz, ru,
                       QStringLiteral("8542.31"), 30, 1500, QStringLiteral("DE"), QStringLiteral("RU"));
    }
    tc.close();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QSignalSpy verdicts(window.ownershipPanel(), &OwnershipPanel::analysisReady);
    REQUIRE(window.openCase(tc.path()));
    OverviewPanel *overview = window.overviewPanel();
    REQUIRE(QTest::qWaitFor([&] { return !overview->isComputing() && overview->overview().hasTrade; }, 60000));
    REQUIRE((verdicts.count() > 0 || verdicts.wait(60000)));
    CHECK(overview->headerLabel()->text().contains(QStringLiteral("4 shipments")));
    CHECK(overview->overview().timeline.total == 3);
    CHECK(overview->overview().timeline.onChpl == 3);

    QTreeWidget *entities = overview->entitiesView();
    REQUIRE(entities->topLevelItemCount() == 1);
    QTreeWidgetItem *blocked = entities->topLevelItem(0);
    CHECK(blocked->text(0) == QStringLiteral("ТОО «Альфа» (kz)"));
    CHECK(blocked->text(1) == QStringLiteral("KZ"));
    CHECK(blocked->text(2) == QStringLiteral("OFAC 50% rule: blocked, 51%"));
    QTest::mouseClick(entities->viewport(), Qt::LeftButton, {}, entities->visualItemRect(blocked).center());
    CHECK(window.tabs()->currentWidget() == window.entityPanel());
    CHECK(window.inspector()->plainText().contains(QStringLiteral("ТОО «Альфа»")));
    CHECK(window.ownershipPanel()->isVisible()); // the Verdict dock is raised
    CHECK(window.ownershipPanel()->plainText().contains(QStringLiteral("Blocked under the OFAC 50% rule (51%")));

    // A red flag opens on its parties; a party is one click from the Inspector.
    window.tabs()->setCurrentWidget(overview);
    QTreeWidget *flags = overview->flagsView();
    QTreeWidgetItem *shadow = nullptr;
    for (int i = 0; i < flags->topLevelItemCount(); ++i)
        if (flags->topLevelItem(i)->text(0).startsWith(QStringLiteral("T6 ")))
            shadow = flags->topLevelItem(i);
    REQUIRE(shadow);
    CHECK(shadow->text(1) == QStringLiteral("1 parties"));
    CHECK_FALSE(shadow->isExpanded());
    QTest::mouseClick(flags->viewport(), Qt::LeftButton, {}, flags->visualItemRect(shadow).center());
    CHECK(shadow->isExpanded());
    REQUIRE(shadow->childCount() == 1);
    CHECK(shadow->child(0)->text(0) == QStringLiteral("ТОО «Альфа» (kz, KZ)"));
    window.entityPanel()->selectRowId(1); // someone else in the Inspector first
    QTest::mouseClick(flags->viewport(), Qt::LeftButton, {}, flags->visualItemRect(shadow->child(0)).center());
    CHECK(window.tabs()->currentWidget() == window.entityPanel());
    CHECK(window.inspector()->plainText().contains(QStringLiteral("ТОО «Альфа»")));
    shoot(window, QStringLiteral("overview-entity.png"));
}
