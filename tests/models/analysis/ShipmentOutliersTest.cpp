// Outliers (issue 15, item 7): a shipment whose unit value lies 20x or more from its HS-6 median is flagged, and
// charts and the report's summary can leave such shipments out. Hand-written fixture: 854231 chips at 100 USD a
// piece, one declaration with a misplaced decimal point (1,000,000 USD for 10 pieces).
#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/analysis/ShipmentOutliers.h"
#include "models/analysis/TradeCharts.h"
#include "models/report/ReportBuilder.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Six chips shipments of 10 pieces at 1,000 USD in January 2023, one at 1,000,000 USD (the outlier), one at
// 15,000 USD (15x: high, but not an outlier) in February, one of 10 pieces at 5 USD (1/20 of the median, an
// outlier the other way) in March; three bearings shipments with wild values (a group too small to judge).
void buildCase(TempCase &tc)
{
    CaseBuilder b(tc.caseFile());
    const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
    const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО Дала"), QStringLiteral("KZ"));
    for (int i = 0; i < 6; ++i)
        b.shipment(QStringLiteral("N%1").arg(i), QStringLiteral("2023-01-1%1").arg(i), de, kz,
                   QStringLiteral("8542.31"), 10, 1000, QStringLiteral("DE"), QStringLiteral("KZ"));
    b.shipment(QStringLiteral("BIG"), QStringLiteral("2023-02-01"), de, kz, QStringLiteral("854231"), 10, 1000000,
               QStringLiteral("DE"), QStringLiteral("KZ"));
    b.shipment(QStringLiteral("HIGH"), QStringLiteral("2023-02-02"), de, kz, QStringLiteral("854231"), 10, 15000,
               QStringLiteral("DE"), QStringLiteral("KZ"));
    b.shipment(QStringLiteral("LOW"), QStringLiteral("2023-03-01"), de, kz, QStringLiteral("854231"), 10, 50,
               QStringLiteral("DE"), QStringLiteral("KZ"));
    for (int i = 0; i < 3; ++i)
        b.shipment(QStringLiteral("B%1").arg(i), QStringLiteral("2023-01-2%1").arg(i), de, kz, QStringLiteral("848210"),
                   1, i == 0 ? 1.0 : 1e7, QStringLiteral("DE"), QStringLiteral("KZ"));
}

qint64 rowOf(TempCase &tc, const QString &extId)
{
    return sqliteScalar(tc.caseFile().handle(),
                        QStringLiteral("SELECT id FROM shipments WHERE ext_id = '%1'").arg(extId).toUtf8().constData())
        .value_or(-1);
}

double monthValue(const ChartData &chart, const QDate &month)
{
    REQUIRE(chart.series.size() == 1);
    const qsizetype i = chart.series.first().dates.indexOf(month);
    REQUIRE(i >= 0);
    return chart.series.first().values.at(i);
}

} // namespace

TEST_CASE("a shipment whose unit value is 20x from its HS-6 median is flagged, either way", "[outliers]")
{
    TempCase tc;
    buildCase(tc);
    auto outliers = findShipmentOutliers(tc.caseFile().handle());
    REQUIRE(outliers.ok());
    CHECK(outliers->count() == 2);
    CHECK(outliers->groups == 1); // bearings: three shipments, too few for a median
    CHECK(outliers->contains(rowOf(tc, QStringLiteral("BIG"))));
    CHECK(outliers->contains(rowOf(tc, QStringLiteral("LOW"))));
    CHECK_FALSE(outliers->contains(rowOf(tc, QStringLiteral("HIGH"))));
    CHECK_FALSE(outliers->contains(rowOf(tc, QStringLiteral("B1"))));
    for (const OutlierShipment &s : outliers->shipments)
        CHECK(s.median == Approx(100.0));
    REQUIRE(outliers->count() == 2);
    CHECK(outliers->shipments[0].explanation() ==
          QStringLiteral("unit value 100000 USD per piece, 1000x the median of HS 854231 (100)"));
    CHECK(outliers->shipments[1].explanation() ==
          QStringLiteral("unit value 5 USD per piece, 1/20 of the median of HS 854231 (100)"));
    CHECK(outliers->leftOutNote(2) ==
          QStringLiteral("2 outlier shipment(s) left out: unit value over 20× or under 1/20 of the HS-6 median"));
}

