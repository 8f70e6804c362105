#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include "models/editing/CaseDocument.h"
#include "models/itemmodels/EntityTableModel.h"
#include "models/itemmodels/LazyTableModel.h"
#include "models/itemmodels/SourceTableModel.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/panels/InspectorPanel.h"
#include "ui/panels/OwnershipPanel.h"
#include "ui/panels/TablePanel.h"
#include "ui/window/MainWindow.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Answers the window's questions from a script, and remembers the errors it was shown.
class ScriptedDialogs : public Dialogs {
public:
    QString nextOpen;
    QString nextSave;
    QStringList errors;
    QStringList infos;
    QString openCaseFile(QWidget *, const QString &) override { return nextOpen; }
    QString saveCaseFile(QWidget *, const QString &, const QString &) override { return nextSave; }
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    void showInformation(QWidget *, const QString &, const QString &text) override { infos << text; }
};

struct DialogsScope {
    ScriptedDialogs dialogs;
    DialogsScope() { Dialogs::setInstance(&dialogs); }
    ~DialogsScope() { Dialogs::setInstance(nullptr); }
};

void fillCase(CaseFile &file)
{
    CaseBuilder b(file);
    const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
    const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Қазақ Транзит»"), QStringLiteral("KZ"));
    b.alias(kz, QStringLiteral("KAZAKH TRANZIT LLP"));
    b.identifier(kz, QStringLiteral("kz-bin"), QStringLiteral("190240012345"));
    b.address(kz, QStringLiteral("г. Алматы, ул. Абая 1"), QStringLiteral("KZ"));
    const qint64 p =
        b.person(QStringLiteral("p-1"), QStringLiteral("Захаров Александр Вячеславович"), QStringLiteral("RU"));
    b.owns(p, kz, QStringLiteral("51"), QStringLiteral("2022-04-01"));
    b.designate(p, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-06-28"));
    for (int i = 0; i < 300; ++i)
        b.shipment(QStringLiteral("DE-%1").arg(i),
                   QStringLiteral("2023-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), de, kz,
                   QStringLiteral("8542.31"), 10, 1000, QStringLiteral("DE"), QStringLiteral("KZ"));
}

} // namespace

TEST_CASE("the main window opens a case, shows its tables and inspects an entity")
{
    DialogsScope scope;
    TempCase tc;
    fillCase(tc.caseFile());
    tc.close();

    MainWindow window;
    window.show();
    REQUIRE(window.openCase(tc.path()));
    REQUIRE(window.document() != nullptr);
    CHECK(window.windowTitle().contains(QStringLiteral("Test case")));
    CHECK(window.entityPanel()->model()->rowCount() == 3);
    CHECK(window.shipmentPanel()->model()->rowCount() == 300);

    const int kzRow = window.entityPanel()->model()->rowOf(2);
    REQUIRE(kzRow >= 0);
    window.entityPanel()->selectRowId(2);
    const QString text = window.inspector()->plainText();
    CHECK(text.contains(QStringLiteral("KAZAKH TRANZIT LLP")));
    CHECK(text.contains(QStringLiteral("190240012345")));
    CHECK(text.contains(QStringLiteral("г. Алматы")));
    CHECK(text.contains(QStringLiteral("Захаров")));
    CHECK(text.contains(QStringLiteral("51%")));
    CHECK(text.contains(QStringLiteral("builder.csv:")));

    // Search filters the table that is showing.
    window.tabs()->setCurrentWidget(window.shipmentPanel());
    QSignalSpy loaded(window.shipmentPanel()->model(), &LazyTableModel::loadFinished);
    QTest::keyClicks(window.searchField(), QStringLiteral("DE-29"));
    REQUIRE(loaded.wait(5000));
    CHECK(window.shipmentPanel()->model()->rowCount() == 11); // DE-29, DE-290..299

    window.closeCase();
    CHECK(window.document() == nullptr);
    CHECK(scope.dialogs.errors.isEmpty());
}

TEST_CASE("the main window refuses a file that is not a case and keeps the open case")
{
    DialogsScope scope;
    TempCase tc;
    fillCase(tc.caseFile());
    tc.close();
    const QString junk = tc.file(QStringLiteral("junk.caravan"));
    writeFile(junk, "not a database at all");

    MainWindow window;
    REQUIRE(window.openCase(tc.path()));
    CHECK_FALSE(window.openCase(junk));
    REQUIRE(scope.dialogs.errors.size() == 1);
    CHECK(scope.dialogs.errors.first().contains(QStringLiteral("not a Caravan case file")));
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->file().path() == tc.path());
}

