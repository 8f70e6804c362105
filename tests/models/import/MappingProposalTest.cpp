#include "../../support/CustomsExtracts.h"
#include "ImportTestSupport.h"

#include "models/export/CaravanCsvExport.h"
#include "models/import/HeaderMatcher.h"
#include "models/import/ImportFormats.h"
#include "models/import/MappingProposal.h"

#include <QFile>

using namespace caravan;
using namespace caravan::test;

namespace {

using Columns = QList<std::pair<QString, QString>>;

// The proposal's columns, field -> column, in the order of the kind's fields.
Columns columnsOf(const MappingProposal &p)
{
    Columns out;
    for (const HeaderMatch &m : p.matches)
        out.append({m.field, m.column});
    return out;
}

MappingProposal proposalFor(TempCase &tc, const QString &name, const QByteArray &bytes)
{
    const QString path = tc.file(name);
    writeFile(path, bytes);
    auto p = MappingProposal::forFile(path, {}, {});
    INFO((p.ok() ? QString() : p.error().message).toStdString());
    REQUIRE(p.ok());
    return p.takeValue();
}

ImportSummary importProposed(TempCase &tc, const QString &name)
{
    ImportOptions options;
    options.format = QStringLiteral("csv");
    return importFile(tc, tc.file(name), options);
}

QString shipmentText(TempCase &tc, const char *column, const char *extId)
{
    return text(tc, QStringLiteral("SELECT %1 FROM shipments WHERE ext_id = '%2'")
                        .arg(QLatin1String(column), QLatin1String(extId)));
}

QString partyOf(TempCase &tc, const char *role, const char *extId)
{
    return text(tc, QStringLiteral("SELECT e.ext_id || ' ' || e.name || ' ' || ifnull(e.country, '-') FROM shipments s "
                                   "JOIN entities e ON e.id = s.%1_id WHERE s.ext_id = '%2'")
                        .arg(QLatin1String(role), QLatin1String(extId)));
}

} // namespace

TEST_CASE("headers are read past numbering, brackets, units and identifier words")
{
    const auto box = [](const char *h) { return HeaderMatcher::parse(QString::fromUtf8(h)).box; };
    CHECK(box("Графа 38") == 38);
    CHECK(box("38 Вес нетто (кг)") == 38);
    CHECK(box("Гр.33") == 33);
    CHECK(box("гр. 8 Получатель") == 8);
    CHECK(box("Вес нетто, кг") == 0);
    CHECK(box("Граница 5") == 0);
    const auto parsed = HeaderMatcher::parse(QStringLiteral("38 Вес нетто (кг)"));
    CHECK(parsed.main == QStringLiteral("веснетто"));
    CHECK_FALSE(parsed.code);
    CHECK(HeaderMatcher::parse(QStringLiteral("Вес нетто, кг")).main == QStringLiteral("веснетто"));
    CHECK(HeaderMatcher::parse(QStringLiteral("Отправитель (код)")).code);
    CHECK(HeaderMatcher::parse(QStringLiteral("ИНН получателя")).bare == QStringLiteral("получателя"));
    CHECK(HeaderMatcher::parse(QStringLiteral("№ п/п")).rowNumber);
    CHECK(HeaderMatcher::parse(QStringLiteral("№")).rowNumber);
    CHECK_FALSE(HeaderMatcher::parse(QStringLiteral("№ ДТ")).rowNumber);
    CHECK(HeaderMatcher::parse(QStringLiteral("№ ДТ")).main == QStringLiteral("номердт"));

    const ColumnMapping m = ColumnMapping::propose(
        {QStringLiteral("№ ДТ"), QStringLiteral("№ товара"), QStringLiteral("Дата ДТ"),
         QStringLiteral("ИНН отправителя"), QStringLiteral("Наименование отправителя"),
         QStringLiteral("БИН получателя"), QStringLiteral("Получатель"), QStringLiteral("Код товара"),
         QStringLiteral("Вес брутто"), QStringLiteral("Таможенная стоимость"), QStringLiteral("Страна получателя")},
        QStringLiteral("shipments"));
    CHECK(m.columns.value(QStringLiteral("id")) == QStringLiteral("№ ДТ"));
    CHECK(m.columns.value(QStringLiteral("item_number")) == QStringLiteral("№ товара"));
    CHECK(m.columns.value(QStringLiteral("exporter")) == QStringLiteral("ИНН отправителя"));
    CHECK(m.columns.value(QStringLiteral("exporter_name")) == QStringLiteral("Наименование отправителя"));
    CHECK(m.columns.value(QStringLiteral("importer")) == QStringLiteral("БИН получателя"));
    CHECK(m.columns.value(QStringLiteral("importer_name")) == QStringLiteral("Получатель"));
    CHECK(m.columns.value(QStringLiteral("hs_code")) == QStringLiteral("Код товара"));
    CHECK(m.columns.value(QStringLiteral("value")) == QStringLiteral("Таможенная стоимость"));
    CHECK_FALSE(m.columns.contains(QStringLiteral("weight_kg"))); // gross is not net
    CHECK_FALSE(m.columns.values().contains(QStringLiteral("Страна получателя")));
}

