#include "DetectionSupport.h"

#include "../../support/CaseBuilder.h"

#include "models/storage/CaseFile.h"

#include <QJsonDocument>

#include <cmath>
#include <cstring>
#include <limits>

using namespace caravan;
using namespace caravan::test;

namespace {

// A supplier in Germany, an intermediary in Kazakhstan, a buyer in Russia.
struct Parties {
    qint64 de, kz, ru;
    explicit Parties(CaseBuilder &b)
        : de(b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik Handel GmbH"), QStringLiteral("DE"))),
          kz(b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Астана Трейд"), QStringLiteral("KZ"))),
          ru(b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Комплектующие"), QStringLiteral("RU")))
    {
    }
};

QStringList ids(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *s : list)
        out << QString::fromLatin1(s);
    return out;
}

// One lot of chips DE -> KZ on 10 January 2023 and 95 of them KZ -> RU on 1 February, with these ids.
void plantChain(TempCase &tc, const QString &inbound, const QString &onward)
{
    CaseBuilder b(tc.caseFile());
    Parties p(b);
    b.shipment(inbound, QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("8542.31"), 100, 5000,
               QStringLiteral("DE"), QStringLiteral("KZ"));
    b.shipment(onward, QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("8542310000"), 95, 6000,
               QStringLiteral("DE"), QStringLiteral("RU"));
}

} // namespace

TEST_CASE("a chain DE -> KZ -> RU at HS-6 is found, explained and scored")
{
    TempCase tc;
    plantChain(tc, QStringLiteral("IN-1"), QStringLiteral("OUT-1"));
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    const DetectedChain &c = run.chains.front();
    CHECK(c.shipments == ids({"IN-1", "OUT-1"}));
    CHECK(c.entities == ids({"de-1", "kz-1", "ru-1"}));
    CHECK(c.route == QStringLiteral("DE -> KZ -> RU"));
    CHECK(c.hs == QStringLiteral("854231"));
    CHECK(c.hsDigits == 6);
    CHECK(c.chplTier == QStringLiteral("1"));
    CHECK(c.dates == ids({"2023-01-10", "2023-02-01"}));
    CHECK(c.dayGaps == std::vector<int>{22});
    CHECK(c.flags.first() == QStringLiteral("T3"));
    CHECK(c.id == chainIdOf(c.shipments));
    CHECK(c.id.startsWith(QStringLiteral("ch-")));
    CHECK(part(c, QStringLiteral("hs_match")) == Approx(0.40));
    CHECK(part(c, QStringLiteral("chpl")) == Approx(0.30));
    double sum = 0;
    for (const ScorePart &sp : c.parts)
        sum += sp.value;
    CHECK(c.score == Approx(std::min(1.0, sum)).margin(0.002));
    for (const char *needle : {"IN-1", "OUT-1", "+22 days", "CHPL tier 1", "tolerance 20%", "window 90 days", "5.0%"}) {
        INFO(needle);
        CHECK(c.explanation.contains(QLatin1String(needle)));
    }
    const QJsonObject json = c.toJson();
    for (const char *key : {"id", "score", "shipments", "entities", "hs", "flags", "explanation", "route", "dates",
                            "quantities", "score_parts", "chpl_tier"}) {
        INFO(key);
        CHECK(json.contains(QLatin1String(key)));
    }
}

TEST_CASE("the onward shipment must come after the inbound one")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-03-10"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("BEFORE"), QStringLiteral("2023-03-01"), p.kz, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("SAMEDAY"), QStringLiteral("2023-03-10"), p.kz, p.ru, QStringLiteral("854231"), 100,
                   0, QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    CHECK(detect(tc).chains.empty());
}

TEST_CASE("the window is inclusive at 90 days and closed after")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        const qint64 kz2 = b.company(QStringLiteral("kz-2"), QStringLiteral("ТОО Второй"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-01"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("DAY-90"), QStringLiteral("2023-04-01"), p.kz, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("IN-2"), QStringLiteral("2023-01-01"), p.de, kz2, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("DAY-91"), QStringLiteral("2023-04-02"), kz2, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    CHECK(run.chains.front().shipments == ids({"IN-1", "DAY-90"}));

    ChainSettings wide;
    wide.windowDays = 91;
    run = detect(tc, wide);
    CHECK(run.chains.size() == 2);
    CHECK(chainWith(run, ids({"IN-2", "DAY-91"})));
}

TEST_CASE("goods of another heading in the same HS chapter do not continue a chain")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-HS2"), QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("851762"), 100,
                   0, QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    CHECK(detect(tc).chains.empty());
}

TEST_CASE("an HS-4 match is a chain with a lower score, and none when exact HS-6 is required")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        const qint64 kz2 = b.company(QStringLiteral("kz-2"), QStringLiteral("ТОО Второй"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("IN-4"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-4"), QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("854239"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("IN-6"), QStringLiteral("2023-01-10"), p.de, kz2, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-6"), QStringLiteral("2023-02-01"), kz2, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 2);
    const DetectedChain *four = chainWith(run, ids({"IN-4", "OUT-4"}));
    const DetectedChain *six = chainWith(run, ids({"IN-6", "OUT-6"}));
    REQUIRE(four);
    REQUIRE(six);
    CHECK(four->hsDigits == 4);
    CHECK(six->hsDigits == 6);
    CHECK(four->score < six->score);
    CHECK(run.chains.front().id == six->id); // ranked first
    CHECK(four->explanation.contains(QLatin1String("as HS 854239")));

    ChainSettings exact;
    exact.hsDigits = 6;
    run = detect(tc, exact);
    REQUIRE(run.chains.size() == 1);
    CHECK(run.chains.front().shipments == ids({"IN-6", "OUT-6"}));
}

TEST_CASE("split onward shipments that sum to the inbound quantity make one chain")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        const qint64 by = b.company(QStringLiteral("by-1"), QStringLiteral("ОАО Минск"), QStringLiteral("BY"));
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("848210"), 1000, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-A"), QStringLiteral("2023-01-20"), p.kz, p.ru, QStringLiteral("848210"), 400, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("OUT-B"), QStringLiteral("2023-02-05"), p.kz, by, QStringLiteral("848210"), 350, 0,
                   QStringLiteral("KZ"), QStringLiteral("BY"));
        b.shipment(QStringLiteral("OUT-C"), QStringLiteral("2023-03-01"), p.kz, p.ru, QStringLiteral("848210"), 300, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    const DetectedChain &c = run.chains.front();
    CHECK(c.shipments == ids({"IN-1", "OUT-A", "OUT-B", "OUT-C"}));
    CHECK(c.route == QStringLiteral("DE -> KZ -> RU+BY"));
    CHECK(c.entities == ids({"de-1", "kz-1", "ru-1", "by-1"}));
    CHECK(c.dayGaps == std::vector<int>{10, 26, 50});
    CHECK(c.chplTier == QStringLiteral("3.B"));
    CHECK(c.explanation.contains(QLatin1String("1,050 pieces in total, 5.0% off")));

    // Two of the three are not enough: 750 is 25% short.
    ChainSettings tight;
    tight.windowDays = 40;
    CHECK(detect(tc, tight).chains.empty());
}

