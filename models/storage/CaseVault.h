#pragma once

#include "models/core/Result.h"
#include "models/storage/CaseCipher.h"

#include <QMutex>
#include <QString>

#include <atomic>
#include <memory>

struct sqlite3;

namespace caravan {

// An encrypted case open in this process. Its decrypted database lives only in memory, in a shared in-memory
// SQLite database (the memdb VFS) that every connection of the process opens by URI, so workers see the
// same data. After each committed write the whole database is encrypted again and written to the file
// (temporary file, fsync, rename). The plaintext never touches the disk.
class CaseVault {
public:
    // Decrypts the case at `path` into memory. Errors: NeedsPassphrase, WrongPassphrase, Corrupt, Io.
    static Result<std::shared_ptr<CaseVault>> load(const QString &path, const QString &passphrase, bool readOnly);
    // The vault a connection of this process holds for `path`, if any (a writable one is preferred).
    static std::shared_ptr<CaseVault> find(const QString &path);
    // Called after a statement or a commit on `db`: when `db` belongs to a vault, is outside a transaction
    // and a commit changed the database, writes the case back to its file.
    static Status afterWrite(sqlite3 *db);

    ~CaseVault();
    CaseVault(const CaseVault &) = delete;
    CaseVault &operator=(const CaseVault &) = delete;

    const QString &path() const { return m_path; }
    // The URI a connection opens (with SQLITE_OPEN_URI) to share the in-memory database.
    QString uri() const;
    bool isReadOnly() const { return m_readOnly; }
    // True when `passphrase` derives this vault's key.
    bool matches(const QString &passphrase) const;

    // Routes commits on a connection's handle to this vault; detach() before the handle closes.
    void attach(sqlite3 *db);
    void detach(sqlite3 *db);

    // Writes the case to its file if a commit changed it since the last write.
    Status persist();
    // Writes an encrypted copy (same key) of the current database to `target`.
    Status writeEncryptedCopy(const QString &target);
    // A consistent copy of the database's bytes (a rollback-journal SQLite image).
    Result<QByteArray> image();

private:
    CaseVault() = default;
    Result<QByteArray> imageLocked();
    // Encrypts the current image to `target`; the plaintext copy in memory is wiped afterwards.
    Status writeImageLocked(const QString &target);
    static int onCommit(void *vault);

    QString m_path;
    QString m_name; // the memdb name, "/caravan-<uuid>"
    CaseKey m_key;
    bool m_readOnly = false;
    sqlite3 *m_anchor = nullptr; // keeps the in-memory database alive; used to read images
    QMutex m_mutex;              // guards m_anchor and the writing of the file
    std::atomic<bool> m_dirty{false};
};

// Helpers for images of SQLite databases.
namespace sqliteImage {
// A copy of database `db`'s main schema (sqlite3_serialize).
Result<QByteArray> serialize(sqlite3 *db);
// Marks an image as a rollback-journal database (bytes 18 and 19), so that it can be loaded into memory.
void clearWalMode(QByteArray &image);
} // namespace sqliteImage

} // namespace caravan
