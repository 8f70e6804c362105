#include "../support/TempCase.h"

#include "models/storage/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringEncoder>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QJsonObject onlyJsonObject(const QByteArray &out)
{
    INFO(out.toStdString());
    REQUIRE(out.count('\n') == 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

qint64 scalar(const QString &casePath, const char *sql)
{
    auto opened = CaseFile::open(casePath, CaseFile::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    return sqliteScalar((*opened)->handle(), sql).value_or(-1);
}

QString newCase(const QTemporaryDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("case.caravan"));
    REQUIRE(runCli({QStringLiteral("new"), path}) == 0);
    return path;
}

} // namespace

TEST_CASE("import --json prints one object with every documented key per source")
{
    QTemporaryDir dir;
    const QString casePath = newCase(dir);
    const QString sdn = sharedData(QStringLiteral("sanctions/ofac-sdn-mini/sdn.csv"));
    const QString entities = dir.filePath(QStringLiteral("entities.csv"));
    writeFile(entities, "id,type,name\nc1,Company,ТОО Альфа\n");
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), casePath, sdn, entities, QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonArray sources = onlyJsonObject(out).value(QStringLiteral("sources")).toArray();
    REQUIRE(sources.size() == 2);
    const QJsonObject ofac = sources.at(0).toObject();
    for (const char *key : {"file", "sha256", "format", "rows_read", "imported", "rejected", "skipped_duplicate"}) {
        INFO(key);
        CHECK(ofac.contains(QLatin1String(key)));
    }
    CHECK(ofac.value(QStringLiteral("format")).toString() == "ofac-sdn");
    CHECK(ofac.value(QStringLiteral("rows_read")).toInt() == 64);
    CHECK(ofac.value(QStringLiteral("rejected")).toInt() == 9);
    CHECK(ofac.value(QStringLiteral("sha256")).toString().size() == 64);
    CHECK_FALSE(ofac.value(QStringLiteral("skipped_duplicate")).toBool());
    CHECK(sources.at(1).toObject().value(QStringLiteral("format")).toString() == "caravan-csv");
    CHECK(sources.at(1).toObject().value(QStringLiteral("imported")).toInt() == 1);
    CHECK(scalar(casePath, "SELECT count(*) FROM entities") == 18);

    // The same file again: skipped as a duplicate, then forced.
    REQUIRE(runCli({QStringLiteral("import"), casePath, sdn, QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(onlyJsonObject(out)
              .value(QStringLiteral("sources"))
              .toArray()
              .at(0)
              .toObject()
              .value(QStringLiteral("skipped_duplicate"))
              .toBool());
    CHECK(scalar(casePath, "SELECT count(*) FROM sources") == 2);
    REQUIRE(runCli({QStringLiteral("import"), casePath, sdn, QStringLiteral("--force"), QStringLiteral("--json")}, &out,
                   &err) == 0);
    CHECK(scalar(casePath, "SELECT count(*) FROM sources") == 3);
}

TEST_CASE("import of bad input exits 2 with one line on stderr and writes nothing")
{
    QTemporaryDir dir;
    const QString casePath = newCase(dir);
    const QString good = dir.filePath(QStringLiteral("entities.csv"));
    writeFile(good, "id,type,name\nc1,Company,A\n");
    const QString foreign = dir.filePath(QStringLiteral("picture.png"));
    writeFile(foreign, QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    const QString readme = dir.filePath(QStringLiteral("README.md"));
    writeFile(readme, "# Notes\n\nSome text, not data.\n");

    struct Case {
        QStringList args;
        const char *message;
    };
    const QList<Case> cases{
        {{good, QStringLiteral("--format"), QStringLiteral("xlsx")}, "unknown format 'xlsx'"},
        {{dir.filePath(QStringLiteral("missing.csv"))}, "no such file"},
        {{good, foreign}, "not a text file"},
        {{readme}, "cannot tell the format"},
        {{good, QStringLiteral("--encoding"), QStringLiteral("ebcdic")}, "unknown encoding"},
        {{good, QStringLiteral("--kind"), QStringLiteral("planets")}, "unknown kind"},
        {{sharedData(QStringLiteral("sanctions/ofac-sdn-mini/add.csv"))}, "part of an OFAC set"},
    };
    for (const Case &c : cases) {
        INFO(c.args.join(u' ').toStdString());
        QByteArray out, err;
        CHECK(runCli(QStringList{QStringLiteral("import"), casePath} + c.args + QStringList{QStringLiteral("--json")},
                     &out, &err) == 2);
        CHECK(out.isEmpty());
        CHECK(err.count('\n') == 1);
        CHECK(err.contains(c.message));
    }
    CHECK(scalar(casePath, "SELECT count(*) FROM sources") == 0);
    CHECK(scalar(casePath, "SELECT count(*) FROM entities") == 0);
}

TEST_CASE("import detects Windows-1251 and can be told the encoding")
{
    QTemporaryDir dir;
    const QString casePath = newCase(dir);
    const QString path = dir.filePath(QStringLiteral("entities.csv"));
    QStringEncoder encoder("windows-1251");
    writeFile(path, encoder.encode(QStringLiteral("id,type,name\nc1,Company,ООО Ромашка и партнеры\n")));
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), casePath, path, QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(out.contains("\"encoding\":\"windows-1251\""));
    auto opened = CaseFile::open(casePath, CaseFile::OpenMode::ReadOnly);
    REQUIRE(opened.ok());
    SqliteStatement st((*opened)->handle(), "SELECT name FROM entities WHERE ext_id = 'c1'");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("ООО Ромашка и партнеры"));
}
