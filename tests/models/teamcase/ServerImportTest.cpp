// import into a server case: shipments stream into COPY as they are read, the rest through a staging file; against a
// real PostgreSQL 15 (tests/support/PgCluster), through caravan-cli.
#include "TeamCases.h"

#include "../../support/CustomsExtracts.h"
#include "../../support/PgCluster.h"
#include "../../support/TempCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

const char *const kEntities = "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                              "de-1,Company,Elektronik Handel GmbH,,DE,,,\n"
                              "kz-1,Company,ТОО «Альфа Трейд»,Alfa Trade LLP,KZ,kz-bin:180340012345,2022-03-14,"
                              "\"Алматы, пр. Абая, 1\"\n"
                              "ru-1,Company,\"ООО \"\"Гамма\"\"\",,RU,,,\n";
const char *const kShipments = "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                               "origin_country,destination_country,transit_countries\n"
                               "DT-1,2023-01-10,de-1,kz-1,854231,Chips,1000,796,12.5,1234.5,EUR,DE,KZ,\n"
                               "DT-2,2023-02-01,kz-1,ru-1,8542310000,Микросхемы\tв таре,1,тыс. шт,,99.99,USD,KZ,RU,\n"
                               "DT-3,2023-13-45,kz-1,ru-1,854231,дата не читается,7,шт,,,,KZ,RU,\n"
                               "DT-4,2023-02-04,kz-1,nobody,854231,нет получателя,8,шт,,,,KZ,RU,\n"
                               "DT-5,2023-02-05,kz-1,ru-1,854231,\"Микро\\схемы\",8,шт,,,,KZ,RU,KG\n";
// A later extract: its parties are already in the server case.
const char *const kMoreShipments = "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,"
                                   "currency,origin_country,destination_country,transit_countries\n"
                                   "DT-9,2023-03-01,kz-1,ru-1,854231,Чипы,5,шт,,,,KZ,RU,\n";

} // namespace

TEST_CASE("import into a server case sends the rows with COPY, each with its source, stamped with the importing "
          "user, a reader's import is refused",
          "[teamcase][import]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("aigerim"));
    pg.createLogin(QStringLiteral("bolat"));
    const QString lead = pg.uri(QStringLiteral("lead"), QStringLiteral("imports"));
    cliOk({QStringLiteral("new"), lead});
    cliOk({QStringLiteral("grant"), lead, QStringLiteral("aigerim"), QStringLiteral("analyst")});
    cliOk({QStringLiteral("grant"), lead, QStringLiteral("bolat"), QStringLiteral("reader")});
    TempCase tc;
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    const QString shipments = tc.file(QStringLiteral("shipments.csv"));
    const QString more = tc.file(QStringLiteral("more-shipments.csv"));
    writeFile(entities, kEntities);
    writeFile(shipments, kShipments);
    writeFile(more, kMoreShipments);
    const QString aigerim = pg.uri(QStringLiteral("aigerim"), QStringLiteral("imports"));

    const QJsonArray sources = QJsonDocument::fromJson(cliOk({QStringLiteral("import"), aigerim, entities, shipments,
                                                              QStringLiteral("--json")}))
                                   .object()
                                   .value(QStringLiteral("sources"))
                                   .toArray();
    REQUIRE(sources.size() == 2);
    CHECK(sources.at(1).toObject().value(QStringLiteral("imported")).toInt() == 3);
    CHECK(sources.at(1).toObject().value(QStringLiteral("rejected")).toInt() == 2);

    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.sources WHERE imported_by = 'aigerim'")) == 2);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.entities")) == 3);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.entity_names")) == 4);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.entity_identifiers WHERE value = "
                                    "'180340012345'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments")) == 3);
    // Every shipment names its source and row, and its parties by the server's entity ids.
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments s JOIN imports.sources src ON src.id = "
                                    "s.source_id WHERE src.file_name = 'shipments.csv' AND s.source_row > 0")) == 3);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments s JOIN imports.entities e ON e.id = "
                                    "s.exporter_id JOIN imports.entities i ON i.id = s.importer_id WHERE "
                                    "s.ext_id = 'DT-1' AND e.ext_id = 'de-1' AND i.ext_id = 'kz-1'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments WHERE description = E'Микросхемы\\tв "
                                    "таре'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments WHERE description = E'Микро\\\\схемы'")) ==
          1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.rejected_rows")) == 2);
    // The canonical units the writer derived travel with the streamed rows: 796 (OKEI) and шт are pieces, тыс. шт
    // a thousand of them.
    CHECK(scalarText(*c, QStringLiteral("SELECT string_agg(ext_id || ':' || coalesce(unit_canonical, '-') || ':' || "
                                        "coalesce(quantity_canonical::text, '-') || ':' || coalesce(hs6, '-'), ' ' "
                                        "ORDER BY ext_id) FROM imports.shipments")) ==
          QStringLiteral("DT-1:piece:1000:854231 DT-2:piece:1000:854231 DT-5:piece:8:854231"));
    // Held in a temporary table until their parties were on the server, then inserted in the order read.
    CHECK(scalarText(*c, QStringLiteral("SELECT string_agg(ext_id, ' ' ORDER BY id) FROM imports.shipments")) ==
          QStringLiteral("DT-1 DT-2 DT-5"));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.audit_log WHERE action = 'import' AND \"user\" = "
                                    "'aigerim'")) == 2);

    // A later file resolves its parties to the entities already on the server; the same file again is skipped.
    cliOk({QStringLiteral("import"), aigerim, more, shipments});
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments")) == 4);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments s JOIN imports.entities e ON e.id = "
                                    "s.importer_id WHERE s.ext_id = 'DT-9' AND e.ext_id = 'ru-1'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.sources")) == 3);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.entities")) == 3);
    // Rows added later by the server itself take ids after the imported ones.
    CHECK(scalar(*c, QStringLiteral("SELECT count(DISTINCT id) FROM imports.shipments")) == 4);

    // A reader may not import: refused, exit 2, nothing changed.
    QByteArray err;
    const QString bolat = pg.uri(QStringLiteral("bolat"), QStringLiteral("imports"));
    cliOk({QStringLiteral("import"), bolat, tc.file(QStringLiteral("more-shipments.csv")), QStringLiteral("--force")},
          2, &err);
    CHECK(QString::fromUtf8(err).contains(QStringLiteral("bolat is a reader of the case imports")));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.shipments")) == 4);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM imports.sources")) == 3);
}

