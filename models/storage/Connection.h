#pragma once

#include "models/core/Result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

struct sqlite3;

namespace caravan {

class CaseVault;

// One SQLite connection to a case file, owned by one thread. Foreign keys on, WAL when writable.
// An encrypted case open in this process (a CaseVault) is reached by its path too: the connection then
// shares the vault's in-memory database.
class Connection {
public:
    enum class Mode { ReadWrite, ReadOnly, Create };

    static Result<std::unique_ptr<Connection>> open(const QString &path, Mode mode);
    static Result<std::unique_ptr<Connection>> open(std::shared_ptr<CaseVault> vault, Mode mode);
    ~Connection();
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }
    sqlite3 *handle() const { return m_handle; }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_readOnly; }
    // The encrypted case this connection reads, or null for a plain file.
    const std::shared_ptr<CaseVault> &vault() const { return m_vault; }

private:
    Connection() = default;
    static Result<std::unique_ptr<Connection>> openDatabase(const QString &path, const QString &databaseName, Mode mode,
                                                            std::shared_ptr<CaseVault> vault);
    std::shared_ptr<CaseVault> m_vault;
    QString m_name;
    QString m_path;
    sqlite3 *m_handle = nullptr;
    bool m_readOnly = false;
};

// Commits on commit(), rolls back when it goes out of scope uncommitted.
class Transaction {
public:
    explicit Transaction(sqlite3 *db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool isActive() const { return m_active; }
    Status commit();

private:
    sqlite3 *m_db;
    bool m_active = false;
};

} // namespace caravan