TEST_CASE("a Russian customs extract: the exact proposal, and every row imported with it")
{
    TempCase tc;
    const MappingProposal p = proposalFor(tc, QStringLiteral("ДТ_выгрузка.csv"), customs::russianExtract());
    CHECK(p.mapping.kind == QStringLiteral("shipments"));
    CHECK(columnsOf(p) == Columns{
                              {QStringLiteral("id"), QStringLiteral("Номер ДТ")},
                              {QStringLiteral("date"), QStringLiteral("Дата выпуска")},
                              {QStringLiteral("exporter"), QStringLiteral("Отправитель (код)")},
                              {QStringLiteral("importer"), QStringLiteral("Получатель (код)")},
                              {QStringLiteral("hs_code"), QStringLiteral("Код ТН ВЭД")},
                              {QStringLiteral("description"), QStringLiteral("Описание товара")},
                              {QStringLiteral("quantity"), QStringLiteral("Кол-во в доп. ед.")},
                              {QStringLiteral("unit"), QStringLiteral("Доп. ед. изм.")},
                              {QStringLiteral("weight_kg"), QStringLiteral("Вес нетто, кг")},
                              {QStringLiteral("value"), QStringLiteral("Фактурная стоимость")},
                              {QStringLiteral("currency"), QStringLiteral("Валюта")},
                              {QStringLiteral("origin_country"), QStringLiteral("Страна происхождения")},
                              {QStringLiteral("destination_country"), QStringLiteral("Страна назначения")},
                              {QStringLiteral("dispatch_country"), QStringLiteral("Страна отправления")},
                              {QStringLiteral("item_number"), QStringLiteral("Номер товара")},
                              {QStringLiteral("exporter_name"), QStringLiteral("Отправитель")},
                              {QStringLiteral("importer_name"), QStringLiteral("Получатель")},
                          });
    CHECK(p.unmapped == QStringList{QStringLiteral("№ п/п")});
    CHECK(p.missing.isEmpty());
    CHECK(p.mapping.encoding == QStringLiteral("windows-1251"));
    CHECK(p.delimiter == u';');
    CHECK(p.mapping.dateFormat == QStringLiteral("dd.MM.yyyy"));
    CHECK(p.formats.dateParsed == 3);
    CHECK_FALSE(p.formats.dateAmbiguous);
    CHECK(p.mapping.decimalSeparator == u',');
    CHECK(p.formats.decimalExample == QStringLiteral("12,5"));
    CHECK(p.matches[2].reason == HeaderMatch::Reason::PartyCode);
    CHECK(HeaderMatcher::describe(p.matches[8]) ==
          QStringLiteral("'Вес нетто, кг' -> weight_kg (the name 'вес нетто')"));

    const ImportSummary s = importProposed(tc, QStringLiteral("ДТ_выгрузка.csv"));
    CHECK(s.rowsRead == 3);
    CHECK(s.imported == 3);
    CHECK(s.rejected == 0);
    CHECK(count(tc, "SELECT count(*) FROM shipments") == 3);
    // The declaration and its goods item: the id an investigator cites.
    CHECK(shipmentText(tc, "date", "10702010/150323/0012345/3") == QStringLiteral("2023-03-15"));
    CHECK(shipmentText(tc, "weight_kg", "10702010/150323/0012345/3") == QStringLiteral("12.5"));
    CHECK(shipmentText(tc, "value", "10702010/150323/0012345/3") == QStringLiteral("15300.5"));
    CHECK(shipmentText(tc, "quantity", "10702010/150323/0012345/3") == QStringLiteral("1200.0"));
    CHECK(shipmentText(tc, "value", "10702010/020423/0023456/2") == QStringLiteral("1000000.25"));
    CHECK(shipmentText(tc, "dispatch_country", "10702010/020423/0023456/2") == QStringLiteral("KZ"));
    CHECK(shipmentText(tc, "origin_country", "10702010/020423/0023456/2") == QStringLiteral("CN"));
    CHECK(shipmentText(tc, "unit", "10702010/020423/0023456/1") == QStringLiteral("шт"));
    // Parties by code where the file has one, by name where it does not; named by the name column.
    CHECK(partyOf(tc, "exporter", "10702010/150323/0012345/3") == QStringLiteral("Bauteile GmbH Bauteile GmbH DE"));
    CHECK(partyOf(tc, "importer", "10702010/150323/0012345/3") ==
          QStringLiteral("190240012345 ТОО «Казах Транзит» KZ"));
    CHECK(partyOf(tc, "importer", "10702010/020423/0023456/2") == QStringLiteral("7701234567 ООО «Вектор» RU"));
    CHECK(count(tc, "SELECT count(*) FROM entities") == 3);
    CHECK(text(tc, QStringLiteral("SELECT group_concat(scheme || ':' || value, ' ') FROM (SELECT scheme, value FROM "
                                  "entity_identifiers ORDER BY value)")) ==
          QStringLiteral("kz-bin:190240012345 ru-inn:7701234567"));
}

