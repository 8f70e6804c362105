#include "models/storage/Sqlite.h"

#include "models/storage/CaseVault.h"

#include <sqlite3.h>

namespace caravan {

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db)
{
    if (sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_failed = true;
    }
}

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

QString SqliteStatement::errorMessage() const
{
    return sqliteError(m_db);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bind(int index, const QString &value)
{
    if (value.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    if (utf8.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
}

void SqliteStatement::bindView(int index, QByteArrayView utf8)
{
    if (utf8.isEmpty()) {
        sqlite3_bind_null(m_stmt, index);
        return;
    }
    sqlite3_bind_text(m_stmt, index, utf8.data(), static_cast<int>(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const std::optional<double> &value)
{
    if (value)
        bind(index, *value);
    else
        bindNull(index);
}

bool SqliteStatement::step()
{
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_failed = true;
    else if (const Status persisted = CaseVault::afterWrite(m_db); !persisted) {
        // Committed in memory, but the encrypted file could not be written: the write failed.
        qWarning("caravan: %s", qPrintable(persisted.error().message));
        m_failed = true;
    }
    return false;
}

bool SqliteStatement::execute()
{
    step();
    const bool ok = !m_failed;
    reset();
    return ok;
}

void SqliteStatement::reset()
{
    if (!m_stmt)
        return;
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

int SqliteStatement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString SqliteStatement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return {};
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QVariant SqliteStatement::variant(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant::fromValue(int64(column));
    case SQLITE_FLOAT:
        return real(column);
    case SQLITE_NULL:
        return {};
    default:
        return text(column);
    }
}

Status sqliteExec(sqlite3 *db, const QString &sql)
{
    char *message = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_exec(db, utf8.constData(), nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : sqliteError(db);
        sqlite3_free(message);
        return makeError(ErrorCode::Database, text);
    }
    return CaseVault::afterWrite(db);
}

std::optional<qint64> sqliteScalar(sqlite3 *db, const char *sql)
{
    SqliteStatement st(db, sql);
    if (!st.step() || st.isNull(0))
        return std::nullopt;
    return st.int64(0);
}

QString sqliteError(sqlite3 *db)
{
    return QString::fromUtf8(sqlite3_errmsg(db));
}

bool sqliteConfigureProcess()
{
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;
}

} // namespace caravan