TEST_CASE("a chain may pass through two intermediaries, EU -> AE -> KZ -> RU")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        const qint64 ae =
            b.company(QStringLiteral("ae-1"), QStringLiteral("Gulf Electronics FZE"), QStringLiteral("AE"));
        b.shipment(QStringLiteral("EU-AE"), QStringLiteral("2023-01-10"), p.de, ae, QStringLiteral("854232"), 500, 0,
                   QStringLiteral("DE"), QStringLiteral("AE"));
        b.shipment(QStringLiteral("AE-KZ"), QStringLiteral("2023-02-10"), ae, p.kz, QStringLiteral("854232"), 480, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("KZ-RU"), QStringLiteral("2023-03-15"), p.kz, p.ru, QStringLiteral("854232"), 470, 0,
                   QStringLiteral("DE"), QStringLiteral("RU"));
    }
    ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    const DetectedChain &c = run.chains.front();
    CHECK(c.intermediaries == 2);
    CHECK(c.shipments == ids({"EU-AE", "AE-KZ", "KZ-RU"}));
    CHECK(c.route == QStringLiteral("DE -> AE -> KZ -> RU"));
    CHECK(c.entities == ids({"de-1", "ae-1", "kz-1", "ru-1"}));
    CHECK(c.dayGaps == std::vector<int>{31, 33});
    CHECK(part(c, QStringLiteral("layering")) == Approx(0.05));
    CHECK(run.stats.suppressedSubchains == 1); // AE -> KZ -> RU alone is part of the longer story

    ChainSettings one;
    one.maxIntermediaries = 1;
    run = detect(tc, one);
    REQUIRE(run.chains.size() == 1);
    CHECK(run.chains.front().shipments == ids({"AE-KZ", "KZ-RU"}));
}

