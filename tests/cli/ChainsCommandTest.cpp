#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include "models/analysis/ChainSettings.h"
#include "models/storage/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QJsonObject jsonOf(const QByteArray &bytes)
{
    INFO(bytes.toStdString());
    REQUIRE(bytes.count('\n') == 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

// DE -> KZ -> RU in chips, DE -> KG -> RU in bearings 40 days apart, and a new Kazakh intermediary.
void buildCase(TempCase &tc)
{
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Транзит"), QStringLiteral("KZ"));
        const qint64 kg = b.company(QStringLiteral("kg-1"), QStringLiteral("ОсОО Подшипник"), QStringLiteral("KG"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Приёмник"), QStringLiteral("RU"));
        b.incorporated(kz, QStringLiteral("2022-08-01"));
        b.shipment(QStringLiteral("DECL-1"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("854231"), 100, 5000,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("DECL-2"), QStringLiteral("2023-01-25"), kz, ru, QStringLiteral("854231"), 100, 6000,
                   QStringLiteral("DE"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("DECL-3"), QStringLiteral("2023-03-01"), de, kg, QStringLiteral("848210"), 500, 900,
                   QStringLiteral("DE"), QStringLiteral("KG"));
        b.shipment(QStringLiteral("DECL-4"), QStringLiteral("2023-04-10"), kg, ru, QStringLiteral("848210"), 520, 1000,
                   QStringLiteral("DE"), QStringLiteral("RU"));
    }
    tc.close();
}

QStringList chainShipments(const QJsonObject &chain)
{
    QStringList out;
    for (const QJsonValue &v : chain.value(QStringLiteral("shipments")).toArray())
        out << v.toString();
    return out;
}

} // namespace

TEST_CASE("chains --json prints the chains of CLI.md with route, dates, quantities and score parts")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonObject o = jsonOf(out);
    const QJsonArray chains = o.value(QStringLiteral("chains")).toArray();
    REQUIRE(chains.size() == 2);
    const QJsonObject first = chains.at(0).toObject();
    for (const char *key : {"id", "score", "shipments", "entities", "hs", "flags", "explanation", "route", "dates",
                            "quantities", "day_gaps", "score_parts", "chpl_tier", "hs_match"}) {
        INFO(key);
        CHECK(first.contains(QLatin1String(key)));
    }
    CHECK(chainShipments(first) == QStringList{QStringLiteral("DECL-1"), QStringLiteral("DECL-2")});
    CHECK(first.value(QStringLiteral("route")).toString() == QStringLiteral("DE -> KZ -> RU"));
    CHECK(first.value(QStringLiteral("hs")).toString() == QStringLiteral("854231"));
    CHECK(first.value(QStringLiteral("chpl_tier")).toString() == QStringLiteral("1"));
    CHECK(first.value(QStringLiteral("flags")).toArray() == QJsonArray{QStringLiteral("T3"), QStringLiteral("T4")});
    CHECK(first.value(QStringLiteral("score_parts")).toObject().value(QStringLiteral("party_flags")).toDouble() ==
          Approx(0.15));
    CHECK(first.value(QStringLiteral("score")).toDouble() >
          chains.at(1).toObject().value(QStringLiteral("score")).toDouble());
    CHECK(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("window_days")).toInt() == 90);
    CHECK(o.value(QStringLiteral("stats")).toObject().value(QStringLiteral("shipments")).toInt() == 4);
    CHECK(err.isEmpty());
}

TEST_CASE("chains options override the stored settings, are saved, and are reused by the next run")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--window-days"), QStringLiteral("30"),
                    QStringLiteral("--qty-tolerance"), QStringLiteral("10"), QStringLiteral("--transit"),
                    QStringLiteral("kz,KG"), QStringLiteral("--destination"), QStringLiteral("RU"),
                    QStringLiteral("--min-score"), QStringLiteral("0.2"), QStringLiteral("--json")},
                   &out, &err) == 0);
    QJsonObject o = jsonOf(out);
    // The bearings took 40 days: outside a 30-day window.
    REQUIRE(o.value(QStringLiteral("chains")).toArray().size() == 1);
    const QJsonObject settings = o.value(QStringLiteral("settings")).toObject();
    CHECK(settings.value(QStringLiteral("window_days")).toInt() == 30);
    CHECK(settings.value(QStringLiteral("transit")).toArray() ==
          QJsonArray{QStringLiteral("KZ"), QStringLiteral("KG")});

    {
        CaseFile &file = tc.reopen(CaseFile::OpenMode::ReadOnly);
        CHECK(file.setting(QString::fromLatin1(chainkeys::windowDays)) == QStringLiteral("30"));
        CHECK(file.setting(QString::fromLatin1(chainkeys::qtyTolerance)) == QStringLiteral("10"));
        CHECK(file.setting(QString::fromLatin1(chainkeys::transit)) == QStringLiteral("KZ,KG"));
        CHECK(file.setting(QString::fromLatin1(chainkeys::destination)) == QStringLiteral("RU"));
        CHECK(file.setting(QString::fromLatin1(chainkeys::minScore)) == QStringLiteral("0.2"));
        tc.close();
    }
    QByteArray again;
    REQUIRE(runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--json")}, &again, &err) == 0);
    const QJsonObject o2 = jsonOf(again);
    CHECK(o2.value(QStringLiteral("settings")) == o.value(QStringLiteral("settings")));
    CHECK(o2.value(QStringLiteral("chains")) == o.value(QStringLiteral("chains")));

    // A wider window from the command line finds the bearings again, and is recorded.
    REQUIRE(runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--window-days"), QStringLiteral("60"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(jsonOf(out).value(QStringLiteral("chains")).toArray().size() == 2);
    CHECK(tc.reopen(CaseFile::OpenMode::ReadOnly).setting(QString::fromLatin1(chainkeys::windowDays)) ==
          QStringLiteral("60"));
}

TEST_CASE("chains rejects bad options with exit 2, one line on stderr, and leaves the case untouched")
{
    TempCase tc;
    buildCase(tc);
    const QList<QStringList> bad{
        {QStringLiteral("--window-days"), QStringLiteral("ninety")},
        {QStringLiteral("--window-days"), QStringLiteral("0")},
        {QStringLiteral("--qty-tolerance"), QStringLiteral("150")},
        {QStringLiteral("--transit"), QStringLiteral("Kazakhstan")},
        {QStringLiteral("--transit"), QStringLiteral("KZ,RU")},
        {QStringLiteral("--min-score"), QStringLiteral("high")},
        {QStringLiteral("--hs-digits"), QStringLiteral("2")},
        {QStringLiteral("--no-such-option")},
    };
    for (const QStringList &options : bad) {
        INFO(options.join(u' ').toStdString());
        QByteArray out, err;
        CHECK(runCli(QStringList{QStringLiteral("chains"), tc.path()} + options + QStringList{QStringLiteral("--json")},
                     &out, &err) == 2);
        CHECK(out.isEmpty());
        CHECK(err.count('\n') == 1);
    }
    QByteArray out, err;
    CHECK(runCli({QStringLiteral("chains"), tc.file(QStringLiteral("missing.caravan")), QStringLiteral("--json")}, &out,
                 &err) == 2);
    CaseFile &file = tc.reopen(CaseFile::OpenMode::ReadOnly);
    CHECK(sqliteScalar(file.handle(), "SELECT count(*) FROM settings WHERE key LIKE 'chains.%'").value_or(-1) == 0);
}

TEST_CASE("a chain dismissed by an investigator stays out of the chains output on the next run")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonArray before = jsonOf(out).value(QStringLiteral("chains")).toArray();
    REQUIRE(before.size() == 2);
    const QString id = before.at(0).toObject().value(QStringLiteral("id")).toString();
    {
        CaseFile &file = tc.reopen();
        SqliteStatement st(file.handle(), "INSERT INTO marks(target_kind, target_ref, status, note, created_at, "
                                          "updated_at) VALUES('chain', ?, 'dismissed', 'licensed trade', "
                                          "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
        st.bind(1, id);
        REQUIRE(st.execute());
    }
    tc.close(); // after the statement is finalized: a connection closed under a live statement is never freed
    REQUIRE(runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    QJsonObject o = jsonOf(out);
    const QJsonArray after = o.value(QStringLiteral("chains")).toArray();
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).toObject().value(QStringLiteral("id")).toString() != id);
    CHECK(o.value(QStringLiteral("stats")).toObject().value(QStringLiteral("dismissed_hidden")).toInt() == 1);

    REQUIRE(
        runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--include-dismissed"), QStringLiteral("--json")},
               &out, &err) == 0);
    const QJsonArray all = jsonOf(out).value(QStringLiteral("chains")).toArray();
    REQUIRE(all.size() == 2);
    CHECK(all.at(0).toObject().value(QStringLiteral("id")).toString() == id);
    CHECK(all.at(0).toObject().value(QStringLiteral("status")).toString() == QStringLiteral("dismissed"));
}