TEST_CASE("a server case filled by import gives the same stats as a case file filled by the same import",
          "[teamcase][import]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    const QString server = pg.uri(QStringLiteral("lead"), QStringLiteral("twin"));
    TempCase tc(QStringLiteral("twin.caravan"));
    tc.close();
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    const QString shipments = tc.file(QStringLiteral("shipments.csv"));
    writeFile(entities, kEntities);
    writeFile(shipments, kShipments);
    cliOk({QStringLiteral("new"), server});
    cliOk({QStringLiteral("import"), server, entities, shipments});
    cliOk({QStringLiteral("import"), tc.path(), entities, shipments});
    const QJsonObject onServer =
        QJsonDocument::fromJson(cliOk({QStringLiteral("stats"), server, QStringLiteral("--json")})).object();
    const QJsonObject inFile =
        QJsonDocument::fromJson(cliOk({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")})).object();
    for (const QString &key : {QStringLiteral("entities"), QStringLiteral("shipments"), QStringLiteral("sources"),
                               QStringLiteral("rejected_rows"), QStringLiteral("links")}) {
        INFO(key.toStdString());
        CHECK(onServer.value(key) == inFile.value(key));
    }
    CHECK(onServer.value(QStringLiteral("shipments")).toInt() == 3);
}

TEST_CASE("a large import into a server case builds the shipments' indexes and foreign keys again after its COPY",
          "[teamcase][import]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("aigerim"));
    const QString lead = pg.uri(QStringLiteral("lead"), QStringLiteral("bulk"));
    cliOk({QStringLiteral("new"), lead});
    cliOk({QStringLiteral("grant"), lead, QStringLiteral("aigerim"), QStringLiteral("analyst")});
    TempCase tc;
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    const QString shipments = tc.file(QStringLiteral("shipments.csv"));
    writeFile(entities, kEntities);
    // 101,000 shipments, every 1,000th with an unknown party: 100,899 good ones, above the size (100,000) from which
    // an import sets the indexes aside. Long descriptions make the file larger than 16 MiB, which an import hashes
    // while it reads (so that a file imported before is only found out after its rows were sent).
    QByteArray rows("id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                    "origin_country,destination_country,transit_countries\n");
    for (int i = 0; i < 101000; ++i)
        rows += QStringLiteral("D-%1,2023-%2-%3,kz-1,%4,854231,Чипы %6,%5,шт,,,,KZ,RU,\n")
                    .arg(i)
                    .arg(1 + i % 12, 2, 10, QChar(u'0'))
                    .arg(1 + i % 28, 2, 10, QChar(u'0'))
                    .arg(i % 1000 == 999 ? QStringLiteral("nobody") : QStringLiteral("ru-1"))
                    .arg(1 + i % 50)
                    .arg(QString(150, QChar(u'x')))
                    .toUtf8();
    REQUIRE(rows.size() > 16 * 1024 * 1024);
    writeFile(shipments, rows);
    const QString aigerim = pg.uri(QStringLiteral("aigerim"), QStringLiteral("bulk"));
    cliOk({QStringLiteral("import"), aigerim, entities, shipments});

    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM bulk.shipments")) == 100899);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM bulk.rejected_rows")) == 101);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'bulk' AND tablename = "
                                    "'shipments'")) == 5);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'bulk.shipments'::regclass "
                                    "AND contype = 'f'")) == 3);
    // The keys hold: a shipment naming an entity the case lacks is refused by the server.
    auto bad = c->execute(QStringLiteral("INSERT INTO bulk.shipments(ext_id, date, exporter_id, importer_id, hs_code) "
                                         "VALUES ('X', '2023-01-01', 999999, 1, '854231')"));
    CHECK_FALSE(bad.ok());
    // The client numbered the rows it streamed, in the order read, and moved the ids' sequence past them.
    CHECK(scalar(*c, QStringLiteral("SELECT min(id) FROM bulk.shipments")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT max(id) FROM bulk.shipments")) == 100899);
    CHECK(scalarText(*c, QStringLiteral("SELECT ext_id FROM bulk.shipments WHERE id = 100899")) ==
          QStringLiteral("D-100998"));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM bulk.shipments WHERE unit_canonical = 'piece' AND "
                                    "quantity_canonical = quantity")) == 100899);
    // (the refused INSERT above took 100900)
    CHECK(scalar(*c, QStringLiteral("SELECT nextval(pg_get_serial_sequence('bulk.shipments', 'id'))")) == 100901);

    // The same file again: found out after its rows streamed; the COPY is failed and the transaction rolled back,
    // indexes and keys as they were.
    const QByteArray again = cliOk({QStringLiteral("import"), aigerim, shipments});
    CHECK(again.contains("skipped, already imported"));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM bulk.shipments")) == 100899);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM bulk.sources")) == 2);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM bulk.audit_log WHERE action = 'import'")) == 2);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'bulk' AND tablename = "
                                    "'shipments'")) == 5);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE conrelid = 'bulk.shipments'::regclass "
                                    "AND contype = 'f'")) == 3);
    // The analyst may not call the functions for anything else: they take no arguments and touch shipments only;
    // a reader of another case may not call them at all.
    pg.createLogin(QStringLiteral("bolat"));
    auto outsider = pg.connect(QStringLiteral("bolat"));
    CHECK_FALSE(outsider->execute(QStringLiteral("SELECT bulk.caravan_shipments_set_aside()")).ok());
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'bulk' AND tablename = "
                                    "'shipments'")) == 5);
}

