#include "DetectionSupport.h"

#include "../../support/CaseBuilder.h"

#include "models/domain/Chpl.h"

#include <QFile>

using namespace caravan;
using namespace caravan::test;

namespace {

qint64 ship(CaseBuilder &b, const QString &id, const QString &date, qint64 from, qint64 to, const QString &hs,
            double qty = 10, double value = 1000)
{
    return b.shipment(id, date, from, to, hs, qty, value, {}, {});
}

} // namespace

TEST_CASE("T6: a listed party, or one the OFAC, EU or UK rule catches with the lists it counts, is shadow-sanctioned")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 listed =
            b.company(QStringLiteral("kz-listed"), QStringLiteral("Listed LLP"), QStringLiteral("KZ"));
        const qint64 owned = b.company(QStringLiteral("kz-owned"), QStringLiteral("Owned LLP"), QStringLiteral("KZ"));
        const qint64 sdnOwned =
            b.company(QStringLiteral("kz-sdn-owned"), QStringLiteral("Sdn Owned LLP"), QStringLiteral("KZ"));
        const qint64 minority =
            b.company(QStringLiteral("kz-minor"), QStringLiteral("Minor LLP"), QStringLiteral("KZ"));
        const qint64 later = b.company(QStringLiteral("kz-later"), QStringLiteral("Later LLP"), QStringLiteral("KZ"));
        const qint64 o1 = b.person(QStringLiteral("p1"), QStringLiteral("Ivanov Ivan"), QStringLiteral("RU"));
        const qint64 o2 = b.company(QStringLiteral("c2"), QStringLiteral("Holding AO"), QStringLiteral("RU"));
        const qint64 o3 = b.person(QStringLiteral("p3"), QStringLiteral("Petrov Petr"), QStringLiteral("RU"));
        b.designate(listed, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-05-01"));
        b.designate(o1, QStringLiteral("EU"), QStringLiteral("RUS"), QStringLiteral("2022-03-01"));
        b.designate(o2, QStringLiteral("UK"), QStringLiteral("Russia"), QStringLiteral("2022-03-01"));
        b.designate(o3, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-03-01"));
        b.designate(later, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2024-01-01"));
        // 30% EU-listed + 25% UK-listed: 55% listed, but each rule counts only its own lists.
        b.owns(o1, owned, QStringLiteral("30"));
        b.owns(o2, owned, QStringLiteral("25"));
        b.owns(o3, sdnOwned, QStringLiteral("60"));
        b.owns(o1, minority, QStringLiteral("40"));
        ship(b, QStringLiteral("S1"), QStringLiteral("2023-01-10"), de, listed, QStringLiteral("854231"));
        ship(b, QStringLiteral("S2"), QStringLiteral("2023-01-10"), de, owned, QStringLiteral("854231"));
        ship(b, QStringLiteral("S3"), QStringLiteral("2023-01-10"), de, minority, QStringLiteral("854231"));
        ship(b, QStringLiteral("S4"), QStringLiteral("2023-01-10"), de, later, QStringLiteral("854231"));
        ship(b, QStringLiteral("S5"), QStringLiteral("2023-01-10"), de, sdnOwned, QStringLiteral("854231"));
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("kz-listed")).contains(QStringLiteral("T6")));
    // Not blocked under the OFAC 50% rule (no OFAC SDN owner), not EU owned (30%), not UK owned (25%).
    CHECK_FALSE(run.codesOf(QStringLiteral("kz-owned")).contains(QStringLiteral("T6")));
    CHECK(run.explanation(QStringLiteral("kz-owned"), QStringLiteral("T6")).isEmpty());
    CHECK(run.codesOf(QStringLiteral("kz-sdn-owned")).contains(QStringLiteral("T6")));
    CHECK_FALSE(run.codesOf(QStringLiteral("kz-minor")).contains(QStringLiteral("T6")));
    CHECK_FALSE(run.codesOf(QStringLiteral("kz-later")).contains(QStringLiteral("T6"))); // listed after the shipment
    CHECK_FALSE(run.codesOf(QStringLiteral("de")).contains(QStringLiteral("T6")));
    const QString why = run.explanation(QStringLiteral("kz-sdn-owned"), QStringLiteral("T6"));
    CHECK(why.contains(QLatin1String("blocked under the OFAC 50% rule, blocked owners holding 60% in aggregate")));
    CHECK(why.contains(QLatin1String("S5")));
    CHECK(why.contains(QLatin1String("p3 is designated (OFAC SDN (RUSSIA-EO14024))")));
    CHECK(run.explanation(QStringLiteral("kz-listed"), QStringLiteral("T6")).contains(QLatin1String("OFAC SDN")));
}