TEST_CASE("a Kazakh-header extract: the exact proposal, and every row imported with it")
{
    TempCase tc;
    const MappingProposal p = proposalFor(tc, QStringLiteral("kz.csv"), customs::kazakhExtract());
    CHECK(columnsOf(p) == Columns{
                              {QStringLiteral("id"), QStringLiteral("ДТ нөмірі")},
                              {QStringLiteral("date"), QStringLiteral("Шығарылған күні")},
                              {QStringLiteral("exporter"), QStringLiteral("Жөнелтуші")},
                              {QStringLiteral("importer"), QStringLiteral("Алушы")},
                              {QStringLiteral("hs_code"), QStringLiteral("СЭҚ ТН коды")},
                              {QStringLiteral("description"), QStringLiteral("Тауардың сипаттамасы")},
                              {QStringLiteral("quantity"), QStringLiteral("Саны")},
                              {QStringLiteral("unit"), QStringLiteral("Өлшем бірлігі")},
                              {QStringLiteral("weight_kg"), QStringLiteral("Таза салмағы (кг)")},
                              {QStringLiteral("value"), QStringLiteral("Фактуралық құны")},
                              {QStringLiteral("currency"), QStringLiteral("Валюта")},
                              {QStringLiteral("origin_country"), QStringLiteral("Шыққан елі")},
                              {QStringLiteral("destination_country"), QStringLiteral("Межелі ел")},
                              {QStringLiteral("dispatch_country"), QStringLiteral("Жөнелту елі")},
                              {QStringLiteral("item_number"), QStringLiteral("Тауар нөмірі")},
                          });
    CHECK(p.unmapped.isEmpty());
    CHECK(p.mapping.encoding == QStringLiteral("utf-8"));
    CHECK(p.delimiter == u',');
    CHECK(p.mapping.dateFormat.isEmpty()); // ISO
    CHECK(p.mapping.decimalSeparator == u'.');

    const ImportSummary s = importProposed(tc, QStringLiteral("kz.csv"));
    CHECK(s.imported == 3);
    CHECK(s.rejected == 0);
    CHECK(shipmentText(tc, "value", "50401010/020423/0000456/2") == QStringLiteral("1000000.25"));
    CHECK(shipmentText(tc, "date", "50401010/150323/0000345/1") == QStringLiteral("2023-03-15"));
    CHECK(partyOf(tc, "importer", "50401010/150323/0000345/1") ==
          QStringLiteral("ТОО «Қазақ Транзит» ТОО «Қазақ Транзит» KZ"));
}