TEST_CASE("a domestic onward sale is not a chain")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        const qint64 kz2 = b.company(QStringLiteral("kz-2"), QStringLiteral("ТОО Розница"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("DOMESTIC"), QStringLiteral("2023-02-01"), p.kz, kz2, QStringLiteral("854231"), 100,
                   0, QStringLiteral("KZ"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("ON-RU"), QStringLiteral("2023-03-01"), kz2, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    const ChainRun run = detect(tc);
    CHECK(run.chains.empty());
}

TEST_CASE("an onward quantity ten times off does not match")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("TENFOLD"), QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("854231"), 1000,
                   0, QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("TENTH"), QStringLiteral("2023-02-02"), p.kz, p.ru, QStringLiteral("854231"), 10, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    CHECK(detect(tc).chains.empty());
    ChainSettings loose;
    loose.qtyTolerancePercent = 100;
    CHECK(detect(tc, loose).chains.size() == 1); // 10 is within 100% of 100; 1000 never is
}

TEST_CASE("food ranks below the minimum score, CHPL goods rank first")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        const qint64 kz2 = b.company(QStringLiteral("kz-2"), QStringLiteral("ТОО Второй"), QStringLiteral("KZ"));
        const qint64 kz3 = b.company(QStringLiteral("kz-3"), QStringLiteral("ТОО Третий"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("MEAT-IN"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("020130"), 100,
                   0, QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("MEAT-OUT"), QStringLiteral("2023-01-20"), p.kz, p.ru, QStringLiteral("020130"), 100,
                   0, QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("CNC-IN"), QStringLiteral("2023-01-10"), p.de, kz2, QStringLiteral("845710"), 2, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("CNC-OUT"), QStringLiteral("2023-01-20"), kz2, p.ru, QStringLiteral("845710"), 2, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("IC-IN"), QStringLiteral("2023-01-10"), p.de, kz3, QStringLiteral("854231"), 2, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("IC-OUT"), QStringLiteral("2023-01-20"), kz3, p.ru, QStringLiteral("854231"), 2, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 2);
    CHECK(run.belowMinScore == 1);
    CHECK(run.chains[0].shipments.first() == QStringLiteral("IC-IN"));
    CHECK(run.chains[1].shipments.first() == QStringLiteral("CNC-IN"));

    ChainSettings all;
    all.minScore = 0;
    run = detect(tc, all);
    REQUIRE(run.chains.size() == 3);
    const DetectedChain &food = run.chains.back();
    CHECK(food.shipments.first() == QStringLiteral("MEAT-IN"));
    CHECK(part(food, QStringLiteral("goods")) == Approx(-0.5));
    CHECK(food.chplTier.isEmpty());
}

TEST_CASE("a dismissed chain stays dismissed when detection runs again")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-1"), QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("IN-2"), QStringLiteral("2023-05-10"), p.de, p.kz, QStringLiteral("848220"), 10, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-2"), QStringLiteral("2023-06-01"), p.kz, p.ru, QStringLiteral("848220"), 10, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    ChainRun first = detect(tc);
    REQUIRE(first.chains.size() == 2);
    const ChainRun again = detect(tc);
    REQUIRE(again.chains.size() == 2);
    CHECK(again.chains[0].id == first.chains[0].id); // ids are derived from the evidence
    CHECK(again.chains[1].id == first.chains[1].id);

    const DetectedChain *ic = chainWith(first, ids({"IN-1", "OUT-1"}));
    REQUIRE(ic);
    const QString dismissed = ic->id;
    markChain(tc, dismissed, QStringLiteral("dismissed"));
    markChain(tc, chainWith(first, ids({"IN-2", "OUT-2"}))->id, QStringLiteral("suspected"));

    const ChainRun after = detect(tc);
    REQUIRE(after.chains.size() == 1);
    CHECK(after.chains.front().shipments == ids({"IN-2", "OUT-2"}));
    CHECK(after.chains.front().status == QStringLiteral("suspected"));
    CHECK(after.dismissedHidden == 1);

    const ChainRun shown = detect(tc, {}, true);
    REQUIRE(shown.chains.size() == 2);
    const DetectedChain *back = chainWith(shown, ids({"IN-1", "OUT-1"}));
    REQUIRE(back);
    CHECK(back->id == dismissed);
    CHECK(back->status == QStringLiteral("dismissed"));
}

