#include "models/storage/CaseFile.h"

#include "models/storage/CaseFileProbe.h"
#include "models/storage/CaseVault.h"
#include "models/storage/RollbackJournal.h"
#include "models/storage/Schema.h"
#include "models/storage/Sqlite.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QUuid>

#include <sqlite3.h>

namespace caravan {

QString currentUserName()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    return user;
}

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

// A case is built under "NAME.creating-XXXXXXXX" and renamed into place. A process killed before the rename
// leaves that file behind; whoever holds the case's lock next knows no live process is still building it.
void removeLeftoverBuilds(const QString &path)
{
    const QFileInfo info(path);
    const QStringList leftovers =
        info.absoluteDir().entryList({info.fileName() + QStringLiteral(".creating-*")}, QDir::Files | QDir::Hidden);
    for (const QString &name : leftovers)
        QFile::remove(info.absoluteDir().filePath(name));
}

Status writeMeta(sqlite3 *db, const QString &key, const QString &value)
{
    SqliteStatement st(db, "INSERT INTO meta(key, value) VALUES(?, ?) "
                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key);
    st.bind(2, value);
    if (!st.execute())
        return makeError(ErrorCode::Database, st.errorMessage());
    return {};
}

Status initialise(Connection &c, int version, const QString &title)
{
    sqlite3 *db = c.handle();
    if (auto st = sqliteExec(db, QStringLiteral("PRAGMA application_id = %1").arg(schema::kApplicationId)); !st)
        return st;
    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorCode::Database, sqliteError(db));
    if (auto st = schema::migrate(db, 0, version); !st)
        return st;
    for (const auto &[k, v] :
         {std::pair{QStringLiteral("title"), title},
          std::pair{QStringLiteral("case_id"), QUuid::createUuid().toString(QUuid::WithoutBraces)},
          std::pair{QStringLiteral("created_at"), nowIso()}, std::pair{QStringLiteral("created_by"), currentUserName()},
          std::pair{QStringLiteral("created_with"), QStringLiteral("Caravan " CARAVAN_VERSION)}})
        if (auto st = writeMeta(db, k, v); !st)
            return st;
    return tx.commit();
}

QString freeBackupName(const QString &path, int version)
{
    QString candidate = QStringLiteral("%1.v%2.bak").arg(path).arg(version);
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = QStringLiteral("%1.v%2.%3.bak").arg(path).arg(version).arg(i);
    return candidate;
}

int progressCallback(void *context)
{
    auto *progress = static_cast<Progress *>(context);
    return progress->isCancelled() ? 1 : 0;
}

} // namespace

Result<std::unique_ptr<QLockFile>> CaseFile::lockFor(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return makeError(ErrorCode::Locked,
                         QStringLiteral("%1 is open in another Caravan (process %2 on %3); close it there first")
                             .arg(QFileInfo(path).fileName())
                             .arg(pid)
                             .arg(host.isEmpty() ? QStringLiteral("this machine") : host));
    }
    return makeError(ErrorCode::Io, QStringLiteral("cannot create a lock file beside %1 (is the folder writable?)")
                                        .arg(QFileInfo(path).fileName()));
}

