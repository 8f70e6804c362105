#include "../support/TempCase.h"

#include "models/demo/AnswerKey.h"
#include "models/editing/CaseDocument.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/panels/TrainingPanel.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QSignalSpy>
#include <QTableWidget>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("trainer mode: a generated scenario opens, the trainee's marks are scored, the key is revealed")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("урок 1.caravan"));
    MainWindow window;
    window.show();
    QSignalSpy ready(&window, &MainWindow::trainingCaseReady);
    window.newTrainingCase(path, QStringLiteral("front-address"), 3);
    REQUIRE(ready.wait(60000));
    REQUIRE(ready.first().first().toBool());
    REQUIRE(window.document() != nullptr);
    TrainingPanel *panel = window.trainingPanel();
    REQUIRE(panel->isTrainingCase());
    CHECK(panel->summaryText().contains(QStringLiteral("Found 0 of")));

    // The trainee marks one planted subject, and (wrongly) one near miss.
    auto key = demo::readAnswerKey(window.document()->file().handle());
    REQUIRE(key.ok());
    QString planted, decoy;
    for (const demo::AnswerItem &item : key.value()) {
        if (!item.isDecoy && planted.isEmpty() && !item.subject.isEmpty())
            planted = item.subject;
        if (item.isDecoy && decoy.isEmpty() && !item.subject.isEmpty() && item.subject != planted)
            decoy = item.subject;
    }
    REQUIRE_FALSE(planted.isEmpty());
    REQUIRE_FALSE(decoy.isEmpty());
    Mark suspected;
    suspected.status = MarkStatus::Suspected;
    REQUIRE(window.document()->mark(MarkTarget::Entity, planted, suspected).ok());
    REQUIRE(window.document()->mark(MarkTarget::Entity, decoy, suspected).ok());
    panel->score();
    CHECK(panel->summaryText().contains(QStringLiteral("Found 1 of")));
    CHECK(panel->summaryText().contains(QStringLiteral("1 of")));
    CHECK_FALSE(panel->table()->isVisible());

    panel->setRevealed(true);
    CHECK(panel->table()->isVisible());
    REQUIRE(panel->table()->rowCount() == static_cast<int>(key->size()));
    QStringList results;
    for (int r = 0; r < panel->table()->rowCount(); ++r)
        results << panel->table()->item(r, 0)->text();
    CHECK(results.contains(QStringLiteral("found")));
    CHECK(results.contains(QStringLiteral("wrongly marked")));
    CHECK(results.contains(QStringLiteral("missed")));

    const QString shots = qEnvironmentVariable("CARAVAN_SCREENSHOTS");
    if (!shots.isEmpty()) {
        window.resize(1600, 1000);
        window.grab().save(QDir(shots).filePath(QStringLiteral("trainer.png")));
    }
}