TEST_CASE("T4: a company incorporated after 2022-02-24 importing CHPL goods within 12 months")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 young = b.company(QStringLiteral("kz-new"), QStringLiteral("New LLP"), QStringLiteral("KZ"));
        const qint64 old = b.company(QStringLiteral("kz-old"), QStringLiteral("Old LLP"), QStringLiteral("KZ"));
        const qint64 slow = b.company(QStringLiteral("kz-slow"), QStringLiteral("Slow LLP"), QStringLiteral("KZ"));
        const qint64 food = b.company(QStringLiteral("kz-food"), QStringLiteral("Food LLP"), QStringLiteral("KZ"));
        b.incorporated(young, QStringLiteral("2022-06-01"));
        b.incorporated(old, QStringLiteral("2015-03-01"));
        b.incorporated(slow, QStringLiteral("2022-06-01"));
        b.incorporated(food, QStringLiteral("2022-06-01"));
        ship(b, QStringLiteral("N1"), QStringLiteral("2022-09-01"), de, young, QStringLiteral("8542.31"));
        ship(b, QStringLiteral("O1"), QStringLiteral("2022-09-01"), de, old, QStringLiteral("854231"));
        ship(b, QStringLiteral("L1"), QStringLiteral("2023-06-02"), de, slow, QStringLiteral("854231"));
        ship(b, QStringLiteral("F1"), QStringLiteral("2022-09-01"), de, food, QStringLiteral("020130"));
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("kz-new")) == QStringList{QStringLiteral("T4")});
    CHECK(run.codesOf(QStringLiteral("kz-old")).isEmpty());
    CHECK(run.codesOf(QStringLiteral("kz-slow")).isEmpty());
    CHECK(run.codesOf(QStringLiteral("kz-food")).isEmpty());
    const QString why = run.explanation(QStringLiteral("kz-new"), QStringLiteral("T4"));
    CHECK(why.contains(QLatin1String("2022-06-01")));
    CHECK(why.contains(QLatin1String("N1 of 2022-09-01")));
    CHECK(why.contains(QLatin1String("92 days")));
}

TEST_CASE("T5: a shared normalised address or director with a Russian or listed entity")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 ru = b.company(QStringLiteral("ru"), QStringLiteral("ООО Мать"), QStringLiteral("RU"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО Дочь"), QStringLiteral("KZ"));
        const qint64 kg = b.company(QStringLiteral("kg"), QStringLiteral("ОсОО Сестра"), QStringLiteral("KG"));
        const qint64 am = b.company(QStringLiteral("am"), QStringLiteral("Neighbour LLC"), QStringLiteral("AM"));
        const qint64 listed =
            b.company(QStringLiteral("ae-listed"), QStringLiteral("Listed FZE"), QStringLiteral("AE"));
        const qint64 clean = b.company(QStringLiteral("kz-clean"), QStringLiteral("Clean LLP"), QStringLiteral("KZ"));
        const qint64 director = b.person(QStringLiteral("dir"), QStringLiteral("Petrov Petr"), QStringLiteral("RU"));
        b.designate(listed, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        b.address(ru, QStringLiteral("г. Алматы, ул. Абая, 10"));
        b.address(kz, QStringLiteral("Г АЛМАТЫ  УЛ АБАЯ 10"));
        b.address(clean, QStringLiteral("г. Астана, пр. Республики, 1"));
        b.link(QStringLiteral("directorship"), director, kg);
        b.link(QStringLiteral("directorship"), director, listed);
        b.address(am, QStringLiteral("Yerevan, Abovyan st. 5"));
        b.address(clean, QStringLiteral("yerevan abovyan st 5"));
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("kz")) == QStringList{QStringLiteral("T5")});
    CHECK(run.explanation(QStringLiteral("kz"), QStringLiteral("T5")).contains(QStringLiteral("ООО Мать (ru, RU)")));
    CHECK(run.codesOf(QStringLiteral("kg")) == QStringList{QStringLiteral("T5")});
    CHECK(run.explanation(QStringLiteral("kg"), QStringLiteral("T5")).contains(QLatin1String("Petrov Petr")));
    CHECK(run.codesOf(QStringLiteral("ru")).isEmpty());       // the Russian side is not flagged
    CHECK(run.codesOf(QStringLiteral("kz-clean")).isEmpty()); // shares an address, but with nobody Russian or listed
    CHECK(run.codesOf(QStringLiteral("am")).isEmpty());
}

