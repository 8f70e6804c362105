#include "ImportTestSupport.h"

#include "models/import/ColumnMapping.h"

#include <QStringEncoder>

using namespace caravan;
using namespace caravan::test;

namespace {

// A customs extract as a Russian-language office exports it: Windows-1251, ';' between fields,
// dates dd.MM.yyyy, decimal commas, parties by name.
QByteArray customsExtract()
{
    const QString text = QStringLiteral(
        "Номер декларации;Дата;Отправитель;Получатель;Код ТН ВЭД;Описание;Количество;Стоимость;Валюта;"
        "Страна происхождения;Страна назначения;Примечание\r\n"
        "10702030/150323/0012345;15.03.2023;Bauteile GmbH;ТОО «Қазақ Транзит»;8542.31.0000;Процессоры;1 200;"
        "15 300,50;USD;Germany;KZ;срочно\r\n"
        "10702030/020423/0023456;02.04.2023;ТОО «Қазақ Транзит»;ООО «Вектор»;8542310000;Процессоры;1 150;"
        "16 100,00;USD;KZ;Russia;\r\n"
        "10702030/300423/0099999;31.04.2023;ТОО «Қазақ Транзит»;ООО «Вектор»;8542310000;Процессоры;10;"
        "1,00;USD;KZ;RU;неверная дата\r\n");
    QStringEncoder encoder("windows-1251");
    return encoder.encode(text);
}

} // namespace

TEST_CASE("a mapping is proposed from common header names in Russian and English")
{
    const QStringList header{QStringLiteral("номер декларации"), QStringLiteral("дата"),
                             QStringLiteral("отправитель"),      QStringLiteral("получатель"),
                             QStringLiteral("код тн вэд"),       QStringLiteral("стоимость"),
                             QStringLiteral("Consignee City")};
    CHECK(ColumnMapping::likelyKind(header) == QStringLiteral("shipments"));
    const ColumnMapping m = ColumnMapping::propose(header, QStringLiteral("shipments"));
    CHECK(m.columns.value(QStringLiteral("exporter")) == QStringLiteral("отправитель"));
    CHECK(m.columns.value(QStringLiteral("importer")) == QStringLiteral("получатель"));
    CHECK(m.columns.value(QStringLiteral("hs_code")) == QStringLiteral("код тн вэд"));
    CHECK(m.columns.value(QStringLiteral("id")) == QStringLiteral("номер декларации"));
    CHECK(m.problems(header).isEmpty());

    const ColumnMapping shippers = ColumnMapping::propose({QStringLiteral("Shipper"), QStringLiteral("Consignee"),
                                                           QStringLiteral("HS Code"), QStringLiteral("Arrival Date")},
                                                          QStringLiteral("shipments"));
    CHECK(shippers.columns.value(QStringLiteral("exporter")) == QStringLiteral("Shipper"));
    CHECK(shippers.columns.value(QStringLiteral("date")) == QStringLiteral("Arrival Date"));
}

TEST_CASE("a mapping round-trips through JSON and reports what does not fit")
{
    ColumnMapping m;
    m.kind = QStringLiteral("shipments");
    m.columns.insert(QStringLiteral("date"), QStringLiteral("Дата"));
    m.constants.insert(QStringLiteral("currency"), QStringLiteral("EUR"));
    m.dateFormat = QStringLiteral("dd.MM.yyyy");
    m.decimalSeparator = u',';
    auto back = ColumnMapping::fromJson(m.toJson());
    REQUIRE(back.ok());
    CHECK(back->columns == m.columns);
    CHECK(back->constants == m.constants);
    CHECK(back->decimalSeparator == u',');
    const QStringList problems = m.problems({QStringLiteral("дата")});
    CHECK(problems.join(u'\n').contains(QStringLiteral("exporter needs a column or a constant value")));
    m.columns.insert(QStringLiteral("colour"), QStringLiteral("x"));
    CHECK(m.problems({QStringLiteral("дата")}).join(u'\n').contains(QStringLiteral("'colour' is not a field")));
    CHECK_FALSE(ColumnMapping::fromJson(QJsonObject{{QStringLiteral("kind"), QStringLiteral("x")}}).ok());
}