TEST_CASE("chain settings are saved with the case and read back")
{
    TempCase tc;
    ChainSettings s;
    s.windowDays = 45;
    s.qtyTolerancePercent = 12.5;
    s.transit = {QStringLiteral("KZ"), QStringLiteral("AM")};
    s.destination = {QStringLiteral("RU")};
    s.hsDigits = 6;
    s.minScore = 0.5;
    s.maxIntermediaries = 1;
    REQUIRE(s.save(tc.caseFile()).ok());
    CaseFile &reopened = tc.reopen();
    auto loaded = ChainSettings::load(reopened);
    REQUIRE(loaded.ok());
    CHECK(*loaded == s);
    CHECK(reopened.setting(QString::fromLatin1(chainkeys::transit)) == QStringLiteral("KZ,AM"));

    REQUIRE(reopened.setSetting(QString::fromLatin1(chainkeys::windowDays), QStringLiteral("ninety")).ok());
    auto bad = ChainSettings::load(reopened);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.contains(QLatin1String("chains.window_days")));

    auto defaults = ChainSettings::load(TempCase().caseFile());
    REQUIRE(defaults.ok());
    CHECK(defaults->windowDays == 90);
    CHECK(defaults->qtyTolerancePercent == 20);
    CHECK(defaults->transit.size() == 12);
    CHECK(defaults->destination == QStringList{QStringLiteral("RU"), QStringLiteral("BY")});

    ChainSettings overlap;
    overlap.transit << QStringLiteral("RU");
    CHECK_FALSE(overlap.validate().ok());
    CHECK_FALSE(ChainSettings::parseCountries(QStringLiteral("KZ,Kazakhstan"), QStringLiteral("--transit")).ok());
    CHECK(ChainSettings::parsePercent(QStringLiteral("15%")).value() == 15);
    CHECK_FALSE(ChainSettings::parsePercent(QStringLiteral("150")).ok());
}

