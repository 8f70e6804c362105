// T6 (shadow-sanctioned party): the OFAC 50% rule, the EU rule and the UK test on the shipment date, each
// counting the lists the case's setting gives it.
#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/analysis/RedFlags.h"
#include "models/analysis/ShadowSanctions.h"
#include "models/analysis/TradeSnapshot.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

std::int32_t day(const char *iso)
{
    return dayFromIso(iso, 10);
}

SanctionExposure exposureOf(TempCase &tc, const std::vector<qint64> &parties, const QStringList &ofacLists = {},
                            const QStringList &euLists = {})
{
    OwnershipLoadOptions lists;
    lists.ofacLists = ofacLists;
    lists.euLists = euLists;
    NullProgress progress;
    auto x = SanctionExposure::load(tc.caseFile().handle(), parties, lists, progress);
    INFO((x ? QString() : x.error().message).toStdString());
    REQUIRE(x.ok());
    return x.takeValue();
}

// The T6 explanation of an entity (by ext id) after a full red-flag run; empty when it carries no T6.
QString t6Of(TempCase &tc, const QString &extId)
{
    NullProgress progress;
    auto snap = TradeSnapshot::load(tc.caseFile().handle(), progress);
    REQUIRE(snap.ok());
    auto report = computeRedFlags(tc.caseFile().handle(), *snap, ChainSettings{}, progress);
    INFO((report ? QString() : report.error().message).toStdString());
    REQUIRE(report.ok());
    for (const RedFlag &f : report->flags)
        if (f.code == u"T6" && snap->entity(f.entity).extId == extId)
            return f.explanation;
    return {};
}

// A German supplier and a shipment to each of the given importers on one date.
struct Trade {
    CaseBuilder &b;
    qint64 supplier = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
    int n = 0;
    void to(qint64 importer, const QString &date)
    {
        b.shipment(QStringLiteral("S%1").arg(++n), date, supplier, importer, QStringLiteral("854231"), 10, 1000, {},
                   {});
    }
};

} // namespace

