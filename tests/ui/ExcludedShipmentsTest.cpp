#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/itemmodels/ExcludedShipmentModel.h"
#include "models/storage/CaseFile.h"
#include "ui/dialogs/ExcludedShipmentsDialog.h"
#include "ui/panels/ChainsPanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("the Chains dock says in one line which shipments it could not use, and lists them with their reasons")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de =
            b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik Handel GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Астана Трейд"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Комплектующие"), QStringLiteral("RU"));
        const qint64 nowhere = b.company(QStringLiteral("x-1"), QStringLiteral("Somewhere Ltd"));
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("854231"), 100, 5000,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-1"), QStringLiteral("2023-02-01"), kz, ru, QStringLiteral("854231"), 100, 6000,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("NO-HS-1"), QStringLiteral("2023-02-02"), kz, ru, QString(), 5, 10,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("NO-HS-2"), QStringLiteral("2023-02-03"), kz, ru, QString(), 5, 10,
                   QStringLiteral("KZ"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("NOWHERE-1"), QStringLiteral("2023-02-04"), de, nowhere, QStringLiteral("854231"), 5,
                   10, QStringLiteral("DE"), {});
    }
    ChainsPanel panel;
    panel.setCase(&tc.caseFile());
    CHECK_FALSE(panel.excludedButton()->isVisibleTo(&panel));
    CHECK(panel.showExcluded() == nullptr);
    QSignalSpy finished(&panel, &ChainsPanel::detectionFinished);
    panel.detect();
    REQUIRE(finished.wait(60000));
    CHECK(finished.first().first().toInt() == 1);
    panel.view()->setCurrentIndex(panel.view()->model()->index(0, 0));
    CHECK(panel.detailsText().contains(QStringLiteral("100 pieces (pcs)")));
    CHECK(panel.excludedLabel()->text() ==
          QStringLiteral("3 shipments could not be used: 2 no HS code, 1 party country unknown"));
    CHECK(panel.excludedButton()->isVisibleTo(&panel));

    panel.excludedButton()->click();
    auto *dialog = panel.findChild<ExcludedShipmentsDialog *>();
    REQUIRE(dialog != nullptr);
    CHECK(dialog->isVisible());
    ExcludedShipmentModel *model = dialog->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(model->rowCount() == 3);
    QStringList rows;
    for (int r = 0; r < model->rowCount(); ++r)
        rows << model->index(r, ExcludedShipmentModel::DeclarationId).data().toString() + u'|' +
                    model->index(r, ExcludedShipmentModel::Reason).data().toString() + u'|' +
                    model->index(r, ExcludedShipmentModel::Importer).data().toString() + u'|' +
                    model->index(r, ExcludedShipmentModel::Unit).data().toString();
    CHECK(rows.join(u'\n').toStdString() == "NO-HS-1|no HS code|ООО Комплектующие|pcs\n"
                                            "NO-HS-2|no HS code|ООО Комплектующие|pcs\n"
                                            "NOWHERE-1|party country unknown|Somewhere Ltd|pcs");
    CHECK(model->index(0, 0).data(ExcludedShipmentModel::ReasonKeyRole).toString() == QStringLiteral("no_hs_code"));
    CHECK(panel.showExcluded() == dialog); // raised again, not a second window
    panel.resize(1100, 420);
    screenshot(panel, QStringLiteral("chains-excluded.png"));
    dialog->resize(900, 300);
    screenshot(*dialog, QStringLiteral("excluded-shipments.png"));

    panel.setCase(nullptr);
    CHECK_FALSE(panel.excludedLabel()->isVisibleTo(&panel));
}
