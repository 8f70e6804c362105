// Team cases against a real PostgreSQL 15 server of the test's own (tests/support/PgCluster), through caravan-cli.
#include "TeamCases.h"

#include "../../support/PgCluster.h"
#include "../../support/TempCase.h"

#include "models/storage/CaseAddress.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Schema.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerSchema.h"
#include "models/storage/Sqlite.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <catch2/catch.hpp>

#include <thread>

using namespace caravan;
using namespace caravan::test;

namespace {

} // namespace

TEST_CASE("copy file -> server -> file keeps every table and the content digest", "[teamcase][copy]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    TempCase tc(QStringLiteral("small.caravan"));
    buildSmallCase(tc.caseFile());
    tc.close();
    const QString server = pg.uri(QStringLiteral("lead"), QStringLiteral("almaty-2024"));
    const QString back = tc.file(QStringLiteral("back.caravan"));

    const QJsonObject up =
        QJsonDocument::fromJson(cliOk({QStringLiteral("copy"), tc.path(), server, QStringLiteral("--json")})).object();
    // 20 tables; rows: meta 5, settings 1, sources 1, entities 5, names 7 (5 primary, 2 aliases), identifiers 1,
    // addresses 1, properties 3, links 2, designations 1, shipments 3, rejected 1, marks 2, decisions 1, audit 5.
    CHECK(up.value(QStringLiteral("tables")).toInt() == 20);
    CHECK(up.value(QStringLiteral("rows")).toInt() == 39);
    const QJsonObject down =
        QJsonDocument::fromJson(cliOk({QStringLiteral("copy"), server, back, QStringLiteral("--json")})).object();
    CHECK(down.value(QStringLiteral("rows")).toInt() == 39);

    CHECK(digestOfFile(back) == digestOfFile(tc.path()));
    // The server holds the rows as written: an empty text is not NULL, escapes come back as they went.
    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM \"almaty-2024\".entity_properties WHERE value = ''")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM \"almaty-2024\".entity_properties WHERE value IS NULL")) ==
          1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM \"almaty-2024\".entity_names WHERE name = "
                                    "E'Beta\\\\Logistics\\nKZ'")) == 1);
    // Authors copied from the file stay theirs: the owner copies history.
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM \"almaty-2024\".marks WHERE author IN ('aigerim', "
                                    "'dmitry')")) == 2);
    // New rows continue after the copied ids.
    CHECK(scalar(*c, QStringLiteral("SELECT nextval(pg_get_serial_sequence('\"almaty-2024\".marks', 'id'))")) == 3);

    // Neither end may already exist; nothing is overwritten.
    QByteArray err;
    cliOk({QStringLiteral("copy"), tc.path(), server}, 2, &err);
    CHECK(err.contains("already exists"));
    cliOk({QStringLiteral("copy"), server, back}, 2, &err);
    CHECK(err.contains("already exists"));
    cliOk({QStringLiteral("copy"), tc.path(), back}, 2, &err);
    CHECK(err.contains("one of each"));
    CHECK(digestOfFile(back) == digestOfFile(tc.path()));
}

