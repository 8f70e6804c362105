// Verdicts count only the lists of their own authority: OFAC 50% rule -> OFAC SDN; EU rule -> EU and UN; UK test
// (OFSI) -> UK and UN, one designated person at a time.
#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"
#include "OwnershipTestSupport.h"

#include "models/analysis/GraphBuilder.h"
#include "models/analysis/OwnershipAnalysis.h"
#include "models/storage/EntityDetails.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

std::unique_ptr<OwnershipAnalysis> analyse(CaseFile &file, std::optional<ListRules> rules = std::nullopt,
                                           QStringList ofacLists = {})
{
    OwnershipOptions options;
    options.load.asOf = QDate(2024, 9, 1);
    options.load.listRules = std::move(rules);
    options.load.ofacLists = std::move(ofacLists);
    return loadAnalysis(file, options);
}

// A KZ company owned by the given (list, share) pairs, each owner a person of its own.
void ownedBy(CaseFile &file, const QList<QPair<QString, QString>> &owners)
{
    CaseBuilder b(file);
    const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("Trade LLP"), QStringLiteral("KZ"));
    int n = 0;
    for (const auto &[list, share] : owners) {
        ++n;
        const qint64 p = b.person(QStringLiteral("p%1").arg(n), QStringLiteral("Owner %1").arg(n));
        b.designate(p, list, QStringLiteral("RUSSIA"), QStringLiteral("2022-03-01"));
        b.owns(p, kz, share);
    }
}

} // namespace

TEST_CASE("a company 60% owned by an SDN person is blocked under the OFAC 50% rule, and the verdict names the list")
{
    TempCase tc;
    ownedBy(tc.caseFile(), {{QStringLiteral("OFAC SDN"), QStringLiteral("60")}});
    const OwnershipVerdict v = verdictOf(*analyse(tc.caseFile()), QStringLiteral("kz"));
    CHECK(v.blocked);
    CHECK(v.aggregatePercent == Approx(60.0));
    CHECK_FALSE(v.euOwned);
    CHECK_FALSE(v.ukOwned);
    CHECK(v.ofacListsCounted == QStringList{QStringLiteral("OFAC SDN")});
    CHECK(v.ofacListsText == QStringLiteral("OFAC 50% rule, counting: OFAC SDN."));
    CHECK(v.euListsText.startsWith(QStringLiteral("EU ownership and control counts no list in this case.")));
}

TEST_CASE("30% SDN + 25% EU: not blocked under the OFAC 50% rule, not EU owned, the verdict says what was not counted")
{
    TempCase tc;
    ownedBy(tc.caseFile(),
            {{QStringLiteral("OFAC SDN"), QStringLiteral("30")}, {QStringLiteral("EU"), QStringLiteral("25")}});
    const OwnershipVerdict v = verdictOf(*analyse(tc.caseFile()), QStringLiteral("kz"));
    CHECK_FALSE(v.blocked);
    CHECK_FALSE(v.possiblyBlocked);
    CHECK(v.aggregatePercent == Approx(30.0));
    CHECK(v.caution); // a blocked minority interest
    CHECK_FALSE(v.euOwned);
    CHECK(v.euAggregatePercent == Approx(25.0));
    CHECK(v.explanationText.contains(
        QStringLiteral("OFAC 50% rule: kz is not blocked; blocked owners hold 30% in aggregate, below 50%")));
    CHECK(v.explanationText.contains(QStringLiteral("Owners on lists the OFAC 50% rule does not count: p2 25% [")));
    CHECK(v.explanationText.contains(QStringLiteral("listed by EU (RUSSIA)")));
    CHECK(v.ofacListsText ==
          QStringLiteral("OFAC 50% rule, counting: OFAC SDN. Not counted, feeding EU ownership and control: EU."));
}

