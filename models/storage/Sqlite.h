#pragma once

#include "models/core/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace caravan {

// A prepared statement on the SQLite C API, for paths where QSqlQuery's per-row cost shows
// (bulk inserts, loading a million row ids). Not copyable; finalised on destruction.
class SqliteStatement {
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    QString errorMessage() const;

    void bindNull(int index);
    void bind(int index, qint64 value);
    void bind(int index, double value);
    void bind(int index, const QString &value);   // an empty string binds NULL
    void bind(int index, const QByteArray &utf8); // an empty array binds NULL
    void bind(int index, const std::optional<double> &value);
    // Binds UTF-8 bytes without copying them (an empty view binds NULL): they must stay valid until the
    // statement has run. For bulk inserts straight from a parsed input row.
    void bindView(int index, QByteArrayView utf8);

    // Returns true while a row is available; false when done or on error (see failed()).
    bool step();
    bool failed() const { return m_failed; }
    // Runs a statement that returns no rows and resets it; false on error.
    bool execute();
    void reset();

    int columnCount() const;
    bool isNull(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QVariant variant(int column) const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_failed = false;
};

// Runs one or more statements with no result rows.
Status sqliteExec(sqlite3 *db, const QString &sql);
// The first column of the first row, or nullopt.
std::optional<qint64> sqliteScalar(sqlite3 *db, const char *sql);
QString sqliteError(sqlite3 *db);
// Process-wide SQLite settings, called before the first connection opens: no memory statistics (they
// take a global mutex on every allocation SQLite makes). Returns false when SQLite was already started.
bool sqliteConfigureProcess();

} // namespace caravan