TEST_CASE("a customs extract imported into a server case creates its parties before its shipments land, as in a file",
          "[teamcase][import]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    const QString server = pg.uri(QStringLiteral("lead"), QStringLiteral("extract"));
    TempCase tc(QStringLiteral("extract.caravan"));
    tc.close();
    const QString extract = tc.file(QStringLiteral("ДТ_выгрузка.csv"));
    writeFile(extract, customs::russianExtract());
    cliOk({QStringLiteral("new"), server});
    // The mapping proposed from the header creates a company for each party the case lacks (none is in it): the
    // shipments stream while those entities exist only in the staging file.
    cliOk({QStringLiteral("import"), server, extract, QStringLiteral("--format"), QStringLiteral("csv")});
    cliOk({QStringLiteral("import"), tc.path(), extract, QStringLiteral("--format"), QStringLiteral("csv")});
    const QJsonObject onServer =
        QJsonDocument::fromJson(cliOk({QStringLiteral("stats"), server, QStringLiteral("--json")})).object();
    const QJsonObject inFile =
        QJsonDocument::fromJson(cliOk({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")})).object();
    CHECK(onServer.value(QStringLiteral("shipments")).toInt() == 3);
    CHECK(onServer.value(QStringLiteral("entities")).toInt() > 0);
    CHECK(onServer.value(QStringLiteral("entities")) == inFile.value(QStringLiteral("entities")));
    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM extract.shipments s JOIN extract.entities e ON e.id = "
                                    "s.exporter_id JOIN extract.entities i ON i.id = s.importer_id")) == 3);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM extract.shipments WHERE source_id = (SELECT id FROM "
                                    "extract.sources WHERE file_name = 'ДТ_выгрузка.csv')")) == 3);
}
