// The Anomalies tab (issue 20) on statistics with a planted gap, a hub's re-exports and a surge: the ranked table, the
// companies under the anomaly with their share, flags and verdicts, the filters, and a click that selects a company.
#include "../support/MirrorCase.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/editing/CaseDocument.h"
#include "models/itemmodels/AnomalyTableModel.h"
#include "models/storage/CaseFile.h"
#include "models/storage/EntityDetails.h"
#include "models/storage/Sqlite.h"
#include "models/tasks/Task.h"
#include "ui/charts/ChartPanel.h"
#include "ui/charts/ChartPlot.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphView.h"
#include "ui/map/MapView.h"
#include "ui/panels/AnomaliesPanel.h"
#include "ui/panels/ChainsPanel.h"
#include "ui/panels/InspectorPanel.h"
#include "ui/panels/TablePanel.h"
#include "ui/window/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

#include <cmath>

using namespace caravan;
using namespace caravan::test;

namespace {

QString cell(const AnomalyTableModel &m, int row, AnomalyTableModel::Column c)
{
    return m.index(row, static_cast<int>(c)).data().toString();
}

const MirrorFlow *findFlow(const AnomalyTableModel &m, const QString &exporter, const QString &importer)
{
    for (int row = 0; row < m.rowCount(); ++row)
        if (const MirrorFlow *f = m.flowAt(row);
            f->exporter == exporter && f->importer == importer && f->period == u"2023")
            return f;
    return nullptr;
}

// The planted statistics (tests/support/MirrorCase) in a case the window opens at 1366x768.
void openMirrorCase(TempCase &tc, MainWindow &window)
{
    MirrorCase::build(tc.caseFile(), tc.file(QString()));
    tc.close();
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openCase(tc.path()));
}

double cents(double v)
{
    return std::round(v * 100) / 100;
}

} // namespace