TEST_CASE("T5: a BIS Entity List party counts as listed, a UK director disqualification is no listing")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 el = b.company(QStringLiteral("ae-el"), QStringLiteral("Entity FZE"), QStringLiteral("AE"));
        const qint64 dq = b.company(QStringLiteral("gb-dq"), QStringLiteral("Director Ltd"), QStringLiteral("GB"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("Shared LLP"), QStringLiteral("KZ"));
        const qint64 kg = b.company(QStringLiteral("kg"), QStringLiteral("Other LLC"), QStringLiteral("KG"));
        b.designate(el, QStringLiteral("Entity List (EL) - Bureau of Industry and Security"), QStringLiteral("EL"));
        b.designate(dq, QStringLiteral("The Insolvency Service"), QStringLiteral("Disqualification"));
        b.address(el, QStringLiteral("Dubai, Sheikh Zayed Rd 1"));
        b.address(kz, QStringLiteral("dubai sheikh zayed rd 1"));
        b.address(dq, QStringLiteral("London, Baker St 221"));
        b.address(kg, QStringLiteral("LONDON BAKER ST 221"));
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("kz")) == QStringList{QStringLiteral("T5")});
    CHECK(run.explanation(QStringLiteral("kz"), QStringLiteral("T5")).contains(QStringLiteral("listed")));
    CHECK(run.codesOf(QStringLiteral("kg")).isEmpty());
}

TEST_CASE("T14: many suppliers into one intermediary, few buyers in RU/BY")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 hub = b.company(QStringLiteral("kz-hub"), QStringLiteral("Hub LLP"), QStringLiteral("KZ"));
        const qint64 quiet = b.company(QStringLiteral("kz-quiet"), QStringLiteral("Quiet LLP"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru"), QStringLiteral("Buyer OOO"), QStringLiteral("RU"));
        for (int i = 0; i < 6; ++i) {
            const qint64 s = b.company(QStringLiteral("sup-%1").arg(i), QStringLiteral("Supplier %1").arg(i),
                                       i % 2 ? QStringLiteral("DE") : QStringLiteral("CN"));
            ship(b, QStringLiteral("H%1").arg(i), QStringLiteral("2023-01-%1").arg(10 + i), s, hub,
                 QStringLiteral("848210"));
            if (i < 4)
                ship(b, QStringLiteral("Q%1").arg(i), QStringLiteral("2023-01-%1").arg(10 + i), s, quiet,
                     QStringLiteral("848210"));
        }
        ship(b, QStringLiteral("HUB-RU"), QStringLiteral("2023-02-20"), hub, ru, QStringLiteral("848210"), 60);
        ship(b, QStringLiteral("QUIET-RU"), QStringLiteral("2023-02-20"), quiet, ru, QStringLiteral("848210"), 40);
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("kz-hub")).contains(QStringLiteral("T14")));
    CHECK_FALSE(run.codesOf(QStringLiteral("kz-quiet")).contains(QStringLiteral("T14")));
    const QString why = run.explanation(QStringLiteral("kz-hub"), QStringLiteral("T14"));
    CHECK(why.contains(QLatin1String("6 suppliers")));
    CHECK(why.contains(QLatin1String("Buyer OOO")));
}

TEST_CASE("T9: a unit value outside the [p5, p95] band of its HS-6 and year")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 fr = b.company(QStringLiteral("fr"), QStringLiteral("Client SA"), QStringLiteral("FR"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("Cheap LLP"), QStringLiteral("KZ"));
        for (int i = 0; i < 30; ++i)
            b.shipment(QStringLiteral("N%1").arg(i),
                       QStringLiteral("2023-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), de, fr,
                       QStringLiteral("854231"), 10, 1000 + 10 * i, {}, {});
        b.shipment(QStringLiteral("CHEAP"), QStringLiteral("2023-04-01"), de, kz, QStringLiteral("854231"), 100, 500,
                   {}, {});
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("kz")) == QStringList{QStringLiteral("T9")});
    CHECK(run.codesOf(QStringLiteral("fr")).isEmpty()); // outside the transit countries
    const QString why = run.explanation(QStringLiteral("kz"), QStringLiteral("T9"));
    CHECK(why.contains(QLatin1String("CHEAP")));
    CHECK(why.contains(QLatin1String("unit value 5 per piece"))); // per canonical unit: "pcs" is a piece
}