TEST_CASE("an English customs file: month-first dates and thousands commas told from the values")
{
    TempCase tc;
    const MappingProposal p = proposalFor(tc, QStringLiteral("entries.csv"), customs::englishExtract());
    CHECK(columnsOf(p) == Columns{
                              {QStringLiteral("id"), QStringLiteral("Declaration Number")},
                              {QStringLiteral("date"), QStringLiteral("Date")},
                              {QStringLiteral("exporter"), QStringLiteral("Consignor ID")},
                              {QStringLiteral("importer"), QStringLiteral("Consignee ID")},
                              {QStringLiteral("hs_code"), QStringLiteral("Commodity Code")},
                              {QStringLiteral("description"), QStringLiteral("Description of Goods")},
                              {QStringLiteral("quantity"), QStringLiteral("Supplementary Quantity")},
                              {QStringLiteral("unit"), QStringLiteral("Supplementary Unit")},
                              {QStringLiteral("weight_kg"), QStringLiteral("Net Weight (kg)")},
                              {QStringLiteral("value"), QStringLiteral("Customs Value")},
                              {QStringLiteral("currency"), QStringLiteral("Currency")},
                              {QStringLiteral("origin_country"), QStringLiteral("Country of Origin")},
                              {QStringLiteral("destination_country"), QStringLiteral("Country of Destination")},
                              {QStringLiteral("dispatch_country"), QStringLiteral("Country of Dispatch")},
                              {QStringLiteral("item_number"), QStringLiteral("Item No")},
                              {QStringLiteral("exporter_name"), QStringLiteral("Consignor")},
                              {QStringLiteral("importer_name"), QStringLiteral("Consignee")},
                          });
    CHECK(p.mapping.dateFormat == QStringLiteral("MM/dd/yyyy"));
    CHECK_FALSE(p.formats.dateAmbiguous);
    CHECK(p.mapping.decimalSeparator == u'.');
    CHECK(p.formats.decimalExample == QStringLiteral("12.5"));

    const ImportSummary s = importProposed(tc, QStringLiteral("entries.csv"));
    CHECK(s.imported == 3);
    CHECK(s.rejected == 0);
    CHECK(shipmentText(tc, "date", "DE-2023-0012345/3") == QStringLiteral("2023-03-15"));
    CHECK(shipmentText(tc, "quantity", "DE-2023-0012345/3") == QStringLiteral("1200.0"));
    CHECK(shipmentText(tc, "value", "KZ-2023-0023456/2") == QStringLiteral("1000000.25"));
    CHECK(shipmentText(tc, "currency", "KZ-2023-0023456/2") == QStringLiteral("EUR"));
    CHECK(partyOf(tc, "exporter", "KZ-2023-0023456/1") == QStringLiteral("190240012345 Kazakh Tranzit LLP KZ"));
}

