#include "../support/TempCase.h"

#include "models/demo/AnswerKey.h"
#include "models/editing/CaseDocument.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/dialogs/TrainingCaseDialog.h"
#include "ui/panels/TrainingPanel.h"
#include "ui/window/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Answers the save question with a fixed path.
class SavingDialogs : public Dialogs {
public:
    explicit SavingDialogs(QString path) : m_path(std::move(path)) { Dialogs::setInstance(this); }
    ~SavingDialogs() override { Dialogs::setInstance(nullptr); }
    SavingDialogs(const SavingDialogs &) = delete;
    SavingDialogs &operator=(const SavingDialogs &) = delete;
    QString saveCaseFile(QWidget *, const QString &, const QString &) override { return m_path; }

private:
    QString m_path;
};

qint64 scalar(MainWindow &window, const char *sql)
{
    return sqliteScalar(window.document()->file().handle(), sql).value_or(-1);
}

} // namespace

TEST_CASE("the New Training Case dialog offers messy data by default and clean data on request, a clean case's "
          "units are all canonical")
{
    QTemporaryDir dir;
    SavingDialogs dialogs(dir.filePath(QStringLiteral("clean.caravan")));
    MainWindow window;
    window.show();
    QAction *newCase = nullptr;
    for (QAction *action : window.findChildren<QAction *>())
        if (action->text() == MainWindow::tr("&New Training Case…"))
            newCase = action;
    REQUIRE(newCase != nullptr);

    // The person opens the dialog, finds messy data chosen and explained, chooses clean data and accepts.
    bool answered = false;
    demo::Realism offered = demo::Realism::Clean;
    QString messyLine, cleanLine;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<TrainingCaseDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        offered = dialog->realism();
        messyLine = dialog->realismExplanation();
        dialog->findChild<QRadioButton *>(QStringLiteral("cleanData"))->click();
        cleanLine = dialog->realismExplanation();
        if (const QString shots = qEnvironmentVariable("CARAVAN_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(QStringLiteral("training-case-dialog.png")));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        answered = true;
    });
    QSignalSpy ready(&window, &MainWindow::trainingCaseReady);
    newCase->trigger();
    REQUIRE(answered);
    CHECK(offered == demo::Realism::Messy);
    CHECK(messyLine.startsWith(QStringLiteral("As real extracts arrive: units spelled many ways")));
    CHECK(cleanLine.startsWith(QStringLiteral("One spelling of every unit")));
    REQUIRE(ready.wait(60000));
    REQUIRE(ready.first().first().toBool());
    REQUIRE(window.document() != nullptr);

    // Every shipment has a quantity in a unit the vocabulary knows, and each unit is written one way only.
    CHECK(scalar(window, "SELECT value = 'clean' FROM settings WHERE key = 'demo.realism'") == 1);
    const qint64 shipments = scalar(window, "SELECT count(*) FROM shipments");
    CHECK(shipments > 1000);
    CHECK(scalar(window, "SELECT count(*) FROM shipments WHERE unit_canonical IS NOT NULL AND quantity_canonical "
                         "IS NOT NULL") == shipments);
    CHECK(scalar(window, "SELECT count(*) FROM (SELECT unit_canonical FROM shipments GROUP BY unit_canonical, "
                         "round(quantity_canonical / quantity, 6) HAVING count(DISTINCT unit) > 1)") == 0);
    SqliteStatement spellings(window.document()->file().handle(),
                              "SELECT group_concat(unit, ' ') FROM (SELECT DISTINCT unit FROM shipments ORDER BY 1)");
    REQUIRE(spellings.step());
    CHECK(spellings.text(0) == QStringLiteral("kg l m2 m3 pair pcs set t"));
}

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
