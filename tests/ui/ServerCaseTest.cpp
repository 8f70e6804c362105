// A server case in the main window, against a real PostgreSQL 15 (tests/support/PgCluster): the window shows a
// colleague's mark within two seconds, with its author, and keeps the user's place; its own marks and decisions go to
// the server, where the first decision on a pair wins.
#include "../support/CaseBuilder.h"
#include "../support/PgCluster.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/editing/CaseDocument.h"
#include "models/editing/ServerLink.h"
#include "models/itemmodels/LazyTableModel.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/panels/TablePanel.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLabel>
#include <QScrollBar>
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

class ScriptedDialogs : public Dialogs {
public:
    QStringList errors;
    QString address;
    std::optional<QString> password;
    int passwordAsked = 0;
    void showError(QWidget *, const QString &, const QString &text) override { errors << text; }
    QString askServerAddress(QWidget *, const QString &) override { return address; }
    std::optional<QString> enterServerPassword(QWidget *, const QString &, const QString &) override
    {
        ++passwordAsked;
        return password;
    }
};

struct DialogsScope {
    ScriptedDialogs dialogs;
    DialogsScope() { Dialogs::setInstance(&dialogs); }
    ~DialogsScope() { Dialogs::setInstance(nullptr); }
};

void cli(const QStringList &arguments)
{
    QByteArray out, err;
    const int code = runCli(arguments, &out, &err);
    INFO(arguments.join(u' ').toStdString() << "\n" << out.toStdString() << err.toStdString());
    REQUIRE(code == 0);
}

// 120 Kazakh trading houses buying from one German supplier, enough rows for the Entities table to scroll.
void fillCase(CaseFile &file)
{
    CaseBuilder b(file);
    const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
    for (int i = 1; i <= 120; ++i) {
        const qint64 kz = b.company(QStringLiteral("kz-%1").arg(i, 3, 10, QLatin1Char('0')),
                                    QStringLiteral("ТОО «Сауда Үйі %1»").arg(i), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("DE-%1").arg(i),
                   QStringLiteral("2023-03-%1").arg(1 + i % 28, 2, 10, QLatin1Char('0')), de, kz,
                   QStringLiteral("8542.31"), 10, 1000, QStringLiteral("DE"), QStringLiteral("KZ"));
    }
}

// The row of the Marks dock that marks `ref`, or -1.
int markRow(LazyTableModel *marks, const QString &ref)
{
    for (int r = 0; r < marks->rowCount(); ++r)
        for (int c = 0; c < marks->columnCount(); ++c)
            if (marks->index(r, c).data().toString() == ref)
                return r;
    return -1;
}

QString cell(LazyTableModel *model, int row, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return model->index(row, c).data().toString();
    return QStringLiteral("(no column %1)").arg(header);
}

// Waits up to `ms` for `done`, with the event loop running; the time it took.
qint64 waitFor(const std::function<bool()> &done, int ms)
{
    QElapsedTimer clock;
    clock.start();
    while (!done() && clock.elapsed() < ms)
        QTest::qWait(20);
    return clock.elapsed();
}

} // namespace

