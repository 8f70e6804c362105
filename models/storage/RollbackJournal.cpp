#include "models/storage/RollbackJournal.h"

#include "models/storage/Sqlite.h"

#include <QFileInfo>

#include <sqlite3.h>

namespace caravan {

namespace {

QString journalMode(sqlite3 *db, const char *pragma)
{
    SqliteStatement st(db, pragma);
    return st.step() ? st.text(0) : QString();
}

} // namespace

RollbackJournal::RollbackJournal(sqlite3 *db) : m_db(db)
{
    if (sqlite3_get_autocommit(db) == 0 || journalMode(db, "PRAGMA journal_mode") != u"wal")
        return;
    // Leaving WAL takes an exclusive lock without waiting: any other connection makes it fail, and the load
    // simply stays in WAL.
    m_active = journalMode(db, "PRAGMA journal_mode = DELETE") == u"delete";
}

RollbackJournal::~RollbackJournal()
{
    restore();
}

void RollbackJournal::restore()
{
    if (!m_active || sqlite3_get_autocommit(m_db) == 0)
        return;
    // Should this fail, the case is still sound in rollback mode, and the next Connection::open asks for WAL again.
    journalMode(m_db, "PRAGMA journal_mode = WAL");
    m_active = false;
}

void RollbackJournal::recoverInterruptedWrite(const QString &path)
{
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (!journal.exists() || journal.size() == 0 || !QFileInfo(path).isWritable())
        return;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
        sqlite3_busy_timeout(db, 10000);
        // The first read rolls a hot journal back (a journal a live writer still holds is left alone).
        sqlite3_exec(db, "PRAGMA schema_version", nullptr, nullptr, nullptr);
    }
    sqlite3_close(db);
}

} // namespace caravan
