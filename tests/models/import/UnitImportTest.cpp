#include "ImportTestSupport.h"

#include "models/import/ColumnMapping.h"

#include <QStringEncoder>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("a mapped customs extract keeps units as written and stores them canonical beside them")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("дт.csv"));
    // Box 41 of an EAEU declaration: the supplementary quantity and its unit, by OKEI code or abbreviation.
    QStringEncoder encoder("windows-1251");
    writeFile(path, encoder.encode(QStringLiteral(
                        "Номер ДТ;Дата выпуска;Отправитель;Получатель;Код ТН ВЭД;Кол-во;Ед. изм.;Вес нетто, кг\r\n"
                        "10702030/150323/0012345;15.03.2023;Bauteile GmbH;ТОО «Транзит»;8542310000;1,5;тыс. шт;"
                        "12,5\r\n"
                        "10702030/150323/0012346;15.03.2023;Bauteile GmbH;ТОО «Транзит»;8542310000;2;168;2000\r\n"
                        "10702030/150323/0012347;15.03.2023;Bauteile GmbH;ТОО «Транзит»;8542310000;7;кор.;3\r\n")));
    ColumnMapping m;
    m.kind = QStringLiteral("shipments");
    m.columns = {{QStringLiteral("id"), QStringLiteral("Номер ДТ")},
                 {QStringLiteral("date"), QStringLiteral("Дата выпуска")},
                 {QStringLiteral("exporter"), QStringLiteral("Отправитель")},
                 {QStringLiteral("importer"), QStringLiteral("Получатель")},
                 {QStringLiteral("hs_code"), QStringLiteral("Код ТН ВЭД")},
                 {QStringLiteral("quantity"), QStringLiteral("Кол-во")},
                 {QStringLiteral("unit"), QStringLiteral("Ед. изм.")},
                 {QStringLiteral("weight_kg"), QStringLiteral("Вес нетто, кг")}};
    m.dateFormat = QStringLiteral("dd.MM.yyyy");
    m.decimalSeparator = u',';
    m.listSeparator = u';';
    ImportOptions options;
    options.format = QStringLiteral("csv");
    options.mapping = m;
    const ImportSummary s = importFile(tc, path, options);
    REQUIRE(s.imported == 3);
    // The unknown spelling is said once, with its row count, in the import's summary.
    REQUIRE(s.issues.size() == 1);
    CHECK(s.issues.front().message.toStdString() ==
          "unit \"кор.\" in 1 row(s) is not a unit Caravan knows: kept as written, its quantities are not compared "
          "(weights or values are)");
    auto row = [&](const char *id) {
        return text(tc, QStringLiteral("SELECT unit || '|' || ifnull(unit_canonical, '-') || '|' || "
                                       "ifnull(quantity_canonical, '-') || '|' || weight_kg FROM shipments "
                                       "WHERE ext_id = '10702030/150323/%1'")
                            .arg(QLatin1String(id)))
            .toStdString();
    };
    CHECK(row("0012345") == "тыс. шт|piece|1500.0|12.5");
    CHECK(row("0012346") == "168|kg|2000.0|2000.0");
    CHECK(row("0012347") == "кор.|-|-|3.0");
}