TEST_CASE("EU 30% + UK 25%: neither OFAC blocked, nor EU owned, nor UK owned")
{
    TempCase tc;
    ownedBy(tc.caseFile(),
            {{QStringLiteral("EU"), QStringLiteral("30")}, {QStringLiteral("UK"), QStringLiteral("25")}});
    const auto analysis = analyse(tc.caseFile());
    const OwnershipVerdict v = verdictOf(*analysis, QStringLiteral("kz"));
    CHECK_FALSE(v.blocked);
    CHECK(v.aggregatePercent == Approx(0.0));
    CHECK_FALSE(v.euOwned);
    CHECK_FALSE(v.ukOwned);
    CHECK(v.ukLargestPercent == Approx(25.0));
    CHECK(v.status() == QStringLiteral("not_blocked"));
    CHECK_FALSE(v.explanationText.contains(QStringLiteral("is blocked")));
    const QJsonObject json = v.toJson();
    CHECK(json.value(QStringLiteral("blocked")).toBool() == false);
    CHECK(json.value(QStringLiteral("uk_owned")).toBool() == false);
    CHECK(json.value(QStringLiteral("lists_used")).toObject().value(QStringLiteral("ofac")).toArray().isEmpty());
    CHECK(json.value(QStringLiteral("lists_used")).toObject().value(QStringLiteral("uk")).toArray() ==
          QJsonArray{QStringLiteral("UK")});
}

TEST_CASE("a UN-listed 60% owner: EU owned and UK owned, not blocked under the OFAC 50% rule")
{
    TempCase tc;
    ownedBy(tc.caseFile(), {{QStringLiteral("UN SC"), QStringLiteral("60")}});
    const OwnershipVerdict v = verdictOf(*analyse(tc.caseFile()), QStringLiteral("kz"));
    CHECK_FALSE(v.blocked);
    CHECK_FALSE(v.possiblyBlocked);
    CHECK(v.euOwned);
    CHECK(v.ukOwned);
    CHECK(v.ukPerson == QStringLiteral("p1"));
    CHECK(v.ukLargestPercent == Approx(60.0));
    CHECK(v.ukExplanationText.startsWith(
        QStringLiteral("kz is owned under the UK test (OFSI): p1 holds 60%, more than 50%")));
    CHECK(v.euListsCounted == QStringList{QStringLiteral("UN SC")});
    CHECK(v.ukListsCounted == QStringList{QStringLiteral("UN SC")});
}

TEST_CASE("a BIS Entity List owner of 100% blocks, owns and controls nothing")
{
    TempCase tc;
    ownedBy(tc.caseFile(),
            {{QStringLiteral("Entity List (EL) - Bureau of Industry and Security"), QStringLiteral("100")}});
    const OwnershipVerdict v = verdictOf(*analyse(tc.caseFile()), QStringLiteral("kz"));
    CHECK_FALSE(v.blocked);
    CHECK_FALSE(v.possiblyBlocked);
    CHECK_FALSE(v.caution);
    CHECK_FALSE(v.euOwned);
    CHECK_FALSE(v.euControlled);
    CHECK_FALSE(v.ukOwned);
    CHECK(v.ofacListsText ==
          QStringLiteral("OFAC 50% rule counts no list in this case. Counted by no rule: Entity List "
                         "(EL) - Bureau of Industry and Security (US export control (BIS, not "
                         "blocking))."));
}