TEST_CASE("a server case in the window shows a colleague's mark within two seconds with its author, keeps the "
          "selection and scroll position, and sends its own marks and decisions to the server",
          "[teamcase][server]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("aigerim"));
    QTemporaryDir replicas;
    qputenv("CARAVAN_REPLICA_DIR", QFile::encodeName(replicas.path()));
    DialogsScope scope;
    TempCase tc(QStringLiteral("almaty.caravan"));
    fillCase(tc.caseFile());
    tc.close();
    const QString lead = pg.uri(QStringLiteral("lead"), QStringLiteral("almaty-2024"));
    const QString aigerim = pg.uri(QStringLiteral("aigerim"), QStringLiteral("almaty-2024"));
    cli({QStringLiteral("copy"), tc.path(), lead});
    cli({QStringLiteral("grant"), lead, QStringLiteral("aigerim"), QStringLiteral("analyst")});

    // File > Open Server Case…: the address, no password asked (PGPASSWORD has it).
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QSignalSpy opened(&window, &MainWindow::serverCaseOpened);
    scope.dialogs.address = lead;
    window.chooseServerCase();
    REQUIRE(opened.wait(30000));
    REQUIRE(opened.first().first().toBool());
    REQUIRE(window.document() != nullptr);
    REQUIRE(window.document()->server() != nullptr);
    CHECK(scope.dialogs.passwordAsked == 0);
    CHECK(window.windowTitle().contains(QStringLiteral("server case almaty-2024 (lead)")));
    CHECK(window.document()->server()->isListening());
    const auto *serverLabel = window.findChild<QLabel *>(QStringLiteral("serverLabel"));
    REQUIRE(serverLabel);
    CHECK(serverLabel->text().startsWith(QStringLiteral("Server case almaty-2024 as lead · as of ")));

    // The user's place in the Entities table: a row selected, scrolled down.
    REQUIRE(window.selectTab(QStringLiteral("entities")));
    TablePanel *entities = window.entityPanel();
    REQUIRE(entities->model()->rowCount() == 121);
    QTest::qWait(50);
    entities->selectRowId(90);
    QScrollBar *scroll = entities->view()->verticalScrollBar();
    REQUIRE(scroll->value() > 0);
    const int scrolled = scroll->value();
    const auto topRow = [&] { return entities->model()->rowIdAt(entities->view()->rowAt(0)); };
    const qint64 top = topRow();

    // A colleague marks from the command line while the window is open.
    LazyTableModel *marks = window.markPanel()->model();
    REQUIRE(marks->rowCount() == 0);
    cli({QStringLiteral("mark"), aigerim, QStringLiteral("--entity"), QStringLiteral("kz-050"),
         QStringLiteral("--status"), QStringLiteral("suspected"), QStringLiteral("--note"),
         QStringLiteral("Тот же адрес, что у kz-051")});
    const qint64 took = waitFor([&] { return markRow(marks, QStringLiteral("kz-050")) >= 0; }, 2000);
    INFO("the colleague's mark showed after " << took << " ms");
    REQUIRE(markRow(marks, QStringLiteral("kz-050")) >= 0);
    CHECK(took < 2000);
    CHECK(cell(marks, markRow(marks, QStringLiteral("kz-050")), QStringLiteral("By")) == QStringLiteral("aigerim"));
    CHECK(entities->currentRowId() == 90);
    CHECK(entities->view()->selectionModel()->selectedRows().size() == 1);
    CHECK(scroll->value() == scrolled);
    CHECK(window.document()->stats().marks == 1);
    // A colleague's import reloads the tables: the selection and the scroll position stay.
    TempCase csv;
    const QString more = csv.file(QStringLiteral("more-entities.csv"));
    writeFile(more, "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                    "kz-121,Company,ТОО «Жаңа Серіктес»,,KZ,,2023-09-01,\n"
                    "kz-122,Company,ТОО «Тағы Бір Серіктес»,,KZ,,2023-10-01,\n");
    cli({QStringLiteral("import"), aigerim, more, QStringLiteral("--kind"), QStringLiteral("entities")});
    const qint64 imported = waitFor([&] { return entities->model()->rowCount() == 123; }, 3000);
    INFO("the colleague's import showed after " << imported << " ms");
    REQUIRE(entities->model()->rowCount() == 123);
    CHECK(imported < 2000);
    CHECK(entities->currentRowId() == 90);
    CHECK(entities->view()->selectionModel()->selectedRows().size() == 1);
    // The same rows in view: ТОО «Жаңа Серіктес» sorts in above them, so the scroll bar moved down by one row.
    CHECK(topRow() == top);
    CHECK(scroll->value() == scrolled + 1);
    window.raiseDock(QStringLiteral("marksDock"));
    QTest::qWait(100);
    screenshot(window, QStringLiteral("server-case-colleague-mark.png"));

    // The window's own mark goes to the server, with the window's user as its author.
    Mark own;
    own.status = MarkStatus::Confirmed;
    own.note = QStringLiteral("confirmed by the lead");
    REQUIRE(window.document()->mark(MarkTarget::Entity, QStringLiteral("kz-007"), own).ok());
    const int ownRow = markRow(marks, QStringLiteral("kz-007"));
    REQUIRE(ownRow >= 0);
    CHECK(cell(marks, ownRow, QStringLiteral("By")) == QStringLiteral("lead"));
    auto c = pg.connect();
    auto authors = c->query(QStringLiteral("SELECT string_agg(target_ref || ':' || author, ',' ORDER BY target_ref) "
                                           "FROM \"almaty-2024\".marks"));
    REQUIRE(authors.ok());
    CHECK(authors->text(0, 0) == QStringLiteral("kz-007:lead,kz-050:aigerim"));
    // Undo takes it off the server again.
    window.document()->undoStack()->undo();
    CHECK(markRow(marks, QStringLiteral("kz-007")) < 0);

    // Conflicting decisions: the colleague's came first; the window's is refused with a clear message and the view
    // shows the colleague's.
    cli({QStringLiteral("decide"), aigerim, QStringLiteral("--kind"), QStringLiteral("duplicate"),
         QStringLiteral("--a"), QStringLiteral("kz-010"), QStringLiteral("--b"), QStringLiteral("kz-011"),
         QStringLiteral("--reject")});
    MatchDecision merge;
    merge.kind = MatchKind::Duplicate;
    merge.aRef = QStringLiteral("kz-010");
    merge.bRef = QStringLiteral("kz-011");
    merge.verdict = MatchVerdict::Accepted;
    const Status refused = window.document()->decide(merge);
    REQUIRE_FALSE(refused.ok());
    INFO(refused.error().message.toStdString());
    CHECK(refused.error().message.contains(QStringLiteral("aigerim")));
    CHECK(window.document()->undoStack()->count() == 0); // nothing of the refused decision (the new step replaced
                                                         // the undone mark's redo)
    CHECK(entities->model()->rowCount() == 123);         // no merge happened

    // Without LISTEN (the polling fallback), a colleague's mark still shows within two seconds.
    window.document()->server()->setPolling(true);
    cli({QStringLiteral("mark"), aigerim, QStringLiteral("--entity"), QStringLiteral("kz-099"),
         QStringLiteral("--status"), QStringLiteral("dismissed")});
    CHECK(waitFor([&] { return markRow(marks, QStringLiteral("kz-099")) >= 0; }, 2000) < 2000);

    // The case made anew under its name (another case id): the next sync copies it whole, and the window goes on with
    // the new replica.
    pg.superuser(QStringLiteral("UPDATE \"almaty-2024\".meta SET value = 'made-anew' WHERE key = 'case_id'"));
    cli({QStringLiteral("mark"), aigerim, QStringLiteral("--entity"), QStringLiteral("kz-100"),
         QStringLiteral("--status"), QStringLiteral("suspected")});
    CHECK(waitFor([&] { return markRow(marks, QStringLiteral("kz-100")) >= 0; }, 3000) < 3000);
    REQUIRE(window.document() != nullptr);
    CHECK(window.document()->server() != nullptr);
    CHECK(window.document()->stats().marks == 3);
    CHECK(scope.dialogs.errors.isEmpty());
    window.closeCase();
    qunsetenv("CARAVAN_REPLICA_DIR");
}