TEST_CASE("numbered declaration boxes: Графа NN, Гр.NN and a leading number, in KOI8-R")
{
    TempCase tc;
    const MappingProposal p = proposalFor(tc, QStringLiteral("boxes.csv"), customs::numberedExtract());
    CHECK(columnsOf(p) == Columns{
                              {QStringLiteral("id"), QStringLiteral("Рег. номер декларации")},
                              {QStringLiteral("date"), QStringLiteral("Дата выпуска")},
                              {QStringLiteral("exporter"), QStringLiteral("Графа 2")},
                              {QStringLiteral("importer"), QStringLiteral("Графа 8")},
                              {QStringLiteral("hs_code"), QStringLiteral("Гр.33")},
                              {QStringLiteral("description"), QStringLiteral("Графа 31")},
                              {QStringLiteral("quantity"), QStringLiteral("Графа 41")},
                              {QStringLiteral("weight_kg"), QStringLiteral("38 Вес нетто (кг)")},
                              {QStringLiteral("value"), QStringLiteral("Графа 42")},
                              {QStringLiteral("currency"), QStringLiteral("Графа 22")},
                              {QStringLiteral("origin_country"), QStringLiteral("Графа 16")},
                              {QStringLiteral("destination_country"), QStringLiteral("Графа 17")},
                              {QStringLiteral("dispatch_country"), QStringLiteral("Графа 15")},
                              {QStringLiteral("item_number"), QStringLiteral("Гр.32")},
                          });
    CHECK(p.matches[2].reason == HeaderMatch::Reason::Box);
    CHECK(HeaderMatcher::describe(p.matches[2]) == QStringLiteral("'Графа 2' -> exporter (box 2 of the declaration)"));
    CHECK(p.matches[7].reason == HeaderMatch::Reason::NameAndBox);
    CHECK(p.mapping.encoding == QStringLiteral("koi8-r"));
    CHECK(p.mapping.dateFormat == QStringLiteral("dd.MM.yy"));
    CHECK(p.mapping.decimalSeparator == u',');

    const ImportSummary s = importProposed(tc, QStringLiteral("boxes.csv"));
    CHECK(s.imported == 3);
    CHECK(s.rejected == 0);
    CHECK(shipmentText(tc, "date", "10702010/150323/0012345/3") == QStringLiteral("2023-03-15"));
    CHECK(shipmentText(tc, "value", "10702010/150323/0012345/3") == QStringLiteral("15300.5"));
    CHECK(shipmentText(tc, "currency", "10702010/150323/0012345/3") == QStringLiteral("USD"));
    CHECK(shipmentText(tc, "dispatch_country", "10702010/150323/0012345/3") == QStringLiteral("DE"));
    CHECK(shipmentText(tc, "origin_country", "10702010/150323/0012345/3") == QStringLiteral("DE"));
    CHECK(shipmentText(tc, "destination_country", "10702010/150323/0012345/3") == QStringLiteral("KZ"));
    CHECK(shipmentText(tc, "destination_country", "10702010/020423/0023456/1") == QStringLiteral("RU"));
    CHECK(shipmentText(tc, "dispatch_country", "10702010/020423/0023456/2") == QStringLiteral("KZ"));
    CHECK(shipmentText(tc, "origin_country", "10702010/020423/0023456/2") == QStringLiteral("CN"));
    CHECK(shipmentText(tc, "destination_country", "10702010/020423/0023456/2") == QStringLiteral("RU"));
}

TEST_CASE("country values as extracts write them: Russian and Kazakh names, numeric and alpha-3 codes")
{
    ColumnMapping m;
    m.kind = QStringLiteral("shipments");
    const auto country = [&m](const char *text) {
        return m.convert(QStringLiteral("destination_country"), QString::fromUtf8(text));
    };
    CHECK(country("Россия") == QStringLiteral("RU"));
    CHECK(country("РОССИЙСКАЯ ФЕДЕРАЦИЯ") == QStringLiteral("RU"));
    CHECK(country("Ресей") == QStringLiteral("RU"));
    CHECK(country("Қазақстан") == QStringLiteral("KZ"));
    CHECK(country("Киргизия") == QStringLiteral("KG"));
    CHECK(country("Кыргызстан") == QStringLiteral("KG"));
    CHECK(country("ОАЭ") == QStringLiteral("AE"));
    CHECK(country("Біріккен Араб Әмірліктері") == QStringLiteral("AE"));
    CHECK(country("643") == QStringLiteral("RU"));
    CHECK(country("051") == QStringLiteral("AM"));
    CHECK(country("51") == QStringLiteral("AM"));
    CHECK(country("DEU") == QStringLiteral("DE"));
    CHECK(country("Germany") == QStringLiteral("DE"));
    CHECK(country("Атлантида") == QStringLiteral("Атлантида")); // unknown: kept, and the row is rejected
    CHECK(m.convert(QStringLiteral("transit_countries"), QStringLiteral("Казахстан;417")) == QStringLiteral("KZ;KG"));
}

