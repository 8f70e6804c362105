#include "models/storage/CaseVault.h"

#include "models/storage/Sqlite.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QUuid>

#include <openssl/crypto.h>
#include <sqlite3.h>

#include <cstring>

namespace caravan {

namespace {

// Which vault each path and each attached connection belongs to.
struct Registry {
    QMutex mutex;
    QHash<QString, std::weak_ptr<CaseVault>> byPath;
    QHash<sqlite3 *, CaseVault *> byHandle;
};

Registry &registry()
{
    static Registry r;
    return r;
}

std::atomic<int> s_attached{0};

QString registryKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

Status loadImage(sqlite3 *target, QByteArray plain)
{
    sqliteImage::clearWalMode(plain);
    sqlite3 *source = nullptr;
    if (sqlite3_open_v2(":memory:", &source, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        sqlite3_close(source);
        return makeError(ErrorCode::Database, QStringLiteral("cannot open an in-memory database"));
    }
    const auto size = static_cast<sqlite3_int64>(plain.size());
    auto *buffer = static_cast<unsigned char *>(sqlite3_malloc64(static_cast<sqlite3_uint64>(size)));
    if (!buffer) {
        sqlite3_close(source);
        return makeError(ErrorCode::Database, QStringLiteral("out of memory while opening the encrypted case"));
    }
    std::memcpy(buffer, plain.constData(), static_cast<size_t>(size));
    OPENSSL_cleanse(plain.data(), static_cast<size_t>(plain.size()));
    Status result;
    if (sqlite3_deserialize(source, "main", buffer, size, size,
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) != SQLITE_OK) {
        result = makeError(ErrorCode::Corrupt, QStringLiteral("the decrypted case is not a database"));
    } else {
        // The shared database takes the page size of the image before anything is written to it.
        const auto pageSize = sqliteScalar(source, "PRAGMA page_size").value_or(4096);
        sqliteExec(target, QStringLiteral("PRAGMA page_size = %1").arg(pageSize)).ok();
        sqlite3_backup *backup = sqlite3_backup_init(target, "main", source, "main");
        if (!backup) {
            result = makeError(ErrorCode::Database,
                               QStringLiteral("cannot load the decrypted case: %1").arg(sqliteError(target)));
        } else {
            const int rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            if (rc != SQLITE_DONE)
                result = makeError(ErrorCode::Database,
                                   QStringLiteral("cannot load the decrypted case: %1").arg(sqliteError(target)));
        }
    }
    sqlite3_close(source);
    return result;
}

} // namespace

namespace sqliteImage {

Result<QByteArray> serialize(sqlite3 *db)
{
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(db, "main", &size, 0);
    if (!data)
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the database: %1").arg(sqliteError(db)));
    QByteArray bytes(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    OPENSSL_cleanse(data, static_cast<size_t>(size));
    sqlite3_free(data);
    return bytes;
}

void clearWalMode(QByteArray &image)
{
    if (image.size() >= 100) {
        image[18] = 1;
        image[19] = 1;
    }
}

} // namespace sqliteImage

Result<std::shared_ptr<CaseVault>> CaseVault::load(const QString &path, const QString &passphrase, bool readOnly)
{
    const QString name = QFileInfo(path).fileName();
    if (passphrase.isEmpty())
        return makeError(ErrorCode::NeedsPassphrase,
                         QStringLiteral("%1 is encrypted: a passphrase is needed to open it").arg(name));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray encrypted = file.readAll();
    file.close();
    std::shared_ptr<CaseVault> vault(new CaseVault);
    auto plain = caseCipher::decrypt(encrypted, passphrase, name, &vault->m_key);
    if (!plain)
        return plain.error();
    vault->m_path = QFileInfo(path).absoluteFilePath();
    vault->m_readOnly = readOnly;
    vault->m_name = QStringLiteral("/caravan-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    const QByteArray uri = vault->uri().toUtf8();
    if (sqlite3_open_v2(uri.constData(), &vault->m_anchor,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot open an in-memory database: %1").arg(sqliteError(vault->m_anchor)));
    sqlite3_busy_timeout(vault->m_anchor, 10000);
    if (auto st =
            sqliteExec(vault->m_anchor, QStringLiteral("PRAGMA journal_mode = MEMORY; PRAGMA temp_store = MEMORY"));
        !st)
        return st.error();
    if (auto st = loadImage(vault->m_anchor, plain.takeValue()); !st)
        return st.error();
    vault->m_dirty = false;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        const QString key = registryKey(path);
        const std::shared_ptr<CaseVault> existing = r.byPath.value(key).lock();
        if (!existing || existing->isReadOnly() || readOnly == existing->isReadOnly())
            r.byPath.insert(key, vault);
    }
    return vault;
}

std::shared_ptr<CaseVault> CaseVault::find(const QString &path)
{
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.byPath.isEmpty())
        return nullptr;
    const QString key = registryKey(path);
    auto it = r.byPath.find(key);
    if (it == r.byPath.end())
        return nullptr;
    auto vault = it->lock();
    if (!vault)
        r.byPath.erase(it);
    return vault;
}

Status CaseVault::afterWrite(sqlite3 *db)
{
    if (s_attached.load(std::memory_order_relaxed) == 0 || !db || !sqlite3_get_autocommit(db))
        return {};
    CaseVault *vault = nullptr;
    {
        Registry &r = registry();
        QMutexLocker lock(&r.mutex);
        vault = r.byHandle.value(db);
    }
    // The vault outlives the call: the connection that owns `db` holds it.
    if (!vault || !vault->m_dirty)
        return {};
    return vault->persist();
}

CaseVault::~CaseVault()
{
    if (auto st = persist(); !st)
        qWarning("caravan: %s", qPrintable(st.error().message));
    sqlite3_close(m_anchor);
}

QString CaseVault::uri() const
{
    return QStringLiteral("file:%1?vfs=memdb").arg(m_name);
}

bool CaseVault::matches(const QString &passphrase) const
{
    auto key = CaseKey::derive(passphrase, m_key.salt(), m_key.iterations());
    return key && key->bytes().size() == m_key.bytes().size() &&
           CRYPTO_memcmp(key->bytes().constData(), m_key.bytes().constData(),
                         static_cast<size_t>(m_key.bytes().size())) == 0;
}

int CaseVault::onCommit(void *vault)
{
    static_cast<CaseVault *>(vault)->m_dirty = true;
    return 0; // let the commit happen
}

void CaseVault::attach(sqlite3 *db)
{
    sqlite3_commit_hook(db, &CaseVault::onCommit, this);
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    r.byHandle.insert(db, this);
    ++s_attached;
}

void CaseVault::detach(sqlite3 *db)
{
    sqlite3_commit_hook(db, nullptr, nullptr);
    Registry &r = registry();
    QMutexLocker lock(&r.mutex);
    if (r.byHandle.remove(db) > 0)
        --s_attached;
}

Result<QByteArray> CaseVault::image()
{
    QMutexLocker lock(&m_mutex);
    return imageLocked();
}

Result<QByteArray> CaseVault::imageLocked()
{
    // A read transaction keeps writers out while the bytes are copied.
    if (auto st = sqliteExec(m_anchor, QStringLiteral("BEGIN")); !st)
        return st.error();
    Result<QByteArray> bytes = makeError(ErrorCode::Database, QString());
    if (!sqliteScalar(m_anchor, "SELECT count(*) FROM sqlite_schema"))
        bytes = makeError(ErrorCode::Database, QStringLiteral("cannot read the case: %1").arg(sqliteError(m_anchor)));
    else
        bytes = sqliteImage::serialize(m_anchor);
    sqliteExec(m_anchor, QStringLiteral("COMMIT")).ok();
    return bytes;
}

Status CaseVault::writeImageLocked(const QString &target)
{
    auto plain = imageLocked();
    if (!plain)
        return plain.error();
    const Status st = caseCipher::writeEncrypted(target, m_key, *plain);
    OPENSSL_cleanse(plain->data(), static_cast<size_t>(plain->size()));
    return st;
}

Status CaseVault::persist()
{
    if (m_readOnly)
        return {};
    QMutexLocker lock(&m_mutex);
    if (!m_dirty.exchange(false))
        return {};
    const Status st = writeImageLocked(m_path);
    if (!st)
        m_dirty = true; // try again after the next commit, and when the case closes
    return st;
}

Status CaseVault::writeEncryptedCopy(const QString &target)
{
    QMutexLocker lock(&m_mutex);
    return writeImageLocked(target);
}

} // namespace caravan