TEST_CASE("a server case asks for the password libpq could not find, and never keeps it", "[teamcase][server]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    QTemporaryDir replicas;
    qputenv("CARAVAN_REPLICA_DIR", QFile::encodeName(replicas.path()));
    const QString lead = pg.uri(QStringLiteral("lead"), QStringLiteral("vault"));
    cli({QStringLiteral("new"), lead});
    DialogsScope scope;
    qunsetenv("PGPASSWORD");
    QTemporaryDir home;
    qputenv("PGPASSFILE", QFile::encodeName(home.filePath(QStringLiteral("none"))));
    {
        MainWindow window;
        // Cancel gives up.
        CHECK_FALSE(window.openCase(lead));
        CHECK(scope.dialogs.passwordAsked == 1);
        CHECK(scope.dialogs.errors.isEmpty());
        scope.dialogs.password = QString::fromLatin1(PgCluster::kPassword);
        QSignalSpy opened(&window, &MainWindow::serverCaseOpened);
        REQUIRE(window.openCase(lead));
        REQUIRE(opened.wait(30000));
        REQUIRE(opened.first().first().toBool());
        CHECK(scope.dialogs.passwordAsked == 2);
        // The sync, the writes and the LISTEN connection all use the typed password.
        CHECK(window.document()->server()->isListening());
        window.closeCase();
    }
    // Nothing on disk holds the password: not the replica, not its sync state, not the settings.
    for (const QFileInfo &f : QDir(replicas.path()).entryInfoList(QDir::Files)) {
        QFile in(f.filePath());
        REQUIRE(in.open(QIODevice::ReadOnly));
        CHECK_FALSE(in.readAll().contains(PgCluster::kPassword));
    }
    QFile settings(QSettings().fileName());
    if (settings.open(QIODevice::ReadOnly))
        CHECK_FALSE(settings.readAll().contains(PgCluster::kPassword));
    qputenv("PGPASSWORD", PgCluster::kPassword);
    qunsetenv("PGPASSFILE");
    qunsetenv("CARAVAN_REPLICA_DIR");
}