TEST_CASE("chain search on plain arrays honours units and cancellation")
{
    graph::TradeArrays t;
    t.entityCountry = {graph::countryCode("DE"), graph::countryCode("KZ"), graph::countryCode("RU")};
    auto add = [&](std::int32_t from, std::int32_t to, std::int32_t day, std::int32_t hs, double q, std::int32_t unit) {
        t.exporter.push_back(from);
        t.importer.push_back(to);
        t.day.push_back(day);
        t.hs6.push_back(hs);
        t.quantity.push_back(q);
        t.unit.push_back(unit);
    };
    add(0, 1, 100, 854231, 100, 0);
    add(1, 2, 110, 854231, 100, 1); // kg against pcs: no match
    graph::ChainSearchParams p;
    p.transit.insert(graph::countryCode("KZ"));
    p.destination.insert(graph::countryCode("RU"));
    graph::ChainSearchResult r = graph::findChains(t, p);
    CHECK(r.chains.empty());
    CHECK(r.stats.hs6Pairs == 1);
    t.unit[1] = 0;
    r = graph::findChains(t, p);
    REQUIRE(r.chains.size() == 1);
    CHECK(r.chains.front().shipments == std::vector<std::uint32_t>{0, 1});
    r = graph::findChains(t, p, [](std::size_t, std::size_t) { return false; });
    CHECK(r.cancelled);
    CHECK(graph::countryCode("kz") == graph::countryCode("KZ"));
    CHECK(graph::countryCode("KAZ") == 0);
}

TEST_CASE("detection stops with a Cancelled error when asked to")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-1"), QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    struct Cancelled final : Progress {
        void setStatus(const QString &) override {}
        void setProgress(std::int64_t, std::int64_t) override {}
        bool isCancelled() const override { return true; }
    } cancelled;
    auto run = detectChains(tc.caseFile().handle(), {}, {}, cancelled);
    REQUIRE_FALSE(run.ok());
    CHECK(run.error().code == ErrorCode::Cancelled);
}

TEST_CASE("two inbound lots and two onward lots make two chains, each citing its own onward shipment")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        const qint64 it = b.company(QStringLiteral("it-1"), QStringLiteral("Fornitore SpA"), QStringLiteral("IT"));
        b.shipment(QStringLiteral("IN-IT"), QStringLiteral("2023-01-15"), it, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("IT"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("IN-DE"), QStringLiteral("2023-01-01"), p.de, p.kz, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-1"), QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("OUT-2"), QStringLiteral("2023-02-20"), p.kz, p.ru, QStringLiteral("854231"), 100, 0,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 2);
    QStringList onward;
    for (const DetectedChain &c : run.chains)
        onward << c.shipments.last();
    onward.sort();
    CHECK(onward == ids({"OUT-1", "OUT-2"}));
}

TEST_CASE("an entity merged into another trades as the survivor")
{
    TempCase tc;
    qint64 kzCopy = 0, kz = 0;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        kz = p.kz;
        kzCopy = b.company(QStringLiteral("kz-1-dup"), QStringLiteral("TOO Astana Trade"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), p.de, kzCopy, QStringLiteral("854231"), 100,
                   4000, QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-1"), QStringLiteral("2023-02-01"), p.kz, p.ru, QStringLiteral("854231"), 100,
                   5000, QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    CHECK(detect(tc).chains.empty()); // two different companies so far
    SqliteStatement merge(tc.caseFile().handle(), "UPDATE entities SET merged_into = ? WHERE id = ?");
    merge.bind(1, kz);
    merge.bind(2, kzCopy);
    REQUIRE(merge.execute());
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    CHECK(run.chains.front().entities == ids({"de-1", "kz-1", "ru-1"}));
    CHECK(run.chains.front().values == std::vector<double>{4000, 5000});
    CHECK(run.chains.front().unit == QStringLiteral("piece"));
    CHECK(run.chains.front().unitsWritten == ids({"pcs", "pcs"}));
}

TEST_CASE("the snapshot loads the same shipments on one thread and on several")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        Parties p(b);
        for (int i = 0; i < 257; ++i)
            b.shipment(QStringLiteral("S-%1").arg(i),
                       QStringLiteral("2023-%1-10").arg(1 + i % 12, 2, 10, QLatin1Char('0')), i % 3 ? p.de : p.kz,
                       i % 2 ? p.kz : p.ru, QString::number(840000 + i % 7), i, 2.0 * i, {}, {});
    }
    // Two rows whose dates cannot be read, in the middle and at the end: counted, not loaded.
    REQUIRE(sqliteExec(tc.caseFile().handle(), QStringLiteral("UPDATE shipments SET date = '10.01.2023' WHERE id IN "
                                                              "(100, 257)"))
                .ok());
    NullProgress progress;
    auto one = TradeSnapshot::load(tc.caseFile().handle(), progress);
    auto many = TradeSnapshot::load(tc.caseFile().handle(), progress, 1);
    REQUIRE(one.ok());
    REQUIRE(many.ok());
    REQUIRE(one->shipmentCount() == 255);
    CHECK(many->shipmentRowId == one->shipmentRowId);
    CHECK(many->trade.exporter == one->trade.exporter);
    CHECK(many->trade.importer == one->trade.importer);
    CHECK(many->trade.day == one->trade.day);
    CHECK(many->trade.hs6 == one->trade.hs6);
    CHECK(many->trade.quantity == one->trade.quantity);
    CHECK(many->trade.value == one->trade.value);
    // Unknown weights are NaN, which equals nothing: compared as bits.
    REQUIRE(many->trade.weight.size() == one->trade.weight.size());
    CHECK(std::memcmp(many->trade.weight.data(), one->trade.weight.data(), one->trade.weight.size() * sizeof(double)) ==
          0);
    CHECK(many->trade.currency == one->trade.currency);
    CHECK(many->unknownUnit == one->unknownUnit);
    CHECK(one->undatedRowIds == std::vector<qint64>{100, 257});
    CHECK(many->undatedRowIds == one->undatedRowIds);
    CHECK(many->units == one->units);
    CHECK(many->trade.unit == one->trade.unit);
}

