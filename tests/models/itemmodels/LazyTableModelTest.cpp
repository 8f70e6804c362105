#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/itemmodels/EntityTableModel.h"
#include "models/itemmodels/ShipmentTableModel.h"
#include "models/storage/Sqlite.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

void buildTradeCase(CaseFile &file, int shipments)
{
    CaseBuilder b(file);
    const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
    const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Қазақ Транзит»"), QStringLiteral("KZ"));
    b.identifier(kz, QStringLiteral("kz-bin"), QStringLiteral("190240012345"));
    const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Вектор"), QStringLiteral("RU"));
    b.designate(ru, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
    for (int i = 0; i < shipments; ++i) {
        const QString date = QStringLiteral("2023-%1-%2")
                                 .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                                 .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        b.shipment(QStringLiteral("D-%1").arg(i), date, i % 2 ? de : kz, i % 2 ? kz : ru, QStringLiteral("854231"),
                   100 + i, 1000.0 * i, i % 2 ? QStringLiteral("DE") : QStringLiteral("KZ"),
                   i % 2 ? QStringLiteral("KZ") : QStringLiteral("RU"));
    }
}

} // namespace

TEST_CASE("the shipment table passes the item model tester and pages lazily")
{
    TempCase tc;
    buildTradeCase(tc.caseFile(), 1000);
    ShipmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(tc.caseFile().handle(), tc.path());
    model.reloadNow();
    REQUIRE(model.rowCount() == 1000);
    CHECK(model.columnCount() == ShipmentTableModel::ColumnCount);
    // Default order is by date.
    CHECK(model.data(model.index(0, ShipmentTableModel::Date)).toString() == QStringLiteral("2023-01-01"));
    const QString last = model.data(model.index(999, ShipmentTableModel::Date)).toString();
    CHECK(last >= QStringLiteral("2023-12-01"));
    CHECK(model.data(model.index(0, ShipmentTableModel::Route)).toString().contains(QStringLiteral("→")));
    CHECK(model.data(model.index(5, 0), LazyTableModel::RowIdRole).toLongLong() > 0);
}

TEST_CASE("the shipment table filters on party names in Cyrillic and on declaration ids")
{
    TempCase tc;
    buildTradeCase(tc.caseFile(), 200);
    ShipmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(tc.caseFile().handle(), tc.path());
    model.reloadNow();
    QSignalSpy finished(&model, &LazyTableModel::loadFinished);
    model.setSearchText(QStringLiteral("Вектор"));
    REQUIRE(finished.wait(10000));
    CHECK(model.rowCount() == 100);
    model.setSearchText(QStringLiteral("D-17"));
    REQUIRE(finished.wait(10000));
    CHECK(model.rowCount() == 11); // D-17 and D-170 to D-179
    model.setSearchText(QStringLiteral("D-199"));
    REQUIRE(finished.wait(10000));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, ShipmentTableModel::DeclarationId)).toString() == QStringLiteral("D-199"));
    model.setSearchText(QStringLiteral("100%_"));
    REQUIRE(finished.wait(10000));
    CHECK(model.rowCount() == 0); // % and _ are literal, not wildcards
}

TEST_CASE("the entity table sorts, searches aliases and identifiers, and hides merged entities")
{
    TempCase tc;
    buildTradeCase(tc.caseFile(), 0);
    EntityTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(tc.caseFile().handle(), tc.path());
    model.reloadNow();
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(0, EntityTableModel::Name)).toString() == QStringLiteral("Bauteile GmbH"));
    const QString ids = model.data(model.index(1, EntityTableModel::Identifiers)).toString() +
                        model.data(model.index(2, EntityTableModel::Identifiers)).toString();
    CHECK(ids.contains(QStringLiteral("kz-bin:190240012345")));

    QSignalSpy finished(&model, &LazyTableModel::loadFinished);
    model.sort(EntityTableModel::Name, Qt::DescendingOrder);
    REQUIRE(finished.wait(10000));
    CHECK(model.data(model.index(2, EntityTableModel::Name)).toString() == QStringLiteral("Bauteile GmbH"));

    model.setSearchText(QStringLiteral("190240012345"));
    REQUIRE(finished.wait(10000));
    REQUIRE(model.rowCount() == 1);
    CHECK(model.data(model.index(0, EntityTableModel::ExtId)).toString() == QStringLiteral("kz-1"));

    REQUIRE(caravan::sqliteExec(tc.caseFile().handle(),
                                QStringLiteral("UPDATE entities SET merged_into = 1 WHERE ext_id = 'ru-1'"))
                .ok());
    model.setSearchText(QString());
    REQUIRE(finished.wait(10000));
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(0, EntityTableModel::Designations)).toString().isEmpty());
}

TEST_CASE("a large table opens on its first rows and lists the rest behind them, a broad search shows its first "
          "screen first")
{
    TempCase tc;
    buildTradeCase(tc.caseFile(), 25000);
    ShipmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCase(tc.caseFile().handle(), tc.path());
    QSignalSpy finished(&model, &LazyTableModel::loadFinished);
    QSignalSpy firstScreen(&model, &LazyTableModel::firstScreenLoaded);

    model.reloadOpening();
    CHECK(model.rowCount() == LazyTableModel::kOpeningRows);
    CHECK(model.isLoading());
    const qint64 firstRow = model.rowIdAt(0);
    REQUIRE(finished.wait(10000));
    CHECK(model.rowCount() == 25000);
    CHECK_FALSE(model.isLoading());
    CHECK(model.rowIdAt(0) == firstRow);
    REQUIRE(firstScreen.size() == 1); // the opening rows were the first screen, and no other came
    CHECK(firstScreen.first().first().toInt() == LazyTableModel::kOpeningRows);
    firstScreen.clear();

    // Every shipment has HS code 854231: the first screen comes before the whole list, in the same order.
    model.setSearchText(QStringLiteral("854231"));
    REQUIRE(finished.wait(10000));
    REQUIRE(firstScreen.size() == 1);
    CHECK(firstScreen.first().first().toInt() == LazyTableModel::kFirstScreenRows);
    CHECK(model.rowCount() == 25000);
    CHECK(model.rowIdAt(0) == firstRow);
    CHECK(model.data(model.index(0, ShipmentTableModel::Date)).toString() == QStringLiteral("2023-01-01"));

    // Few matches: the whole list at once.
    model.setSearchText(QStringLiteral("D-2499"));
    REQUIRE(finished.wait(10000));
    CHECK(firstScreen.size() == 1);
    CHECK(model.rowCount() == 11); // D-2499 and D-24990 to D-24999
}
