#include "../../support/CaseBuilder.h"
#include "../../support/ReportCase.h"
#include "../../support/TempCase.h"

#include "models/analysis/Chpl.h"
#include "models/analysis/TradeCharts.h"
#include "models/domain/Shipment.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

const MonthlySeries *seriesByKey(const QList<MonthlySeries> &list, const QString &key)
{
    for (const MonthlySeries &s : list)
        if (s.key == key)
            return &s;
    return nullptr;
}

double valueAt(const MonthlySeries &s, const QDate &month)
{
    const qsizetype i = s.months.indexOf(month);
    REQUIRE(i >= 0);
    return s.values.at(i);
}

} // namespace

TEST_CASE("one HS-6 rule: the CHPL tier reads a declared code exactly as hs6Of does")
{
    // Spellings from real declarations: dots, spaces, national digits; and codes with letters or too few digits,
    // which hs6Of refuses and so must have no tier (tierOf used to skip the letters and find one).
    const QStringList codes{QStringLiteral("8542.31"),   QStringLiteral("8542 31 90 00"),
                            QStringLiteral("854231"),    QStringLiteral("8542310000"),
                            QStringLiteral("EX8542.31"), QStringLiteral("8542.31A"),
                            QStringLiteral("85423l"),    QStringLiteral("8542-31"),
                            QStringLiteral("8542.3"),    QStringLiteral("8807.30.00"),
                            QStringLiteral("")};
    for (const QString &code : codes) {
        INFO(code.toStdString());
        const QString hs6 = hs6Of(code);
        CHECK(chpl::tierOf(code) == (hs6.isEmpty() ? QString() : chpl::tierOf(hs6)));
    }
    CHECK(hs6Of(QStringLiteral("8542 31 90 00")) == u"854231");
    CHECK(chpl::tierOf(QStringLiteral("8542 31 90 00")) == u"1");
    CHECK(hs6Of(QStringLiteral("EX8542.31")).isEmpty());
    CHECK(chpl::tierOf(QStringLiteral("EX8542.31")).isEmpty());
    CHECK(chpl::tierOf(QStringLiteral("8542-31")).isEmpty());
    CHECK(chpl::tierOf(QStringLiteral("8807.30.00")) == u"3.B");
}

TEST_CASE("CHPL tiers match on the HS-6 prefix, and 8803.30 counts as 8807.30")
{
    CHECK(chpl::tierOf(QStringLiteral("8542.31.90")) == u"1");
    CHECK(chpl::tierOf(QStringLiteral("8542310000")) == u"1");
    CHECK(chpl::tierOf(QStringLiteral("848210")) == u"3.B");
    CHECK(chpl::tierOf(QStringLiteral("880330")) == u"3.B");
    CHECK(chpl::tierOf(QStringLiteral("8807.30")) == u"3.B");
    CHECK(chpl::tierOf(QStringLiteral("020130")).isEmpty()); // beef
    CHECK(chpl::tierOf(QStringLiteral("8542")).isEmpty());
    int codes = 0;
    for (const QString &t : chpl::tiers())
        codes += static_cast<int>(chpl::codesOfTier(t).size());
    CHECK(codes == 51); // the 50 codes of the list and the HS 2017 twin of 8807.30
}

