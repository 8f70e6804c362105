#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/storage/Sqlite.h"
#include "ui/ImportWizard.h"

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
