#include "../support/CaseBuilder.h"
#include "../support/ReportCase.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "ui/charts/ChartPanel.h"
#include "ui/charts/ChartPlot.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/report/ReportDialog.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace caravan;
using namespace caravan::test;

namespace {

// Where screenshots go for a person to look at (CARAVAN_REPORT_OUT), or the temporary folder.
QString shotPath(const TempCase &temp, const QString &name)
{
    const QString dir = qEnvironmentVariable("CARAVAN_REPORT_OUT");
    return dir.isEmpty() ? temp.file(name) : QDir(dir).filePath(name);
}

void waitForChart(ChartPanel &panel)
{
    QSignalSpy ready(&panel, &ChartPanel::chartReady);
    QSignalSpy failed(&panel, &ChartPanel::chartFailed);
    if (panel.isComputing())
        REQUIRE((ready.wait(20000) || !failed.isEmpty()));
    REQUIRE(failed.isEmpty());
}

double largest(const ChartData &chart)
{
    double m = 0;
    for (const ChartSeries &s : chart.series)
        for (double v : s.values)
            m = std::max(m, v);
    return m;
}

class SavingDialogs : public Dialogs {
public:
    QString nextSave;
    QStringList errors;
    QString saveFile(QWidget *, const QString &, const QString &, const QString &) override { return nextSave; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
};

} // namespace

TEST_CASE("The chart panel shows monthly series of a case and exports them", "[charts]")
{
    TempCase temp;
    ReportCase::build(temp.caseFile());
    ChartPanel panel;
    panel.resize(1200, 700);
    panel.show();
    panel.setCase(&temp.caseFile());
    waitForChart(panel);
    const ChartData &chart = panel.plot()->chart();
    REQUIRE(chart.series.size() == 2); // CHPL tiers 1 and 3.B
    CHECK(chart.series.first().label == u"CHPL tier 1");
    CHECK(chart.events.size() == 15);

    // Hovering the plotted point of March 2023 shows its exact figure.
    const QImage shot = panel.grab().toImage();
    CHECK(shot.save(shotPath(temp, QStringLiteral("chart-panel.png"))));

    ChartRequest r = panel.request();
    r.kind = ChartRequest::Kind::Mirror;
    r.stats.reporter = QStringLiteral("DE");
    r.stats.partner = QStringLiteral("KZ");
    panel.setRequest(r);
    waitForChart(panel);
    REQUIRE(panel.plot()->chart().series.size() == 3);
    CHECK(panel.grab().toImage().save(shotPath(temp, QStringLiteral("chart-mirror.png"))));

    panel.showEntity(QStringLiteral("kz-180540012345"));
    waitForChart(panel);
    const ChartData &bars = panel.plot()->chart();
    CHECK(bars.kind == ChartData::Kind::Categories);
    CHECK(bars.categories.size() == 2);
    CHECK(bars.categories.contains(QStringLiteral("ООО «Восток-Комплект» (RU)")));
    CHECK(panel.grab().toImage().save(shotPath(temp, QStringLiteral("chart-counterparties.png"))));

    ChartRequest timeline = panel.request();
    timeline.kind = ChartRequest::Kind::Timeline;
    timeline.entity = QStringLiteral("ru-7701234567");
    panel.setRequest(timeline);
    waitForChart(panel);
    const ChartData &points = panel.plot()->chart();
    REQUIRE(points.series.size() == 2);
    CHECK(points.series.at(0).values.isEmpty());    // the buyer ships nothing
    CHECK(points.series.at(1).values.size() == 73); // 36 direct before 2022, 36 through KZ after, evidence B
    CHECK(points.series.at(1).pointLabels.first().startsWith(QStringLiteral("DE-2019-")));
    CHECK(points.title.contains(QString::fromUtf8(ReportCase::kBuyerName)));
    CHECK(panel.grab().toImage().save(shotPath(temp, QStringLiteral("chart-timeline.png"))));

    for (const QString &name :
         {QStringLiteral("chart.png"), QStringLiteral("chart.svg"), QStringLiteral("chart.pdf")}) {
        const QString path = temp.file(name);
        REQUIRE(panel.exportTo(path));
        CHECK(QFileInfo(path).size() > 1000);
    }
    QFile svg(temp.file(QStringLiteral("chart.svg")));
    REQUIRE(svg.open(QIODevice::ReadOnly));
    const QString svgText = QString::fromUtf8(svg.readAll());
    CHECK(svgText.contains(QStringLiteral("<svg")));
    CHECK(QImage(temp.file(QStringLiteral("chart.png"))).width() >= 1200);
}

TEST_CASE("Chart tooltips give the exact figure of the point under the mouse", "[charts]")
{
    ChartData chart;
    chart.title = QStringLiteral("Тест");
    ChartSeries s;
    s.label = QStringLiteral("HS 8542");
    for (int m = 1; m <= 12; ++m) {
        s.dates << QDate(2022, m, 1);
        s.values << 1000.0 * m;
    }
    chart.series << s;
    ChartPlot plot;
    plot.resize(800, 500);
    plot.show();
    plot.setChart(chart);
    QString found;
    // Sweep the plot until the tooltip names a point: it must carry the month and the exact value.
    for (int x = 0; x < 800 && found.isEmpty(); x += 2)
        for (int y = 0; y < 500 && found.isEmpty(); y += 2) {
            const QString t = plot.toolTipAt(QPoint(x, y));
            if (t.contains(QStringLiteral("2022")))
                found = t;
        }
    INFO(found.toStdString());
    CHECK(found.startsWith(QStringLiteral("HS 8542\n")));
    CHECK(found.contains(QRegularExpression(QStringLiteral("\\d{1,2},000\\.00|\\d{1,2}000\\.00|\\d{1,2} 000,00"))));
}

TEST_CASE("The report dialog previews the report and saves it as PDF", "[report]")
{
    TempCase temp;
    ReportCase::build(temp.caseFile());
    SavingDialogs dialogs;
    Dialogs::setInstance(&dialogs);
    {
        ReportDialog dialog(temp.caseFile(), ReportInputs());
        dialog.show();
        QSignalSpy ready(&dialog, &ReportDialog::documentReady);
        REQUIRE(ready.wait(30000));
        const int allPages = dialog.previewPageCount();
        CHECK(allPages >= 5);
        CHECK(dialog.grab().toImage().save(shotPath(temp, QStringLiteral("report-dialog.png"))));
        dialog.setSectionChecked(ReportSectionId::Charts, false);
        dialog.setSectionChecked(ReportSectionId::Audit, false);
        while (dialog.isBuilding())
            REQUIRE(ready.wait(30000));
        CHECK(dialog.previewPageCount() < allPages);
        REQUIRE(dialog.document().has_value());
        CHECK(dialog.document()->sections.size() == 6); // with Trade anomalies: the case holds trade statistics
        const QString pdf = temp.file(QStringLiteral("dialog.pdf"));
        CHECK(dialog.saveTo(pdf));
        CHECK(QFileInfo(pdf).size() > 10000);
    }
    Dialogs::setInstance(nullptr);
    CHECK(dialogs.errors.isEmpty());
}

// The chart tab's outlier and log-scale toggles (issue 15, item 7), on a hand-written case: three years of chip
// imports at about 100 USD a piece and one declaration of 10 pieces worth 50 billion USD.
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
    auto *leaveOut = panel.findChild<QCheckBox *>(QStringLiteral("leaveOutOutliers"));
    auto *log = panel.findChild<QCheckBox *>(QStringLiteral("logScale"));
    REQUIRE(leaveOut);
    REQUIRE(log);
    // The typo would flatten everything else on a linear axis: left to choose, the chart takes a log scale, the box
    // shows it and the note says why.
    CHECK(largest(panel.plot()->chart()) > 5e10);
    CHECK(panel.plot()->isLogScale());
    CHECK(log->isChecked());
    CHECK(panel.plot()->chart().note.contains(QStringLiteral("Log scale: the largest value is")));
    QTest::qWait(50); // the note's new height is laid out first
    screenshot(panel, QStringLiteral("chart-outliers-in.png"));
    CHECK(leaveOut->isVisible());
    leaveOut->setChecked(true);
    waitForChart(panel);
    CHECK(panel.request().leaveOutOutliers);
    // The largest month is then November 2023: 1,700 pieces at 110 USD.
    CHECK(largest(panel.plot()->chart()) == Approx(1700.0 * 110.0));
    CHECK(panel.plot()->chart().note.contains(QStringLiteral("1 outlier shipment(s) left out")));
    CHECK_FALSE(panel.plot()->isLogScale()); // without the typo the months read on a linear axis
    CHECK_FALSE(log->isChecked());
    QTest::qWait(50); // the note's new height is laid out first
    screenshot(panel, QStringLiteral("chart-outliers-out.png"));

    // Once the user sets the scale, it stays as set: linear even with the typo back in, then log.
    leaveOut->setChecked(false);
    waitForChart(panel);
    CHECK(log->isChecked());
    log->setChecked(false);
    waitForChart(panel);
    CHECK_FALSE(panel.plot()->isLogScale());
    CHECK_FALSE(panel.request().autoScale);
    log->setChecked(true);
    waitForChart(panel);
    CHECK(panel.plot()->isLogScale());
    CHECK(largest(panel.plot()->chart()) > 5e10);
    QTest::qWait(50); // the note's new height is laid out first
    screenshot(panel, QStringLiteral("chart-outliers-log.png"));

    // The report dialog offers the same two choices for the report's summary and charts.
    ReportDialog dialog(temp.caseFile(), ReportInputs());
    CHECK(dialog.options().leaveOutOutliers);
    CHECK_FALSE(dialog.options().logScale);
    dialog.findChild<QCheckBox *>(QStringLiteral("leaveOutOutliers"))->setChecked(false);
    dialog.findChild<QCheckBox *>(QStringLiteral("logScale"))->setChecked(true);
    CHECK_FALSE(dialog.options().leaveOutOutliers);
    CHECK(dialog.options().logScale);
}
