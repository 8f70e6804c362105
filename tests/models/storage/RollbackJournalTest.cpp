#include "../../support/TempCase.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/storage/RollbackJournal.h"
#include "models/storage/Sqlite.h"

#include <QFile>
#include <QFileInfo>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace caravan;
using namespace caravan::test;

namespace {

QString journalMode(sqlite3 *db)
{
    SqliteStatement st(db, "PRAGMA journal_mode");
    return st.step() ? st.text(0) : QString();
}

} // namespace

TEST_CASE("the only connection to a case writes in rollback mode and returns to WAL")
{
    TempCase tc;
    sqlite3 *db = tc.caseFile().handle();
    {
        RollbackJournal journal(db);
        CHECK(journal.isActive());
        CHECK(journalMode(db) == QStringLiteral("delete"));
        CHECK(!QFileInfo::exists(tc.path() + QStringLiteral("-wal")));
    }
    CHECK(journalMode(db) == QStringLiteral("wal"));
}

TEST_CASE("a case another connection reads stays in WAL")
{
    TempCase tc;
    auto other = tc.caseFile().openWorkerConnection(true);
    REQUIRE(other);
    // A connection that has read the case in WAL keeps it open (the GUI's always has).
    REQUIRE(sqliteScalar((*other)->handle(), "SELECT count(*) FROM entities") == 0);
    sqlite3 *db = tc.caseFile().handle();
    RollbackJournal journal(db);
    CHECK(!journal.isActive());
    CHECK(journalMode(db) == QStringLiteral("wal"));
}

TEST_CASE("a rollback-mode write killed half way is rolled back when the case opens, read-only too")
{
    TempCase tc;
    const QString title = tc.caseFile().title();
    tc.close();
    const qint64 sizeBefore = QFileInfo(tc.path()).size();
    const QString copy = tc.file(QStringLiteral("killed.caravan"));

    // A write in progress, its pages spilled to the file, copied as a crash would leave it.
    sqlite3 *raw = nullptr;
    REQUIRE(sqlite3_open_v2(tc.path().toUtf8().constData(), &raw, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK);
    REQUIRE(sqliteExec(raw, QStringLiteral("PRAGMA journal_mode = DELETE; PRAGMA cache_size = 8; BEGIN IMMEDIATE; "
                                           "UPDATE settings SET value = 'half written' WHERE key = 'title'; "
                                           "CREATE TABLE scratch(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                                           "SELECT i + 1 FROM n WHERE i < 2000) INSERT INTO scratch SELECT "
                                           "randomblob(1000) FROM n;")));
    REQUIRE(QFile::copy(tc.path(), copy));
    REQUIRE(QFile::copy(tc.path() + QStringLiteral("-journal"), copy + QStringLiteral("-journal")));
    sqlite3_exec(raw, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(raw);
    CHECK(QFileInfo(copy).size() > sizeBefore);

    auto readOnly = CaseFile::open(copy, CaseFile::OpenMode::ReadOnly);
    REQUIRE(readOnly);
    CHECK((*readOnly)->title() == title);
    CHECK(sqliteScalar((*readOnly)->handle(), "SELECT count(*) FROM sqlite_master WHERE name = 'scratch'") == 0);
    CHECK(!QFileInfo::exists(copy + QStringLiteral("-journal")));
    readOnly->reset();
    auto writable = CaseFile::open(copy, CaseFile::OpenMode::ReadWrite);
    REQUIRE(writable);
    CHECK(journalMode((*writable)->handle()) == QStringLiteral("wal"));
}