Result<std::unique_ptr<CaseFile>> CaseFile::create(const QString &path, const QString &title)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 already exists; choose another name").arg(path));
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::Io, QStringLiteral("the folder %1 does not exist").arg(info.absolutePath()));
    auto lock = lockFor(path);
    if (!lock)
        return lock.error();
    std::unique_ptr<CaseFile> file(new CaseFile);
    file->m_lock = lock.takeValue();
    removeLeftoverBuilds(path);
    // Built under a temporary name and renamed into place once complete, so that a crash while creating
    // leaves no half-made file under the case's name.
    const QString building =
        QStringLiteral("%1.creating-%2").arg(path, QUuid::createUuid().toString(QUuid::Id128).left(8));
    const auto removeBuilding = [&building] {
        for (const QString &suffix :
             {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
            QFile::remove(building + suffix);
    };
    auto connection = Connection::open(building, Connection::Mode::Create);
    if (!connection) {
        removeBuilding();
        return connection.error();
    }
    file->m_connection = connection.takeValue();
    const QString caseTitle = title.isEmpty() ? info.completeBaseName() : title;
    if (auto st = initialise(*file->m_connection, schema::kCurrentVersion, caseTitle); !st) {
        file->m_connection.reset();
        removeBuilding();
        return st.error();
    }
    file->audit(QStringLiteral("case.create"), path, caseTitle).ok();
    file->m_connection.reset(); // the last connection closing folds the WAL into the file
    if (!QFile::rename(building, path)) {
        removeBuilding();
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot create %1 (does it exist now, is the folder writable?)").arg(info.fileName()));
    }
    auto reopened = Connection::open(path, Connection::Mode::ReadWrite);
    if (!reopened)
        return reopened.error();
    file->m_connection = reopened.takeValue();
    return file;
}

Status CaseFile::createAtVersion(const QString &path, int version, const QString &title)
{
    if (QFileInfo::exists(path))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 already exists").arg(path));
    auto connection = Connection::open(path, Connection::Mode::Create);
    if (!connection)
        return connection.error();
    return initialise(**connection, version, title);
}

Result<std::unique_ptr<CaseFile>> CaseFile::openForWorker(const CaseFile &owner)
{
    if (owner.isReadOnly())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the case is open read-only"));
    auto connection = Connection::open(owner.path(), Connection::Mode::ReadWrite);
    if (!connection)
        return connection.error();
    std::unique_ptr<CaseFile> file(new CaseFile);
    file->m_connection = connection.takeValue();
    return file;
}

bool CaseFile::isEncryptedFile(const QString &path)
{
    return caseCipher::isEncryptedFile(path);
}

Result<std::unique_ptr<CaseFile>> CaseFile::open(const QString &path, OpenMode mode, const QString &passphrase)
{
    const bool encrypted = isEncryptedFile(path);
    if (!encrypted) {
        RollbackJournal::recoverInterruptedWrite(path);
        auto header = probeCaseFile(path);
        if (!header)
            return header.error();
    }
    std::unique_ptr<CaseFile> file(new CaseFile);
    if (mode == OpenMode::ReadWrite) {
        if (!QFileInfo(path).isWritable())
            return makeError(ErrorCode::Io,
                             QStringLiteral("%1 is read-only; open it read-only or copy it somewhere writable")
                                 .arg(QFileInfo(path).fileName()));
        auto lock = lockFor(path);
        if (!lock)
            return lock.error();
        file->m_lock = lock.takeValue();
        removeLeftoverBuilds(path);
    }
    const auto connectionMode = mode == OpenMode::ReadOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite;
    std::shared_ptr<CaseVault> vault;
    if (encrypted) {
        // This process may hold the case open already (a worker, a report): share its memory then.
        vault = CaseVault::find(path);
        if (!vault || (mode == OpenMode::ReadWrite && vault->isReadOnly())) {
            auto loaded = CaseVault::load(path, passphrase, mode == OpenMode::ReadOnly);
            if (!loaded)
                return loaded.error();
            vault = loaded.takeValue();
        }
    }
    auto connection = vault ? Connection::open(vault, connectionMode) : Connection::open(path, connectionMode);
    if (!connection)
        return connection.error();
    file->m_connection = connection.takeValue();

    // The header may lag behind a WAL that was never checkpointed: ask SQLite itself as well.
    const auto appId = sqliteScalar(file->handle(), "PRAGMA application_id");
    if (!appId)
        return makeError(
            ErrorCode::Corrupt,
            QStringLiteral("%1 cannot be read: %2").arg(QFileInfo(path).fileName(), sqliteError(file->handle())));
    if (*appId != schema::kApplicationId)
        return makeError(
            ErrorCode::NotACase,
            QStringLiteral("%1 is an SQLite database but not a Caravan case file").arg(QFileInfo(path).fileName()));
    const int version = file->schemaVersion();
    if (version > schema::kCurrentVersion)
        return makeError(ErrorCode::NewerSchema,
                         QStringLiteral("%1 was written by a newer Caravan (case schema %2; this version reads up to "
                                        "%3)")
                             .arg(QFileInfo(path).fileName())
                             .arg(version)
                             .arg(schema::kCurrentVersion));
    if (version < schema::kCurrentVersion) {
        if (mode == OpenMode::ReadOnly)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 uses the older case schema %2 and must be upgraded; open it for "
                                            "writing once")
                                 .arg(QFileInfo(path).fileName())
                                 .arg(version));
        if (auto st = file->upgrade(version); !st)
            return st.error();
    }
    return file;
}