TEST_CASE("T9: a uniform group raises nothing, its outer tenth is not a price anomaly")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("Ordinary LLP"), QStringLiteral("KZ"));
        const qint64 kg = b.company(QStringLiteral("kg"), QStringLiteral("Pricey LLC"), QStringLiteral("KG"));
        // 40 shipments at 100 to 139 per piece into KZ: the lowest and highest lie outside [p5, p95], but within
        // 3x of the median (120).
        for (int i = 0; i < 40; ++i)
            b.shipment(QStringLiteral("U%1").arg(i),
                       QStringLiteral("2023-05-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), de, kz,
                       QStringLiteral("854231"), 10, 1000 + 10 * i, {}, {});
        // One at 2.5x the median: off the band, not 3x off the median.
        b.shipment(QStringLiteral("HIGH"), QStringLiteral("2023-06-01"), de, kg, QStringLiteral("854231"), 10, 3000, {},
                   {});
    }
    const FlagRun run = flagsOf(tc);
    CHECK_FALSE(run.codesOf(QStringLiteral("kz")).contains(QStringLiteral("T9")));
    CHECK_FALSE(run.codesOf(QStringLiteral("kg")).contains(QStringLiteral("T9")));
}

TEST_CASE("T8 and T7: a supplier's switch from Russian to new third-country buyers, and a Russian parent's subsidiary")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 it = b.company(QStringLiteral("it"), QStringLiteral("Fornitore SpA"), QStringLiteral("IT"));
        const qint64 ru = b.company(QStringLiteral("ru"), QStringLiteral("ООО Покупатель"), QStringLiteral("RU"));
        const qint64 kz = b.company(QStringLiteral("kz"), QStringLiteral("ТОО Дочка"), QStringLiteral("KZ"));
        const qint64 am = b.company(QStringLiteral("am"), QStringLiteral("Old Friend LLC"), QStringLiteral("AM"));
        b.owns(ru, kz, QStringLiteral("100"));
        ship(b, QStringLiteral("PRE-RU"), QStringLiteral("2021-05-01"), de, ru, QStringLiteral("848210"));
        ship(b, QStringLiteral("PRE-AM"), QStringLiteral("2021-05-01"), it, am, QStringLiteral("848210"));
        ship(b, QStringLiteral("PRE-RU2"), QStringLiteral("2021-05-01"), it, ru, QStringLiteral("848210"));
        ship(b, QStringLiteral("POST-KZ"), QStringLiteral("2022-07-01"), de, kz, QStringLiteral("848210"));
        ship(b, QStringLiteral("POST-AM"), QStringLiteral("2022-07-01"), it, am, QStringLiteral("848210"));
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("de")).contains(QStringLiteral("T8")));
    CHECK_FALSE(run.codesOf(QStringLiteral("it")).contains(QStringLiteral("T8"))); // AM was a buyer before
    const QString t8 = run.explanation(QStringLiteral("de"), QStringLiteral("T8"));
    CHECK(t8.contains(QLatin1String("PRE-RU")));
    CHECK(t8.contains(QLatin1String("POST-KZ")));
    CHECK(run.codesOf(QStringLiteral("kz")).contains(QStringLiteral("T7")));
    const QString t7 = run.explanation(QStringLiteral("kz"), QStringLiteral("T7"));
    CHECK(t7.contains(QLatin1String("owned 100% by")));
    CHECK(t7.contains(QLatin1String("Lieferant GmbH")));
    CHECK(run.codesOf(QStringLiteral("am")).isEmpty());
}

