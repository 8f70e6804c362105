#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/analysis/CaseOverview.h"
#include "models/analysis/ChainDetector.h"
#include "models/storage/MarkStore.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// A German supplier sells integrated circuits to a Kazakh trader that an SDN-listed person owns 51% of; the trader
// sells on to Russia and Belarus. An Emirati forwarder is 60% owned by an EU-listed person (a list the OFAC 50% rule
// does not count), and a Kyrgyz firm is 40-60% owned by the SDN person (a range: possibly blocked).
void fillCase(CaseFile &file)
{
    CaseBuilder b(file);
    const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
    const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("Steppe Trade LLP"), QStringLiteral("KZ"));
    const qint64 ae = b.company(QStringLiteral("ae-1"), QStringLiteral("Gulf Forwarding FZE"), QStringLiteral("AE"));
    const qint64 kg = b.company(QStringLiteral("kg-1"), QStringLiteral("Ala-Too Parts"), QStringLiteral("KG"));
    const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("OOO Vostok"), QStringLiteral("RU"));
    const qint64 ru2 = b.company(QStringLiteral("ru-2"), QStringLiteral("OOO Kofe"), QStringLiteral("RU"));
    const qint64 by = b.company(QStringLiteral("by-1"), QStringLiteral("OAO Minsk Elektro"), QStringLiteral("BY"));
    const qint64 sdn = b.person(QStringLiteral("p-sdn"), QStringLiteral("Ivan Petrov"), QStringLiteral("RU"));
    const qint64 eu = b.person(QStringLiteral("p-eu"), QStringLiteral("Oleg Sidorov"), QStringLiteral("RU"));
    b.designate(sdn, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-06-28"));
    b.designate(eu, QStringLiteral("EU"), QStringLiteral("RUSSIA"), QStringLiteral("2022-03-01"));
    b.owns(sdn, kz, QStringLiteral("51"), QStringLiteral("2021-01-01"));
    b.owns(eu, ae, QStringLiteral("60"), QStringLiteral("2021-01-01"));
    b.owns(sdn, kg, QStringLiteral("40-60"), QStringLiteral("2021-01-01"));
    // To RU or BY: 2023 Q1 two tier-1 shipments, 2023 Q2 one tier-3.A computer and one of coffee (off the list),
    // 2023 Q4 one tier-1 shipment. Others go to KZ and AE and are not counted.
    b.shipment(QStringLiteral("DE-1"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("8542.31"), 100, 5000,
               QStringLiteral("DE"), QStringLiteral("KZ"));
    b.shipment(QStringLiteral("KZ-1"), QStringLiteral("2023-02-01"), kz, ru, QStringLiteral("8542.31"), 60, 4000,
               QStringLiteral("DE"), QStringLiteral("RU"));
    b.shipment(QStringLiteral("KZ-2"), QStringLiteral("2023-03-01"), kz, ru, QStringLiteral("8542.31"), 40, 2600,
               QStringLiteral("DE"), QStringLiteral("RU"));
    b.shipment(QStringLiteral("KZ-3"), QStringLiteral("2023-04-15"), kz, by, QStringLiteral("8471.50"), 5, 9000,
               QStringLiteral("CN"), QStringLiteral("BY"));
    b.shipment(QStringLiteral("DE-2"), QStringLiteral("2023-05-02"), de, ru2, QStringLiteral("0901.11"), 900, 3000,
               QStringLiteral("BR"), QStringLiteral("RU"));
    b.shipment(QStringLiteral("DE-3"), QStringLiteral("2023-06-20"), de, ae, QStringLiteral("8542.31"), 10, 700,
               QStringLiteral("DE"), QStringLiteral("AE"));
    b.shipment(QStringLiteral("KG-1"), QStringLiteral("2023-11-30"), kg, ru, QStringLiteral("8542.39"), 10, 800,
               QStringLiteral("CN"), QStringLiteral("RU"));
    b.commit();

    auto put = [&file](MarkTarget target, const QString &ref, MarkStatus status) {
        Mark m;
        m.target = target;
        m.targetRef = ref;
        m.status = status;
        REQUIRE(markstore::put(file, m).ok());
    };
    put(MarkTarget::Chain, QStringLiteral("ch-0000000000000001"), MarkStatus::Suspected);
    put(MarkTarget::Entity, QStringLiteral("kz-1"), MarkStatus::Confirmed);
    put(MarkTarget::Entity, QStringLiteral("ru-2"), MarkStatus::Dismissed);
    put(MarkTarget::Shipment, QStringLiteral("KZ-1"), MarkStatus::Suspected);
}

CaseOverview overviewOf(CaseFile &file, CaseOverviewOptions options = {})
{
    options.asOf = QDate(2024, 1, 1);
    NullProgress progress;
    auto overview = CaseOverview::compute(file.handle(), options, progress);
    REQUIRE(overview.ok());
    return overview.takeValue();
}

const OverviewFlagKind *kindOf(const CaseOverview &o, const QString &code)
{
    for (const OverviewFlagKind &k : o.flags)
        if (k.code == code)
            return &k;
    return nullptr;
}

} // namespace

