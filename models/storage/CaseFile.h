#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/storage/Connection.h"

#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace caravan {

// One investigation: an SQLite file (.caravan) with WAL and foreign keys, its schema kept current by
// migrations, and a lock file so that only one Caravan writes to it at a time.
class CaseFile {
public:
    enum class OpenMode { ReadWrite, ReadOnly };

    static QString fileExtension() { return QStringLiteral("caravan"); }

    // Creates a new, empty case at `path`; fails if anything is already there.
    static Result<std::unique_ptr<CaseFile>> create(const QString &path, const QString &title = {});
    // Opens an existing case. Older schemas are upgraded (ReadWrite only) after a backup copy is written.
    // An encrypted case needs its passphrase (NeedsPassphrase without one, WrongPassphrase for a wrong one),
    // unless this process already holds it open.
    static Result<std::unique_ptr<CaseFile>> open(const QString &path, OpenMode mode = OpenMode::ReadWrite,
                                                  const QString &passphrase = {});
    // True when the file at `path` is an encrypted case.
    static bool isEncryptedFile(const QString &path);
    // Encrypts the (closed) case at `path` in place with `passphrase`; the plaintext file, its WAL and shared
    // memory files are replaced and their old blocks overwritten. Every plaintext backup an upgrade left beside it
    // (backupsOf()) is encrypted with the same key, so no readable copy of the case stays on disk.
    static Status encryptFile(const QString &path, const QString &passphrase);
    // The backups schema upgrades wrote beside the case at `path` (CASE.vN.bak, CASE.vN.M.bak), sorted by name.
    static QStringList backupsOf(const QString &path);
    // Turns the (closed) encrypted case at `path` back into a plain case file.
    static Status decryptFile(const QString &path, const QString &passphrase);
    // The same case on a new connection for a worker thread of the process that already holds it open
    // (ReadWrite): no lock, no probing, no migration. Create and use it on the worker thread only.
    static Result<std::unique_ptr<CaseFile>> openForWorker(const CaseFile &owner);
    // Writes a case at an older schema version; for migration tests and tools.
    static Status createAtVersion(const QString &path, int version, const QString &title);

    ~CaseFile();
    CaseFile(const CaseFile &) = delete;
    CaseFile &operator=(const CaseFile &) = delete;

    const QString &path() const { return m_connection->path(); }
    bool isReadOnly() const { return m_connection->isReadOnly(); }
    Connection &connection() const { return *m_connection; }
    sqlite3 *handle() const { return m_connection->handle(); }
    QSqlDatabase database() const { return m_connection->database(); }
    int schemaVersion() const;
    // True for an encrypted case: its data lives in memory and every committed write is encrypted to the file.
    bool isEncrypted() const { return m_connection->vault() != nullptr; }
    // True when `passphrase` is the one this encrypted case was opened with.
    bool checkPassphrase(const QString &passphrase) const;

    // Set when opening upgraded an older file: the version it had and where the backup went.
    std::optional<int> migratedFrom() const { return m_migratedFrom; }
    const QString &backupPath() const { return m_backupPath; }

    QString title() const;
    Status setTitle(const QString &title);
    QString meta(const QString &key) const;
    QString setting(const QString &key, const QString &fallback = {}) const;
    Status setSetting(const QString &key, const QString &value);

    // Records a change in the audit log (who, when, what).
    Status audit(const QString &action, const QString &target, const QString &detail = {});

    // A separate connection to the same file for a worker thread (one connection per thread).
    Result<std::unique_ptr<Connection>> openWorkerConnection(bool readOnly = true) const;

    // Writes a consistent copy of the case to `target` (which must not exist). Cancellable. The copy of an
    // encrypted case is encrypted with the same passphrase.
    Status saveCopyAs(const QString &target, Progress &progress) const;

private:
    CaseFile() = default;
    static Result<std::unique_ptr<QLockFile>> lockFor(const QString &path);
    Status upgrade(int from);
    Status writeBackup(const QString &backup);

    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Connection> m_connection;
    std::optional<int> m_migratedFrom;
    QString m_backupPath;
};

QString currentUserName();

} // namespace caravan
