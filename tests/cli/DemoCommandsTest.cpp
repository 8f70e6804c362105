#include "../support/TempCase.h"

#include "models/storage/Schema.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace caravan::test;

namespace {

QJsonObject jsonOf(const QByteArray &bytes)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    INFO(bytes.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("demo builds a training case that passes check, and prints counts and the answer-key size")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.caravan"));
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--json"), QStringLiteral("--digest")}, &out, &err) ==
            0);
    CHECK(out.count('\n') == 1);
    const QJsonObject o = jsonOf(out);
    CHECK(o.value(QStringLiteral("scenario")).toString() == u"mixed");
    CHECK(o.value(QStringLiteral("shipments")).toInteger() >= 3000);
    CHECK(o.value(QStringLiteral("companies")).toInteger() >= 300);
    const qint64 key = o.value(QStringLiteral("answer_key")).toInteger();
    CHECK(key > 20);
    CHECK(o.value(QStringLiteral("planted")).toInteger() + o.value(QStringLiteral("decoys")).toInteger() == key);
    CHECK(o.value(QStringLiteral("content_sha256")).toString().size() == 64);

    REQUIRE(runCli({QStringLiteral("check"), path}, &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("stats"), path, QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonObject stats = jsonOf(out);
    CHECK(stats.value(QStringLiteral("shipments")) == o.value(QStringLiteral("shipments")));
    CHECK(stats.value(QStringLiteral("entities")) == o.value(QStringLiteral("entities")));
    CHECK(stats.value(QStringLiteral("schema_version")).toInt() == caravan::schema::kCurrentVersion);

    // The same seed elsewhere gives the same contents; another seed does not.
    const QString again = dir.filePath(QStringLiteral("again.caravan"));
    const QString other = dir.filePath(QStringLiteral("other.caravan"));
    REQUIRE(runCli({QStringLiteral("demo"), again, QStringLiteral("--json"), QStringLiteral("--digest")}, &out, &err) ==
            0);
    CHECK(jsonOf(out).value(QStringLiteral("content_sha256")) == o.value(QStringLiteral("content_sha256")));
    REQUIRE(runCli({QStringLiteral("demo"), other, QStringLiteral("--seed"), QStringLiteral("2"),
                    QStringLiteral("--json"), QStringLiteral("--digest")},
                   &out, &err) == 0);
    CHECK(jsonOf(out).value(QStringLiteral("content_sha256")) != o.value(QStringLiteral("content_sha256")));
}

TEST_CASE("demo writes messy extracts by default and clean data with --clean: the same facts, other wording")
{
    QTemporaryDir dir;
    const QString messy = dir.filePath(QStringLiteral("messy.caravan"));
    const QString clean = dir.filePath(QStringLiteral("clean.caravan"));
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("demo"), messy, QStringLiteral("--json"), QStringLiteral("--digest")}, &out, &err) ==
            0);
    const QJsonObject m = jsonOf(out);
    CHECK(m.value(QStringLiteral("realism")).toString() == u"messy");
    REQUIRE(runCli({QStringLiteral("demo"), clean, QStringLiteral("--clean"), QStringLiteral("--json"),
                    QStringLiteral("--digest")},
                   &out, &err) == 0);
    const QJsonObject c = jsonOf(out);
    CHECK(c.value(QStringLiteral("realism")).toString() == u"clean");
    CHECK(c.value(QStringLiteral("shipments")) == m.value(QStringLiteral("shipments")));
    CHECK(c.value(QStringLiteral("answer_key")) == m.value(QStringLiteral("answer_key")));
    CHECK(c.value(QStringLiteral("content_sha256")) != m.value(QStringLiteral("content_sha256")));
    REQUIRE(runCli({QStringLiteral("check"), clean}, &out, &err) == 0);
}

TEST_CASE("demo refuses an existing file and bad options with exit 2, leaving nothing behind")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.caravan"));
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--scenario"), QStringLiteral("shadow-50")}, &out,
                   &err) == 0);
    const QByteArray before = [&path] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    CHECK(runCli({QStringLiteral("demo"), path}, &out, &err) == 2);
    CHECK(err.count('\n') == 1);
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == before);

    const QString fresh = dir.filePath(QStringLiteral("fresh.caravan"));
    for (const QStringList &bad :
         {QStringList{QStringLiteral("--scenario"), QStringLiteral("nope")},
          QStringList{QStringLiteral("--scale"), QStringLiteral("0")},
          QStringList{QStringLiteral("--scale"), QStringLiteral("51")},
          QStringList{QStringLiteral("--seed"), QStringLiteral("-3")}, QStringList{QStringLiteral("--bogus")}}) {
        INFO(bad.join(u' ').toStdString());
        CHECK(runCli(QStringList{QStringLiteral("demo"), fresh} + bad, &out, &err) == 2);
        CHECK(out.isEmpty());
        CHECK_FALSE(err.isEmpty());
        CHECK_FALSE(QFile::exists(fresh));
    }
    CHECK(runCli({QStringLiteral("demo")}, &out, &err) == 2);
}

TEST_CASE("scenarios lists every scenario and what it teaches")
{
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("scenarios"), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonArray list = jsonOf(out).value(QStringLiteral("scenarios")).toArray();
    QStringList names;
    for (const QJsonValue &v : list) {
        names << v.toObject().value(QStringLiteral("name")).toString();
        CHECK_FALSE(v.toObject().value(QStringLiteral("teaches")).toString().isEmpty());
        CHECK_FALSE(v.toObject().value(QStringLiteral("patterns")).toArray().isEmpty());
    }
    CHECK(names.size() >= 6);
    for (const char *name : {"mixed", "reexport-kz", "two-hop-uae", "shadow-50", "front-address", "new-intermediary"})
        CHECK(names.contains(QLatin1String(name)));
    REQUIRE(runCli({QStringLiteral("scenarios")}, &out, &err) == 0);
    CHECK(out.contains("reexport-kz"));
    REQUIRE(runCli({QStringLiteral("--help")}, &out, &err) == 0);
    CHECK(out.contains("demo"));
    CHECK(out.contains("scenarios"));
}

TEST_CASE("answers reveals the answer key of a training case, by pattern")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.caravan"));
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("demo"), path, QStringLiteral("--scenario"), QStringLiteral("reexport-kz"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    const qint64 size = jsonOf(out).value(QStringLiteral("answer_key")).toInteger();
    REQUIRE(runCli({QStringLiteral("answers"), path, QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonObject o = jsonOf(out);
    CHECK(o.value(QStringLiteral("scenario")).toString() == u"reexport-kz");
    const QJsonArray items = o.value(QStringLiteral("items")).toArray();
    CHECK(items.size() == size);
    int decoys = 0;
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        CHECK(item.value(QStringLiteral("pattern")).toString() == u"T3");
        CHECK(item.value(QStringLiteral("refs")).toArray().size() == 2); // inbound hop, onward hop
        CHECK(item.value(QStringLiteral("explanation"))
                  .toString()
                  .contains(item.value(QStringLiteral("subject")).toString()));
        decoys += item.value(QStringLiteral("decoy")).toBool();
    }
    CHECK(decoys == 6);
    REQUIRE(runCli({QStringLiteral("answers"), path, QStringLiteral("--pattern"), QStringLiteral("T6"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(jsonOf(out).value(QStringLiteral("items")).toArray().isEmpty());
    CHECK(runCli({QStringLiteral("answers"), dir.filePath(QStringLiteral("missing.caravan"))}, &out, &err) == 2);
}