TEST_CASE("flags --json lists red flags per entity with explanations")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("flags"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonObject o = jsonOf(out);
    const QJsonArray flags = o.value(QStringLiteral("flags")).toArray();
    REQUIRE(flags.size() == 1);
    const QJsonObject f = flags.at(0).toObject();
    CHECK(f.value(QStringLiteral("entity")).toString() == QStringLiteral("kz-1"));
    CHECK(f.value(QStringLiteral("flag")).toString() == QStringLiteral("T4"));
    CHECK(f.value(QStringLiteral("explanation")).toString().contains(QLatin1String("2022-08-01")));
    CHECK(f.value(QStringLiteral("shipments")).toArray() == QJsonArray{QStringLiteral("DECL-1")});

    REQUIRE(runCli({QStringLiteral("flags"), tc.path(), QStringLiteral("--entity"), QStringLiteral("ru-1"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(jsonOf(out).value(QStringLiteral("flags")).toArray().isEmpty());
    CHECK(runCli({QStringLiteral("flags"), tc.path(), QStringLiteral("--entity"), QStringLiteral("nobody"),
                  QStringLiteral("--json")},
                 &out, &err) == 2);
}

TEST_CASE("chains --json counts the shipments it could not use and names the units it does not know")
{
    TempCase tc;
    const QString casePath = tc.file(QStringLiteral("messy.caravan"));
    REQUIRE(runCli({QStringLiteral("new"), casePath}) == 0);
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    const QString shipments = tc.file(QStringLiteral("shipments.csv"));
    writeFile(entities, "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                        "de-1,Company,Elektronik GmbH,,DE,,,\n"
                        "kz-1,Company,ТОО Транзит,,KZ,,,\n"
                        "ru-1,Company,ООО Приёмник,,RU,,,\n");
    // One chain whose legs spell the unit differently (796 = pieces in OKEI), and three shipments that cannot be
    // used: a unit nobody knows (twice), and no measure at all.
    writeFile(shipments, "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                         "origin_country,destination_country,transit_countries\n"
                         "DT-1,2023-01-10,de-1,kz-1,854231,Chips,1000,796,,,,DE,KZ,\n"
                         "DT-2,2023-02-01,kz-1,ru-1,8542310000,Микросхемы,1,тыс. шт,,,,KZ,RU,\n"
                         "DT-3,2023-02-02,kz-1,ru-1,854231,Микросхемы,7,кор.,,,,KZ,RU,\n"
                         "DT-4,2023-02-03,kz-1,ru-1,854231,Микросхемы,8,кор.,,,,KZ,RU,\n"
                         "DT-5,2023-02-04,kz-1,ru-1,854231,Микросхемы,,,,,,KZ,RU,\n");
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), casePath, entities, shipments, QStringLiteral("--json")}, &out, &err) ==
            0);
    REQUIRE(runCli({QStringLiteral("chains"), casePath, QStringLiteral("--value-tolerance"), QStringLiteral("30"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject o = jsonOf(out);
    const QJsonArray chains = o.value(QStringLiteral("chains")).toArray();
    REQUIRE(chains.size() == 1);
    const QJsonObject chain = chains.at(0).toObject();
    CHECK(chainShipments(chain) == QStringList{QStringLiteral("DT-1"), QStringLiteral("DT-2")});
    CHECK(chain.value(QStringLiteral("measure")).toString() == QStringLiteral("quantity"));
    CHECK(chain.value(QStringLiteral("unit")).toString() == QStringLiteral("piece"));
    CHECK(chain.value(QStringLiteral("quantities")).toArray() == QJsonArray{1000.0, 1000.0});
    CHECK(chain.value(QStringLiteral("units_written")).toArray() ==
          QJsonArray{QStringLiteral("796"), QStringLiteral("тыс. шт")});
    CHECK(o.value(QStringLiteral("excluded")).toObject() ==
          QJsonObject{{QStringLiteral("unknown_unit"), 2}, {QStringLiteral("no_measure"), 1}});
    CHECK(o.value(QStringLiteral("unknown_units")).toObject() == QJsonObject{{QStringLiteral("кор."), 2}});
    CHECK(o.value(QStringLiteral("settings")).toObject().value(QStringLiteral("value_tolerance_percent")).toInt() ==
          30);

    // The text output says the same in one line.
    REQUIRE(runCli({QStringLiteral("chains"), casePath}, &out, &err) == 0);
    CHECK(QString::fromUtf8(out).contains(QStringLiteral(
        "3 shipments could not be used: 2 unknown unit, 1 no usable quantity, weight or value. Units not "
        "recognised: \"кор.\" (2)")));
    CHECK(runCli({QStringLiteral("chains"), casePath, QStringLiteral("--value-tolerance"), QStringLiteral("150")}, &out,
                 &err) == 2);
}
