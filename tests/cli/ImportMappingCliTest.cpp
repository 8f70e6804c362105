#include "../support/CustomsExtracts.h"
#include "../support/TempCase.h"

#include "models/import/ColumnMapping.h"
#include "models/storage/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

struct Fixture {
    QTemporaryDir dir;
    QString casePath = dir.filePath(QStringLiteral("case.caravan"));
    QString extract = dir.filePath(QStringLiteral("ДТ_выгрузка.csv"));
    Fixture()
    {
        REQUIRE(runCli({QStringLiteral("new"), casePath}) == 0);
        writeFile(extract, customs::russianExtract());
    }
    qint64 scalar(const char *sql) const
    {
        auto opened = CaseFile::open(casePath, CaseFile::OpenMode::ReadOnly);
        REQUIRE(opened.ok());
        return sqliteScalar((*opened)->handle(), sql).value_or(-1);
    }
};

QJsonObject parseObject(const QByteArray &out)
{
    INFO(out.toStdString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("import --show-mapping prints the proposal as JSON and imports nothing")
{
    Fixture f;
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), f.casePath, f.extract, QStringLiteral("--show-mapping")}, &out, &err) ==
            0);
    CHECK(out.count('\n') == 1);
    const QJsonObject json = parseObject(out);
    CHECK(json.value(QStringLiteral("caravan_mapping")).toInt() == 1);
    CHECK(json.value(QStringLiteral("kind")).toString() == QStringLiteral("shipments"));
    const QJsonObject columns = json.value(QStringLiteral("columns")).toObject();
    CHECK(columns.size() == 17);
    CHECK(columns.value(QStringLiteral("exporter")).toString() == QStringLiteral("Отправитель (код)"));
    CHECK(columns.value(QStringLiteral("weight_kg")).toString() == QStringLiteral("Вес нетто, кг"));
    CHECK(columns.value(QStringLiteral("item_number")).toString() == QStringLiteral("Номер товара"));
    CHECK(json.value(QStringLiteral("date_format")).toString() == QStringLiteral("dd.MM.yyyy"));
    CHECK(json.value(QStringLiteral("decimal_separator")).toString() == QStringLiteral(","));
    CHECK(json.value(QStringLiteral("encoding")).toString() == QStringLiteral("windows-1251"));
    const QJsonObject detected = json.value(QStringLiteral("detected")).toObject();
    CHECK(detected.value(QStringLiteral("delimiter")).toString() == QStringLiteral(";"));
    CHECK(detected.value(QStringLiteral("date_values_read")).toString() == QStringLiteral("3 of 3"));
    CHECK(json.value(QStringLiteral("unmapped_columns")).toArray() == QJsonArray{QStringLiteral("№ п/п")});
    CHECK(json.value(QStringLiteral("why")).toArray().size() == 17);
    CHECK(f.scalar("SELECT count(*) FROM shipments") == 0);
    CHECK(f.scalar("SELECT count(*) FROM sources") == 0);
}