TEST_CASE("T6: blocked indirectly through a blocked subsidiary (A 60% of B, B 60% of C)")
{
    TempCase tc;
    qint64 a = 0, c = 0, d = 0;
    {
        CaseBuilder b(tc.caseFile());
        a = b.person(QStringLiteral("A"), QStringLiteral("Ivanov Ivan"), QStringLiteral("RU"));
        const qint64 bb = b.company(QStringLiteral("B"), QStringLiteral("Holding AO"), QStringLiteral("RU"));
        c = b.company(QStringLiteral("C"), QStringLiteral("Trade LLP"), QStringLiteral("KZ"));
        d = b.company(QStringLiteral("D"), QStringLiteral("Other LLP"), QStringLiteral("KZ"));
        b.designate(a, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-05-01"));
        b.owns(a, bb, QStringLiteral("60"));
        b.owns(bb, c, QStringLiteral("60"));
        // Stakes are added, never multiplied: 40% of D held by blocked B does not block D.
        b.owns(bb, d, QStringLiteral("40"));
        Trade trade{b};
        trade.to(c, QStringLiteral("2023-01-10"));
        trade.to(d, QStringLiteral("2023-01-10"));
    }
    SanctionExposure x = exposureOf(tc, {c, d});
    const ShadowVerdict *v = x.on(c, day("2023-01-10"));
    REQUIRE(v);
    CHECK(v->ofacBlocked);
    CHECK_FALSE(v->designated);
    CHECK_FALSE(v->euOwned); // the EU rule counts EU and UN lists only, not OFAC SDN
    CHECK_FALSE(v->ukOwned); // nor does the UK test
    CHECK(x.on(d, day("2023-01-10")) == nullptr);
    CHECK(x.on(c, day("2022-04-30")) == nullptr); // before A's designation
    CHECK(x.isListed(a));
    CHECK_FALSE(x.isListed(c));

    // The flag names the rule, the owners down to the listed person, the aggregate share and the date
    // (the direct-stakes check before issue 7 missed C: B is not listed).
    const QString why = t6Of(tc, QStringLiteral("C"));
    INFO(why.toStdString());
    CHECK(why.contains(QLatin1String("OFAC 50% rule")));
    CHECK(why.contains(QLatin1String("60% in aggregate")));
    CHECK(why.contains(QLatin1String("C is blocked: blocked owners hold 60% (B 60%")));
    CHECK(why.contains(QLatin1String("B is blocked: blocked owners hold 60% (A 60%")));
    CHECK(why.contains(QLatin1String("A is designated (OFAC SDN (RUSSIA-EO14024))")));
    CHECK_FALSE(why.contains(QLatin1String("EU rule")));
    CHECK(why.contains(QLatin1String("on 2023-01-10")));
    CHECK(why.contains(QLatin1String("S1")));
    CHECK(t6Of(tc, QStringLiteral("D")).isEmpty());
}

TEST_CASE("T6: two listed owners with 25% and 26% block under OFAC, the EU rule counts EU-listed owners only")
{
    TempCase tc;
    qint64 x1 = 0, x2 = 0;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 o1 = b.person(QStringLiteral("O1"), QStringLiteral("Petrov Petr"), QStringLiteral("RU"));
        const qint64 o2 = b.company(QStringLiteral("O2"), QStringLiteral("Invest AO"), QStringLiteral("RU"));
        x1 = b.company(QStringLiteral("X1"), QStringLiteral("Aggregate LLP"), QStringLiteral("KZ"));
        b.designate(o1, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-05-01"));
        b.designate(o2, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-05-01"));
        b.owns(o1, x1, QStringLiteral("25"));
        b.owns(o2, x1, QStringLiteral("26"));
        // 25% + 25% held by owners on both lists: 50% blocks under OFAC, and under the EU rule only from
        // 3 July 2024 (more than 50% before).
        const qint64 e1 = b.person(QStringLiteral("E1"), QStringLiteral("Sidorov Ivan"), QStringLiteral("RU"));
        const qint64 e2 = b.person(QStringLiteral("E2"), QStringLiteral("Smirnov Oleg"), QStringLiteral("RU"));
        x2 = b.company(QStringLiteral("X2"), QStringLiteral("Half LLP"), QStringLiteral("KZ"));
        for (const qint64 e : {e1, e2}) {
            b.designate(e, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-05-01"));
            b.designate(e, QStringLiteral("EU"), QStringLiteral("RUS"), QStringLiteral("2022-05-01"));
            b.owns(e, x2, QStringLiteral("25"));
        }
        Trade trade{b};
        trade.to(x1, QStringLiteral("2023-01-10"));
    }
    SanctionExposure x = exposureOf(tc, {x1, x2}, {QStringLiteral("OFAC")}, {QStringLiteral("EU")});
    const ShadowVerdict *v = x.on(x1, day("2023-01-10"));
    REQUIRE(v);
    CHECK(v->ofacBlocked);
    CHECK_FALSE(v->euOwned);
    CHECK_FALSE(v->euControlled);
    CHECK(v->explanation.contains(QLatin1String("51% in aggregate")));
    CHECK(v->explanation.contains(QLatin1String("O1 25%")));
    CHECK(v->explanation.contains(QLatin1String("O2 26%")));

    const ShadowVerdict *before = x.on(x2, day("2024-07-02"));
    REQUIRE(before);
    CHECK(before->ofacBlocked);
    CHECK_FALSE(before->euOwned);
    const ShadowVerdict *after = x.on(x2, day("2024-07-03"));
    REQUIRE(after);
    CHECK(after->euOwned);
    CHECK(after->explanation.contains(QLatin1String("threshold 50% or more")));

    // Through the red flags (the case's list setting: OFAC SDN for the OFAC rule): blocked under OFAC at 51%.
    const QString why = t6Of(tc, QStringLiteral("X1"));
    INFO(why.toStdString());
    CHECK(why.contains(QLatin1String("OFAC 50% rule, blocked owners holding 51% in aggregate")));
}

TEST_CASE("T6 on the shipment date: designations and links hold from their start until their end")
{
    TempCase tc;
    qint64 late = 0, ended = 0, endsThatDay = 0, startsThatDay = 0, delisted = 0;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 owner = b.person(QStringLiteral("L"), QStringLiteral("Listed Person"), QStringLiteral("RU"));
        const qint64 later = b.person(QStringLiteral("M"), QStringLiteral("Later Person"), QStringLiteral("RU"));
        b.designate(owner, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-03-01"));
        b.designate(later, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2023-06-01"));
        late = b.company(QStringLiteral("late"), QStringLiteral("Late LLP"), QStringLiteral("KZ"));
        ended = b.company(QStringLiteral("ended"), QStringLiteral("Ended LLP"), QStringLiteral("KZ"));
        endsThatDay = b.company(QStringLiteral("ends"), QStringLiteral("Ends LLP"), QStringLiteral("KZ"));
        startsThatDay = b.company(QStringLiteral("starts"), QStringLiteral("Starts LLP"), QStringLiteral("KZ"));
        delisted = b.company(QStringLiteral("delisted"), QStringLiteral("Delisted LLP"), QStringLiteral("KZ"));
        b.owns(later, late, QStringLiteral("100"));
        b.owns(owner, ended, QStringLiteral("100"), QStringLiteral("2020-01-01"), QStringLiteral("2022-12-31"));
        b.owns(owner, endsThatDay, QStringLiteral("100"), QStringLiteral("2020-01-01"), QStringLiteral("2023-01-10"));
        b.owns(owner, startsThatDay, QStringLiteral("100"), QStringLiteral("2023-01-10"));
        const qint64 gone = b.designate(delisted, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"),
                                        QStringLiteral("2022-03-01"));
        Trade trade{b};
        for (const qint64 e : {late, ended, endsThatDay, startsThatDay, delisted})
            trade.to(e, QStringLiteral("2023-01-10"));
        trade.to(late, QStringLiteral("2023-07-01"));
        b.commit();
        SqliteStatement st(tc.caseFile().handle(), "UPDATE designations SET end_date = '2022-12-01' WHERE id = ?");
        st.bind(1, gone);
        REQUIRE(st.execute());
    }
    SanctionExposure x = exposureOf(tc, {late, ended, endsThatDay, startsThatDay, delisted});
    const std::int32_t shipped = day("2023-01-10");
    CHECK(x.on(late, shipped) == nullptr);           // its owner is designated after the shipment
    CHECK(x.on(late, day("2023-07-01")) != nullptr); // and blocks the later one
    CHECK(x.on(ended, shipped) == nullptr);          // the link ended before the shipment
    CHECK(x.on(endsThatDay, shipped) == nullptr);    // end dates are exclusive
    CHECK(x.on(startsThatDay, shipped) != nullptr);  // start dates are inclusive
    CHECK(x.on(delisted, shipped) == nullptr);       // delisted before the shipment
    CHECK(x.on(delisted, day("2022-11-30")) != nullptr);
    CHECK(x.isListed(delisted));

    CHECK(t6Of(tc, QStringLiteral("late")).contains(QLatin1String("1 shipment(s) while sanctioned, first S6")));
    CHECK(t6Of(tc, QStringLiteral("ended")).isEmpty());
    CHECK(t6Of(tc, QStringLiteral("delisted")).isEmpty());
    CHECK_FALSE(t6Of(tc, QStringLiteral("starts")).isEmpty());
}

TEST_CASE("T6: EU control is its own verdict, the rules run once per period, and unexposed parties cost nothing")
{
    TempCase tc;
    qint64 controlled = 0, clean = 0;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 listed = b.person(QStringLiteral("P"), QStringLiteral("Listed Person"), QStringLiteral("RU"));
        b.designate(listed, QStringLiteral("EU"), QStringLiteral("RUS"), QStringLiteral("2022-03-01"));
        controlled = b.company(QStringLiteral("ctl"), QStringLiteral("Controlled LLP"), QStringLiteral("KZ"));
        clean = b.company(QStringLiteral("clean"), QStringLiteral("Clean LLP"), QStringLiteral("KZ"));
        b.link(QStringLiteral("control"), listed, controlled);
        Trade trade{b};
        for (int m = 1; m <= 9; ++m)
            trade.to(controlled, QStringLiteral("2023-0%1-15").arg(m));
        trade.to(clean, QStringLiteral("2023-01-15"));
    }
    SanctionExposure x = exposureOf(tc, {controlled, clean});
    CHECK_FALSE(x.isExposed(clean));
    CHECK(x.on(clean, day("2023-01-15")) == nullptr);
    for (int m = 1; m <= 9; ++m) {
        const QByteArray d = QStringLiteral("2023-0%1-15").arg(m).toLatin1();
        const ShadowVerdict *v = x.on(controlled, dayFromIso(d.constData(), 10));
        REQUIRE(v);
        CHECK(v->euControlled);
        CHECK_FALSE(v->ofacBlocked); // control alone does not block under OFAC
    }
    CHECK(x.evaluations() == 1);
    const QString why = t6Of(tc, QStringLiteral("ctl"));
    INFO(why.toStdString());
    CHECK(why.contains(QLatin1String("9 shipment(s) while sanctioned")));
    CHECK(why.contains(QLatin1String("controlled under the EU rule")));
    CHECK(why.contains(QLatin1String("P control")));
}
