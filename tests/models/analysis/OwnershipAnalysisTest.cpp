#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"
#include "OwnershipTestSupport.h"

#include "models/analysis/OwnershipAnalysis.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

std::unique_ptr<OwnershipAnalysis> analyse(CaseFile &file, const QString &asOf, QStringList ofacLists = {},
                                           QStringList euLists = {})
{
    OwnershipOptions options;
    options.load.asOf = QDate::fromString(asOf, Qt::ISODate);
    options.load.ofacLists = std::move(ofacLists);
    options.load.euLists = std::move(euLists);
    return loadAnalysis(file, options);
}

QStringList ownersOf(const QList<StakeShare> &stakes)
{
    QStringList owners;
    for (const StakeShare &s : stakes)
        owners << s.owner;
    owners.sort();
    return owners;
}

void sql(CaseFile &file, const QString &statement)
{
    const Status s = sqliteExec(file.handle(), statement);
    INFO((s ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
}

} // namespace

TEST_CASE("a case's OFAC examples give verdicts with source ids and an explanation down to the listed person")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("ofac-100"), QStringLiteral("X"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A LLC"));
        const qint64 bb = b.company(QStringLiteral("B"), QStringLiteral("B LLC"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C LLC"));
        b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-04-06"));
        b.owns(x, a, QStringLiteral("50"));
        b.owns(x, bb, QStringLiteral("50"));
        b.owns(a, c, QStringLiteral("25"));
        b.owns(bb, c, QStringLiteral("25"));
    }
    const auto analysis = analyse(tc.caseFile(), QStringLiteral("2024-01-01"));
    const OwnershipVerdict c = verdictOf(*analysis, QStringLiteral("C"));
    CHECK(c.blocked);
    CHECK(c.status() == QStringLiteral("blocked"));
    CHECK(c.aggregatePercent == Approx(50.0));
    CHECK(ownersOf(c.because) == QStringList{QStringLiteral("A"), QStringLiteral("B")});
    CHECK(c.because.first().ownerStatus == QStringLiteral("blocked"));
    REQUIRE(c.explanation.size() == 4);
    CHECK(c.explanation.last().entity == QStringLiteral("ofac-100"));
    CHECK(c.explanation.last().designated);
    CHECK(c.explanation.last().lists == QStringList{QStringLiteral("OFAC SDN (RUSSIA-EO14024)")});
    CHECK(c.explanationText.contains(QStringLiteral("ofac-100 is designated")));
    // Before the designation nothing is blocked.
    const auto before = analyse(tc.caseFile(), QStringLiteral("2022-04-05"));
    CHECK_FALSE(verdictOf(*before, QStringLiteral("C")).blocked);
    CHECK_FALSE(verdictOf(*before, QStringLiteral("ofac-100")).designated);
    // Every entity with an owner gets a verdict; the listed person has none.
    CHECK(analysis->entitiesWithOwners().size() == 3);
}

TEST_CASE("dates: a stake that ended before the date, on the date, and a designation after it")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("X"), QStringLiteral("X"));
        const qint64 y = b.person(QStringLiteral("Y"), QStringLiteral("Y"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C"));
        const qint64 d = b.company(QStringLiteral("D"), QStringLiteral("D"));
        b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("UKRAINE-EO13662"), QStringLiteral("2014-09-12"));
        b.designate(y, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2023-05-19"));
        b.owns(x, a, QStringLiteral("60"), QStringLiteral("2015-01-01"), QStringLiteral("2020-06-30"));
        b.owns(x, c, QStringLiteral("51"), QStringLiteral("2019"), QStringLiteral("2021-03"));
        b.owns(y, d, QStringLiteral("100"), QStringLiteral("2010-01-01"));
    }
    sql(tc.caseFile(), QStringLiteral("UPDATE designations SET end_date = '2024-02-01' WHERE list = 'OFAC SDN' AND "
                                      "program = 'UKRAINE-EO13662'"));
    const auto in2018 = analyse(tc.caseFile(), QStringLiteral("2018-01-01"));
    CHECK(verdictOf(*in2018, QStringLiteral("A")).blocked);
    CHECK_FALSE(verdictOf(*in2018, QStringLiteral("C")).blocked); // the stake starts in 2019
    CHECK_FALSE(verdictOf(*in2018, QStringLiteral("D")).blocked); // Y is listed only in 2023
    const auto onEnd = analyse(tc.caseFile(), QStringLiteral("2020-06-30"));
    CHECK_FALSE(verdictOf(*onEnd, QStringLiteral("A")).blocked); // the end date is exclusive
    CHECK(verdictOf(*onEnd, QStringLiteral("C")).blocked);
    const auto lastDayOfPeriod = analyse(tc.caseFile(), QStringLiteral("2021-03-31"));
    CHECK(verdictOf(*lastDayOfPeriod, QStringLiteral("C")).blocked); // "2021-03" runs to the month's end
    const auto in2021 = analyse(tc.caseFile(), QStringLiteral("2021-04-01"));
    CHECK_FALSE(verdictOf(*in2021, QStringLiteral("C")).blocked);
    CHECK(in2021->snapshot().stats.linksOutsideDate == 2);
    const auto in2023 = analyse(tc.caseFile(), QStringLiteral("2023-06-01"));
    CHECK(verdictOf(*in2023, QStringLiteral("D")).blocked);
    CHECK(verdictOf(*in2023, QStringLiteral("X")).designated);
    const auto delisted = analyse(tc.caseFile(), QStringLiteral("2024-02-01"));
    CHECK_FALSE(verdictOf(*delisted, QStringLiteral("X")).designated);
}

TEST_CASE("EU ownership: exactly 50% is owned from 3 July 2024, not the day before")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("eu-x"), QStringLiteral("X"));
        const qint64 y = b.person(QStringLiteral("eu-y"), QStringLiteral("Y"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C"));
        b.designate(x, QStringLiteral("EU"), QStringLiteral("RUS"), QStringLiteral("2022-03-01"));
        b.designate(y, QStringLiteral("EU"), QStringLiteral("RUS"), QStringLiteral("2022-03-01"));
        b.owns(x, a, QStringLiteral("30"));
        b.owns(y, a, QStringLiteral("20"));
        b.link(QStringLiteral("control"), x, c);
    }
    const auto before = analyse(tc.caseFile(), QStringLiteral("2024-07-02"));
    const auto from = analyse(tc.caseFile(), QStringLiteral("2024-07-03"));
    const OwnershipVerdict a0 = verdictOf(*before, QStringLiteral("A"));
    const OwnershipVerdict a1 = verdictOf(*from, QStringLiteral("A"));
    CHECK_FALSE(a0.euOwned);
    CHECK_FALSE(a0.euInclusive);
    CHECK(a0.euAggregatePercent == Approx(50.0));
    CHECK(a1.euOwned);
    CHECK(a1.euInclusive);
    CHECK(ownersOf(a1.euBecause) == QStringList{QStringLiteral("eu-x"), QStringLiteral("eu-y")});
    CHECK(a1.euBecause.first().ownerStatus == QStringLiteral("eu_listed"));
    REQUIRE(a1.euExplanation.size() == 3); // A, then the two listed persons
    CHECK(a1.euExplanation[0].entity == QStringLiteral("A"));
    CHECK(a1.euExplanation[1].designated);
    CHECK(a1.euExplanation[2].lists == QStringList{QStringLiteral("EU (RUS)")});
    CHECK(a0.euExplanation.isEmpty());
    // The OFAC 50% rule counts OFAC SDN listings only (the case's default list setting): EU listings block
    // nothing, however much they hold.
    CHECK_FALSE(a0.blocked);
    CHECK(a0.aggregatePercent == Approx(0.0));
    // Control is its own verdict; it does not block under OFAC.
    const OwnershipVerdict c = verdictOf(*from, QStringLiteral("C"));
    CHECK(c.euControlled);
    CHECK_FALSE(c.euOwned);
    CHECK_FALSE(c.blocked);
    CHECK_FALSE(c.caution);
    // A run that makes the OFAC rule count the EU list too (--ofac-list EU) blocks at exactly 50% on both dates,
    // and control by a blocked person is a caution.
    const auto euForOfac = analyse(tc.caseFile(), QStringLiteral("2024-07-02"), {QStringLiteral("EU")});
    CHECK(verdictOf(*euForOfac, QStringLiteral("A")).blocked);
    CHECK(verdictOf(*euForOfac, QStringLiteral("C")).cautionReasons.contains(QStringLiteral("controlled_by_blocked")));
    // List filters: with only OFAC lists honoured by the 50% rule, EU listings do not block.
    const auto ofacOnly =
        analyse(tc.caseFile(), QStringLiteral("2024-07-03"), {QStringLiteral("OFAC")}, {QStringLiteral("EU")});
    CHECK_FALSE(verdictOf(*ofacOnly, QStringLiteral("A")).blocked);
    CHECK(verdictOf(*ofacOnly, QStringLiteral("A")).euOwned);
}

