#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include "models/storage/Sqlite.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QJsonObject parseJson(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("caravan-cli --version prints the version")
{
    QByteArray out;
    CHECK(runCli({QStringLiteral("--version")}, &out) == 0);
    CHECK(out.startsWith("caravan-cli " CARAVAN_VERSION));
}

TEST_CASE("new then stats prints every documented key with zeros")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.caravan"));
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("new"), path, QStringLiteral("--title"), QStringLiteral("Дело")}, &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("stats"), path, QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(out.count('\n') == 1);
    const QJsonObject o = parseJson(out);
    for (const char *key : {"entities", "companies", "persons", "links", "ownership_links", "shipments", "designations",
                            "sources", "rejected_rows", "marks"}) {
        INFO(key);
        REQUIRE(o.contains(QLatin1String(key)));
        CHECK(o.value(QLatin1String(key)).toInteger(-1) == 0);
    }
    CHECK(o.value(QStringLiteral("schema_version")).toInt() >= 1);
    CHECK(err.isEmpty());
}

TEST_CASE("stats counts what a case holds")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 p = b.person(QStringLiteral("p1"), QStringLiteral("Захаров Александр"));
        const qint64 c = b.company(QStringLiteral("c1"), QStringLiteral("ТОО Альфа"));
        b.owns(p, c, QStringLiteral("100"));
        b.link(QStringLiteral("directorship"), p, c);
        b.designate(p, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
        b.shipment(QStringLiteral("S1"), QStringLiteral("2023-01-01"), c, c, QStringLiteral("854231"), 1, 1,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    QByteArray out;
    // Works while the GUI (here: the test) has the case open for writing.
    REQUIRE(runCli({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")}, &out) == 0);
    const QJsonObject o = parseJson(out);
    CHECK(o.value(QStringLiteral("entities")).toInt() == 2);
    CHECK(o.value(QStringLiteral("persons")).toInt() == 1);
    CHECK(o.value(QStringLiteral("companies")).toInt() == 1);
    CHECK(o.value(QStringLiteral("links")).toInt() == 2);
    CHECK(o.value(QStringLiteral("ownership_links")).toInt() == 1);
    CHECK(o.value(QStringLiteral("designations")).toInt() == 1);
    CHECK(o.value(QStringLiteral("shipments")).toInt() == 1);
    CHECK(o.value(QStringLiteral("sources")).toInt() == 1);
}

TEST_CASE("stats on a file that is not a case exits 2 with one line on stderr")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("README.md"));
    writeFile(path, "# Caravan\n");
    QByteArray out, err;
    CHECK(runCli({QStringLiteral("stats"), path, QStringLiteral("--json")}, &out, &err) == 2);
    CHECK(out.isEmpty());
    CHECK(err.count('\n') == 1);
    CHECK(err.contains("not a Caravan case file"));
}

TEST_CASE("bad usage exits 2")
{
    QByteArray out, err;
    CHECK(runCli({}, &out, &err) == 2);
    CHECK(runCli({QStringLiteral("frobnicate")}, &out, &err) == 2);
    CHECK(err.contains("unknown command"));
    CHECK(runCli({QStringLiteral("stats")}, &out, &err) == 2);
    CHECK(runCli({QStringLiteral("stats"), QStringLiteral("a"), QStringLiteral("b")}, &out, &err) == 2);
    CHECK(runCli({QStringLiteral("stats"), QStringLiteral("x.caravan"), QStringLiteral("--bogus")}, &out, &err) == 2);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("exists.caravan"));
    REQUIRE(runCli({QStringLiteral("new"), path}, &out, &err) == 0);
    CHECK(runCli({QStringLiteral("new"), path}, &out, &err) == 2);
    CHECK(err.contains("already exists"));
}

TEST_CASE("check passes a sound case and exits 1 on a damaged one")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("a"), QStringLiteral("Alpha"));
    }
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("check"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(parseJson(out).value(QStringLiteral("ok")).toBool());

    REQUIRE(sqliteExec(tc.caseFile().handle(),
                       QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO links(type, owner_id, asset_id) "
                                      "VALUES('control', 1, 777); PRAGMA foreign_keys = ON;"))
                .ok());
    CHECK(runCli({QStringLiteral("check"), tc.path(), QStringLiteral("--json")}, &out, &err) == 1);
    const QJsonObject o = parseJson(out);
    CHECK_FALSE(o.value(QStringLiteral("ok")).toBool());
    CHECK(o.value(QStringLiteral("problems")).toArray().size() >= 1);

    tc.close();
    QFile f(tc.path());
    REQUIRE(f.open(QIODevice::ReadWrite));
    REQUIRE(f.resize(f.size() - 1000));
    f.close();
    CHECK(runCli({QStringLiteral("check"), tc.path()}, &out, &err) == 1);
    CHECK(err.contains("damaged"));
}