TEST_CASE("a monthly chart leaves the outliers out when asked, and takes a log scale", "[outliers]")
{
    TempCase tc;
    buildCase(tc);
    NullProgress progress;
    ChartRequest r;
    r.kind = ChartRequest::Kind::ShipmentsByMonth;
    r.shipments.group = SeriesGroup::Total;
    r.shipments.filter.hsPrefix = QStringLiteral("854231");
    r.autoScale = false; // linear, as asked
    auto all = buildChart(tc.caseFile().handle(), r, progress);
    REQUIRE(all.ok());
    CHECK(monthValue(*all, QDate(2023, 2, 1)) == Approx(1015000.0));
    CHECK(monthValue(*all, QDate(2023, 3, 1)) == Approx(50.0));
    CHECK_FALSE(all->logScale);
    CHECK_FALSE(all->note.contains(QStringLiteral("outlier")));
    CHECK_FALSE(all->note.contains(QStringLiteral("Log scale")));
    // Left to choose, one month 1015000 over 6000 and 50 (median 6000) is 169x: a log scale, and the note says so.
    r.autoScale = true;
    auto automatic = buildChart(tc.caseFile().handle(), r, progress);
    REQUIRE(automatic.ok());
    CHECK(chartValueRange(*automatic) == Approx(1015000.0 / 6000.0));
    CHECK(automatic->logScale);
    CHECK(automatic->note.endsWith(QStringLiteral("Log scale: the largest value is 169 times the median one.")));

    r.leaveOutOutliers = true;
    r.logScale = true;
    auto without = buildChart(tc.caseFile().handle(), r, progress);
    REQUIRE(without.ok());
    CHECK(monthValue(*without, QDate(2023, 1, 1)) == Approx(6000.0));
    CHECK(monthValue(*without, QDate(2023, 2, 1)) == Approx(15000.0));
    CHECK(without->series.first().dates.last() == QDate(2023, 2, 1)); // March held only the low outlier
    CHECK(without->logScale);
    CHECK(without->note.endsWith(
        QStringLiteral("2 outlier shipment(s) left out: unit value over 20× or under 1/20 of the HS-6 median.")));

    // A filter that excludes one outlier counts only the other as left out.
    r.shipments.filter.destination = QStringLiteral("KZ");
    r.shipments.filter.hsPrefix = QStringLiteral("85");
    {
        SqliteStatement st(tc.caseFile().handle(),
                           "UPDATE shipments SET destination_country = 'AM' WHERE ext_id = 'LOW'");
        REQUIRE(st.execute());
    }
    auto filtered = buildChart(tc.caseFile().handle(), r, progress);
    REQUIRE(filtered.ok());
    CHECK(filtered->note.contains(QStringLiteral("1 outlier shipment(s) left out")));
}

TEST_CASE("the report's summary says when outliers were left out of the declared value", "[outliers]")
{
    TempCase tc;
    buildCase(tc);
    NullProgress progress;
    ReportOptions options;
    options.sections = {ReportSectionId::Summary};
    auto doc = ReportBuilder(tc.caseFile(), {}, options).build(progress);
    REQUIRE(doc.ok());
    QString declared;
    for (const ReportBlock &b : doc->sections.first().blocks)
        if (const auto *f = std::get_if<ReportFacts>(&b))
            for (const auto &row : f->rows)
                if (row.first == u"Declared value")
                    declared = row.second;
    // 6,000 + 15,000 for the chips and 20,000,001 for the bearings; the 1,000,000 and the 50 are left out.
    CHECK(declared == QStringLiteral("20,021,001 USD (2 outlier shipment(s) left out: unit value over 20× or under "
                                     "1/20 of the HS-6 median)"));

    options.leaveOutOutliers = false;
    auto everything = ReportBuilder(tc.caseFile(), {}, options).build(progress);
    REQUIRE(everything.ok());
    bool found = false;
    for (const ReportBlock &b : everything->sections.first().blocks)
        if (const auto *f = std::get_if<ReportFacts>(&b))
            for (const auto &row : f->rows)
                if (row.first == u"Declared value") {
                    CHECK(row.second == QStringLiteral("21,021,051 USD"));
                    found = true;
                }
    CHECK(found);
}