TEST_CASE("Monthly series bucket shipments by month, fill empty months and take the 2019-2021 mean")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Supplier GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО «Транзит»"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru"), QStringLiteral("ООО «Покупатель»"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("s1"), QStringLiteral("2021-11-03"), de, kz, QStringLiteral("854231"), 10, 100,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("s2"), QStringLiteral("2021-11-20"), de, kz, QStringLiteral("8542.32"), 5, 50,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("s3"), QStringLiteral("2022-02-01"), kz, ru, QStringLiteral("854231"), 7, 700,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("s4"), QStringLiteral("2022-02-28"), de, kz, QStringLiteral("848210"), 3, 30,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("s5"), QStringLiteral("2022-02-10"), de, kz, QStringLiteral("020130"), 1, 9,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
    }
    sqlite3 *db = tc.caseFile().handle();
    NullProgress progress;

    SECTION("all together, contiguous months with zeros")
    {
        auto r = shipmentSeries(db, {}, progress);
        REQUIRE(r.ok());
        REQUIRE(r->size() == 1);
        const MonthlySeries &s = r->first();
        CHECK(s.months.size() == 4); // Nov 2021 .. Feb 2022
        CHECK(valueAt(s, QDate(2021, 11, 1)) == 150);
        CHECK(valueAt(s, QDate(2021, 12, 1)) == 0);
        CHECK(valueAt(s, QDate(2022, 2, 1)) == 739);
        CHECK(s.total == 889);
        CHECK(s.baselineMonths == 2); // Nov and Dec 2021 fall in the baseline years
        CHECK(s.baseline == Approx(75));
    }
    SECTION("by CHPL tier leaves out goods not on the list")
    {
        SeriesRequest req;
        req.group = SeriesGroup::ChplTier;
        auto r = shipmentSeries(db, req, progress);
        REQUIRE(r.ok());
        REQUIRE(r->size() == 2);
        CHECK(r->at(0).key == u"1");
        CHECK(r->at(0).total == 850);
        CHECK(r->at(1).key == u"3.B");
        CHECK(r->at(1).label == u"CHPL tier 3.B");
        CHECK(r->at(1).total == 30);
    }
    SECTION("by quantity, HS prefix and country pair, with filters")
    {
        SeriesRequest req;
        req.group = SeriesGroup::CountryPair;
        req.measure = TradeMeasure::Quantity;
        req.filter.hsPrefix = QStringLiteral("8542");
        auto r = shipmentSeries(db, req, progress);
        REQUIRE(r.ok());
        REQUIRE(r->size() == 2);
        const MonthlySeries *dekz = seriesByKey(*r, QStringLiteral("DE>KZ"));
        REQUIRE(dekz);
        CHECK(dekz->label == QStringLiteral("DE → KZ"));
        CHECK(dekz->total == 15);
        CHECK(seriesByKey(*r, QStringLiteral("KZ>RU"))->total == 7);

        SeriesRequest tier;
        tier.filter.chplTier = QStringLiteral("1");
        tier.filter.destination = QStringLiteral("RU");
        auto one = shipmentSeries(db, tier, progress);
        REQUIRE(one.ok());
        CHECK(one->first().total == 700);

        SeriesRequest hs;
        hs.group = SeriesGroup::HsPrefix;
        hs.hsDigits = 6;
        hs.maxSeries = 2;
        auto top = shipmentSeries(db, hs, progress);
        REQUIRE(top.ok());
        REQUIRE(top->size() == 2);
        CHECK(top->at(0).key == u"854231");
        CHECK(top->at(1).key == u"854232");
    }
    SECTION("several splits in one pass give the same series as one at a time")
    {
        QList<SeriesRequest> requests;
        for (const SeriesGroup g : {SeriesGroup::Total, SeriesGroup::ChplTier, SeriesGroup::CountryPair}) {
            SeriesRequest r;
            r.group = g;
            requests << r;
        }
        auto many = shipmentSeriesMany(db, requests, progress);
        REQUIRE(many.ok());
        REQUIRE(many->size() == 3);
        for (int i = 0; i < 3; ++i) {
            auto single = shipmentSeries(db, requests.at(i), progress);
            REQUIRE(single.ok());
            REQUIRE(single->size() == many->at(i).size());
            for (int j = 0; j < single->size(); ++j) {
                CHECK(single->at(j).key == many->at(i).at(j).key);
                CHECK(single->at(j).values == many->at(i).at(j).values);
            }
        }
        SeriesRequest entity;
        entity.group = SeriesGroup::Entity;
        CHECK_FALSE(shipmentSeriesMany(db, {requests.first(), entity}, progress).ok());

        ChartRequest monthly, parties;
        monthly.shipments.group = SeriesGroup::ChplTier;
        parties.kind = ChartRequest::Kind::Counterparties;
        parties.entity = QStringLiteral("nobody");
        auto charts = buildCharts(db, {monthly, parties}, progress);
        REQUIRE(charts.ok());
        REQUIRE(charts->at(0).ok());
        CHECK(charts->at(0).value().series.size() == 2);
        CHECK(charts->at(1).error().code == ErrorCode::NotFound); // one failed chart does not sink the others
    }
    SECTION("by entity counts both directions and names the entity")
    {
        SeriesRequest req;
        req.group = SeriesGroup::Entity;
        auto r = shipmentSeries(db, req, progress);
        REQUIRE(r.ok());
        const MonthlySeries *kz = seriesByKey(*r, QStringLiteral("kz"));
        REQUIRE(kz);
        CHECK(kz->label == QStringLiteral("ТОО «Транзит»"));
        CHECK(kz->total == 889); // every shipment touches the intermediary
        CHECK(seriesByKey(*r, QStringLiteral("ru"))->total == 700);

        SeriesRequest one;
        one.filter.entity = QStringLiteral("ru");
        CHECK(shipmentSeries(db, one, progress)->first().total == 700);
        one.filter.entity = QStringLiteral("nobody");
        CHECK(shipmentSeries(db, one, progress).error().code == ErrorCode::NotFound);
    }
    SECTION("counterparties and timeline of an entity")
    {
        auto parties = topCounterparties(db, QStringLiteral("kz"), 10);
        REQUIRE(parties.ok());
        REQUIRE(parties->size() == 2);
        CHECK(parties->at(0).extId == u"ru");
        CHECK_FALSE(parties->at(0).supplier);
        CHECK(parties->at(0).value == 700);
        CHECK(parties->at(1).extId == u"de");
        CHECK(parties->at(1).supplier);
        CHECK(parties->at(1).shipments == 4);
        auto timeline = entityTimeline(db, QStringLiteral("kz"), 100);
        REQUIRE(timeline.ok());
        REQUIRE(timeline->size() == 5);
        CHECK(timeline->first().shipmentId == u"s1");
        CHECK(timeline->at(2).shipmentId == u"s3");
        CHECK(timeline->at(2).outgoing);
        CHECK(timeline->at(2).counterparty == QStringLiteral("ООО «Покупатель»"));
    }
}

