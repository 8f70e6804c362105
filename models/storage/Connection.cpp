#include "models/storage/Connection.h"

#include "models/storage/CaseVault.h"
#include "models/storage/Sqlite.h"

#include <QAtomicInteger>
#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

namespace caravan {

namespace {
QAtomicInteger<quint64> s_connectionCounter;
}

Result<std::unique_ptr<Connection>> Connection::open(const QString &path, Mode mode)
{
    if (mode != Mode::Create)
        if (auto vault = CaseVault::find(path))
            return open(std::move(vault), mode);
    return openDatabase(path, path, mode, nullptr);
}

Result<std::unique_ptr<Connection>> Connection::open(std::shared_ptr<CaseVault> vault, Mode mode)
{
    const QString path = vault->path();
    const QString uri = vault->uri();
    if (vault->isReadOnly())
        mode = Mode::ReadOnly;
    return openDatabase(path, uri, mode, std::move(vault));
}

Result<std::unique_ptr<Connection>> Connection::openDatabase(const QString &path, const QString &databaseName,
                                                             Mode mode, std::shared_ptr<CaseVault> vault)
{
    std::unique_ptr<Connection> c(new Connection);
    c->m_path = path;
    c->m_vault = std::move(vault);
    c->m_readOnly = mode == Mode::ReadOnly;
    c->m_name = QStringLiteral("caravan-%1").arg(++s_connectionCounter);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), c->m_name);
        if (!db.isValid())
            return makeError(ErrorCode::Database,
                             QStringLiteral("the Qt SQLite driver (QSQLITE) is missing; install libqt6sql6-sqlite"));
        db.setDatabaseName(databaseName);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000");
        if (c->m_vault)
            options += QStringLiteral(";QSQLITE_OPEN_URI");
        if (c->m_readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open())
            return makeError(ErrorCode::Io, QStringLiteral("cannot open %1: %2").arg(path, db.lastError().text()));
        const QVariant handle = db.driver()->handle();
        if (qstrcmp(handle.typeName(), "sqlite3*") != 0 || !handle.isValid())
            return makeError(ErrorCode::Database, QStringLiteral("unexpected SQLite driver handle"));
        c->m_handle = *static_cast<sqlite3 *const *>(handle.data());
    }
    QString pragmas = QStringLiteral("PRAGMA foreign_keys = ON;");
    if (c->m_vault) {
        // Nothing of an encrypted case may reach the disk: journal and temporary tables stay in memory.
        pragmas += QStringLiteral("PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY;");
        c->m_vault->attach(c->m_handle);
    } else if (!c->m_readOnly)
        pragmas += QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA cache_size = -131072;");
    if (auto st = sqliteExec(c->m_handle, pragmas); !st)
        return makeError(ErrorCode::Database, QStringLiteral("cannot prepare %1: %2").arg(path, st.error().message));
    return c;
}

Connection::~Connection()
{
    if (m_vault && m_handle) {
        m_vault->detach(m_handle);
        // Writes made past the statement helpers (QSqlQuery) reach the file at the latest here.
        if (auto st = m_vault->persist(); !st)
            qWarning("caravan: %s", qPrintable(st.error().message));
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

Transaction::Transaction(sqlite3 *db) : m_db(db)
{
    m_active = sqlite3_exec(m_db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
}

Transaction::~Transaction()
{
    if (m_active)
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(ErrorCode::Database, QStringLiteral("no transaction to commit"));
    if (sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, QStringLiteral("commit failed: %1").arg(sqliteError(m_db)));
    m_active = false;
    return CaseVault::afterWrite(m_db);
}

} // namespace caravan
