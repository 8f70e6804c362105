#include "../support/CustomsExtracts.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/storage/Sqlite.h"
#include "ui/import/ImportWizard.h"

#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

} // namespace

TEST_CASE("the import wizard maps a foreign CSV, imports it with a Caravan CSV file, and sums up")
{
    TempCase tc;
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    writeFile(entities, "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                        "de-1,Company,Bauteile GmbH,,DE,,,\n"
                        "kz-1,Company,ТОО «Қазақ Транзит»,KAZAKH TRANZIT LLP,KZ,kz-bin:190240012345,2022-06-01,"
                        "\"г. Алматы, ул. Абая 1\"\n");
    const QString extract = tc.file(QStringLiteral("выгрузка ГТД.csv"));
    QStringEncoder cp1251("windows-1251");
    writeFile(extract, cp1251.encode(QStringLiteral(
                           "Номер декларации;Дата;Отправитель;Получатель;Код ТН ВЭД;Количество;Стоимость;"
                           "Страна происхождения;Страна назначения\r\n"
                           "10702030/150323/0012345;15.03.2023;de-1;kz-1;8542.31.0000;1 200;15 300,50;DE;KZ\r\n"
                           "10702030/020423/0023456;02.04.2023;kz-1;ООО «Вектор»;8542310000;1 150;16 100,00;KZ;RU\r\n"
                           "10702030/300423/0099999;31.04.2023;kz-1;ООО «Вектор»;8542310000;10;1,00;KZ;RU\r\n")));

    ImportWizard wizard(tc.caseFile());
    wizard.show();
    wizard.addFiles({entities, extract});
    CHECK(wizard.currentPage()->isComplete());
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK(wizard.mapping().kind == QStringLiteral("shipments"));
    CHECK(wizard.mapping().columns.value(QStringLiteral("exporter")) == QStringLiteral("Отправитель"));
    CHECK(wizard.mappingProblems().isEmpty());
    auto *preview = wizard.findChild<QTableWidget *>(QString(), Qt::FindChildrenRecursively);
    REQUIRE(preview != nullptr);

    // The dates are dd.MM.yyyy and the decimals commas: say so, and the preview turns valid.
    auto *dates = wizard.findChildren<QLineEdit *>().value(0);
    REQUIRE(dates != nullptr);
    dates->setText(QStringLiteral("dd.MM.yyyy"));
    const auto decimals = wizard.findChildren<QComboBox *>();
    for (QComboBox *combo : decimals)
        if (combo->findData(QStringLiteral(",")) >= 0)
            combo->setCurrentIndex(combo->findData(QStringLiteral(",")));
    CHECK(wizard.mapping().decimalSeparator == u',');
    CHECK(wizard.mapping().dateFormat == QStringLiteral("dd.MM.yyyy"));
    screenshot(wizard, QStringLiteral("import-mapping.png"));

    QSignalSpy finished(&wizard, &ImportWizard::runFinished);
    QSignalSpy imported(&wizard, &ImportWizard::imported);
    wizard.next();
    REQUIRE((finished.size() > 0 || finished.wait(30000)));
    CHECK(imported.size() == 1);
    INFO(wizard.failure().toStdString());
    REQUIRE(wizard.importSucceeded());
    REQUIRE(wizard.currentId() == ImportWizard::SummaryPage);
    REQUIRE(wizard.summaries().size() == 2);
    CHECK(wizard.summaries()[0].imported == 2);
    CHECK(wizard.summaries()[1].imported == 2);
    CHECK(wizard.summaries()[1].rejected == 1);
    screenshot(wizard, QStringLiteral("import-summary.png"));

    sqlite3 *db = tc.caseFile().handle();
    CHECK(sqliteScalar(db, "SELECT count(*) FROM shipments") == 2);
    CHECK(sqliteScalar(db, "SELECT count(*) FROM entities") == 3); // ООО «Вектор» created by name
    CHECK(sqliteScalar(db, "SELECT count(*) FROM rejected_rows") == 1);
}

TEST_CASE("the import wizard refuses to go on while a mapping lacks required fields")
{
    TempCase tc;
    const QString odd = tc.file(QStringLiteral("odd.csv"));
    writeFile(odd, "colour,size\nred,3\n");
    ImportWizard wizard(tc.caseFile());
    wizard.show();
    wizard.addFiles({odd});
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    CHECK_FALSE(wizard.mappingProblems().isEmpty());
    CHECK_FALSE(wizard.currentPage()->isComplete());
}

TEST_CASE("the import wizard shows the proposal for a customs extract and what it detected")
{
    TempCase tc;
    const QString extract = tc.file(QStringLiteral("ДТ_выгрузка.csv"));
    writeFile(extract, customs::russianExtract());
    ImportWizard wizard(tc.caseFile());
    wizard.resize(1366, 768);
    wizard.show();
    wizard.addFiles({extract});
    wizard.next();
    REQUIRE(wizard.currentId() == ImportWizard::MappingPage);
    REQUIRE(wizard.proposal().has_value());
    // Proposed from the header and the values, nothing typed: dates, decimals and parties by code.
    CHECK(wizard.mapping().kind == QStringLiteral("shipments"));
    CHECK(wizard.mapping().dateFormat == QStringLiteral("dd.MM.yyyy"));
    CHECK(wizard.mapping().decimalSeparator == u',');
    CHECK(wizard.mapping().columns.value(QStringLiteral("exporter")) == QStringLiteral("Отправитель (код)"));
    CHECK(wizard.mapping().columns.value(QStringLiteral("exporter_name")) == QStringLiteral("Отправитель"));
    CHECK(wizard.mapping().columns.value(QStringLiteral("dispatch_country")) == QStringLiteral("Страна отправления"));
    CHECK(wizard.mapping().columns.size() == 17);
    CHECK(wizard.mappingProblems().isEmpty());
    CHECK(wizard.detectedText() ==
          QStringLiteral("Detected from 3 sample rows: encoding windows-1251, delimiter “;”, dates dd.MM.yyyy (3 of 3 "
                         "values read, e.g. 15.03.2023), decimal comma (e.g. 12,5). Columns left out: № п/п."));
    QTableWidget *fields = nullptr;
    for (QTableWidget *table : wizard.findChildren<QTableWidget *>())
        if (table->accessibleName() == QStringLiteral("Column mapping"))
            fields = table;
    REQUIRE(fields != nullptr);
    REQUIRE(fields->columnCount() == 4);
    QString weightWhy, exporterWhy;
    for (int row = 0; row < fields->rowCount(); ++row) {
        const QString field = fields->item(row, 0)->data(Qt::UserRole).toString();
        if (field == u"weight_kg")
            weightWhy = fields->item(row, 3)->text();
        if (field == u"exporter")
            exporterWhy = fields->item(row, 3)->text();
    }
    CHECK(weightWhy == QStringLiteral("named “вес нетто”"));
    CHECK(exporterWhy == QStringLiteral("an identifier column: preferred to the name as the party's reference"));
    screenshot(wizard, QStringLiteral("import-proposal.png"));

    QSignalSpy finished(&wizard, &ImportWizard::runFinished);
    wizard.next();
    REQUIRE((finished.size() > 0 || finished.wait(30000)));
    REQUIRE(wizard.importSucceeded());
    REQUIRE(wizard.summaries().size() == 1);
    CHECK(wizard.summaries()[0].imported == 3);
    CHECK(wizard.summaries()[0].rejected == 0);
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM shipments WHERE ext_id = "
                                               "'10702010/150323/0012345/3' AND weight_kg = 12.5") == 1);
}