TEST_CASE("The Anomalies tab ranks the planted anomalies and lists the companies that carry them", "[anomalies]")
{
    TempCase tc;
    MainWindow window;
    openMirrorCase(tc, window);
    AnomaliesPanel *panel = window.anomaliesPanel();
    QTabWidget *tabs = window.tabs();
    QWidget *tab = tabs->findChild<QWidget *>(QStringLiteral("anomaliesTab"));
    REQUIRE(tab == panel);
    CHECK(tabs->tabText(tabs->indexOf(tab)) == u"Anomalies");
    CHECK(tabs->indexOf(tab) > tabs->indexOf(window.chartPanel()));
    QAbstractItemModelTester tester(panel->model(), QAbstractItemModelTester::FailureReportingMode::Fatal);

    // Showing the tab compares the statistics off the GUI thread.
    QSignalSpy done(panel, &AnomaliesPanel::computationFinished);
    QSignalSpy chart(panel, &AnomaliesPanel::chartReady);
    tabs->setCurrentWidget(tab);
    REQUIRE((done.count() == 1 || done.wait(30000)));
    CHECK(done.first().first().toBool());
    const AnomalyTableModel &m = *panel->model();
    REQUIRE(m.rowCount() == 3); // flagged only: the gap, the hub and the surge; not the balanced control
    using C = AnomalyTableModel::Column;
    CHECK(cell(m, 0, C::Flags) == u"mirror gap");
    CHECK(cell(m, 0, C::Exporter) == u"DE");
    CHECK(cell(m, 0, C::Importer) == u"KZ");
    CHECK(cell(m, 0, C::Hs) == u"854231");
    CHECK(cell(m, 0, C::Tier) == u"1");
    CHECK(cell(m, 0, C::Period) == u"2023");
    CHECK(m.index(0, static_cast<int>(C::Size)).data(AnomalyTableModel::SortRole).toDouble() == 1140000.0);
    CHECK(cell(m, 0, C::Confidence) == u"high");
    CHECK(cell(m, 0, C::Companies) == u"3");
    CHECK(cell(m, 1, C::Flags) == u"re-export");
    CHECK(cell(m, 1, C::Confidence) == u"low");
    CHECK(cell(m, 2, C::Flags) == u"surge");
    CHECK(cell(m, 2, C::Growth) == u"3.00×");

    // The first anomaly is shown: its chart with the sanctions packages marked, and its three companies.
    REQUIRE((chart.count() > 0 || chart.wait(20000)));
    CHECK(panel->plot()->chart().events.size() == 15);
    CHECK(panel->plot()->chart().title == u"DE → KZ 854231 2023");
    QTableWidget *parties = panel->partiesTable();
    REQUIRE(parties->rowCount() == 3);
    CHECK(parties->item(0, 0)->text() == u"Halbleiter GmbH (de-1)");
    CHECK(parties->item(0, 1)->text() == u"exporter");
    CHECK(parties->item(0, 2)->text() == u"25.0%");
    CHECK(parties->item(1, 4)->text() == u"T6");
    CHECK(parties->item(1, 3)->text() ==
          u"not blocked under the OFAC 50% rule; owned under the EU rule (55% held by listed persons)");
    CHECK(parties->item(2, 0)->text() == u"ТОО Транзит (kz-1)");
    CHECK(parties->item(2, 1)->text() == u"hub");
    CHECK(parties->item(2, 2)->text() == u"30.0%");
    CHECK(parties->item(2, 4)->text() == u"T4, T6");
    CHECK(parties->item(2, 3)->text() == u"blocked under the OFAC 50% rule (60% held by blocked persons)");
    screenshot(window, QStringLiteral("anomalies-1366x768.png"));
    window.resize(1920, 1080);
    QTest::qWait(50);
    screenshot(window, QStringLiteral("anomalies-1920x1080.png"));

    // One click on a company selects it in the Entities table, the Inspector and the Verdict dock.
    const QRect kz = parties->visualItemRect(parties->item(2, 0));
    QTest::mouseClick(parties->viewport(), Qt::LeftButton, {}, kz.center());
    const qint64 kzRow = findEntityByExtId(window.document()->file().handle(), QStringLiteral("kz-1"));
    CHECK(window.entityPanel()->currentRowId() == kzRow);
    CHECK(tabs->currentWidget() == window.entityPanel());
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("verdictDock"))->isVisible());

    // Filters: Armenia only leaves the surge; an HS prefix of 8542 leaves the gap and the hub.
    tabs->setCurrentWidget(tab);
    done.clear();
    panel->countryFilter()->setText(QStringLiteral("am"));
    panel->refresh();
    REQUIRE(done.wait(30000));
    REQUIRE(m.rowCount() == 1);
    CHECK(cell(m, 0, C::Exporter) == u"FR");
    CHECK(panel->partiesTable()->rowCount() == 0);
    done.clear();
    panel->countryFilter()->clear();
    panel->hsFilter()->setText(QStringLiteral("8542"));
    panel->refresh();
    REQUIRE(done.wait(30000));
    CHECK(m.rowCount() == 2);

    // Selecting the hub's flow lists its hub and buyer; the buyer is designated.
    panel->selectRow(1);
    REQUIRE(panel->currentFlow() != nullptr);
    CHECK(panel->currentFlow()->importer == u"RU");
    REQUIRE(parties->rowCount() == 2);
    CHECK(parties->item(1, 1)->text() == u"buyer");
    CHECK(parties->item(1, 2)->text() == u"27.5%");
    CHECK(parties->item(1, 3)->text() == u"designated on a list the OFAC 50% rule counts (OFAC SDN (RUSSIA-EO14024))");

    // One click shows the flow's companies selected on the trade graph (built when first shown).
    GraphView *trade = window.tradeGraph();
    QTest::mouseClick(panel->tradeGraphButton(), Qt::LeftButton);
    CHECK(tabs->currentWidget() == trade);
    REQUIRE(QTest::qWaitFor([&] { return !trade->isBusy() && trade->canvas()->selection().size() == 2; }, 30000));
    QStringList selected;
    for (const std::uint32_t n : trade->canvas()->selection())
        selected << QString::fromStdString(trade->canvas()->snapshot().nodes[n].key);
    selected.sort();
    CHECK(selected == QStringList({QStringLiteral("kz-1"), QStringLiteral("ru-1")}));

    // One click shows the flow's goods on the map, and the detected chains of those goods.
    tabs->setCurrentWidget(tab);
    const QString hs = panel->currentFlow()->hs;
    REQUIRE(hs.size() >= 4);
    REQUIRE(panel->mapButton()->isEnabled());
    QTest::mouseClick(panel->mapButton(), Qt::LeftButton);
    CHECK(tabs->currentWidget() == window.mapView());
    CHECK(window.mapView()->hsFilter()->text() == hs);
    QTest::mouseClick(panel->chainsButton(), Qt::LeftButton);
    CHECK(window.chainsPanel()->filter()->text() == hs);
    CHECK(window.findChild<QDockWidget *>(QStringLiteral("chainsDock"))->isVisible());

    // The case set again while a comparison runs: the old one is cancelled and forgotten, the new one runs.
    tabs->setCurrentWidget(tab);
    panel->hsFilter()->clear();
    done.clear();
    panel->refresh();
    REQUIRE(panel->isComputing());
    panel->setCase(&window.document()->file());
    REQUIRE(panel->isComputing());
    REQUIRE(done.wait(30000));
    CHECK(done.first().first().toBool());
    CHECK(m.rowCount() == 3);
    QTest::qWait(100);
    CHECK(done.size() == 1);
}