TEST_CASE("a case already open elsewhere opens read-only with a notice")
{
    DialogsScope scope;
    TempCase tc; // keeps the case open for writing
    MainWindow window;
    REQUIRE(window.openCase(tc.path()));
    REQUIRE(scope.dialogs.infos.size() == 1);
    CHECK(scope.dialogs.infos.first().contains(QStringLiteral("open in another Caravan")));
    CHECK(window.document()->file().isReadOnly());
    CHECK(window.windowTitle().contains(QStringLiteral("read-only")));
}

TEST_CASE("File > New creates a case through the dialog facade")
{
    DialogsScope scope;
    QTemporaryDir dir;
    scope.dialogs.nextSave = dir.filePath(QStringLiteral("fresh.caravan"));
    MainWindow window;
    const auto actions = window.findChildren<QAction *>();
    QAction *newAction = nullptr;
    for (QAction *a : actions)
        if (a->shortcut() == QKeySequence(QKeySequence::New))
            newAction = a;
    REQUIRE(newAction != nullptr);
    newAction->trigger();
    REQUIRE(window.document() != nullptr);
    CHECK(QFileInfo::exists(scope.dialogs.nextSave));
    CHECK(window.document()->isEmpty());
}

TEST_CASE("the window remembers its layout and the cases it opened")
{
    DialogsScope scope;
    TempCase tc;
    tc.close();
    int width = 0;
    {
        MainWindow window;
        REQUIRE(window.openCase(tc.path()));
        window.resize(1500, 900);
        width = window.width(); // the docks may ask for more than asked
        window.close();         // saves state, closes the case
        CHECK(window.document() == nullptr);
    }
    CHECK(QSettings().value(QStringLiteral("window/geometry")).toByteArray().size() > 0);
    CHECK(QSettings().value(QStringLiteral("recentFiles")).toStringList().value(0) ==
          QFileInfo(tc.path()).absoluteFilePath());
    MainWindow again;
    CHECK(again.width() == width);
}

namespace {
class MarkingDialogs : public ScriptedDialogs {
public:
    std::optional<Mark> nextMark;
    std::optional<Mark> editMark(QWidget *, const QString &, const std::optional<Mark> &) override { return nextMark; }
};
} // namespace

TEST_CASE("marking an entity from the table shows everywhere and undoes with Ctrl+Z")
{
    MarkingDialogs dialogs;
    Dialogs::setInstance(&dialogs);
    TempCase tc;
    fillCase(tc.caseFile());
    tc.close();
    MainWindow window;
    window.show();
    REQUIRE(window.openCase(tc.path()));
    window.tabs()->setCurrentWidget(window.entityPanel());
    window.entityPanel()->selectRowId(2); // the Kazakh company
    Mark m;
    m.status = MarkStatus::Confirmed;
    m.note = QStringLiteral("Re-exports chips to Vektor");
    m.confidence = 0.9;
    dialogs.nextMark = m;
    window.markAction()->trigger();

    CHECK(window.markPanel()->model()->rowCount() == 1);
    CHECK(window.inspector()->plainText().contains(QStringLiteral("Re-exports chips to Vektor")));
    const int row = window.entityPanel()->model()->rowOf(2);
    CHECK(window.entityPanel()->model()->index(row, EntityTableModel::Mark).data().toString() ==
          QStringLiteral("confirmed"));
    CHECK(window.entityPanel()->model()->index(row, 0).data(Qt::BackgroundRole).isValid());

    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
    CHECK(window.markPanel()->model()->rowCount() == 0);
    CHECK(window.entityPanel()->model()->index(row, EntityTableModel::Mark).data().toString().isEmpty());
    QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    CHECK(window.markPanel()->model()->rowCount() == 1);
    CHECK(window.auditPanel()
              ->model()
              ->index(0, AuditLogTableModel::Action)
              .data()
              .toString()
              .startsWith(QStringLiteral("mark.")));
    Dialogs::setInstance(nullptr);
}

