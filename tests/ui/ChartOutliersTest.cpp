// The chart tab's outlier and log-scale toggles (issue 15, item 7), on a hand-written case: three years of chip
// imports at about 100 USD a piece and one declaration of 10 pieces worth 50 billion USD.
#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "ui/charts/ChartPanel.h"
#include "ui/charts/ChartPlot.h"

#include <QCheckBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace caravan;
using namespace caravan::test;

namespace {

void waitForChart(ChartPanel &panel)
{
    QSignalSpy ready(&panel, &ChartPanel::chartReady);
    QSignalSpy failed(&panel, &ChartPanel::chartFailed);
    if (panel.isComputing())
        REQUIRE((ready.wait(20000) || !failed.isEmpty()));
    REQUIRE(failed.isEmpty());
    QTest::qWait(50); // the note's new height is laid out before a screenshot
}

double largest(const ChartData &chart)
{
    double m = 0;
    for (const ChartSeries &s : chart.series)
        for (double v : s.values)
            m = std::max(m, v);
    return m;
}

} // namespace

TEST_CASE("The chart tab leaves outliers out and switches to a log scale", "[charts][outliers]")
{
    TempCase temp;
    {
        CaseBuilder b(temp.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Elektronik GmbH"), QStringLiteral("DE"));
        const qint64 cn = b.company(QStringLiteral("cn"), QStringLiteral("Shenzhen Parts Ltd"), QStringLiteral("CN"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО Дала"), QStringLiteral("KZ"));
        int n = 0;
        for (int year = 2021; year <= 2023; ++year)
            for (int month = 1; month <= 12; ++month) {
                // More pieces each month after the invasion, a few hundred to a few thousand; 90-110 USD a piece.
                const double pieces = 200.0 + 40.0 * ((year - 2021) * 12 + month) + 50.0 * (month % 3);
                const double price = 90.0 + 4.0 * (month % 6);
                const QString date = QStringLiteral("%1-%2-15").arg(year).arg(month, 2, 10, QLatin1Char('0'));
                b.shipment(QStringLiteral("D-%1").arg(++n), date, month % 2 ? de : cn, kz, QStringLiteral("854231"),
                           pieces, pieces * price, QStringLiteral("DE"), QStringLiteral("KZ"));
            }
        b.shipment(QStringLiteral("D-TYPO"), QStringLiteral("2022-06-20"), de, kz, QStringLiteral("854231"), 10, 5e10,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
    }
    ChartPanel panel;
    panel.resize(1200, 700);
    panel.show();
    panel.setCase(&temp.caseFile());
    waitForChart(panel);
    ChartRequest r = panel.request();
    r.shipments.group = SeriesGroup::Total;
    panel.setRequest(r);
    waitForChart(panel);
    CHECK(largest(panel.plot()->chart()) > 5e10); // the typo flattens everything else
    CHECK_FALSE(panel.plot()->isLogScale());
    screenshot(panel, QStringLiteral("chart-outliers-in.png"));

    auto *leaveOut = panel.findChild<QCheckBox *>(QStringLiteral("leaveOutOutliers"));
    auto *log = panel.findChild<QCheckBox *>(QStringLiteral("logScale"));
    REQUIRE(leaveOut);
    REQUIRE(log);
    CHECK(leaveOut->isVisible());
    leaveOut->setChecked(true);
    waitForChart(panel);
    CHECK(panel.request().leaveOutOutliers);
    // The largest month is then November 2023: 1,700 pieces at 110 USD.
    CHECK(largest(panel.plot()->chart()) == Approx(1700.0 * 110.0));
    CHECK(panel.plot()->chart().note.contains(QStringLiteral("1 outlier shipment(s) left out")));
    screenshot(panel, QStringLiteral("chart-outliers-out.png"));

    leaveOut->setChecked(false);
    waitForChart(panel);
    log->setChecked(true);
    waitForChart(panel);
    CHECK(panel.plot()->isLogScale());
    CHECK(largest(panel.plot()->chart()) > 5e10);
    screenshot(panel, QStringLiteral("chart-outliers-log.png"));
}