Status CaseFile::writeBackup(const QString &backup)
{
    // The backup of an encrypted case is encrypted too.
    if (isEncrypted())
        return m_connection->vault()->writeEncryptedCopy(backup);
    SqliteStatement vacuum(handle(), "VACUUM INTO ?");
    vacuum.bind(1, backup);
    if (!vacuum.execute())
        return makeError(ErrorCode::Io, sqliteError(handle()));
    return {};
}

Status CaseFile::upgrade(int from)
{
    const QString backup = freeBackupName(path(), from);
    if (auto st = writeBackup(backup); !st)
        return makeError(
            ErrorCode::Io,
            QStringLiteral("cannot write the backup %1 before upgrading: %2").arg(backup, st.error().message));
    Transaction tx(handle());
    if (!tx.isActive())
        return makeError(ErrorCode::Database, sqliteError(handle()));
    if (auto st = schema::migrate(handle(), from, schema::kCurrentVersion); !st)
        return st;
    if (auto st = tx.commit(); !st)
        return st;
    m_migratedFrom = from;
    m_backupPath = backup;
    sqliteExec(handle(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")).ok();
    return audit(QStringLiteral("case.upgrade"), path(),
                 QStringLiteral("schema %1 -> %2; backup %3").arg(from).arg(schema::kCurrentVersion).arg(backup));
}

CaseFile::~CaseFile()
{
    m_connection.reset();
    if (m_lock)
        m_lock->unlock();
}

int CaseFile::schemaVersion() const
{
    return static_cast<int>(sqliteScalar(handle(), "PRAGMA user_version").value_or(-1));
}

QString CaseFile::meta(const QString &key) const
{
    SqliteStatement st(handle(), "SELECT value FROM meta WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : QString();
}

QString CaseFile::title() const
{
    return meta(QStringLiteral("title"));
}

Status CaseFile::setTitle(const QString &title)
{
    if (auto st = writeMeta(handle(), QStringLiteral("title"), title); !st)
        return st;
    return audit(QStringLiteral("case.title"), {}, title);
}

QString CaseFile::setting(const QString &key, const QString &fallback) const
{
    SqliteStatement st(handle(), "SELECT value FROM settings WHERE key = ?");
    st.bind(1, key);
    return st.step() ? st.text(0) : fallback;
}

Status CaseFile::setSetting(const QString &key, const QString &value)
{
    SqliteStatement st(handle(), "INSERT INTO settings(key, value) VALUES(?, ?) "
                                 "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, key);
    st.bind(2, value);
    if (!st.execute())
        return makeError(ErrorCode::Database, st.errorMessage());
    return audit(QStringLiteral("setting.change"), key, value);
}

Status CaseFile::audit(const QString &action, const QString &target, const QString &detail)
{
    if (isReadOnly())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the case is open read-only"));
    SqliteStatement st(handle(), "INSERT INTO audit_log(at, user, action, target, detail) VALUES(?, ?, ?, ?, ?)");
    st.bind(1, nowIso());
    st.bind(2, currentUserName());
    st.bind(3, action);
    st.bind(4, target);
    st.bind(5, detail);
    if (!st.execute())
        return makeError(ErrorCode::Database, st.errorMessage());
    return {};
}

Result<std::unique_ptr<Connection>> CaseFile::openWorkerConnection(bool readOnly) const
{
    return Connection::open(path(), readOnly ? Connection::Mode::ReadOnly : Connection::Mode::ReadWrite);
}

Status CaseFile::saveCopyAs(const QString &target, Progress &progress) const
{
    if (QFileInfo::exists(target))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 already exists").arg(target));
    if (QFileInfo(target).absoluteFilePath() == QFileInfo(path()).absoluteFilePath())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a copy needs another file name"));
    progress.setStatus(QStringLiteral("Writing a copy to %1").arg(target));
    progress.setProgress(0, 0);
    if (isEncrypted()) {
        if (auto st = m_connection->vault()->writeEncryptedCopy(target); !st)
            return st;
        progress.setProgress(1, 1);
        return {};
    }
    // A separate connection: VACUUM INTO reads a consistent snapshot while the case stays usable.
    auto worker = openWorkerConnection(true);
    if (!worker)
        return worker.error();
    sqlite3 *db = (*worker)->handle();
    sqlite3_progress_handler(db, 10000, progressCallback, &progress);
    SqliteStatement vacuum(db, "VACUUM INTO ?");
    vacuum.bind(1, target);
    const bool ok = vacuum.execute();
    sqlite3_progress_handler(db, 0, nullptr, nullptr);
    if (!ok) {
        QFile::remove(target);
        if (progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("copy cancelled"));
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(target, sqliteError(db)));
    }
    progress.setProgress(1, 1);
    return {};
}

bool CaseFile::checkPassphrase(const QString &passphrase) const
{
    return isEncrypted() && m_connection->vault()->matches(passphrase);
}

Status CaseFile::encryptFile(const QString &path, const QString &passphrase)
{
    const QString name = QFileInfo(path).fileName();
    if (isEncryptedFile(path))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is already encrypted").arg(name));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::NeedsPassphrase, QStringLiteral("a passphrase is needed to encrypt %1").arg(name));
    auto opened = open(path, OpenMode::ReadWrite); // takes the lock, upgrades an older schema
    if (!opened)
        return opened.error();
    CaseFile &file = **opened;
    if (auto st = sqliteExec(file.handle(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !st)
        return st;
    auto image = sqliteImage::serialize(file.handle());
    if (!image)
        return image.error();
    auto key = CaseKey::generate(passphrase);
    if (!key)
        return key.error();
    sqliteImage::clearWalMode(*image);
    file.m_connection.reset(); // the last connection folds and removes the WAL
    if (auto st = caseCipher::writeEncrypted(path, *key, *image, caseCipher::OldContents::Wipe); !st)
        return st;
    // Backups of older schemas (the one this opening may just have written, and any earlier ones) are plaintext
    // copies of the case: encrypt them as well.
    for (const QString &backupPath : backupsOf(path)) {
        if (isEncryptedFile(backupPath))
            continue;
        QFile backup(backupPath);
        if (!backup.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot read the backup %1").arg(backupPath));
        QByteArray backupImage = backup.readAll();
        backup.close();
        sqliteImage::clearWalMode(backupImage);
        if (auto st = caseCipher::writeEncrypted(backupPath, *key, backupImage, caseCipher::OldContents::Wipe); !st)
            return st;
    }
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
    return {};
}

QStringList CaseFile::backupsOf(const QString &path)
{
    const QFileInfo info(path);
    static const QRegularExpression backupName(QStringLiteral("^\\.v\\d+(\\.\\d+)?\\.bak$"));
    QStringList found;
    for (const QFileInfo &f :
         info.dir().entryInfoList({info.fileName() + QStringLiteral(".v*.bak")}, QDir::Files, QDir::Name)) {
        if (backupName.match(f.fileName().mid(info.fileName().size())).hasMatch())
            found << f.filePath();
    }
    return found;
}

Status CaseFile::decryptFile(const QString &path, const QString &passphrase)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!isEncryptedFile(path))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is not encrypted").arg(name));
    if (passphrase.isEmpty())
        return makeError(ErrorCode::NeedsPassphrase,
                         QStringLiteral("%1 is encrypted: a passphrase is needed to decrypt it").arg(name));
    auto lock = lockFor(path);
    if (!lock)
        return lock.error();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    auto plain = caseCipher::decrypt(file.readAll(), passphrase, name, nullptr);
    file.close();
    if (!plain)
        return plain.error();
    sqliteImage::clearWalMode(*plain);
    return caseCipher::writeFileAtomically(path, *plain);
}

} // namespace caravan