TEST_CASE("copy round trip of a case with 3,000 shipments", "[teamcase][copy]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    TempCase tc(QStringLiteral("trade.caravan"));
    buildShipmentCase(tc.caseFile(), 3000);
    tc.close();
    const QString server = pg.uri(QStringLiteral("lead"), QStringLiteral("trade"));
    const QString back = tc.file(QStringLiteral("back.caravan"));
    cliOk({QStringLiteral("copy"), tc.path(), server});
    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM trade.shipments")) == 3000);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM trade.entities")) == 40);
    // Indexes and foreign keys were built after the rows.
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_indexes WHERE schemaname = 'trade' AND tablename = "
                                    "'shipments'")) == 5);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_constraint WHERE contype = 'f' AND conrelid = "
                                    "'trade.shipments'::regclass")) == 3);
    cliOk({QStringLiteral("copy"), server, back});
    CHECK(digestOfFile(back) == digestOfFile(tc.path()));

    // stats reads the server case with the file's queries and gives the file's figures.
    const QByteArray fileStats = cliOk({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")});
    const QByteArray serverStats = cliOk({QStringLiteral("stats"), server, QStringLiteral("--json")});
    CHECK(serverStats == fileStats);
    const QJsonObject stats = QJsonDocument::fromJson(serverStats).object();
    CHECK(stats.value(QStringLiteral("shipments")).toInt() == 3000);
    CHECK(stats.value(QStringLiteral("companies")).toInt() == 40);
    CHECK(stats.value(QStringLiteral("schema_version")).toInt() == schema::kCurrentVersion);
}

TEST_CASE("the server case has the file's tables and columns, with authors stamped by the server", "[teamcase][schema]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("lead"), QStringLiteral("schema-check")),
           QStringLiteral("--title"), QStringLiteral("Алматы 2024")});
    TempCase tc;
    auto fileTables = serverschema::fileTables(tc.caseFile().handle());
    REQUIRE(fileTables.ok());
    auto c = pg.connect();
    for (const serverschema::FileTable &t : *fileTables) {
        auto r = c->query(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = "
                                         "'schema-check' AND table_name = $1 ORDER BY ordinal_position"),
                          {t.name});
        REQUIRE(r.ok());
        QStringList columns;
        for (int i = 0; i < r->rows(); ++i)
            columns << r->text(i, 0);
        QStringList expected = t.columns;
        if (t.name == u"settings")
            expected << QStringLiteral("changed_by"); // who changed a setting; the file keeps no author there
        INFO(t.name.toStdString());
        CHECK(columns == expected);
    }
    CHECK(fileTables->size() == 20);
    auto opened = ServerCase::open(*CaseAddress::parse(pg.uri(QStringLiteral("lead"), QStringLiteral("schema-check"))));
    REQUIRE(opened.ok());
    CHECK((*opened)->role() == CaseRole::Owner);
    CHECK((*opened)->title() == QStringLiteral("Алматы 2024"));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM \"schema-check\".meta WHERE key = 'created_by' AND value = "
                                    "'lead'")) == 1);
}