TEST_CASE("ranges, unknown shares and control links in a case")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("X"), QStringLiteral("X"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        const qint64 bb = b.company(QStringLiteral("B"), QStringLiteral("B"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C"));
        const qint64 d = b.company(QStringLiteral("D"), QStringLiteral("D"));
        b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        b.owns(x, a, QStringLiteral("25-50"));
        b.owns(x, bb, QStringLiteral("50-75"));
        b.owns(x, c, QString());
        b.owns(x, d, QStringLiteral("40"));
        b.owns(d, a, QStringLiteral("100"));
    }
    const auto analysis = analyse(tc.caseFile(), QStringLiteral("2025-01-01"));
    const OwnershipVerdict a = verdictOf(*analysis, QStringLiteral("A"));
    CHECK_FALSE(a.blocked);
    CHECK(a.possiblyBlocked);
    CHECK(a.status() == QStringLiteral("possibly_blocked"));
    CHECK(a.aggregatePercent == Approx(25.0));
    CHECK(a.aggregatePercentMax == Approx(50.0));
    CHECK(verdictOf(*analysis, QStringLiteral("B")).blocked);
    const OwnershipVerdict c = verdictOf(*analysis, QStringLiteral("C"));
    CHECK(c.needsReview);
    CHECK(c.status() == QStringLiteral("needs_review"));
    REQUIRE(c.unknownShares.size() == 1);
    CHECK_FALSE(c.unknownShares.first().known);
    CHECK(c.explanationText.contains(QStringLiteral("unknown share")));
    const OwnershipVerdict d = verdictOf(*analysis, QStringLiteral("D"));
    CHECK_FALSE(d.blocked);
    CHECK(d.cautionReasons == QStringList{QStringLiteral("blocked_minority_interest")});
}

TEST_CASE("designations and links of merged entities follow merged_into")
{
    TempCase tc;
    qint64 dup = 0, x = 0;
    {
        CaseBuilder b(tc.caseFile());
        x = b.person(QStringLiteral("ofac-1"), QStringLiteral("Ivanov Ivan"));
        dup = b.person(QStringLiteral("ftm-1"), QStringLiteral("Иванов Иван"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C"));
        b.designate(dup, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        b.owns(x, a, QStringLiteral("60"));
        b.owns(dup, c, QStringLiteral("30"));
        b.owns(x, c, QStringLiteral("25"));
    }
    {
        const auto separate = analyse(tc.caseFile(), QStringLiteral("2025-01-01"));
        CHECK_FALSE(verdictOf(*separate, QStringLiteral("A")).blocked);
        CHECK_FALSE(verdictOf(*separate, QStringLiteral("C")).blocked);
    }
    sql(tc.caseFile(), QStringLiteral("UPDATE entities SET merged_into = %1 WHERE id = %2").arg(x).arg(dup));
    const auto merged = analyse(tc.caseFile(), QStringLiteral("2025-01-01"));
    const OwnershipVerdict a = verdictOf(*merged, QStringLiteral("A"));
    CHECK(a.blocked);
    REQUIRE(a.explanation.size() == 2);
    CHECK(a.explanation[1].entity == QStringLiteral("ofac-1"));
    CHECK(a.explanation[1].lists == QStringList{QStringLiteral("OFAC SDN (RUSSIA-EO14024)")});
    // Two records of "the same person's stake in C" are now versions of one stake: never added up.
    const OwnershipVerdict c = verdictOf(*merged, QStringLiteral("C"));
    CHECK_FALSE(c.blocked);
    REQUIRE(c.because.size() == 1);
    CHECK(c.because.first().owner == QStringLiteral("ofac-1"));
    CHECK(merged->snapshot().stats.overlappingRecordsSetAside == 1);
    // The merged id still finds the entity it was merged into.
    CHECK(verdictOf(*merged, QStringLiteral("ftm-1")).entity == QStringLiteral("ofac-1"));
    CHECK(merged->snapshot().stats.mergedEntities == 1);
}

TEST_CASE("overlapping records of one stake count once: the version in force on the date")
{
    // As in the Russian register: a stake re-filed with its original start date when the share changes.
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("X"), QStringLiteral("X"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        b.owns(x, a, QStringLiteral("50"), QStringLiteral("2015-11-25"), QStringLiteral("2023-03-02"));
        b.owns(x, a, QStringLiteral("48"), QStringLiteral("2015-11-25"), QStringLiteral("2023-12-21"));
        b.owns(x, a, QStringLiteral("51"), QStringLiteral("2015-11-25"));
    }
    const auto early = analyse(tc.caseFile(), QStringLiteral("2023-01-01"));
    CHECK(verdictOf(*early, QStringLiteral("A")).aggregatePercent == Approx(50.0));
    CHECK(verdictOf(*early, QStringLiteral("A")).blocked);
    const auto middle = analyse(tc.caseFile(), QStringLiteral("2023-06-01"));
    CHECK(verdictOf(*middle, QStringLiteral("A")).aggregatePercent == Approx(48.0));
    CHECK_FALSE(verdictOf(*middle, QStringLiteral("A")).blocked);
    const auto late = analyse(tc.caseFile(), QStringLiteral("2024-01-01"));
    CHECK(verdictOf(*late, QStringLiteral("A")).aggregatePercent == Approx(51.0));
    CHECK(verdictOf(*late, QStringLiteral("A")).blocked);
}

TEST_CASE("ownership cycles in a case are listed with source ids")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        const qint64 bb = b.company(QStringLiteral("B"), QStringLiteral("B"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C"));
        const qint64 d = b.company(QStringLiteral("D"), QStringLiteral("D"));
        b.owns(a, bb, QStringLiteral("60"));
        b.owns(bb, c, QStringLiteral("60"));
        b.owns(c, a, QStringLiteral("10"), QStringLiteral("2020-01-01"), QStringLiteral("2021-01-01"));
        b.owns(c, d, QStringLiteral("100"));
        b.link(QStringLiteral("control"), d, c); // control does not make an ownership cycle
    }
    NullProgress progress;
    auto all = ownershipCycles(tc.caseFile().handle(), QDate(), progress);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 1);
    CHECK(all->first() == QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    auto later = ownershipCycles(tc.caseFile().handle(), QDate(2022, 1, 1), progress);
    REQUIRE(later.ok());
    CHECK(later->isEmpty());
}

TEST_CASE("effective ownership in a case: a diamond, with the 25% threshold")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 p = b.person(QStringLiteral("P"), QStringLiteral("P"));
        const qint64 q = b.person(QStringLiteral("Q"), QStringLiteral("Q"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        const qint64 bb = b.company(QStringLiteral("B"), QStringLiteral("B"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C"));
        b.owns(p, a, QStringLiteral("60"));
        b.owns(p, bb, QStringLiteral("40"));
        b.owns(q, a, QStringLiteral("40"));
        b.owns(q, bb, QStringLiteral("60"));
        b.owns(a, c, QStringLiteral("30"));
        b.owns(bb, c, QStringLiteral("70"));
    }
    const auto analysis = analyse(tc.caseFile(), QStringLiteral("2025-01-01"));
    const OwnershipVerdict c = verdictOf(*analysis, QStringLiteral("C"));
    REQUIRE(c.effectiveOwners.size() == 2);
    // Q: 0.4 * 0.3 + 0.6 * 0.7 = 54%; P: 0.6 * 0.3 + 0.4 * 0.7 = 46%.
    CHECK(c.effectiveOwners[0].owner == QStringLiteral("Q"));
    CHECK(c.effectiveOwners[0].percent == Approx(54.0));
    CHECK(c.effectiveOwners[1].percent == Approx(46.0));
    CHECK(c.effectiveOwners[1].aboveThreshold);
    CHECK(c.effectiveComplete);
    const QJsonObject json = c.toJson();
    for (const char *key : {"entity", "blocked", "possibly_blocked", "aggregate_percent", "because", "eu_owned",
                            "effective_owners", "needs_review", "eu_controlled", "explanation"})
        CHECK(json.contains(QLatin1String(key)));
}

TEST_CASE("case dates: full, year-month and year, partial end dates run to the end of their period")
{
    CHECK(parseCaseDate(QStringLiteral("2024-07-03"), false) == QDate(2024, 7, 3));
    CHECK(parseCaseDate(QStringLiteral("2024-07-03"), true) == QDate(2024, 7, 3));
    CHECK(parseCaseDate(QStringLiteral("2024-07"), false) == QDate(2024, 7, 1));
    CHECK(parseCaseDate(QStringLiteral("2024-07"), true) == QDate(2024, 8, 1));
    CHECK(parseCaseDate(QStringLiteral("2024"), false) == QDate(2024, 1, 1));
    CHECK(parseCaseDate(QStringLiteral("2024"), true) == QDate(2025, 1, 1));
    CHECK(parseCaseDate(QStringLiteral("2024-07-03T10:00:00Z"), false) == QDate(2024, 7, 3));
    CHECK_FALSE(parseCaseDate(QStringLiteral("2024-02-30"), false).has_value());
    CHECK_FALSE(parseCaseDate(QStringLiteral("03/07/2024"), false).has_value());
    CHECK_FALSE(parseCaseDate(QString(), false).has_value());
    CHECK(euInclusiveOn(QDate(2024, 7, 3)));
    CHECK_FALSE(euInclusiveOn(QDate(2024, 7, 2)));
}

TEST_CASE("editing one link after loading revises the verdicts like a fresh load")
{
    TempCase tc;
    qint64 xa = 0;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("X"), QStringLiteral("X"));
        const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C"));
        b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        xa = b.owns(x, a, QStringLiteral("50"));
        b.owns(a, c, QStringLiteral("60"));
    }
    auto analysis = analyse(tc.caseFile(), QStringLiteral("2025-01-01"));
    REQUIRE(verdictOf(*analysis, QStringLiteral("C")).blocked);
    REQUIRE(analysis->changeShare(xa, *Share::parse(QStringLiteral("25-75"))).ok());
    const OwnershipVerdict c = verdictOf(*analysis, QStringLiteral("C"));
    CHECK_FALSE(c.blocked);
    CHECK(c.possiblyBlocked);
    // X's effective share is 15% to 45% (25-75% x 60%): it can reach 25%, so it is listed, not marked.
    REQUIRE(c.effectiveOwners.size() == 1);
    CHECK(c.effectiveOwners.first().percent == Approx(15.0));
    CHECK(c.effectiveOwners.first().percentMax == Approx(45.0));
    CHECK_FALSE(c.effectiveOwners.first().aboveThreshold);
    REQUIRE(analysis->addOwnership(9999, QStringLiteral("X"), QStringLiteral("C"), *Share::parse(QStringLiteral("50")))
                .ok());
    CHECK(verdictOf(*analysis, QStringLiteral("C")).blocked);
    CHECK(verdictOf(*analysis, QStringLiteral("C")).because.size() == 1);
    REQUIRE(analysis->removeLink(9999).ok());
    REQUIRE(analysis->removeLink(xa).ok());
    CHECK_FALSE(verdictOf(*analysis, QStringLiteral("A")).blocked);
    CHECK_FALSE(verdictOf(*analysis, QStringLiteral("C")).possiblyBlocked);
    CHECK(analysis->removeLink(123456).error().code == ErrorCode::NotFound);
    CHECK_FALSE(analysis->addOwnership(1, QStringLiteral("nobody"), QStringLiteral("C"), Share{}).ok());
}
