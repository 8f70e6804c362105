// caravan-cli mirror on hand-written statistics in Eurostat Comext's layout (issue 20): a planted mirror gap (the
// exporter reports ten times what the importer records), a planted surge, a balanced control flow whose importer
// records a month late, a hub's re-exports to Russia, and the case's own shipments under the flow they carry.
#include "../support/CaseBuilder.h"
#include "../support/MirrorCase.h"
#include "../support/TempCase.h"

#include "models/analysis/MirrorComparison.h"
#include "models/storage/CaseFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QJsonObject flowOf(const QJsonArray &flows, const QString &exporter, const QString &importer, const QString &hs,
                   const QString &period)
{
    for (const QJsonValue &v : flows) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("exporter")).toString() == exporter &&
            o.value(QStringLiteral("importer")).toString() == importer &&
            o.value(QStringLiteral("hs")).toString() == hs && o.value(QStringLiteral("period")).toString() == period)
            return o;
    }
    return {};
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &s : v.toArray())
        out << s.toString();
    return out;
}

} // namespace

TEST_CASE("mirror --json flags a planted gap and surge, not a balanced flow, and lists the companies", "[mirror]")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Halbleiter GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Транзит"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Приёмник"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("DECL-1"), QStringLiteral("2023-03-10"), de, kz, QStringLiteral("854231"), 100, 5000,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("DECL-2"), QStringLiteral("2022-05-02"), de, kz, QStringLiteral("854231"), 50, 2500,
                   QStringLiteral("DE"), QStringLiteral("KZ")); // another year: not under the 2023 flow
        b.shipment(QStringLiteral("DECL-3"), QStringLiteral("2023-04-01"), kz, ru, QStringLiteral("854231"), 100, 6000,
                   QStringLiteral("DE"), QStringLiteral("RU"));
    }
    tc.close();

    QByteArray csv = "REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\n";
    // The gap: Germany reports 100,000 a month of 8542.31 to Kazakhstan, Kazakhstan records 10,000.
    MirrorCase::monthly(csv, "Germany", "Kazakhstan", "854231", "EXPORT", 2019, 2023, 100000);
    MirrorCase::monthly(csv, "Kazakhstan", "Germany", "854231", "IMPORT", 2023, 2023, 10000);
    // The surge: France's exports of 8411.91 to Armenia triple after a 10,000-a-month baseline; Armenia agrees.
    MirrorCase::monthly(csv, "France", "Armenia", "841191", "EXPORT", 2019, 2021, 10000);
    MirrorCase::monthly(csv, "France", "Armenia", "841191", "EXPORT", 2023, 2023, 30000);
    MirrorCase::monthly(csv, "Armenia", "France", "841191", "IMPORT", 2023, 2023, 31500);
    // The control: Poland's furniture to Georgia, steady; Georgia records each month's goods a month later.
    MirrorCase::monthly(csv, "Poland", "Georgia", "940360", "EXPORT", 2019, 2023, 20000);
    MirrorCase::monthly(csv, "Georgia", "Poland", "940360", "IMPORT", 2023, 2023, 21000, 1);
    // The hub: Kazakhstan exports to Russia 90% of the 8542.31 it records from Germany.
    MirrorCase::monthly(csv, "Kazakhstan", "Russian Federation", "854231", "EXPORT", 2023, 2023, 9000);
    writeFile(tc.file(QStringLiteral("comext.csv")), csv);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), tc.path(), tc.file(QStringLiteral("comext.csv"))}, &out, &err) == 0);

    REQUIRE(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--from"), QStringLiteral("2023-01"),
                    QStringLiteral("--to"), QStringLiteral("2023-12"), QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject doc = QJsonDocument::fromJson(out).object();
    const QJsonArray flows = doc.value(QStringLiteral("flows")).toArray();
    INFO(out.toStdString());
    REQUIRE(flows.size() == 4);

    // Ranked: flagged first, CHPL tier 1 before the rest, then by size.
    const QJsonObject gap = flows.at(0).toObject();
    CHECK(gap.value(QStringLiteral("exporter")).toString() == u"DE");
    CHECK(gap.value(QStringLiteral("importer")).toString() == u"KZ");
    CHECK(gap.value(QStringLiteral("hs")).toString() == u"854231");
    CHECK(gap.value(QStringLiteral("period")).toString() == u"2023");
    CHECK(gap.value(QStringLiteral("currency")).toString() == u"EUR");
    CHECK(gap.value(QStringLiteral("exports_reported")).toDouble() == 1200000.0);
    CHECK(gap.value(QStringLiteral("imports_reported")).toDouble() == 120000.0);
    // 1,200,000 x 1.05 = 1,260,000 expected; 1,140,000 missing = 90.476...%
    CHECK(gap.value(QStringLiteral("gap")).toDouble() == 1140000.0);
    CHECK(gap.value(QStringLiteral("gap_pct")).toDouble() == 90.48);
    CHECK(gap.value(QStringLiteral("shipments_value")).isNull()); // USD shipments, no rates yet
    CHECK(gap.value(QStringLiteral("company_shares")).toObject().isEmpty());
    CHECK(gap.value(QStringLiteral("growth")).toDouble() == 1.0);
    CHECK(strings(gap.value(QStringLiteral("flags"))) == QStringList{QStringLiteral("mirror_gap")});
    CHECK(gap.value(QStringLiteral("chpl_tier")).toString() == u"1");
    CHECK(gap.value(QStringLiteral("confidence")).toString() == u"high"); // both report it, 90% missing
    CHECK(strings(gap.value(QStringLiteral("shipments"))) == QStringList{QStringLiteral("DECL-1")});
    CHECK(strings(gap.value(QStringLiteral("companies"))) ==
          QStringList({QStringLiteral("de-1"), QStringLiteral("kz-1")}));
    CHECK(
        gap.value(QStringLiteral("explanation")).toString().contains(QStringLiteral("90.5% of the 1260000 expected")));

    const QJsonObject hub = flows.at(1).toObject();
    CHECK(hub.value(QStringLiteral("exporter")).toString() == u"KZ");
    CHECK(hub.value(QStringLiteral("importer")).toString() == u"RU");
    CHECK(strings(hub.value(QStringLiteral("flags"))) == QStringList{QStringLiteral("reexport")});
    CHECK(hub.value(QStringLiteral("coalition_imports")).toDouble() == 120000.0);
    CHECK(hub.value(QStringLiteral("exports_to_ru_by")).toDouble() == 108000.0);
    CHECK(hub.value(QStringLiteral("gap_pct")).isNull());                // Russia reports nothing
    CHECK(hub.value(QStringLiteral("confidence")).toString() == u"low"); // Kazakhstan's figures alone
    CHECK(strings(hub.value(QStringLiteral("shipments"))) == QStringList{QStringLiteral("DECL-3")});
    CHECK(strings(hub.value(QStringLiteral("companies"))) ==
          QStringList({QStringLiteral("kz-1"), QStringLiteral("ru-1")}));

    const QJsonObject surge = flows.at(2).toObject();
    CHECK(surge.value(QStringLiteral("exporter")).toString() == u"FR");
    CHECK(surge.value(QStringLiteral("importer")).toString() == u"AM");
    CHECK(surge.value(QStringLiteral("exports_reported")).toDouble() == 360000.0);
    CHECK(surge.value(QStringLiteral("imports_reported")).toDouble() == 378000.0);
    CHECK(surge.value(QStringLiteral("gap_pct")).toDouble() == 0.0);
    CHECK(surge.value(QStringLiteral("growth")).toDouble() == 3.0);
    CHECK(surge.value(QStringLiteral("baseline_monthly")).toDouble() == 10000.0);
    CHECK(strings(surge.value(QStringLiteral("flags"))) == QStringList{QStringLiteral("surge")});

    const QJsonObject control = flows.at(3).toObject();
    CHECK(control.value(QStringLiteral("exporter")).toString() == u"PL");
    CHECK(control.value(QStringLiteral("importer")).toString() == u"GE");
    CHECK(control.value(QStringLiteral("exports_reported")).toDouble() == 240000.0);
    CHECK(control.value(QStringLiteral("imports_reported")).toDouble() == 252000.0); // Feb 2023 - Jan 2024
    CHECK(control.value(QStringLiteral("lag_months")).toInt() == 1);
    CHECK(control.value(QStringLiteral("gap_pct")).toDouble() == 0.0);
    CHECK(control.value(QStringLiteral("growth")).toDouble() == 1.0);
    CHECK(control.value(QStringLiteral("flags")).toArray().isEmpty());
    CHECK(control.value(QStringLiteral("confidence")).isNull());
    CHECK(control.value(QStringLiteral("shipments")).toArray().isEmpty());

    // --flagged leaves the control out; --hs narrows to the codes.
    REQUIRE(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--from"), QStringLiteral("2023-01"),
                    QStringLiteral("--flagged"), QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out).object().value(QStringLiteral("flows")).toArray().size() == 3);
    REQUIRE(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--from"), QStringLiteral("2023-01"),
                    QStringLiteral("--hs"), QStringLiteral("8542"), QStringLiteral("--level"), QStringLiteral("tier"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonArray tiers = QJsonDocument::fromJson(out).object().value(QStringLiteral("flows")).toArray();
    REQUIRE(tiers.size() == 2);
    CHECK(tiers.at(0).toObject().value(QStringLiteral("hs")).toString() == u"tier 1");

    // Quarters: the gap holds in each, the importer's months shifted by none.
    REQUIRE(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--from"), QStringLiteral("2023-01"),
                    QStringLiteral("--period"), QStringLiteral("quarter"), QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject q2 =
        flowOf(QJsonDocument::fromJson(out).object().value(QStringLiteral("flows")).toArray(), QStringLiteral("DE"),
               QStringLiteral("KZ"), QStringLiteral("854231"), QStringLiteral("2023-Q2"));
    CHECK(q2.value(QStringLiteral("exports_reported")).toDouble() == 300000.0);
    CHECK(q2.value(QStringLiteral("imports_reported")).toDouble() == 30000.0);
    CHECK(q2.value(QStringLiteral("shipments")).toArray().isEmpty()); // DECL-1 is of Q1

    // Exchange rates in the ECB layout: USD per euro, monthly with a yearly fallback for December 2023.
    QByteArray rates = "Date,USD,JPY,\n";
    for (int m = 1; m <= 11; ++m)
        rates += QStringLiteral("2023-%1,1.25,150.5,\n").arg(m, 2, 10, QLatin1Char('0')).toUtf8();
    rates += "2023,1.25,N/A,\n2022,1.10,N/A,\n2021,1.20,N/A,\n2020,1.20,N/A,\n2019,1.20,N/A,\n";
    writeFile(tc.file(QStringLiteral("rates.csv")), rates);
    REQUIRE(runCli({QStringLiteral("import"), tc.path(), tc.file(QStringLiteral("rates.csv")), QStringLiteral("--kind"),
                    QStringLiteral("exchange-rates")},
                   &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--from"), QStringLiteral("2023-01"),
                    QStringLiteral("--hs"), QStringLiteral("854231"), QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject usd =
        flowOf(QJsonDocument::fromJson(out).object().value(QStringLiteral("flows")).toArray(), QStringLiteral("DE"),
               QStringLiteral("KZ"), QStringLiteral("854231"), QStringLiteral("2023"));
    CHECK(usd.value(QStringLiteral("currency")).toString() == u"USD");
    CHECK(usd.value(QStringLiteral("exports_reported")).toDouble() == 1500000.0);
    CHECK(usd.value(QStringLiteral("imports_reported")).toDouble() == 150000.0);
    CHECK(usd.value(QStringLiteral("gap_pct")).toDouble() == 90.48);
    // DECL-1's 5,000 USD against the 1,500,000 USD Germany reports.
    CHECK(usd.value(QStringLiteral("shipments_value")).toDouble() == 5000.0);
    CHECK(usd.value(QStringLiteral("company_shares")).toObject() ==
          QJsonObject({{QStringLiteral("de-1"), 0.003333}, {QStringLiteral("kz-1"), 0.003333}}));

    // Bad input: one line, exit 2.
    CHECK(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--level"), QStringLiteral("hs5")}, &out, &err) ==
          2);
    CHECK(err.contains("--level is hs6, hs4, hs2 or tier"));
    CHECK(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--currency"), QStringLiteral("GBP")}, &out,
                 &err) == 2);
    CHECK(err.contains("no exchange rates for GBP"));
}

TEST_CASE("mirror --json lists the companies under a planted flow with their share, red flags and verdicts",
          "[mirror][parties]")
{
    TempCase tc;
    MirrorCase::build(tc.caseFile(), tc.file(QString()));
    tc.close();
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--flagged"), QStringLiteral("--json")}, &out,
                   &err) == 0);
    INFO(out.toStdString());
    const QJsonArray flows = QJsonDocument::fromJson(out).object().value(QStringLiteral("flows")).toArray();
    REQUIRE(flows.size() == 3); // the gap, the hub and the surge; not the control

    // Germany's 1,200,000 EUR of 8542.31 to Kazakhstan in 2023: DECL-1 (300,000) and DECL-2 (60,000) carry it.
    const QJsonObject gap =
        flowOf(flows, QStringLiteral("DE"), QStringLiteral("KZ"), QStringLiteral("854231"), QStringLiteral("2023"));
    CHECK(strings(gap.value(QStringLiteral("flags"))) == QStringList{QStringLiteral("mirror_gap")});
    CHECK(strings(gap.value(QStringLiteral("companies"))) ==
          QStringList({QStringLiteral("de-1"), QStringLiteral("kz-1"), QStringLiteral("de-2")}));
    const QJsonArray parties = gap.value(QStringLiteral("parties")).toArray();
    REQUIRE(parties.size() == 3);
    const QJsonObject de1 = parties.at(0).toObject(), de2 = parties.at(1).toObject(), kz = parties.at(2).toObject();
    CHECK(de1.value(QStringLiteral("id")).toString() == u"de-1");
    CHECK(de1.value(QStringLiteral("role")).toString() == u"exporter");
    CHECK(de1.value(QStringLiteral("shipments")).toInt() == 1);
    CHECK(de1.value(QStringLiteral("value")).toDouble() == 300000.0);
    CHECK(de1.value(QStringLiteral("share")).toDouble() == 0.25);
    CHECK(strings(de1.value(QStringLiteral("flags"))).isEmpty());
    CHECK(de1.value(QStringLiteral("ofac")).toString() == u"not_blocked");
    CHECK(de1.value(QStringLiteral("eu")).toString() == u"no");
    CHECK(de1.value(QStringLiteral("verdict")).toString() == u"not blocked under the OFAC 50% rule");

    CHECK(de2.value(QStringLiteral("id")).toString() == u"de-2");
    CHECK(de2.value(QStringLiteral("role")).toString() == u"exporter");
    CHECK(de2.value(QStringLiteral("share")).toDouble() == 0.05);
    CHECK(strings(de2.value(QStringLiteral("flags"))) == QStringList{QStringLiteral("T6")});
    CHECK(de2.value(QStringLiteral("ofac")).toString() == u"not_blocked");
    CHECK(de2.value(QStringLiteral("eu")).toString() == u"owned");
    CHECK(de2.value(QStringLiteral("uk")).toString() == u"no");
    CHECK(de2.value(QStringLiteral("verdict")).toString() ==
          u"not blocked under the OFAC 50% rule; owned under the EU rule (55% held by listed persons)");

    CHECK(kz.value(QStringLiteral("id")).toString() == u"kz-1");
    CHECK(kz.value(QStringLiteral("name")).toString() == u"ТОО Транзит");
    CHECK(kz.value(QStringLiteral("role")).toString() == u"hub");
    CHECK(kz.value(QStringLiteral("shipments")).toInt() == 2);
    CHECK(kz.value(QStringLiteral("value")).toDouble() == 360000.0);
    CHECK(kz.value(QStringLiteral("share")).toDouble() == 0.3);
    CHECK(strings(kz.value(QStringLiteral("flags"))) == QStringList({QStringLiteral("T4"), QStringLiteral("T6")}));
    CHECK(kz.value(QStringLiteral("ofac")).toString() == u"blocked");
    CHECK(kz.value(QStringLiteral("eu")).toString() == u"no");
    CHECK(kz.value(QStringLiteral("verdict")).toString() ==
          u"blocked under the OFAC 50% rule (60% held by blocked persons)");

    // Kazakhstan's 1,200,000 EUR to Russia, ten times what it records from Germany: DECL-3 (330,000) carries it.
    const QJsonObject hub =
        flowOf(flows, QStringLiteral("KZ"), QStringLiteral("RU"), QStringLiteral("854231"), QStringLiteral("2023"));
    CHECK(strings(hub.value(QStringLiteral("flags"))) == QStringList{QStringLiteral("reexport")});
    const QJsonArray hubParties = hub.value(QStringLiteral("parties")).toArray();
    REQUIRE(hubParties.size() == 2);
    CHECK(hubParties.at(0).toObject().value(QStringLiteral("id")).toString() == u"kz-1");
    CHECK(hubParties.at(0).toObject().value(QStringLiteral("role")).toString() == u"hub");
    CHECK(hubParties.at(0).toObject().value(QStringLiteral("share")).toDouble() == 0.275);
    const QJsonObject buyer = hubParties.at(1).toObject();
    CHECK(buyer.value(QStringLiteral("id")).toString() == u"ru-1");
    CHECK(buyer.value(QStringLiteral("role")).toString() == u"buyer");
    CHECK(buyer.value(QStringLiteral("share")).toDouble() == 0.275);
    CHECK(strings(buyer.value(QStringLiteral("flags"))) == QStringList{QStringLiteral("T6")});
    CHECK(buyer.value(QStringLiteral("ofac")).toString() == u"designated");
    CHECK(buyer.value(QStringLiteral("verdict")).toString() ==
          u"designated on a list the OFAC 50% rule counts (OFAC SDN (RUSSIA-EO14024))");
}

TEST_CASE("mirror reads the CIF/FOB margin and the lag the case holds, --margin and --lag override them", "[mirror]")
{
    TempCase tc;
    MirrorCase::build(tc.caseFile(), tc.file(QString()));
    // As the Anomalies view stores them: a 10% margin and no reporting lag.
    MirrorSettings stored;
    stored.cifFobMargin = 0.10;
    stored.lagMonths = 0;
    REQUIRE(stored.saveStored(tc.caseFile()));
    CHECK(tc.caseFile().setting(QString::fromLatin1(mirrorkeys::cifFobMarginPercent)) == u"10");
    CHECK(tc.caseFile().setting(QString::fromLatin1(mirrorkeys::lagMonths)) == u"0");
    tc.close();

    auto mirror = [&](const QStringList &extra) {
        QByteArray out, err;
        REQUIRE(
            runCli(QStringList{QStringLiteral("mirror"), tc.path(), QStringLiteral("--from"), QStringLiteral("2023-01"),
                               QStringLiteral("--to"), QStringLiteral("2023-12"), QStringLiteral("--json")} +
                       extra,
                   &out, &err) == 0);
        return QJsonDocument::fromJson(out).object().value(QStringLiteral("flows")).toArray();
    };
    const QString y2023 = QStringLiteral("2023");
    QJsonArray flows = mirror({});
    // The gap: 1,200,000 x 1.10 = 1,320,000 expected, 120,000 recorded: 1,200,000 missing, 90.91%.
    QJsonObject gap = flowOf(flows, QStringLiteral("DE"), QStringLiteral("KZ"), QStringLiteral("854231"), y2023);
    CHECK(gap.value(QStringLiteral("gap")).toDouble() == 1200000.0);
    CHECK(gap.value(QStringLiteral("gap_pct")).toDouble() == 90.91);
    // The control flow without the lag: Georgia's 2023 holds 11 of Poland's months (231,000 against 264,000).
    QJsonObject control = flowOf(flows, QStringLiteral("PL"), QStringLiteral("GE"), QStringLiteral("940360"), y2023);
    CHECK(control.value(QStringLiteral("lag_months")).toInt() == 0);
    CHECK(control.value(QStringLiteral("gap")).toDouble() == 33000.0);
    CHECK(control.value(QStringLiteral("gap_pct")).toDouble() == 12.5);

    // The command line's options win over the case's settings.
    flows = mirror({QStringLiteral("--margin"), QStringLiteral("5"), QStringLiteral("--lag"), QStringLiteral("1")});
    gap = flowOf(flows, QStringLiteral("DE"), QStringLiteral("KZ"), QStringLiteral("854231"), y2023);
    CHECK(gap.value(QStringLiteral("gap")).toDouble() == 1140000.0);
    control = flowOf(flows, QStringLiteral("PL"), QStringLiteral("GE"), QStringLiteral("940360"), y2023);
    CHECK(control.value(QStringLiteral("lag_months")).toInt() == 1);
    CHECK(control.value(QStringLiteral("gap")).toDouble() == 0.0);

    // A stored value out of range is bad input, named in one line, and the case is left as it was.
    {
        auto file = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadWrite);
        REQUIRE(file);
        REQUIRE((*file)->setSetting(QString::fromLatin1(mirrorkeys::lagMonths), QStringLiteral("7")));
    }
    QByteArray out, err;
    CHECK(runCli({QStringLiteral("mirror"), tc.path(), QStringLiteral("--json")}, &out, &err) == 2);
    CHECK(err.trimmed().split('\n').size() == 1);
    CHECK(err.contains("mirror.lag_months"));
    CHECK(out.isEmpty());
}