TEST_CASE("Trade statistics periods in the layouts sources use")
{
    CHECK(monthOfPeriod(QStringLiteral("2023-04")) == QDate(2023, 4, 1));
    CHECK(monthOfPeriod(QStringLiteral("2023-04-01")) == QDate(2023, 4, 1));
    CHECK(monthOfPeriod(QStringLiteral("202304")) == QDate(2023, 4, 1));
    CHECK(monthOfPeriod(QStringLiteral("Aug. 2024")) == QDate(2024, 8, 1));
    CHECK(monthOfPeriod(QStringLiteral("Aug 2024")) == QDate(2024, 8, 1));
    CHECK_FALSE(monthOfPeriod(QStringLiteral("2023")).isValid());
    CHECK_FALSE(monthOfPeriod(QStringLiteral("later")).isValid());
}

TEST_CASE("Mirror statistics set the origin's exports against the destination's imports")
{
    TempCase tc;
    ReportCase::build(tc.caseFile());
    sqlite3 *db = tc.caseFile().handle();
    auto mirror = mirrorSeries(db, QStringLiteral("DE"), QStringLiteral("KZ"), {}, TradeMeasure::Value);
    REQUIRE(mirror.ok());
    REQUIRE(mirror->exports.months.size() == 48);
    REQUIRE(mirror->imports.months == mirror->exports.months);
    CHECK(valueAt(mirror->exports, QDate(2021, 5, 1)) == 1.0e6);
    CHECK(valueAt(mirror->imports, QDate(2021, 5, 1)) == 0.95e6);
    CHECK(valueAt(mirror->gap, QDate(2021, 5, 1)) == Approx(0.05e6));
    CHECK(valueAt(mirror->gap, QDate(2023, 3, 1)) == Approx(4.3e6 - 2.65e6));
    CHECK(mirror->exports.baselineMonths == 12);
    CHECK(mirror->exports.baseline == Approx(1.0e6));

    TradeStatRequest req;
    req.flow = QStringLiteral("export");
    auto stats = tradeStatSeries(db, req);
    REQUIRE(stats.ok());
    REQUIRE(stats->size() == 1);
    CHECK(stats->first().key == QStringLiteral("DE → KZ (export)"));

    NullProgress progress;
    ChartRequest chart;
    chart.kind = ChartRequest::Kind::Mirror;
    chart.stats.reporter = QStringLiteral("DE");
    chart.stats.partner = QStringLiteral("KZ");
    auto data = buildChart(db, chart, progress);
    REQUIRE(data.ok());
    REQUIRE(data->series.size() == 3);
    CHECK(data->series.at(2).style == ChartSeries::Style::Bars);
    CHECK(data->events.size() == 15);
    CHECK(data->events.first().date == QDate(2022, 2, 24));
    CHECK(data->events.last().date == QDate(2024, 6, 24));
    CHECK(data->events.last().label == u"EU14");
}