TEST_CASE("T1 and T2 read trade statistics when the case has them")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("x"), QStringLiteral("X"), QStringLiteral("DE"));
    }
    SqliteStatement st(
        tc.caseFile().handle(),
        "INSERT INTO trade_stats(reporter, partner, flow, hs_code, period, value) VALUES(?, ?, ?, ?, ?, ?)");
    auto row = [&](const QString &reporter, const QString &partner, const QString &flow, const QString &period,
                   double value) {
        st.bind(1, reporter);
        st.bind(2, partner);
        st.bind(3, flow);
        st.bind(4, QStringLiteral("854231"));
        st.bind(5, period);
        st.bind(6, value);
        REQUIRE(st.execute());
    };
    for (int year = 2019; year <= 2023; ++year)
        for (int m = 1; m <= 12; ++m)
            row(QStringLiteral("Germany"), QStringLiteral("Kazakhstan"), QStringLiteral("export"),
                QStringLiteral("%1-%2").arg(year).arg(m, 2, 10, QLatin1Char('0')), year >= 2023 ? 500.0 : 100.0);
    row(QStringLiteral("KZ"), QStringLiteral("DE"), QStringLiteral("import"), QStringLiteral("Y2023"), 2000.0);
    row(QStringLiteral("KZ"), QStringLiteral("DE"), QStringLiteral("import"), QStringLiteral("Y2021"), 1150.0);
    const FlagRun run = flagsOf(tc);
    QStringList found;
    for (const auto &cf : run.report.countryFlags)
        found << cf.country + u':' + cf.code;
    CHECK(found.contains(QStringLiteral("KZ:T1")));
    CHECK(found.contains(QStringLiteral("KZ:T2")));   // 6000 exported in 2023 against 2000 imported
    CHECK(found.count(QStringLiteral("KZ:T2")) == 1); // 2021: 1200 against 1150 is within 50%
}

TEST_CASE("a chain's score adds its parties' red flags")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-new"), QStringLiteral("New LLP"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru"), QStringLiteral("Buyer OOO"), QStringLiteral("RU"));
        b.incorporated(kz, QStringLiteral("2022-10-01"));
        b.designate(ru, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-04-01"));
        ship(b, QStringLiteral("IN"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("848210"), 100);
        ship(b, QStringLiteral("OUT"), QStringLiteral("2023-01-20"), kz, ru, QStringLiteral("848210"), 100);
    }
    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    const DetectedChain &c = run.chains.front();
    CHECK(c.flags == QStringList{QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("T6")});
    CHECK(part(c, QStringLiteral("party_flags")) == Approx(0.30)); // 0.15 + 0.30, capped
    CHECK(c.explanation.contains(QLatin1String("kz-new: T4")));
}

TEST_CASE("the CHPL table in the code matches the published list")
{
    QFile f(sharedData(QStringLiteral("trade/chpl/chpl_hs6_2024-02.csv")));
    REQUIRE(f.open(QIODevice::ReadOnly));
    f.readLine(); // header
    int rows = 0;
    while (!f.atEnd()) {
        const QList<QByteArray> cells = f.readLine().split(',');
        REQUIRE(cells.size() >= 3);
        const ChplEntry *e = chplEntry(cells[0].toInt());
        INFO(cells[0].toStdString());
        REQUIRE(e);
        CHECK(QByteArray(e->tier.data(), static_cast<qsizetype>(e->tier.size())) == cells[2]);
        ++rows;
    }
    CHECK(rows == 50);
    CHECK(chplEntries().size() == 50);
    CHECK(chplEntry(880330) == chplEntry(880730)); // HS 2017 -> HS 2022
    CHECK(chplEntry(854230) == nullptr);
    CHECK(chplTierRank("1") > chplTierRank("4.B"));
    CHECK(isFoodOrMedicine(20130));
    CHECK(isFoodOrMedicine(300490));
    CHECK_FALSE(isFoodOrMedicine(854231));
}

TEST_CASE("T6 follows ownership through blocked subsidiaries: stakes are added along the chain, never multiplied")
{
    // Fails with the direct-stakes check T6 had before issue 7: C's only owner, B, is not listed itself.
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 a = b.person(QStringLiteral("A"), QStringLiteral("Ivanov Ivan"), QStringLiteral("RU"));
        const qint64 bb = b.company(QStringLiteral("B"), QStringLiteral("Holding AO"), QStringLiteral("RU"));
        const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("Trade LLP"), QStringLiteral("KZ"));
        b.designate(a, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-05-01"));
        b.owns(a, bb, QStringLiteral("60"));
        b.owns(bb, c, QStringLiteral("60")); // effective share of A: 36%, yet C is blocked
        ship(b, QStringLiteral("S1"), QStringLiteral("2023-01-10"), de, c, QStringLiteral("854231"));
    }
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("C")).contains(QStringLiteral("T6")));
    const QString why = run.explanation(QStringLiteral("C"), QStringLiteral("T6"));
    CHECK(why.contains(QLatin1String("OFAC 50% rule")));
    CHECK(why.contains(QLatin1String("B is blocked")));
}