TEST_CASE("the case overview counts what the case holds and the marks by status", "[overview]")
{
    TempCase tc;
    fillCase(tc.caseFile());
    const CaseOverview o = overviewOf(tc.caseFile());
    REQUIRE(o.hasCounts);
    CHECK(o.stats.entities == 9);
    CHECK(o.stats.shipments == 7);
    CHECK(o.stats.designations == 2);
    REQUIRE(o.sources.size() == 1);
    CHECK(o.sources.first().rowsImported == 21); // 9 entities, 3 links, 2 designations, 7 shipments
    CHECK(o.marks.total() == 4);
    CHECK(o.marks.status(static_cast<int>(MarkStatus::Suspected)) == 2);
    CHECK(o.marks.status(static_cast<int>(MarkStatus::Confirmed)) == 1);
    CHECK(o.marks.status(static_cast<int>(MarkStatus::Dismissed)) == 1);
    CHECK(o.marks.byTargetStatus[static_cast<int>(MarkTarget::Entity)][static_cast<int>(MarkStatus::Confirmed)] == 1);
    CHECK(o.marks.byTargetStatus[static_cast<int>(MarkTarget::Chain)][static_cast<int>(MarkStatus::Suspected)] == 1);
}

TEST_CASE("the overview's blocked entities say which rule found them, each rule counting only its own lists",
          "[overview]")
{
    TempCase tc;
    fillCase(tc.caseFile());
    const CaseOverview o = overviewOf(tc.caseFile());
    REQUIRE(o.hasOwnership);
    CHECK(o.entitiesTotal == 3);
    CHECK(o.blocked == 1);
    CHECK(o.possiblyBlocked == 1);
    CHECK(o.euOwnedOrControlled == 1);
    REQUIRE(o.entities.size() == 3);
    // Blocked first, then possibly blocked, then what other rules found.
    CHECK(o.entities[0].extId == QStringLiteral("kz-1"));
    CHECK(o.entities[0].name == QStringLiteral("Steppe Trade LLP"));
    CHECK(o.entities[0].country == QStringLiteral("KZ"));
    CHECK(o.entities[0].findingsText() ==
          QStringLiteral("Blocked under the OFAC 50% rule (51% held by blocked persons)"));
    CHECK(o.entities[1].extId == QStringLiteral("kg-1"));
    CHECK(o.entities[1].findingsText() ==
          QStringLiteral("Possibly blocked under the OFAC 50% rule (up to 60% held by blocked persons)"));
    // Owned by an EU-listed person only: the EU rule's verdict, and no word of OFAC.
    CHECK(o.entities[2].extId == QStringLiteral("ae-1"));
    CHECK(o.entities[2].findingsText() == QStringLiteral("Owned under the EU rule (60% held by listed persons)"));
    CHECK_FALSE(o.entities[2].findingsText().contains(QStringLiteral("OFAC")));
    CHECK(o.entities[2].shortFindingsText() == QStringLiteral("EU rule: owned, 60%"));
    CHECK(o.entities[1].shortFindingsText() == QStringLiteral("OFAC 50% rule: possibly blocked, up to 60%"));
    CHECK_FALSE(o.entities[2].isBlocked());
    REQUIRE(o.ruleLists.size() == 3);
    CHECK(o.ruleLists[0].startsWith(QStringLiteral("OFAC 50% rule, counting: OFAC SDN.")));

    CaseOverviewOptions fewer;
    fewer.maxEntities = 1;
    const CaseOverview one = overviewOf(tc.caseFile(), fewer);
    CHECK(one.entitiesTotal == 3);
    CHECK(one.entities.size() == 1);
}