TEST_CASE("The Anomalies tab's CIF/FOB margin and reporting lag are the case's settings and change the planted gap",
          "[anomalies]")
{
    TempCase tc;
    MainWindow window;
    openMirrorCase(tc, window);
    AnomaliesPanel *panel = window.anomaliesPanel();
    QSignalSpy done(panel, &AnomaliesPanel::computationFinished);
    REQUIRE(window.selectTab(QStringLiteral("anomaliesTab")));
    REQUIRE((done.count() == 1 || done.wait(30000)));
    const AnomalyTableModel &m = *panel->model();
    // The defaults: 1,200,000 x 1.05 = 1,260,000 expected against the 120,000 Kazakhstan records.
    CHECK(panel->marginBox()->value() == 5.0);
    CHECK(panel->lagBox()->value() == 1);
    REQUIRE(findFlow(m, QStringLiteral("DE"), QStringLiteral("KZ")));
    CHECK(*findFlow(m, QStringLiteral("DE"), QStringLiteral("KZ"))->gap == 1140000.0);

    // A 10% margin: 1,320,000 expected, 1,200,000 (90.91%) missing; compared again off the GUI thread.
    done.clear();
    panel->marginBox()->setValue(10);
    REQUIRE(panel->isComputing());
    REQUIRE(done.wait(30000));
    CHECK(done.first().first().toBool());
    const MirrorFlow *gap = findFlow(m, QStringLiteral("DE"), QStringLiteral("KZ"));
    REQUIRE(gap);
    CHECK(cents(*gap->gap) == 1200000.0);
    CHECK(cents(*gap->gapPct) == 90.91);
    CHECK(m.index(0, static_cast<int>(AnomalyTableModel::Column::Size)).data(AnomalyTableModel::SortRole).toDouble() ==
          *gap->gap);
    CHECK(panel->summaryLabel()->text().contains(QStringLiteral("a 10% CIF/FOB margin")));
    // Stored in the case, audited, where the command line and the report read it.
    CaseFile &file = window.document()->file();
    CHECK(file.setting(QString::fromLatin1(mirrorkeys::cifFobMarginPercent)) == u"10");
    CHECK(sqliteScalar(file.handle(), "SELECT count(*) FROM audit_log WHERE action = 'setting.change' AND "
                                      "target = 'mirror.cif_fob_margin_percent' AND detail = '10'")
              .value_or(0) == 1);

    // No lag: the control flow's importer, a month late, keeps 11 of the exporter's months in 2023 (231,000
    // against 240,000 x 1.10 = 264,000).
    panel->flaggedOnlyBox()->setChecked(false);
    done.clear();
    panel->lagBox()->setValue(0);
    REQUIRE(done.wait(30000));
    CHECK(file.setting(QString::fromLatin1(mirrorkeys::lagMonths)) == u"0");
    const MirrorFlow *control = findFlow(m, QStringLiteral("PL"), QStringLiteral("GE"));
    REQUIRE(control);
    CHECK(control->lagMonths == 0);
    CHECK(cents(*control->gap) == 33000.0);

    // Changed while a comparison runs: that one stops, and the comparison runs again with the new margin.
    done.clear();
    panel->refresh();
    REQUIRE(panel->isComputing());
    panel->marginBox()->setValue(0);
    REQUIRE(QTest::qWaitFor([&] { return !panel->isComputing() && done.size() >= 1 && done.last().first().toBool(); },
                            30000));
    gap = findFlow(m, QStringLiteral("DE"), QStringLiteral("KZ"));
    REQUIRE(gap);
    CHECK(cents(*gap->gap) == 1080000.0);

    // Another view of the case shows what it holds.
    AnomaliesPanel other;
    other.setCase(&file);
    CHECK(other.marginBox()->value() == 0.0);
    CHECK(other.lagBox()->value() == 0);
    other.setCase(nullptr);
    CHECK_FALSE(other.marginBox()->isEnabled());
}
