#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/analysis/GraphBuilder.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace caravan;
using namespace caravan::test;
using graph::hasFlag;
using graph::NodeFlag;

namespace {

struct Fixture {
    TempCase tc;
    qint64 sdn = 0, kz = 0, kg = 0, de = 0, ru = 0, director = 0;
    Fixture()
    {
        CaseBuilder b(tc.caseFile());
        sdn = b.person(QStringLiteral("p-1"), QStringLiteral("Захаров Александр"), QStringLiteral("RU"));
        kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Қазақ Транзит»"), QStringLiteral("KZ"));
        kg = b.company(QStringLiteral("kg-1"), QStringLiteral("ОсОО Ала-Тоо Трейд"), QStringLiteral("KG"));
        de = b.company(QStringLiteral("de-1"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
        ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Восток"), QStringLiteral("RU"));
        director = b.person(QStringLiteral("p-2"), QStringLiteral("Иванов Иван"), QStringLiteral("KZ"));
        b.owns(sdn, kz, QStringLiteral("51"), QStringLiteral("2022-04-01"));
        b.owns(kz, kg, QStringLiteral("25-50"), QStringLiteral("2021-01-01"), QStringLiteral("2023-12-31"));
        b.link(QStringLiteral("directorship"), director, kz);
        b.designate(sdn, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-06-28"));
        b.shipment(QStringLiteral("s1"), QStringLiteral("2021-05-01"), de, kz, QStringLiteral("8542.31"), 10, 100,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("s2"), QStringLiteral("2023-03-01"), de, kz, QStringLiteral("8542.31"), 10, 200,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("s3"), QStringLiteral("2023-03-20"), kz, ru, QStringLiteral("854231"), 10, 250,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("s4"), QStringLiteral("2023-04-01"), de, kg, QStringLiteral("8471.30"), 1, 50,
                   QStringLiteral("DE"), QStringLiteral("KG"));
        b.commit();
        REQUIRE(sqliteExec(tc.caseFile().handle(),
                           QStringLiteral("INSERT INTO marks(target_kind, target_ref, status, created_at, updated_at) "
                                          "VALUES('entity', 'kg-1', 'suspected', '2024-01-01', '2024-01-01')"))
                    .ok());
    }
    GraphBuilder builder() { return GraphBuilder(tc.caseFile().handle()); }
};

} // namespace

TEST_CASE("the ownership snapshot keeps links valid at the date, with flags from designations and marks")
{
    Fixture f;
    NullProgress progress;
    auto all = f.builder().ownership({}, progress);
    REQUIRE(all.ok());
    CHECK(all->nodeCount() == 4);
    CHECK(all->edges.size() == 3);

    auto at2022 = f.builder().ownership({QDate(2022, 8, 1)}, progress);
    REQUIRE(at2022.ok());
    const graph::GraphSnapshot &s = *at2022;
    const std::uint32_t p = s.indexOf(f.sdn), kz = s.indexOf(f.kz), kg = s.indexOf(f.kg);
    REQUIRE(kg < s.nodeCount());
    CHECK(s.nodes[kz].label == "ТОО «Қазақ Транзит»");
    CHECK(s.nodes[kz].country == "KZ");
    CHECK(s.nodes[p].kind == graph::NodeKind::Person);
    CHECK(hasFlag(s.nodes[p].flags, NodeFlag::Designated));
    CHECK(hasFlag(s.nodes[kz].flags, NodeFlag::Blocked));         // 51% from a designated owner
    CHECK(hasFlag(s.nodes[kg].flags, NodeFlag::PossiblyBlocked)); // 25-50% from a blocked owner
    CHECK(hasFlag(s.nodes[kg].flags, NodeFlag::MarkSuspected));

    // Before the SDN owned it and before the listing: no owner link, nothing blocked.
    auto at2021 = f.builder().ownership({QDate(2021, 6, 1)}, progress);
    REQUIRE(at2021.ok());
    CHECK(at2021->indexOf(f.sdn) == at2021->nodeCount());
    CHECK_FALSE(hasFlag(at2021->nodes[at2021->indexOf(f.kz)].flags, NodeFlag::Blocked));
    // After the 25-50 stake ended.
    auto at2024 = f.builder().ownership({QDate(2024, 6, 1)}, progress);
    REQUIRE(at2024.ok());
    CHECK(at2024->indexOf(f.kg) == at2024->nodeCount());
    // Without directorships.
    OwnershipGraphOptions noDirectors{QDate(2022, 8, 1)};
    noDirectors.directorships = false;
    CHECK(f.builder().ownership(noDirectors, progress)->edges.size() == 2);
}

TEST_CASE("the trade snapshot aggregates shipments by pair with date, HS and country filters")
{
    Fixture f;
    NullProgress progress;
    auto all = f.builder().trade({}, progress);
    REQUIRE(all.ok());
    CHECK(all->nodeCount() == 4);
    REQUIRE(all->edges.size() == 3);
    const auto it = std::find_if(all->edges.begin(), all->edges.end(), [&](const graph::GraphEdge &e) {
        return all->nodes[e.from].id == f.de && all->nodes[e.to].id == f.kz;
    });
    REQUIRE(it != all->edges.end());
    const graph::GraphEdge &deKz = *it;
    CHECK(deKz.count == 2);
    CHECK(deKz.weight == Approx(300));
    CHECK(deKz.startDate == "2021-05-01");
    CHECK(all->nodes[all->indexOf(f.kz)].weight == Approx(550));

    TradeGraphOptions since2022;
    since2022.from = QDate(2022, 2, 24);
    since2022.hsPrefix = QStringLiteral("8542");
    auto chips = f.builder().trade(since2022, progress);
    REQUIRE(chips.ok());
    CHECK(chips->edges.size() == 2);
    CHECK(chips->edges[0].count == 1);

    TradeGraphOptions kyrgyz;
    kyrgyz.countries = {QStringLiteral("kg")};
    auto kgOnly = f.builder().trade(kyrgyz, progress);
    REQUIRE(kgOnly.ok());
    CHECK(kgOnly->edges.size() == 1);
    CHECK(hasFlag(kgOnly->nodes[kgOnly->indexOf(f.kg)].flags, NodeFlag::MarkSuspected));

    TradeGraphOptions countries;
    countries.countryLevel = true;
    auto byCountry = f.builder().trade(countries, progress);
    REQUIRE(byCountry.ok());
    CHECK(byCountry->nodeCount() == 4); // DE, KZ, RU, KG
    CHECK(byCountry->edges.size() == 3);
    CHECK(byCountry->nodes[0].kind == graph::NodeKind::Country);

    const CaseDateSpan span = f.builder().dateSpan();
    CHECK(span.first == QDate(2021, 1, 1));
    CHECK(span.last == QDate(2023, 12, 31));
}

TEST_CASE("trade parties are counted with the snapshot's filters and no further than the limit asks, a parties "
          "filter keeps their shipments only",
          "[graph][parties]")
{
    Fixture f;
    NullProgress progress;
    // de, kz, ru and kg trade; past a limit of 2 the count stops at 3.
    auto all = f.builder().tradeParties({}, 10, progress);
    REQUIRE(all.ok());
    CHECK(all.value() == 4);
    auto capped = f.builder().tradeParties({}, 2, progress);
    REQUIRE(capped.ok());
    CHECK(capped.value() == 3);
    TradeGraphOptions since2022;
    since2022.from = QDate(2022, 2, 24);
    since2022.hsPrefix = QStringLiteral("8542");
    auto chips = f.builder().tradeParties(since2022, 10, progress);
    REQUIRE(chips.ok());
    CHECK(chips.value() == 3); // s2 de -> kz, s3 kz -> ru

    TradeGraphOptions ofRu;
    ofRu.parties = {QStringLiteral("ru-1")};
    auto ru = f.builder().trade(ofRu, progress);
    REQUIRE(ru.ok());
    REQUIRE(ru->edges.size() == 1);
    CHECK(ru->nodes[ru->edges[0].from].id == f.kz);
    CHECK(ru->nodes[ru->edges[0].to].id == f.ru);
    auto ruParties = f.builder().tradeParties(ofRu, 10, progress);
    REQUIRE(ruParties.ok());
    CHECK(ruParties.value() == 2);
    // The countries of a parties filter are the whole network's: it applies to companies only.
    ofRu.countryLevel = true;
    auto countries = f.builder().trade(ofRu, progress);
    REQUIRE(countries.ok());
    CHECK(countries->edges.size() == 3);
}

TEST_CASE("a neighbourhood snapshot keeps the vertices within k hops and their edges")
{
    Fixture f;
    NullProgress progress;
    auto all = f.builder().ownership({QDate(2022, 8, 1)}, progress);
    REQUIRE(all.ok());
    const graph::GraphSnapshot one = neighbourhoodSnapshot(*all, f.kg, 1);
    CHECK(one.nodeCount() == 2);
    CHECK(one.edges.size() == 1);
    CHECK(neighbourhoodSnapshot(*all, f.kg, 2).nodeCount() == 4);
    CHECK(neighbourhoodSnapshot(*all, 999, 2).nodeCount() == 0);
}

TEST_CASE("the lineage snapshot keeps an entity's owners up and its holdings down, over ownership and control")
{
    Fixture f;
    NullProgress progress;
    auto all = f.builder().ownership({QDate(2022, 8, 1)}, progress);
    REQUIRE(all.ok());
    REQUIRE(all->nodeCount() == 4); // the director is there, over a directorship
    const graph::GraphSnapshot mid = lineageSnapshot(*all, f.kz);
    CHECK(mid.nodeCount() == 3); // SDN owner above, KG holding below; not the director
    CHECK(mid.indexOf(f.director) == mid.nodeCount());
    CHECK(mid.edges.size() == 2);
    CHECK(hasFlag(mid.nodes[mid.indexOf(f.kz)].flags, NodeFlag::Focus));
    CHECK_FALSE(hasFlag(mid.nodes[mid.indexOf(f.sdn)].flags, NodeFlag::Focus));
    CHECK(hasFlag(mid.nodes[mid.indexOf(f.kz)].flags, NodeFlag::Blocked)); // colours kept
    const graph::GraphSnapshot top = lineageSnapshot(*all, f.sdn);
    CHECK(top.nodeCount() == 3); // everything it holds, directly or not
    const graph::GraphSnapshot bottom = lineageSnapshot(*all, f.kg);
    CHECK(bottom.nodeCount() == 3);
    CHECK(lineageSnapshot(*all, f.director).nodeCount() == 1); // a director owns nothing
    CHECK(lineageSnapshot(*all, 999).nodeCount() == 0);
}

TEST_CASE("the trade snapshot keeps only CHPL goods, of one tier or of any")
{
    Fixture f;
    NullProgress progress;
    TradeGraphOptions tier1;
    tier1.chplTier = QStringLiteral("1"); // 854231 is tier 1; 847130 (laptops) is not on the list
    auto chips = f.builder().trade(tier1, progress);
    REQUIRE(chips.ok());
    CHECK(chips->edges.size() == 2); // DE -> KZ (s1, s2) and KZ -> RU (s3)
    CHECK(chips->indexOf(f.kg) == chips->nodeCount());
    CHECK(chips->title.find("CHPL tier 1") != std::string::npos);
    TradeGraphOptions any;
    any.chplTier = kAnyChplTier.toString();
    CHECK(f.builder().trade(any, progress)->edges.size() == 2);
    TradeGraphOptions tier2;
    tier2.chplTier = QStringLiteral("2");
    CHECK(f.builder().trade(tier2, progress)->edges.empty());
    tier2.countryLevel = true;
    CHECK(f.builder().trade(tier2, progress)->edges.empty());
    any.countryLevel = true;
    CHECK(f.builder().trade(any, progress)->edges.size() == 2); // DE -> KZ, KZ -> RU
    TradeGraphOptions bad;
    bad.chplTier = QStringLiteral("9.Z");
    CHECK_FALSE(f.builder().trade(bad, progress).ok());
}