TEST_CASE("date and decimal formats are told from values")
{
    ValueFormats f = ValueFormats::detect({QStringLiteral("01/02/2023"), QStringLiteral("13/02/2023")}, {}, {}, u',',
                                          QStringLiteral("utf-8"));
    CHECK(f.dateFormat == QStringLiteral("dd/MM/yyyy"));
    CHECK_FALSE(f.dateAmbiguous);
    f = ValueFormats::detect({QStringLiteral("01/02/2023"), QStringLiteral("03/04/2023")}, {}, {}, u',', {});
    CHECK(f.dateFormat == QStringLiteral("dd/MM/yyyy"));
    CHECK(f.dateAmbiguous);
    f = ValueFormats::detect({QStringLiteral("15.03.2023 0:00:00")}, {}, {}, u';', {});
    CHECK(f.dateFormat == QStringLiteral("dd.MM.yyyy"));
    CHECK(ValueFormats::parseDate(QStringLiteral("02.04.23"), QStringLiteral("dd.MM.yy")) == QDate(2023, 4, 2));

    f = ValueFormats::detect({}, {QStringLiteral("1 200"), QStringLiteral("3.000")}, {}, u',', QStringLiteral("utf-8"));
    CHECK(f.decimalSeparator == u'.');
    CHECK(f.decimalExample.isEmpty()); // nothing told: guessed from the file
    f = ValueFormats::detect({}, {QStringLiteral("1.015.300"), QStringLiteral("7")}, {}, u',', {});
    CHECK(f.decimalSeparator == u',');
    f = ValueFormats::detect({}, {QString::fromUtf8("15\u00a0300,50")}, {}, u',', {});
    CHECK(f.decimalSeparator == u',');
    f = ValueFormats::detect({}, {QStringLiteral("1,200")}, {}, u';', {});
    CHECK(f.decimalSeparator == u','); // undecided by the value; a ';' file writes decimal commas
    f = ValueFormats::detect({}, {}, {QStringLiteral("KZ|KG"), QStringLiteral("AM")}, u',', {});
    CHECK(f.listSeparator == u'|');
    f = ValueFormats::detect({}, {}, {QStringLiteral("KZ, KG")}, u';', {});
    CHECK(f.listSeparator == u',');
}

TEST_CASE("an extract the proposal cannot complete is refused, naming what is missing and the header")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("odd.csv"));
    writeFile(path, "Номер ДТ;Отправитель;Примечание;Сумма прописью\n1;A;x;y\n");
    ImportOptions options;
    options.format = QStringLiteral("csv");
    auto job = ImportJob::prepare(path, options);
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message ==
          QStringLiteral("odd.csv: no column found for date, importer, hs_code (shipments needs date, exporter, "
                         "importer, hs_code); columns not mapped: 'Примечание', 'Сумма прописью'; the header has: "
                         "'Номер ДТ', 'Отправитель', 'Примечание', 'Сумма прописью'. Name them in a mapping "
                         "(--mapping MAP.json; --show-mapping prints this proposal to start from)"));
}