TEST_CASE("a chain's compact JSON is byte for byte the document of its JSON object")
{
    TempCase tc;
    plantChain(tc, QStringLiteral("IN-\"1\""), QStringLiteral("OUT\\1"));
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    DetectedChain c = run.chains.front();
    const auto same = [](const DetectedChain &chain) {
        CHECK(chain.toCompactJson() == QJsonDocument(chain.toJson()).toJson(QJsonDocument::Compact));
    };
    same(c);
    // What a written file can hold: quotes, backslashes, control characters, Cyrillic, empty and unknown values,
    // a part named twice (the last value counts), and a mark.
    c.explanation = QStringLiteral("ТОО «Астана»\t\"quoted\"\n\\ end \x01\x1f é 漢");
    c.unitsWritten = QStringList{QStringLiteral("шт."), QString(), QStringLiteral("796 ШТ")};
    c.quantities = {1.5, std::nan(""), 1e21, -0.0};
    c.weights = {};
    c.values = {0.1 + 0.2, 12345678.9, std::numeric_limits<double>::infinity()};
    c.parts.push_back({QStringLiteral("hs_match"), 0.123456789, QStringLiteral("again")});
    c.parts.push_back({QStringLiteral("a_first"), 1.0, QString()});
    c.chplTier.clear();
    c.status = QStringLiteral("suspected");
    c.score = 0.7;
    same(c);
}

TEST_CASE("stored dates are read as day numbers, and unreadable ones are refused")
{
    bool ok = false;
    CHECK(dayFromIso("1970-01-01", 10, &ok) == 0);
    CHECK(ok);
    CHECK(dayFromIso("2024-02-29", 10, &ok) == 19782);
    CHECK(ok);
    CHECK(dayFromIso("2023-05", 7, &ok) == dayFromIso("2023-05-01", 10));
    CHECK(ok);
    CHECK(dayFromIso("2023", 4, &ok) == dayFromIso("2023-01-01", 10));
    CHECK(ok);
    for (const char *bad : {"2023-13-01", "2023-00-10", "2023-01-32", "2023-01-00", "2023/01/10", "20x3-01-10",
                            "2023-0a-10", "2023-01-1 ", "15.03.2023"}) {
        INFO(bad);
        dayFromIso(bad, std::strlen(bad), &ok);
        CHECK_FALSE(ok);
    }
    CHECK(isoFromDay(dayFromIso("2031-12-31", 10)) == QStringLiteral("2031-12-31"));
}