TEST_CASE("values convert: dates, decimal commas, country names, lists")
{
    ColumnMapping m;
    m.kind = QStringLiteral("shipments");
    m.dateFormat = QStringLiteral("dd.MM.yyyy");
    m.decimalSeparator = u',';
    m.listSeparator = u'|';
    CHECK(m.convert(QStringLiteral("date"), QStringLiteral("15.03.2023")) == QStringLiteral("2023-03-15"));
    CHECK(m.convert(QStringLiteral("date"), QStringLiteral("2023-03-15")) == QStringLiteral("2023-03-15"));
    CHECK(m.convert(QStringLiteral("date"), QStringLiteral("31.04.2023")) == QStringLiteral("31.04.2023"));
    CHECK(m.convert(QStringLiteral("value"), QStringLiteral("15 300,50")) == QStringLiteral("15300.50"));
    CHECK(m.convert(QStringLiteral("value"), QStringLiteral("1.015.300,5")) == QStringLiteral("1015300.5"));
    CHECK(m.convert(QStringLiteral("origin_country"), QStringLiteral("Germany")) == QStringLiteral("DE"));
    CHECK(m.convert(QStringLiteral("origin_country"), QStringLiteral("kz")) == QStringLiteral("KZ"));
    CHECK(m.convert(QStringLiteral("transit_countries"), QStringLiteral("Kazakhstan|am")) == QStringLiteral("KZ;AM"));
}

TEST_CASE("a foreign customs extract imports through a mapping, parties created by name")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("выгрузка.csv"));
    writeFile(path, customsExtract());
    ColumnMapping m = ColumnMapping::propose(
        {QStringLiteral("номер декларации"), QStringLiteral("дата"), QStringLiteral("отправитель"),
         QStringLiteral("получатель"), QStringLiteral("код тн вэд"), QStringLiteral("описание"),
         QStringLiteral("количество"), QStringLiteral("стоимость"), QStringLiteral("валюта"),
         QStringLiteral("страна происхождения"), QStringLiteral("страна назначения"), QStringLiteral("примечание")},
        QStringLiteral("shipments"));
    m.dateFormat = QStringLiteral("dd.MM.yyyy");
    m.decimalSeparator = u',';
    ImportOptions options;
    options.format = QStringLiteral("csv");
    options.mapping = m;
    const ImportSummary s = importFile(tc, path, options);
    CHECK(s.format == QStringLiteral("csv"));
    CHECK(s.rowsRead == 3);
    CHECK(s.imported == 2);
    CHECK(s.rejected == 1);
    CHECK(count(tc, "SELECT count(*) FROM shipments WHERE hs6 = '854231'") == 2);
    CHECK(text(tc, QStringLiteral("SELECT value FROM shipments WHERE ext_id = '10702030/150323/0012345'")) ==
          QStringLiteral("15300.5"));
    CHECK(text(tc, QStringLiteral("SELECT origin_country FROM shipments WHERE date = '2023-03-15'")) ==
          QStringLiteral("DE"));
    CHECK(count(tc, "SELECT count(*) FROM entities") == 3);
    CHECK(text(tc, QStringLiteral("SELECT country FROM entities WHERE name = 'ООО «Вектор»'")) == QStringLiteral("RU"));
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows")).contains(QStringLiteral("31.04.2023")));
    CHECK(text(tc, QStringLiteral("SELECT raw FROM rejected_rows")).contains(QStringLiteral("неверная дата")));

    const QString saved = tc.file(QStringLiteral("customs.mapping.json"));
    REQUIRE(m.save(saved).ok());
    auto loaded = ColumnMapping::load(saved);
    REQUIRE(loaded.ok());
    CHECK(loaded->columns == m.columns);
}

TEST_CASE("caravan-cli import --mapping takes a saved mapping, a mapping that does not fit is refused")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("extract.csv"));
    writeFile(path, customsExtract());
    ColumnMapping m = ColumnMapping::propose({QStringLiteral("номер декларации"), QStringLiteral("дата"),
                                              QStringLiteral("отправитель"), QStringLiteral("получатель"),
                                              QStringLiteral("код тн вэд")},
                                             QStringLiteral("shipments"));
    m.dateFormat = QStringLiteral("dd.MM.yyyy");
    m.decimalSeparator = u',';
    const QString map = tc.file(QStringLiteral("map.json"));
    REQUIRE(m.save(map).ok());
    tc.close();
    QByteArray out, err;
    REQUIRE(
        runCli({QStringLiteral("import"), tc.path(), path, QStringLiteral("--mapping"), map, QStringLiteral("--json")},
               &out, &err) == 0);
    CHECK(out.contains("\"imported\":2"));
    CHECK(out.contains("\"format\":\"csv\""));

    ColumnMapping wrong = m;
    wrong.columns.insert(QStringLiteral("value"), QStringLiteral("Invoice value"));
    REQUIRE(wrong.save(map).ok());
    CHECK(
        runCli({QStringLiteral("import"), tc.path(), path, QStringLiteral("--mapping"), map, QStringLiteral("--force")},
               &out, &err) == 2);
    CHECK(err.contains("no column 'Invoice value'"));
}