TEST_CASE("Caravan CSV keeps dispatch_country, and a Caravan CSV file read as csv needs no mapping")
{
    TempCase tc;
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    writeFile(entities, "id,type,name\nkz-1,Company,ALFA\nru-1,Company,BETA\n");
    const QString shipments = tc.file(QStringLiteral("shipments.csv"));
    writeFile(shipments, "id,date,exporter,importer,hs_code,dispatch_country\n"
                         "s1,2023-01-05,kz-1,ru-1,854231,kz\n"
                         "s2,2023-01-06,kz-1,ru-1,854231,kg\n"
                         "s3,2023-01-07,kz-1,ru-1,854231,Atlantis\n");
    importFile(tc, entities);
    ImportOptions csv;
    csv.format = QStringLiteral("csv");
    const ImportSummary s = importFile(tc, shipments, csv);
    CHECK(s.imported == 2);
    CHECK(s.rejected == 1);
    CHECK(shipmentText(tc, "dispatch_country", "s1") == QStringLiteral("KZ"));
    CHECK(shipmentText(tc, "dispatch_country", "s2") == QStringLiteral("KG"));
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows")) ==
          QStringLiteral("dispatch_country 'Atlantis' is not an ISO 3166 two-letter country code"));

    // Exported as Caravan CSV, the column comes back.
    NullProgress progress;
    const QString prefix = tc.file(QStringLiteral("out-"));
    REQUIRE(exportCaravanCsv(tc.caseFile().handle(), prefix, progress).ok());
    QFile out(prefix + QStringLiteral("shipments.csv"));
    REQUIRE(out.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = out.readAll().split('\n');
    CHECK(lines.value(0).endsWith(",transit_countries,dispatch_country"));
    CHECK(lines.value(1) == "s1,2023-01-05,kz-1,ru-1,854231,,,,,,,,,,KZ");
}

TEST_CASE("a customs database dump named by declaration field codes (ND, G072, G021, G33, G41A...)")
{
    TempCase tc;
    const MappingProposal p = proposalFor(
        tc, QStringLiteral("dump.csv"),
        QByteArrayLiteral(
            "ND;G072;G021;G022;G023;G081;G082;G33;G31_1;G35;G38;G41;G41A;G42;G221;G222;G15A;G34;G17A;G32\n"
            "10702010/150323/0012345;15.03.2023;;BAUTEILE GMBH;BERLIN;190240012345;KAZAKH TRANZIT;8542310000;CHIPS;"
            "14,1;12,5;1200;796;15300,50;USD;15300,50;DE;DE;KZ;3\n"));
    CHECK(columnsOf(p) == Columns{
                              {QStringLiteral("id"), QStringLiteral("ND")},
                              {QStringLiteral("date"), QStringLiteral("G072")},
                              {QStringLiteral("exporter"), QStringLiteral("G021")},
                              {QStringLiteral("importer"), QStringLiteral("G081")},
                              {QStringLiteral("hs_code"), QStringLiteral("G33")},
                              {QStringLiteral("description"), QStringLiteral("G31_1")},
                              {QStringLiteral("quantity"), QStringLiteral("G41")},
                              {QStringLiteral("unit"), QStringLiteral("G41A")},
                              {QStringLiteral("weight_kg"), QStringLiteral("G38")},
                              {QStringLiteral("value"), QStringLiteral("G42")},
                              {QStringLiteral("currency"), QStringLiteral("G221")},
                              {QStringLiteral("origin_country"), QStringLiteral("G34")},
                              {QStringLiteral("destination_country"), QStringLiteral("G17A")},
                              {QStringLiteral("dispatch_country"), QStringLiteral("G15A")},
                              {QStringLiteral("item_number"), QStringLiteral("G32")},
                              {QStringLiteral("exporter_name"), QStringLiteral("G022")},
                              {QStringLiteral("importer_name"), QStringLiteral("G082")},
                          });
    CHECK(p.unmapped == QStringList{QStringLiteral("G023"), QStringLiteral("G35"), QStringLiteral("G222")});
    const ImportSummary s = importProposed(tc, QStringLiteral("dump.csv"));
    CHECK(s.imported == 1);
    CHECK(partyOf(tc, "exporter", "10702010/150323/0012345/3") == QStringLiteral("BAUTEILE GMBH BAUTEILE GMBH DE"));
    CHECK(partyOf(tc, "importer", "10702010/150323/0012345/3") == QStringLiteral("190240012345 KAZAKH TRANZIT KZ"));
    CHECK(shipmentText(tc, "weight_kg", "10702010/150323/0012345/3") == QStringLiteral("12.5"));
}