TEST_CASE("the overview's timeline counts shipments to RU and BY by quarter and CHPL tier", "[overview]")
{
    TempCase tc;
    fillCase(tc.caseFile());
    const CaseOverview o = overviewOf(tc.caseFile());
    REQUIRE(o.hasTrade);
    const OverviewTimeline &t = o.timeline;
    CHECK(t.destinations == QStringList{QStringLiteral("RU"), QStringLiteral("BY")});
    CHECK(t.periods == QStringList{QStringLiteral("2023 Q1"), QStringLiteral("2023 Q2"), QStringLiteral("2023 Q3"),
                                   QStringLiteral("2023 Q4")});
    CHECK(t.total == 5);
    CHECK(t.onChpl == 4);
    const qsizetype tier1 = t.tiers.indexOf(QStringLiteral("1"));
    const qsizetype tier3a = t.tiers.indexOf(QStringLiteral("3.A"));
    const qsizetype off = t.tiers.indexOf(QString());
    CHECK(t.count[static_cast<std::size_t>(tier1)] == std::vector<qint64>{2, 0, 0, 1});
    CHECK(t.count[static_cast<std::size_t>(tier3a)] == std::vector<qint64>{0, 1, 0, 0});
    CHECK(t.count[static_cast<std::size_t>(off)] == std::vector<qint64>{0, 1, 0, 0});
    CHECK(t.inTier(tier1) == 3);
}

TEST_CASE("the overview lists red flags by kind with their parties", "[overview]")
{
    TempCase tc;
    fillCase(tc.caseFile());
    const CaseOverview o = overviewOf(tc.caseFile());
    REQUIRE(o.hasTrade);
    QStringList codes;
    for (const OverviewFlagKind &k : o.flags)
        codes << QStringLiteral("%1:%2").arg(k.code).arg(k.parties.size());
    INFO(codes.join(u' ').toStdString());
    // The Kazakh trader (blocked through its SDN owner) and the Emirati forwarder (owned under the EU rule) trade
    // after the listings: shadow-sanctioned, by name.
    const OverviewFlagKind *t6 = kindOf(o, QStringLiteral("T6"));
    REQUIRE(t6 != nullptr);
    CHECK(t6->name == QStringLiteral("shadow-sanctioned party"));
    CHECK(t6->parties == QStringList{QStringLiteral("ae-1"), QStringLiteral("kz-1")});
    CHECK(t6->labels ==
          QStringList{QStringLiteral("Gulf Forwarding FZE (ae-1, AE)"), QStringLiteral("Steppe Trade LLP (kz-1, KZ)")});
    CHECK(t6->examples.last().startsWith(QStringLiteral("Steppe Trade LLP (kz-1, KZ) is a party to 4 shipment(s) "
                                                        "while sanctioned")));
    CHECK(codes == QStringList{QStringLiteral("T6:2")}); // no other flag fits this small case
}

TEST_CASE("an overview computed in parts keeps the parts it did not compute", "[overview]")
{
    TempCase tc;
    fillCase(tc.caseFile());
    CaseOverview o = overviewOf(tc.caseFile());
    REQUIRE(markstore::remove(tc.caseFile(), MarkTarget::Entity, QStringLiteral("ru-2")).ok());
    CaseOverviewOptions countsOnly;
    countsOnly.ownership = false;
    countsOnly.trade = false;
    CaseOverview marks = overviewOf(tc.caseFile(), countsOnly);
    CHECK_FALSE(marks.hasOwnership);
    CHECK(marks.entities.empty());
    o.update(std::move(marks));
    CHECK(o.marks.total() == 3);
    CHECK(o.entities.size() == 3);
    CHECK(o.timeline.total == 5);
}

TEST_CASE("the overview's top chains leave dismissed ones out, best score first", "[overview]")
{
    std::vector<DetectedChain> chains(4);
    chains[0].id = QStringLiteral("a");
    chains[0].score = 0.5;
    chains[1].id = QStringLiteral("b");
    chains[1].score = 0.9;
    chains[1].status = QStringLiteral("dismissed");
    chains[2].id = QStringLiteral("c");
    chains[2].score = 0.8;
    chains[3].id = QStringLiteral("d");
    chains[3].score = 0.5;
    const auto top = topChains(chains, 2);
    REQUIRE(top.size() == 2);
    CHECK(top[0]->id == QStringLiteral("c"));
    CHECK(top[1]->id == QStringLiteral("a"));
    CHECK(topChains(chains, 10).size() == 3);
}