TEST_CASE("rights are the server's: a reader's mark is refused, an analyst's carries its author, the audit log is "
          "append-only",
          "[teamcase][rights]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("aigerim"));
    pg.createLogin(QStringLiteral("bolat"));
    TempCase tc;
    buildSmallCase(tc.caseFile());
    tc.close();
    const QString caseName = QStringLiteral("rights");
    cliOk({QStringLiteral("copy"), tc.path(), pg.uri(QStringLiteral("lead"), caseName)});
    cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), caseName), QStringLiteral("aigerim"),
           QStringLiteral("analyst")});
    cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), caseName), QStringLiteral("bolat"),
           QStringLiteral("reader")});
    auto c = pg.connect();
    const QString marks = QStringLiteral("SELECT count(*) FROM rights.marks");
    const QString audit = QStringLiteral("SELECT count(*) FROM rights.audit_log");
    const qint64 auditBefore = scalar(*c, audit);

    // A reader's mark: refused by the server, exit 2, one line, nothing changed.
    QByteArray err;
    cliOk({QStringLiteral("mark"), pg.uri(QStringLiteral("bolat"), caseName), QStringLiteral("--entity"),
           QStringLiteral("kz-2"), QStringLiteral("--status"), QStringLiteral("suspected")},
          2, &err);
    CHECK(err.count('\n') == 1);
    CHECK(err.contains("bolat is a reader of the case rights"));
    CHECK(err.contains("permission denied for table marks"));
    CHECK(scalar(*c, marks) == 2);
    CHECK(scalar(*c, audit) == auditBefore);

    // An analyst's mark: the server writes its author, whatever the client might claim.
    cliOk({QStringLiteral("mark"), pg.uri(QStringLiteral("aigerim"), caseName), QStringLiteral("--entity"),
           QStringLiteral("kz-2"), QStringLiteral("--status"), QStringLiteral("suspected"), QStringLiteral("--note"),
           QStringLiteral("транзит через Бишкек")});
    CHECK(scalar(*c, marks) == 3);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.marks WHERE target_ref = 'kz-2' AND author = "
                                    "'aigerim' AND note = 'транзит через Бишкек'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.audit_log WHERE \"user\" = 'aigerim' AND action = "
                                    "'mark.set' AND target = 'entity:kz-2'")) == 1);
    auto analyst = pg.connect(QStringLiteral("aigerim"));
    REQUIRE(analyst
                ->execute(QStringLiteral("INSERT INTO rights.marks(target_kind, target_ref, status, author, "
                                         "created_at, updated_at) VALUES ('chain', 'c-9', 'suspected', 'lead', "
                                         "'2024-01-01', '2024-01-01')"))
                .ok());
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.marks WHERE target_ref = 'c-9' AND author = "
                                    "'aigerim'")) == 1);

    // Decisions, imports and settings carry their author the same way: the column's DEFAULT, kept by a trigger.
    REQUIRE(analyst
                ->execute(QStringLiteral(
                    "INSERT INTO rights.match_decisions(kind, a_ref, b_ref, decision, decided_at, author) VALUES "
                    "('duplicate', 'kz-1', 'kz-2', 'accepted', '2024-01-02', 'someone-else');"
                    "INSERT INTO rights.sources(file_name, sha256, format, imported_at) VALUES ('extra.csv', "
                    "'ab', 'csv', '2024-01-02');"
                    "UPDATE rights.settings SET value = '30' WHERE key = 'chains.window_days'"))
                .ok());
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.match_decisions WHERE a_ref = 'kz-1' AND author = "
                                    "'aigerim'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.sources WHERE file_name = 'extra.csv' AND "
                                    "imported_by = 'aigerim'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.settings WHERE value = '30' AND changed_by = "
                                    "'aigerim'")) == 1);
    auto reader = pg.connect(QStringLiteral("bolat"));
    CHECK_FALSE(reader->execute(QStringLiteral("UPDATE rights.settings SET value = '7'")).ok());
    CHECK(reader->lastWasPermissionDenied());

    // An analyst clears a mark (a reader may not).
    cliOk({QStringLiteral("mark"), pg.uri(QStringLiteral("bolat"), caseName), QStringLiteral("--chain"),
           QStringLiteral("c-9"), QStringLiteral("--clear")},
          2, &err);
    CHECK(scalar(*c, marks) == 4);
    cliOk({QStringLiteral("mark"), pg.uri(QStringLiteral("aigerim"), caseName), QStringLiteral("--chain"),
           QStringLiteral("c-9"), QStringLiteral("--clear")});
    CHECK(scalar(*c, marks) == 3);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.audit_log WHERE \"user\" = 'aigerim' AND action = "
                                    "'mark.clear' AND target = 'chain:c-9'")) == 1);

    // The audit log takes no UPDATE or DELETE, from an analyst nor from the owner.
    const qint64 auditNow = scalar(*c, audit);
    for (const QString &user : {QStringLiteral("aigerim"), QStringLiteral("lead")}) {
        auto who = pg.connect(user);
        INFO(user.toStdString());
        CHECK_FALSE(who->execute(QStringLiteral("UPDATE rights.audit_log SET action = 'forged'")).ok());
        CHECK(who->lastWasPermissionDenied());
        CHECK_FALSE(who->execute(QStringLiteral("DELETE FROM rights.audit_log")).ok());
        CHECK(who->lastWasPermissionDenied());
        CHECK_FALSE(who->execute(QStringLiteral("TRUNCATE rights.audit_log")).ok());
    }
    CHECK(scalar(*c, audit) == auditNow);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM rights.audit_log WHERE action = 'forged'")) == 0);

    // A reader reads and exports: a copy to a file is allowed, and holds the analyst's marks.
    const QString readerCopy = tc.file(QStringLiteral("reader.caravan"));
    cliOk({QStringLiteral("copy"), pg.uri(QStringLiteral("bolat"), caseName), readerCopy});
    {
        auto copy = CaseFile::open(readerCopy, CaseFile::OpenMode::ReadOnly);
        REQUIRE(copy.ok());
        // kz-1 from the file, kz-2 by the CLI (c-9 was cleared).
        CHECK(sqliteScalar((*copy)->handle(), "SELECT count(*) FROM marks WHERE author = 'aigerim'") == 2);
    }

    // Only owners grant.
    cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("aigerim"), caseName), QStringLiteral("bolat"),
           QStringLiteral("analyst")},
          2, &err);
    CHECK(err.contains("only the owners of the case rights may grant"));
    cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), caseName), QStringLiteral("nobody"),
           QStringLiteral("reader")},
          2, &err);
    CHECK(err.contains("there is no database user nobody"));
    cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), caseName), QStringLiteral("bolat"),
           QStringLiteral("owner")},
          2, &err);
    CHECK(err.contains("analyst or reader"));
}