TEST_CASE("with no date column, the date is the registration date inside the declaration number")
{
    TempCase tc;
    CHECK(ColumnMapping::dateOfDeclaration(QStringLiteral("10702010/150323/0012345")) == QDate(2023, 3, 15));
    CHECK_FALSE(ColumnMapping::dateOfDeclaration(QStringLiteral("10702010/310423/0012345")).isValid());
    CHECK_FALSE(ColumnMapping::dateOfDeclaration(QStringLiteral("DE-2023-0012345")).isValid());
    const MappingProposal p =
        proposalFor(tc, QStringLiteral("nodate.csv"),
                    QByteArrayLiteral("Declaration number;Consignor;Consignee;HS code\n"
                                      "10702010/150323/0012345;Bauteile GmbH;Kazakh Tranzit LLP;854231\n"
                                      "10702010/020423/0023456;Kazakh Tranzit LLP;Vektor LLC;854231\n"));
    REQUIRE(p.isComplete());
    CHECK(columnsOf(p) == Columns{
                              {QStringLiteral("id"), QStringLiteral("Declaration number")},
                              {QStringLiteral("date"), QStringLiteral("Declaration number")},
                              {QStringLiteral("exporter"), QStringLiteral("Consignor")},
                              {QStringLiteral("importer"), QStringLiteral("Consignee")},
                              {QStringLiteral("hs_code"), QStringLiteral("HS code")},
                          });
    CHECK(p.matches[1].reason == HeaderMatch::Reason::DeclarationDate);
    const ImportSummary s = importProposed(tc, QStringLiteral("nodate.csv"));
    CHECK(s.imported == 2);
    CHECK(shipmentText(tc, "date", "10702010/020423/0023456") == QStringLiteral("2023-04-02"));
}

TEST_CASE("format detection reads a customs extract as csv, and says what an incomplete one lacks")
{
    TempCase tc;
    const QString extract = tc.file(QStringLiteral("extract.csv"));
    writeFile(extract, customs::russianExtract());
    CHECK(importformats::detect(extract).value() == QStringLiteral("csv"));
    const QString odd = tc.file(QStringLiteral("odd.csv"));
    writeFile(odd, "Номер ДТ;Отправитель;Примечание\n1;A;x\n");
    const auto detected = importformats::detect(odd);
    REQUIRE_FALSE(detected.ok());
    CHECK(detected.error().message.startsWith(
        QStringLiteral("odd.csv: no column found for date, importer, hs_code (shipments needs")));
    const QString colours = tc.file(QStringLiteral("colours.csv"));
    writeFile(colours, "colour,size\nred,3\n");
    CHECK(importformats::detect(colours).error().message.startsWith(QStringLiteral("cannot tell the format")));
}

TEST_CASE("a party code the case knows as a BIN or INN is that entity, not a new one")
{
    TempCase tc;
    const QString registry = tc.file(QStringLiteral("entities.csv"));
    writeFile(registry, "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                        "kz-1,Company,KAZAKH TRANZIT LLP,,KZ,kz-bin:190240012345,2022-06-01,\n");
    importFile(tc, registry);
    const QString extract = tc.file(QStringLiteral("extract.csv"));
    writeFile(extract, customs::russianExtract());
    ImportOptions options;
    options.format = QStringLiteral("csv");
    CHECK(importFile(tc, extract, options).imported == 3);
    CHECK(partyOf(tc, "importer", "10702010/150323/0012345/3") == QStringLiteral("kz-1 KAZAKH TRANZIT LLP KZ"));
    CHECK(partyOf(tc, "exporter", "10702010/020423/0023456/1") == QStringLiteral("kz-1 KAZAKH TRANZIT LLP KZ"));
    CHECK(count(tc, "SELECT count(*) FROM entities") == 3); // kz-1, Bauteile GmbH, the INN 7701234567
}