namespace {

// Chains as comparable values: shipments, hops, HS match and measure.
std::vector<std::vector<std::uint32_t>> chainShipments(const graph::ChainSearchResult &r)
{
    std::vector<std::vector<std::uint32_t>> out;
    for (const graph::ChainCandidate &c : r.chains) {
        std::vector<std::uint32_t> row = c.shipments;
        row.push_back(1000000u + c.intermediaries * 100u + c.hsDigits * 10u + static_cast<std::uint32_t>(c.measure));
        out.push_back(std::move(row));
    }
    return out;
}

// The search on 2, 3 and 4 threads finds what the search on one thread finds, with the same statistics.
void checkThreadsAgree(const graph::TradeArrays &t, graph::ChainSearchParams p)
{
    p.threads = 1;
    const graph::ChainSearchResult one = graph::findChains(t, p);
    for (unsigned threads : {2u, 3u, 4u}) {
        INFO(threads);
        p.threads = threads;
        const graph::ChainSearchResult many = graph::findChains(t, p);
        CHECK(chainShipments(many) == chainShipments(one));
        CHECK(many.stats.hs6Pairs == one.stats.hs6Pairs);
        CHECK(many.stats.inboundConsidered == one.stats.inboundConsidered);
        CHECK(many.stats.suppressedSubchains == one.stats.suppressedSubchains);
    }
}

} // namespace

TEST_CASE("suppliers searched on several threads give the chains of one search in order")
{
    graph::TradeArrays t;
    // 0 and 1 in Germany, 2 in Kazakhstan, 3 in Russia: two German lots into Kazakhstan, two onward lots.
    t.entityCountry = {graph::countryCode("DE"), graph::countryCode("DE"), graph::countryCode("KZ"),
                       graph::countryCode("RU")};
    auto add = [&](std::int32_t from, std::int32_t to, std::int32_t day, double q) {
        t.exporter.push_back(from);
        t.importer.push_back(to);
        t.day.push_back(day);
        t.hs6.push_back(854231);
        t.quantity.push_back(q);
        t.unit.push_back(0);
    };
    add(0, 2, 100, 100); // supplier 0's lot
    add(1, 2, 101, 100); // supplier 1's lot: on a second thread it starts with no onward lot used
    add(2, 3, 110, 100);
    add(2, 3, 120, 100);
    graph::ChainSearchParams p;
    p.transit.insert(graph::countryCode("KZ"));
    p.destination.insert(graph::countryCode("RU"));
    p.threads = 1;
    const graph::ChainSearchResult one = graph::findChains(t, p);
    REQUIRE(one.chains.size() == 2);
    // In order, the second lot finds the first onward lot taken and takes the other one.
    CHECK(one.chains[0].shipments == std::vector<std::uint32_t>{0, 2});
    CHECK(one.chains[1].shipments == std::vector<std::uint32_t>{1, 3});
    checkThreadsAgree(t, p);

    // Random trade among 60 parties, with split lots and lots that compete for the same onward shipments.
    graph::TradeArrays r;
    std::uint32_t seed = 20261207;
    auto next = [&seed](std::uint32_t n) {
        seed = seed * 1664525u + 1013904223u;
        return (seed >> 8) % n;
    };
    const char *countries[] = {"DE", "FR", "US", "KZ", "KG", "AE", "RU", "BY"};
    for (int e = 0; e < 60; ++e)
        r.entityCountry.push_back(graph::countryCode(countries[next(8)]));
    for (int s = 0; s < 6000; ++s) {
        r.exporter.push_back(static_cast<std::int32_t>(next(60)));
        r.importer.push_back(static_cast<std::int32_t>(next(60)));
        r.day.push_back(static_cast<std::int32_t>(19000 + next(400)));
        r.hs6.push_back(854200 + static_cast<std::int32_t>(next(4)) * 10 + 1);
        r.quantity.push_back(static_cast<double>(50 * (1 + next(4))));
        r.unit.push_back(0);
    }
    p.threads = 1;
    p.hsDigits = 4;
    CHECK(graph::findChains(r, p).chains.size() > 100);
    checkThreadsAgree(r, p);
}