TEST_CASE("two analysts marking 20 chains each at the same time leave 40 marks with their authors",
          "[teamcase][concurrency]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("aigerim"));
    pg.createLogin(QStringLiteral("dmitry"));
    const QString caseName = QStringLiteral("busy");
    cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("lead"), caseName)});
    for (const QString &user : {QStringLiteral("aigerim"), QStringLiteral("dmitry")})
        cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), caseName), user, QStringLiteral("analyst")});

    // Each analyst runs 20 caravan-cli processes one after another; the two run at once.
    const auto markTwenty = [&](const QString &user, int *failures) {
        for (int i = 0; i < 20; ++i) {
            QProcess p;
            p.start(QStringLiteral(CARAVAN_CLI_PATH),
                    {QStringLiteral("mark"), pg.uri(user, caseName), QStringLiteral("--chain"),
                     QStringLiteral("%1-chain-%2").arg(user).arg(i), QStringLiteral("--status"),
                     QStringLiteral("confirmed")});
            if (!p.waitForFinished(60000) || p.exitCode() != 0)
                ++*failures;
        }
    };
    int failuresA = 0, failuresB = 0;
    std::thread a(markTwenty, QStringLiteral("aigerim"), &failuresA);
    std::thread b(markTwenty, QStringLiteral("dmitry"), &failuresB);
    a.join();
    b.join();
    CHECK(failuresA == 0);
    CHECK(failuresB == 0);
    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM busy.marks")) == 40);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM busy.marks WHERE author = 'aigerim' AND target_ref LIKE "
                                    "'aigerim-%'")) == 20);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM busy.marks WHERE author = 'dmitry' AND target_ref LIKE "
                                    "'dmitry-%'")) == 20);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM busy.audit_log WHERE action = 'mark.set'")) == 40);
}

