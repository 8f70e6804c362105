// Readers on a server case: the commands that only read run on a local replica of the case
// (models/storage/ServerReplica) and give the same results as the case in a file; against a real PostgreSQL 15
// (tests/support/PgCluster), through caravan-cli.
#include "TeamCases.h"

#include "../../support/CaseBuilder.h"
#include "../../support/PgCluster.h"
#include "../../support/TempCase.h"

#include "models/storage/CaseAddress.h"
#include "models/storage/ServerReplica.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// In the shape of the held-out re-export cases: chips DE -> KZ -> RU and bearings DE -> KG -> RU through young
// intermediaries, a designated owner over the 50% line through two paths, his name in Latin letters on a director
// (screening), and a shipment whose quantity the detector cannot use.
void buildHeldoutStyleCase(CaseFile &file)
{
    CaseBuilder b(file);
    const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik Handel GmbH"), QStringLiteral("DE"));
    const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Транзит Сауда»"), QStringLiteral("KZ"));
    const qint64 kg = b.company(QStringLiteral("kg-1"), QStringLiteral("ОсОО Подшипник"), QStringLiteral("KG"));
    const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО «Приёмник»"), QStringLiteral("RU"));
    const qint64 ru2 = b.company(QStringLiteral("ru-2"), QStringLiteral("АО Промкомплект"), QStringLiteral("RU"));
    const qint64 owner =
        b.person(QStringLiteral("ofac-7"), QStringLiteral("Иванов Иван Иванович"), QStringLiteral("RU"));
    const qint64 director =
        b.person(QStringLiteral("kz-p-1"), QStringLiteral("Ivanov Ivan Ivanovich"), QStringLiteral("KZ"));
    b.incorporated(kz, QStringLiteral("2022-08-01"));
    b.incorporated(kg, QStringLiteral("2022-11-15"));
    b.designate(owner, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-06-28"));
    b.owns(owner, ru, QStringLiteral("40"));
    b.owns(ru2, ru, QStringLiteral("30"));
    b.owns(owner, ru2, QStringLiteral("60"));
    b.owns(ru, kz, QStringLiteral("25"));
    b.link(QStringLiteral("directorship"), director, kz);
    b.shipment(QStringLiteral("10005020/100123/0001"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("854231"),
               100, 5000, QStringLiteral("DE"), QStringLiteral("KZ"));
    b.shipment(QStringLiteral("10005020/250123/0002"), QStringLiteral("2023-01-25"), kz, ru, QStringLiteral("854231"),
               100, 6000, QStringLiteral("DE"), QStringLiteral("RU"));
    b.shipment(QStringLiteral("10005020/010323/0003"), QStringLiteral("2023-03-01"), de, kg, QStringLiteral("848210"),
               500, 900, QStringLiteral("DE"), QStringLiteral("KG"));
    b.shipment(QStringLiteral("10005020/100423/0004"), QStringLiteral("2023-04-10"), kg, ru2, QStringLiteral("848210"),
               520, 1000, QStringLiteral("DE"), QStringLiteral("RU"));
    b.shipment(QStringLiteral("10005020/120423/0005"), QStringLiteral("2023-04-12"), kz, ru2, QStringLiteral("854231"),
               0, 0, QStringLiteral("DE"), QStringLiteral("RU"));
}

// `o` without the run's timings, at any depth.
QJsonObject withoutTimings(QJsonObject o)
{
    o.remove(QStringLiteral("timings_ms"));
    o.remove(QStringLiteral("cpu_ms"));
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it->isObject())
            *it = withoutTimings(it->toObject());
    return o;
}

// A command's --json output, parsed, without what says when or from where (the replica's note) and its timings.
QJsonObject results(const QStringList &arguments, QJsonObject *asOf = nullptr)
{
    const QByteArray out = cliOk(arguments);
    INFO(out.toStdString());
    QJsonParseError error;
    QJsonObject o = QJsonDocument::fromJson(out, &error).object();
    REQUIRE(error.error == QJsonParseError::NoError);
    if (asOf)
        *asOf = o.value(QStringLiteral("server_replica")).toObject();
    o.remove(QStringLiteral("server_replica"));
    return withoutTimings(o);
}

// Indented JSON, for comparisons whose failure shows the difference.
std::string shown(const QJsonObject &o)
{
    return QJsonDocument(o).toJson().toStdString();
}

QStringList tablesOf(const QJsonObject &asOf)
{
    QStringList tables;
    for (const QJsonValue &v : asOf.value(QStringLiteral("tables")).toArray())
        tables << v.toString();
    return tables;
}

QString chainStatus(const QJsonObject &chains, const QString &id)
{
    for (const QJsonValue &v : chains.value(QStringLiteral("chains")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject().value(QStringLiteral("status")).toString();
    return QStringLiteral("(no such chain)");
}

// The held-out-style case as a file and as the server case `name` (copied by lead; aigerim an analyst, bolat a
// reader), with the replicas under a cache folder of the test's own.
struct ServerCopy {
    PgCluster &pg = PgCluster::fresh();
    QTemporaryDir cache;
    TempCase tc{QStringLiteral("heldout.caravan")};
    QString name;

    explicit ServerCopy(const QString &caseName) : name(caseName)
    {
        pg.createLogin(QStringLiteral("lead"), true);
        pg.createLogin(QStringLiteral("aigerim"));
        pg.createLogin(QStringLiteral("bolat"));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(cache.path()));
        buildHeldoutStyleCase(tc.caseFile());
        tc.close();
        cliOk({QStringLiteral("copy"), tc.path(), uri(QStringLiteral("lead"))});
        cliOk({QStringLiteral("grant"), uri(QStringLiteral("lead")), QStringLiteral("aigerim"),
               QStringLiteral("analyst")});
        cliOk(
            {QStringLiteral("grant"), uri(QStringLiteral("lead")), QStringLiteral("bolat"), QStringLiteral("reader")});
    }
    ~ServerCopy() { qunsetenv("XDG_CACHE_HOME"); }
    QString uri(const QString &user) const { return pg.uri(user, name); }
};

} // namespace

TEST_CASE("stats, chains, ownership and screen on a server case give the case file's results, as of the replica's "
          "sync, which follows marks and imports incrementally",
          "[teamcase][replica]")
{
    ServerCopy server(QStringLiteral("heldout"));
    TempCase &tc = server.tc;
    const QString aigerim = server.uri(QStringLiteral("aigerim"));
    const QString bolat = server.uri(QStringLiteral("bolat"));
    const QString json = QStringLiteral("--json");

    // The first read copies the whole case into the replica; the next ones find nothing changed.
    QJsonObject asOf;
    const QJsonObject candidates = results({QStringLiteral("screen"), bolat, json}, &asOf);
    CHECK(asOf.value(QStringLiteral("sync")).toString() == QStringLiteral("full"));
    CHECK(asOf.value(QStringLiteral("server_case")).toString() == bolat);
    CHECK(asOf.value(QStringLiteral("as_of")).toString().endsWith(u'Z'));
    CHECK(shown(candidates) == shown(results({QStringLiteral("screen"), tc.path(), json})));
    CHECK(candidates.value(QStringLiteral("candidates")).toArray().size() == 1);
    const QJsonObject verdicts = results({QStringLiteral("ownership"), tc.path(), json});
    CHECK(verdicts.value(QStringLiteral("verdicts")).toArray().size() == 3);
    CHECK(shown(results({QStringLiteral("ownership"), bolat, json}, &asOf)) == shown(verdicts));
    CHECK(asOf.value(QStringLiteral("sync")).toString() == QStringLiteral("incremental"));
    CHECK(tablesOf(asOf).isEmpty());
    const QJsonObject serverChains = results({QStringLiteral("chains"), bolat, json}, &asOf);
    CHECK(tablesOf(asOf).isEmpty());
    const QJsonObject fileChains = results({QStringLiteral("chains"), tc.path(), json});
    CHECK(shown(serverChains) == shown(fileChains));
    REQUIRE(fileChains.value(QStringLiteral("chains")).toArray().size() == 2);
    CHECK(cliOk({QStringLiteral("stats"), bolat, json}) == cliOk({QStringLiteral("stats"), tc.path(), json}));

    // The replica is the user's alone.
    auto address = CaseAddress::parse(bolat);
    REQUIRE(address.ok());
    const ServerReplica replica(*address, server.cache.path() + QStringLiteral("/caravan/replicas"));
    REQUIRE(QFileInfo::exists(replica.path()));
    CHECK(QFileInfo(replica.path()).permissions() ==
          (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    // A colleague's mark reaches the reader's next read: marks and the audit log are read again, nothing else.
    const QString chainId =
        fileChains.value(QStringLiteral("chains")).toArray().at(0).toObject().value(QStringLiteral("id")).toString();
    for (const QString &where : {aigerim, tc.path()})
        cliOk({QStringLiteral("mark"), where, QStringLiteral("--chain"), chainId, QStringLiteral("--status"),
               QStringLiteral("confirmed")});
    const QJsonObject marked =
        results({QStringLiteral("chains"), bolat, json, QStringLiteral("--include-dismissed")}, &asOf);
    // The settings too: the reader's chains run saved its settings in the replica, which the server's replace.
    CHECK(tablesOf(asOf) ==
          QStringList{QStringLiteral("settings"), QStringLiteral("marks"), QStringLiteral("audit_log")});
    CHECK(chainStatus(marked, chainId) == QStringLiteral("confirmed"));
    CHECK(shown(marked) ==
          shown(results({QStringLiteral("chains"), tc.path(), json, QStringLiteral("--include-dismissed")})));
    CHECK(QJsonDocument::fromJson(cliOk({QStringLiteral("stats"), bolat, json}))
              .object()
              .value(QStringLiteral("marks"))
              .toInt() == 1);

    // An import adds rows: the new source's facts are appended to the replica, and the chains it makes appear.
    const QString more = tc.file(QStringLiteral("more-shipments.csv"));
    writeFile(more, "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                    "origin_country,destination_country,transit_countries\n"
                    "10005020/050523/0006,2023-05-05,de-1,kg-1,854231,Микросхемы,300,шт,,4500,USD,DE,KG,\n"
                    "10005020/200523/0007,2023-05-20,kg-1,ru-1,854231,Микросхемы,300,шт,,5200,USD,DE,RU,\n");
    for (const QString &where : {aigerim, tc.path()})
        cliOk({QStringLiteral("import"), where, more, QStringLiteral("--kind"), QStringLiteral("shipments")});
    const QJsonObject imported = results({QStringLiteral("chains"), bolat, json}, &asOf);
    const QStringList refreshed = tablesOf(asOf);
    CHECK(refreshed.contains(QStringLiteral("shipments")));
    CHECK(refreshed.contains(QStringLiteral("sources")));
    CHECK(shown(imported) == shown(results({QStringLiteral("chains"), tc.path(), json})));
    CHECK(imported.value(QStringLiteral("chains")).toArray().size() == 3);
    CHECK(shown(results({QStringLiteral("ownership"), bolat, json})) == shown(verdicts));

    // Text output says which moment of the case it shows.
    const QByteArray text = cliOk({QStringLiteral("screen"), bolat});
    CHECK(text.startsWith("as of 20"));
    CHECK(text.contains(QByteArray("the server case " + bolat.toUtf8())));
}

TEST_CASE("chains on a server case saves the settings it ran with on the server, a reader's apply to the run only",
          "[teamcase][replica]")
{
    ServerCopy server(QStringLiteral("settings-case"));
    PgCluster &pg = server.pg;
    const QString lead = server.uri(QStringLiteral("lead"));

    cliOk({QStringLiteral("chains"), lead, QStringLiteral("--window-days"), QStringLiteral("45"),
           QStringLiteral("--json")});
    auto c = pg.connect();
    CHECK(scalarText(*c, QStringLiteral("SELECT value FROM \"settings-case\".settings WHERE key = "
                                        "'chains.window_days'")) == QStringLiteral("45"));
    CHECK(scalarText(*c, QStringLiteral("SELECT changed_by FROM \"settings-case\".settings WHERE key = "
                                        "'chains.window_days'")) == QStringLiteral("lead"));
    QByteArray err;
    const QByteArray out = cliOk({QStringLiteral("chains"), server.uri(QStringLiteral("bolat")),
                                  QStringLiteral("--window-days"), QStringLiteral("60"), QStringLiteral("--json")},
                                 0, &err);
    CHECK(err.isEmpty());
    CHECK(QJsonDocument::fromJson(out)
              .object()
              .value(QStringLiteral("settings"))
              .toObject()
              .value(QStringLiteral("window_days")) == 60);
    CHECK(scalarText(*c, QStringLiteral("SELECT value FROM \"settings-case\".settings WHERE key = "
                                        "'chains.window_days'")) == QStringLiteral("45"));
    // The reader's replica gives its own setting back to the server's at the next read.
    const QJsonObject next =
        QJsonDocument::fromJson(
            cliOk({QStringLiteral("chains"), server.uri(QStringLiteral("bolat")), QStringLiteral("--json")}))
            .object();
    CHECK(next.value(QStringLiteral("settings")).toObject().value(QStringLiteral("window_days")) == 45);
}