TEST_CASE("the verdict dock explains why an entity is blocked, and the table shows it")
{
    DialogsScope scope;
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 x = b.person(QStringLiteral("x"), QStringLiteral("Листов Иван"), QStringLiteral("RU"));
        const qint64 a = b.company(QStringLiteral("a"), QStringLiteral("ТОО «Альфа»"), QStringLiteral("KZ"));
        const qint64 bb = b.company(QStringLiteral("b"), QStringLiteral("Beta LLC"), QStringLiteral("AE"));
        const qint64 c = b.company(QStringLiteral("c"), QStringLiteral("ООО «Гамма»"), QStringLiteral("RU"));
        b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-03-01"));
        b.owns(x, a, QStringLiteral("50"));
        b.owns(x, bb, QStringLiteral("50"));
        b.owns(a, c, QStringLiteral("25"));
        b.owns(bb, c, QStringLiteral("25"));
    }
    tc.close();
    MainWindow window;
    window.show();
    REQUIRE(window.openCase(tc.path()));
    window.ownershipPanel()->setAsOf(QDate(2024, 1, 1));
    QSignalSpy ready(window.ownershipPanel(), &OwnershipPanel::analysisReady);
    REQUIRE(ready.wait(20000));
    window.entityPanel()->selectRowId(4); // c: 25 + 25 through blocked A and B
    const QString text = window.ownershipPanel()->plainText();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Blocked under the OFAC 50% rule")));
    CHECK(text.contains(QStringLiteral("a 25%")));
    CHECK(text.contains(QStringLiteral("b 25%")));
    CHECK(text.contains(QStringLiteral("x is designated")));
    const int row = window.entityPanel()->model()->rowOf(4);
    CHECK(window.entityPanel()->model()->index(row, EntityTableModel::Sanctions).data().toString() ==
          QStringLiteral("blocked (50% rule)"));

    // Before the designation nobody is blocked.
    window.ownershipPanel()->setAsOf(QDate(2022, 1, 1));
    REQUIRE(ready.wait(20000));
    CHECK(window.ownershipPanel()->plainText().contains(QStringLiteral("Not blocked")));
    CHECK(window.entityPanel()->model()->index(row, EntityTableModel::Sanctions).data().toString().isEmpty());
}

TEST_CASE("the search box finds shipments and entities through the search index as one types")
{
    DialogsScope scope;
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
        const qint64 kz =
            b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Қазақ Транзит»"), QStringLiteral("KZ"));
        b.alias(kz, QStringLiteral("KAZAKH TRANZIT LLP"));
        b.identifier(kz, QStringLiteral("kz-bin"), QStringLiteral("190240012345"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Вектор"), QStringLiteral("RU"));
        for (int i = 0; i < 150; ++i)
            b.shipment(QStringLiteral("10103130/010323/%1").arg(1000 + i, 7, 10, QLatin1Char('0')),
                       QStringLiteral("2023-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), de, kz,
                       QStringLiteral("8542.31"), 10, 1000, QStringLiteral("DE"), QStringLiteral("KZ"));
        for (int i = 0; i < 50; ++i)
            b.shipment(QStringLiteral("10103130/020423/%1").arg(2000 + i, 7, 10, QLatin1Char('0')),
                       QStringLiteral("2023-04-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), kz, ru,
                       QStringLiteral("8482.10"), 10, 1000, QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    tc.close();

    MainWindow window;
    window.show();
    REQUIRE(window.openCase(tc.path()));
    TablePanel *shipments = window.shipmentPanel();
    const auto search = [&](TablePanel *panel, const QString &text) {
        window.tabs()->setCurrentWidget(panel);
        window.searchField()->clear();
        // QTest types ASCII only: other letters arrive as an input method would give them.
        bool ascii = true;
        for (const QChar c : text)
            ascii = ascii && c.unicode() < 0x80;
        if (ascii)
            QTest::keyClicks(window.searchField(), text);
        else
            window.searchField()->insert(text);
        // The box waits for a pause in the typing, then the table lists what matches off the GUI thread.
        QElapsedTimer waited;
        waited.start();
        while ((panel->model()->searchText() != text || panel->model()->isLoading()) && waited.elapsed() < 10000)
            QTest::qWait(10);
        REQUIRE(panel->model()->searchText() == text);
        REQUIRE_FALSE(panel->model()->isLoading());
        return panel->model()->rowCount();
    };
    // A party's name as one types it, in Cyrillic and in Latin letters.
    CHECK(search(shipments, QStringLiteral("вект")) == 50);
    CHECK(shipments->countText() == QStringLiteral("50 rows match “вект”"));
    CHECK(search(shipments, QStringLiteral("vektor")) == 50);
    CHECK(search(shipments, QStringLiteral("kazakh tranz")) == 200);
    // An HS heading, a country, the first digits of a declaration number.
    CHECK(search(shipments, QStringLiteral("8482")) == 50);
    CHECK(search(shipments, QStringLiteral("854231 de")) == 150);
    CHECK(search(shipments, QStringLiteral("10103130/020423/000201")) == 10);
    CHECK(shipments->model()->data(shipments->model()->index(0, 0)).toString() ==
          QStringLiteral("10103130/020423/0002010"));
    CHECK(search(shipments, QStringLiteral("nothing like it")) == 0);
    // Entities by a word of the name, an identifier, the Latin spelling of a Cyrillic name.
    CHECK(search(window.entityPanel(), QStringLiteral("тран")) == 1);
    CHECK(search(window.entityPanel(), QStringLiteral("190240")) == 1);
    CHECK(search(window.entityPanel(), QStringLiteral("ooo vek")) == 1);
    CHECK(window.entityPanel()->model()->data(window.entityPanel()->model()->index(0, EntityTableModel::ExtId)) ==
          QStringLiteral("ru-1"));
    CHECK(scope.dialogs.errors.isEmpty());
}