TEST_CASE("cases --json lists exactly the cases created that the user may open", "[teamcase][cases]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("bolat"));
    // A schema that is not a case stays out of the list.
    pg.superuser(QStringLiteral("CREATE SCHEMA bookkeeping"));
    const QStringList created{QStringLiteral("almaty-2024"), QStringLiteral("bishkek"), QStringLiteral("tbilisi_q3")};
    for (const QString &name : created)
        cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("lead"), name), QStringLiteral("--title"),
               QStringLiteral("Дело ") + name});
    cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), QStringLiteral("bishkek")), QStringLiteral("bolat"),
           QStringLiteral("reader")});

    const QJsonArray all = QJsonDocument::fromJson(cliOk({QStringLiteral("cases"), pg.uri(QStringLiteral("lead")),
                                                          QStringLiteral("--json")}))
                               .object()
                               .value(QStringLiteral("cases"))
                               .toArray();
    QStringList names;
    for (const QJsonValue &v : all) {
        names << v.toObject().value(QStringLiteral("case")).toString();
        CHECK(v.toObject().value(QStringLiteral("role")).toString() == QStringLiteral("owner"));
        CHECK(v.toObject().value(QStringLiteral("schema_version")).toInt() == schema::kCurrentVersion);
    }
    CHECK(names == created);
    CHECK(all.at(0).toObject().value(QStringLiteral("title")).toString() == QStringLiteral("Дело almaty-2024"));

    const QJsonArray readable = QJsonDocument::fromJson(cliOk({QStringLiteral("cases"), pg.uri(QStringLiteral("bolat")),
                                                               QStringLiteral("--json")}))
                                    .object()
                                    .value(QStringLiteral("cases"))
                                    .toArray();
    REQUIRE(readable.size() == 1);
    CHECK(readable.at(0).toObject().value(QStringLiteral("case")).toString() == QStringLiteral("bishkek"));
    CHECK(readable.at(0).toObject().value(QStringLiteral("role")).toString() == QStringLiteral("reader"));

    // Bad input: one line, exit 2.
    QByteArray err;
    cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("lead"), QStringLiteral("bishkek"))}, 2, &err);
    CHECK(err.contains("already exists"));
    cliOk({QStringLiteral("new"), QStringLiteral("postgresql://lead:pw@127.0.0.1:%1/caravan?case=x").arg(pg.port())}, 2,
          &err);
    CHECK(err.contains("must not carry a password"));
    cliOk({QStringLiteral("mark"), pg.uri(QStringLiteral("bolat"), QStringLiteral("almaty-2024")),
           QStringLiteral("--chain"), QStringLiteral("c1"), QStringLiteral("--status"), QStringLiteral("confirmed")},
          2, &err);
    CHECK(err.contains("bolat may not open the case almaty-2024"));
    // Commands that change a case without a server path yet say so.
    cliOk({QStringLiteral("lists"), pg.uri(QStringLiteral("lead"), QStringLiteral("bishkek")), QStringLiteral("--set"),
           QStringLiteral("OFAC SDN=ofac")},
          2, &err);
    CHECK(err == "caravan-cli: this command changes the case and works on case files only, not yet on a server case; "
                 "copy it to a file first (caravan-cli copy SERVER-CASE FILE)\n");
    // Creating a case takes CREATEROLE and CREATE on the database.
    cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("bolat"), QStringLiteral("own"))}, 2, &err);
    CHECK(err.contains("bolat may not create cases here"));
    cliOk({QStringLiteral("mark"), pg.uri(QStringLiteral("lead"), QStringLiteral("nowhere")), QStringLiteral("--chain"),
           QStringLiteral("c1"), QStringLiteral("--status"), QStringLiteral("confirmed")},
          2, &err);
    CHECK(err.contains("there is no case nowhere on this server"));
}

TEST_CASE("copy of an encrypted case file takes its passphrase", "[teamcase][copy]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    TempCase tc(QStringLiteral("secret.caravan"));
    buildSmallCase(tc.caseFile());
    tc.close();
    const QByteArray plain = digestOfFile(tc.path());
    qputenv("CARAVAN_PASSPHRASE", "верблюд идёт через Хоргос");
    cliOk({QStringLiteral("encrypt"), tc.path()});
    qunsetenv("CARAVAN_PASSPHRASE");
    const QString server = pg.uri(QStringLiteral("lead"), QStringLiteral("secret"));
    QByteArray err;
    cliOk({QStringLiteral("copy"), tc.path(), server}, 2, &err);
    CHECK(err.contains("CARAVAN_PASSPHRASE"));
    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'secret'")) == 0);
    qputenv("CARAVAN_PASSPHRASE", "верблюд идёт через Хоргос");
    cliOk({QStringLiteral("copy"), tc.path(), server});
    qunsetenv("CARAVAN_PASSPHRASE");
    const QString back = tc.file(QStringLiteral("back.caravan"));
    cliOk({QStringLiteral("copy"), server, back});
    CHECK(digestOfFile(back) == plain);
}