TEST_CASE("UK test (OFSI): two designated persons with 30% each do not own it, one person's holdings add up")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("Trade LLP"), QStringLiteral("KZ"));
        const qint64 am = b.company(QStringLiteral("am"), QStringLiteral("Transit LLC"), QStringLiteral("AM"));
        const qint64 half = b.company(QStringLiteral("half"), QStringLiteral("Half LLP"), QStringLiteral("KZ"));
        const qint64 sub = b.company(QStringLiteral("sub"), QStringLiteral("Holding LLP"), QStringLiteral("KZ"));
        const qint64 p = b.person(QStringLiteral("p"), QStringLiteral("Ivanov Ivan"));
        const qint64 q = b.person(QStringLiteral("q"), QStringLiteral("Petrov Petr"));
        for (const qint64 x : {p, q})
            b.designate(x, QStringLiteral("Foreign, Commonwealth & Development Office"),
                        QStringLiteral("The Russia (Sanctions) (EU Exit) Regulations 2019"),
                        QStringLiteral("2022-03-01"));
        b.owns(p, kz, QStringLiteral("30"));
        b.owns(q, kz, QStringLiteral("30"));
        // p holds 30% of am directly and 25% through sub, which p owns 60% of: 55%, more than 50%.
        b.owns(p, sub, QStringLiteral("60"));
        b.owns(p, am, QStringLiteral("30"));
        b.owns(sub, am, QStringLiteral("25"));
        // Exactly 50% is not "more than 50%".
        b.owns(p, half, QStringLiteral("50"));
    }
    const auto analysis = analyse(tc.caseFile());
    const OwnershipVerdict kz = verdictOf(*analysis, QStringLiteral("kz"));
    CHECK_FALSE(kz.ukOwned);
    CHECK_FALSE(kz.ukControlled);
    CHECK(kz.ukLargestPercent == Approx(30.0));
    CHECK(kz.ukCombinedPercent == Approx(60.0));
    CHECK(kz.ukHolders == 2);
    CHECK(kz.ukExplanationText.contains(QStringLiteral("the largest holding of one UK-designated person is 30%")));
    CHECK(kz.ukExplanationText.contains(QStringLiteral("hold 60% together")));
    CHECK(kz.ukExplanationText.contains(QStringLiteral("OFSI does not aggregate different designated persons' "
                                                       "holdings")));
    CHECK_FALSE(kz.blocked); // the UK list does not feed the OFAC 50% rule
    CHECK_FALSE(kz.euOwned);

    const OwnershipVerdict am = verdictOf(*analysis, QStringLiteral("am"));
    CHECK(am.ukOwned);
    CHECK(am.ukPerson == QStringLiteral("p"));
    CHECK(am.ukLargestPercent == Approx(55.0));
    CHECK(am.ukBecause.size() == 2);
    CHECK(verdictOf(*analysis, QStringLiteral("sub")).ukOwned);
    const OwnershipVerdict half = verdictOf(*analysis, QStringLiteral("half"));
    CHECK_FALSE(half.ukOwned);
    CHECK(half.ukLargestPercent == Approx(50.0));
}

TEST_CASE("the case's list setting decides, and a run's --ofac-list still overrides it")
{
    TempCase tc;
    ownedBy(tc.caseFile(), {{QStringLiteral("Regional list"), QStringLiteral("60")}});
    CHECK_FALSE(verdictOf(*analyse(tc.caseFile()), QStringLiteral("kz")).blocked); // unknown: feeds no rule
    ListRules chosen;
    chosen.set(QStringLiteral("Regional list"), listrule::kOfac);
    REQUIRE(chosen.store(tc.caseFile(), ListRules()).ok());
    const OwnershipVerdict v = verdictOf(*analyse(tc.caseFile()), QStringLiteral("kz"));
    CHECK(v.blocked);
    CHECK(v.ofacListsText == QStringLiteral("OFAC 50% rule, counting: Regional list."));
    CHECK_FALSE(verdictOf(*analyse(tc.caseFile(), ListRules()), QStringLiteral("kz")).blocked);
    CHECK_FALSE(
        verdictOf(*analyse(tc.caseFile(), std::nullopt, {QStringLiteral("OFAC")}), QStringLiteral("kz")).blocked);
}

TEST_CASE("the ownership graph's blocked colours follow the case's list setting")
{
    TempCase tc;
    ownedBy(tc.caseFile(), {{QStringLiteral("EU"), QStringLiteral("60")}});
    NullProgress progress;
    const auto colours = [&] {
        auto g = GraphBuilder(tc.caseFile().handle()).ownership({QDate(2024, 9, 1)}, progress);
        REQUIRE(g.ok());
        const std::uint32_t p = g->indexOf(findEntityByExtId(tc.caseFile().handle(), QStringLiteral("p1")));
        const std::uint32_t kz = g->indexOf(findEntityByExtId(tc.caseFile().handle(), QStringLiteral("kz")));
        REQUIRE(kz < g->nodeCount());
        return std::tuple{g->nodes[p].flags, g->nodes[kz].flags};
    };
    auto [owner, company] = colours();
    CHECK(graph::hasFlag(owner, graph::NodeFlag::Designated)); // outlined: listed somewhere
    CHECK_FALSE(graph::hasFlag(owner, graph::NodeFlag::OfacDesignated));
    CHECK_FALSE(graph::hasFlag(company, graph::NodeFlag::Blocked)); // an EU listing blocks nothing under OFAC
    ListRules chosen;
    chosen.set(QStringLiteral("EU"), listrule::kOfac | listrule::kEu);
    REQUIRE(chosen.store(tc.caseFile(), ListRules()).ok());
    std::tie(owner, company) = colours();
    CHECK(graph::hasFlag(owner, graph::NodeFlag::OfacDesignated));
    CHECK(graph::hasFlag(company, graph::NodeFlag::Blocked));
}