TEST_CASE("import --save-mapping keeps the proposal, imports with it, and the file is a mapping --mapping takes")
{
    Fixture f;
    const QString map = f.dir.filePath(QStringLiteral("customs.json"));
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), f.casePath, f.extract, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--save-mapping"), map, QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject source = parseObject(out).value(QStringLiteral("sources")).toArray().first().toObject();
    CHECK(source.value(QStringLiteral("imported")).toInt() == 3);
    CHECK(source.value(QStringLiteral("rejected")).toInt() == 0);
    CHECK(f.scalar("SELECT count(*) FROM shipments WHERE ext_id = '10702010/150323/0012345/3' AND value = 15300.5 "
                   "AND date = '2023-03-15'") == 1);
    auto saved = ColumnMapping::load(map);
    REQUIRE(saved.ok());
    CHECK(saved->columns.value(QStringLiteral("importer")) == QStringLiteral("Получатель (код)"));
    CHECK(saved->decimalSeparator == u',');

    // The saved file, given back, imports the same rows.
    QTemporaryDir other;
    const QString secondCase = other.filePath(QStringLiteral("second.caravan"));
    REQUIRE(runCli({QStringLiteral("new"), secondCase}) == 0);
    REQUIRE(runCli({QStringLiteral("import"), secondCase, f.extract, QStringLiteral("--mapping"), map,
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(out.contains("\"imported\":3"));
}

TEST_CASE("import --format csv without a mapping imports through the proposal and says so on stderr")
{
    Fixture f;
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), f.casePath, f.extract, QStringLiteral("--format"), QStringLiteral("csv"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(out.contains("\"imported\":3"));
    CHECK(err.contains("no --mapping; proposed: "));
    CHECK(QString::fromUtf8(err).contains(QStringLiteral("weight_kg <- 'Вес нетто, кг'")));
    CHECK(f.scalar("SELECT count(*) FROM shipments") == 3);

    // Left out, the format is detected as a csv the proposal can read.
    Fixture g;
    REQUIRE(runCli({QStringLiteral("import"), g.casePath, g.extract, QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(out.contains("\"format\":\"csv\""));
    CHECK(g.scalar("SELECT count(*) FROM shipments") == 3);
}

TEST_CASE("import refuses an extract the proposal cannot complete: exit 2, the missing fields and the header")
{
    Fixture f;
    const QString odd = f.dir.filePath(QStringLiteral("odd.csv"));
    writeFile(odd, "Номер ДТ;Отправитель;Примечание;Сумма прописью\n1;A;x;y\n");
    QByteArray out, err;
    CHECK(runCli({QStringLiteral("import"), f.casePath, odd, QStringLiteral("--format"), QStringLiteral("csv")}, &out,
                 &err) == 2);
    CHECK(err.count('\n') == 1);
    const QString message = QString::fromUtf8(err);
    CHECK(message.contains(QStringLiteral("no column found for date, importer, hs_code")));
    CHECK(message.contains(QStringLiteral("columns not mapped: 'Примечание', 'Сумма прописью'")));
    CHECK(message.contains(QStringLiteral("the header has: 'Номер ДТ', 'Отправитель', 'Примечание'")));
    CHECK(f.scalar("SELECT count(*) FROM sources") == 0);

    // --show-mapping still prints what it could propose, and exits 1.
    CHECK(runCli({QStringLiteral("import"), f.casePath, odd, QStringLiteral("--show-mapping")}, &out, &err) == 1);
    CHECK(parseObject(out).value(QStringLiteral("missing")).toArray() ==
          QJsonArray{QStringLiteral("date"), QStringLiteral("importer"), QStringLiteral("hs_code")});

    // --save-mapping keeps the incomplete proposal to finish by hand, and imports nothing.
    const QString map = f.dir.filePath(QStringLiteral("odd.json"));
    CHECK(runCli({QStringLiteral("import"), f.casePath, odd, QStringLiteral("--save-mapping"), map}, &out, &err) == 2);
    CHECK(err.contains("the proposal is saved in"));
    CHECK(ColumnMapping::load(map).ok());
    CHECK(f.scalar("SELECT count(*) FROM sources") == 0);

    CHECK(runCli({QStringLiteral("import"), f.casePath, odd, QStringLiteral("--show-mapping"),
                  QStringLiteral("--mapping"), map},
                 &out, &err) == 2);
}

TEST_CASE("import --help documents --mapping, --show-mapping and --save-mapping")
{
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), QStringLiteral("--help")}, &out, &err) == 0);
    const QByteArray help = out + err;
    CHECK_FALSE(help.contains("not supported yet"));
    CHECK(help.contains("--show-mapping"));
    CHECK(help.contains("--save-mapping <MAP>"));
    CHECK(help.contains("proposes a mapping from the header and"));
}