TEST_CASE("a mark on a server case is announced to listening clients (LISTEN/NOTIFY)", "[teamcase][notify]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("lead"), QStringLiteral("live"))});
    auto listener = pg.connect(QStringLiteral("lead"));
    REQUIRE(listener->listen(serverschema::notifyChannel(QStringLiteral("live"))).ok());
    auto none = listener->notifications(0);
    REQUIRE(none.ok());
    CHECK(none->empty());
    cliOk({QStringLiteral("mark"), pg.uri(QStringLiteral("lead"), QStringLiteral("live")), QStringLiteral("--chain"),
           QStringLiteral("c-1"), QStringLiteral("--status"), QStringLiteral("suspected")});
    auto got = listener->notifications(2000);
    REQUIRE(got.ok());
    REQUIRE(got->size() == 1);
    CHECK(got->front().channel == QStringLiteral("caravan:live"));
    CHECK(got->front().payload == QStringLiteral("marks"));
}

TEST_CASE("a copy that fails leaves no case, no roles and no file behind", "[teamcase][copy]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    TempCase tc(QStringLiteral("broken.caravan"));
    buildSmallCase(tc.caseFile());
    // A shipment whose exporter does not exist, written past SQLite's foreign-key check.
    REQUIRE(sqliteExec(tc.caseFile().handle(),
                       QStringLiteral("PRAGMA foreign_keys = OFF; INSERT INTO shipments(ext_id, date, exporter_id) "
                                      "VALUES ('D-orphan', '2023-05-01', 999); PRAGMA foreign_keys = ON;"))
                .ok());
    tc.close();
    QByteArray err;
    cliOk({QStringLiteral("copy"), tc.path(), pg.uri(QStringLiteral("lead"), QStringLiteral("broken"))}, 2, &err);
    CHECK(err.contains("the copied rows break a reference"));
    auto c = pg.connect();
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_namespace WHERE nspname = 'broken'")) == 0);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname LIKE 'broken\\_%'")) == 0);

    // From a server case into a folder that does not exist: nothing is written.
    cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("lead"), QStringLiteral("fine"))});
    const QString nowhere = tc.file(QStringLiteral("missing/fine.caravan"));
    cliOk({QStringLiteral("copy"), pg.uri(QStringLiteral("lead"), QStringLiteral("fine")), nowhere}, 2, &err);
    CHECK(err.contains("does not exist"));
    CHECK_FALSE(QFileInfo::exists(nowhere));
}

TEST_CASE("the password comes from PGPASSWORD or a .pgpass file, never from the address", "[teamcase][password]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    const QString server = pg.uri(QStringLiteral("lead"));
    cliOk({QStringLiteral("new"), pg.uri(QStringLiteral("lead"), QStringLiteral("pw"))});

    TempCase tc;
    const QString passFile = tc.file(QStringLiteral("pgpass"));
    writeFile(passFile,
              QStringLiteral("127.0.0.1:%1:caravan:lead:%2\n").arg(pg.port()).arg(PgCluster::kPassword).toUtf8());
    QFile::setPermissions(passFile, QFile::ReadOwner | QFile::WriteOwner); // libpq ignores a .pgpass others can read

    qunsetenv("PGPASSWORD");
    qputenv("PGPASSFILE", QFile::encodeName(tc.file(QStringLiteral("none"))));
    QByteArray err;
    cliOk({QStringLiteral("cases"), server, QStringLiteral("--json")}, 2, &err);
    CHECK(err.count('\n') == 1);
    CHECK(err.contains("cannot connect to the PostgreSQL server"));
    CHECK(err.contains("no password supplied"));

    qputenv("PGPASSFILE", QFile::encodeName(passFile));
    const QJsonArray cases = QJsonDocument::fromJson(cliOk({QStringLiteral("cases"), server, QStringLiteral("--json")}))
                                 .object()
                                 .value(QStringLiteral("cases"))
                                 .toArray();
    CHECK(cases.size() == 1);

    qunsetenv("PGPASSFILE");
    qputenv("PGPASSWORD", "wrong");
    cliOk({QStringLiteral("cases"), server}, 2, &err);
    CHECK(err.contains("password authentication failed for user \"lead\""));
    qputenv("PGPASSWORD", PgCluster::kPassword);
    cliOk({QStringLiteral("cases"), server});
}
