#include "models/storage/ServerReplica.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/storage/PgConnection.h"
#include "models/storage/SearchIndex.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerCaseCopy.h"
#include "models/storage/ServerSchema.h"
#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRegularExpression>
#include <QStandardPaths>

#include <sqlite3.h>

namespace caravan {

namespace {

constexpr QFileDevice::Permissions kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// The tables the full-text search index (models/storage/SearchIndex) is made from.
const QStringList kSearchedTables{QStringLiteral("entities"), QStringLiteral("entity_names"),
                                  QStringLiteral("entity_identifiers"), QStringLiteral("shipments")};

QString stateFile(const QString &replica)
{
    return replica + QStringLiteral(".sync.json");
}

void removeCaseFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

Result<qint64> serverCount(PgConnection &pg, const QString &table)
{
    auto r = pg.query(QStringLiteral("SELECT count(*) FROM %1").arg(PgConnection::quoteIdentifier(table)));
    if (!r)
        return r.error();
    return r->int64(0, 0);
}

Result<qint64> localValue(sqlite3 *db, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const auto v = sqliteScalar(db, utf8.constData());
    if (!v)
        return makeError(ErrorCode::Database, sqliteError(db));
    return *v;
}

} // namespace

// What the previous sync left beside the replica.
struct ServerReplica::State {
    QString caseId;
    QString xmin; // the lowest transaction id still running at the previous sync's snapshot (xid8 as text)
    int schemaVersion = 0;
    QDateTime syncedAt;
    QStringList stale; // tables to read whole, whatever the change log says
};

ServerReplica::State ServerReplica::readState() const
{
    State state;
    QFile in(stateFile(m_path));
    if (!in.open(QIODevice::ReadOnly))
        return state;
    const QJsonObject o = QJsonDocument::fromJson(in.readAll()).object();
    state.caseId = o.value(QStringLiteral("case_id")).toString();
    state.xmin = o.value(QStringLiteral("xmin")).toString();
    state.schemaVersion = o.value(QStringLiteral("schema_version")).toInt();
    state.syncedAt = QDateTime::fromString(o.value(QStringLiteral("synced_at")).toString(), Qt::ISODateWithMs);
    for (const QJsonValue &v : o.value(QStringLiteral("stale")).toArray())
        state.stale << v.toString();
    return state;
}

ServerReplica::ServerReplica(CaseAddress address, QString folder)
    : m_address(std::move(address)), m_folder(std::move(folder))
{
    const QHash<QString, QString> keys = PgConnection::serverKeys(m_address.connectionUri());
    QString host = keys.value(QStringLiteral("host"));
    if (host.isEmpty())
        host = keys.value(QStringLiteral("hostaddr"));
    const QStringList parts{host, keys.value(QStringLiteral("port")), keys.value(QStringLiteral("dbname")),
                            keys.value(QStringLiteral("user")), m_address.caseName()};
    // A readable name (a socket folder's last part stands for the host), made unique by a hash of the whole key.
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    QString readable = QStringList{host.section(u'/', -1), parts.at(1), parts.at(2), m_address.caseName()}.join(u'_');
    readable.replace(unsafe, QStringLiteral("-"));
    const QByteArray hash =
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
    m_path = QDir(m_folder).filePath(readable.left(100) + u'-' + QString::fromLatin1(hash) + u'.' +
                                     CaseFile::fileExtension());
}

QString ServerReplica::defaultFolder()
{
    if (const QString folder = qEnvironmentVariable("CARAVAN_REPLICA_DIR"); !folder.isEmpty())
        return folder;
    return QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation) + QStringLiteral("/caravan/replicas");
}

Result<ReplicaSync> ServerReplica::sync(Progress &progress)
{
    auto opened = ServerCase::open(m_address);
    if (!opened)
        return opened.error();
    return sync((*opened)->connection(), progress);
}

Result<ReplicaSync> ServerReplica::sync(PgConnection &server, Progress &progress)
{
    if (!QDir().mkpath(m_folder))
        return makeError(ErrorCode::Io, QStringLiteral("cannot make the replica folder %1").arg(m_folder));
    QFile::setPermissions(m_folder, kOwnerOnly | QFileDevice::ExeOwner);
    QLockFile lock(m_path + QStringLiteral(".sync-lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(120000))
        return makeError(ErrorCode::Io, QStringLiteral("another sync of %1 holds %2").arg(m_address.text(), m_path));

    // One snapshot of the server for the whole sync: its xmin is what the next sync asks about.
    PgTransaction snapshot(server);
    if (!snapshot.isActive())
        return snapshot.error();
    if (auto st = server.execute(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")); !st)
        return st.error();
    auto now = server.query(
        QStringLiteral("SELECT (SELECT value FROM meta WHERE key = 'case_id'), (SELECT value FROM meta WHERE key = "
                       "'title'), to_regclass($1) IS NOT NULL, pg_snapshot_xmin(pg_current_snapshot())::text, "
                       "to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"),
        {serverschema::changesTable()});
    if (!now)
        return now.error();
    const QString caseId = now->text(0, 0);
    const bool tracked = now->boolean(0, 2);
    const QString xmin = now->text(0, 3);
    const QDateTime syncedAt = QDateTime::fromString(now->text(0, 4), Qt::ISODateWithMs);

    const State previous = readState();
    // A case made before the change log, or dropped and made again under its name, is copied whole.
    const bool incremental = tracked && QFile::exists(m_path) && !previous.xmin.isEmpty() &&
                             previous.caseId == caseId &&
                             previous.schemaVersion == serverschema::versionFromComment(serverschema::schemaComment());
    auto done = incremental ? copyChanges(server, previous, progress) : copyWhole(server, now->text(0, 1), progress);
    if (!done)
        return done.error();
    done->syncedAt = syncedAt;
    // Nothing changed: the previous snapshot's xmin still finds every change to come (only a few more rows of the
    // change log each time), and the state file is not written again.
    if (incremental && done->tables.isEmpty())
        return done;
    if (auto st = writeState(caseId, xmin, syncedAt); !st)
        return st.error();
    return done;
}

Result<ReplicaSync> ServerReplica::copyWhole(PgConnection &server, const QString &title, Progress &progress)
{
    progress.setStatus(QStringLiteral("copying the server case %1 into its local replica").arg(m_address.caseName()));
    const QString fresh = m_path + QStringLiteral(".new");
    removeCaseFile(fresh);
    QFile::remove(stateFile(m_path));
    ReplicaSync result;
    result.path = m_path;
    result.full = true;
    {
        auto created = CaseFile::create(fresh, title);
        if (!created)
            return created.error();
        std::unique_ptr<CaseFile> file = created.takeValue();
        QFile::setPermissions(fresh, kOwnerOnly);
        // The new file is thrown away when anything fails: no syncs to disk, a large page cache, and the secondary
        // indexes built once after the rows instead of row by row (TOOLCHAIN.md: about 4.5 times faster).
        sqlite3 *db = file->handle();
        for (const char *pragma : {"PRAGMA synchronous = OFF", "PRAGMA cache_size = -262144"})
            if (auto st = sqliteExec(db, QString::fromLatin1(pragma)); !st)
                return st.error();
        QStringList indexes;
        {
            SqliteStatement st(db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
            while (st.step())
                indexes << st.text(1);
        }
        Transaction tx(db);
        if (!tx.isActive())
            return makeError(ErrorCode::Database, sqliteError(db));
        if (auto st = sqliteExec(db, QStringLiteral("PRAGMA defer_foreign_keys = ON")); !st)
            return st.error();
        QString drop;
        {
            SqliteStatement st(db, "SELECT group_concat('DROP INDEX \"' || name || '\"', ';') FROM sqlite_master "
                                   "WHERE type = 'index' AND sql IS NOT NULL");
            if (st.step())
                drop = st.text(0);
        }
        if (!drop.isEmpty())
            if (auto st = sqliteExec(db, drop); !st)
                return st.error();
        auto copied = servercopy::copyCaseOut(server, *file, progress);
        if (!copied) {
            file.reset();
            removeCaseFile(fresh);
            return copied.error();
        }
        progress.setStatus(QStringLiteral("indexing the replica of %1").arg(m_address.caseName()));
        for (const QString &index : std::as_const(indexes))
            if (auto st = sqliteExec(db, index); !st)
                return st.error();
        if (auto st = searchindex::rebuild(db); !st)
            return st.error();
        if (auto st = tx.commit(); !st)
            return st.error();
        result.rows = copied->rows;
        auto tables = serverschema::fileTables(file->handle());
        if (tables)
            for (const serverschema::FileTable &t : *tables)
                result.tables << t.name;
    }
    removeCaseFile(m_path);
    if (!QFile::rename(fresh, m_path))
        return makeError(ErrorCode::Io, QStringLiteral("cannot move the replica into %1").arg(m_path));
    QFile::setPermissions(m_path, kOwnerOnly);
    return result;
}

Result<ReplicaSync> ServerReplica::copyChanges(PgConnection &server, const State &previous, Progress &progress)
{
    ReplicaSync result;
    result.path = m_path;
    // Every transaction the previous snapshot could not see has an id at or above its xmin; some it saw may too,
    // which costs a table read, never a change missed.
    auto changed = server.query(QStringLiteral("SELECT tbl, bool_and(op = 'INSERT') FROM %1 WHERE xid >= $1::xid8 "
                                               "GROUP BY tbl")
                                    .arg(PgConnection::quoteIdentifier(serverschema::changesTable())),
                                {previous.xmin});
    if (!changed)
        return changed.error();
    QHash<QString, bool> insertOnly;
    for (int r = 0; r < changed->rows(); ++r)
        insertOnly.insert(changed->text(r, 0), changed->boolean(r, 1));
    for (const QString &table : previous.stale)
        insertOnly.insert(table, false);
    if (insertOnly.isEmpty())
        return result;

    sqlite3 *db = nullptr;
    const QByteArray path = m_path.toUtf8();
    if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        const QString why = sqliteError(db);
        sqlite3_close(db);
        return makeError(ErrorCode::Database, QStringLiteral("cannot open the replica %1: %2").arg(m_path, why));
    }
    const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> guard(db, sqlite3_close);
    sqlite3_busy_timeout(db, 30000);
    // A table read again is emptied first: no cascade may take its children with it. The server's rows keep the
    // references whole.
    if (auto st = sqliteExec(db, QStringLiteral("PRAGMA foreign_keys = OFF")); !st)
        return st.error();
    auto tables = serverschema::fileTables(db);
    if (!tables)
        return tables.error();
    progress.setStatus(QStringLiteral("bringing the replica of %1 up to date").arg(m_address.caseName()));
    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorCode::Database, sqliteError(db));
    bool searched = false;
    for (const serverschema::FileTable &t : *tables) {
        if (!insertOnly.contains(t.name))
            continue;
        result.tables << t.name;
        searched = searched || kSearchedTables.contains(t.name);
        if (t.hasRowId && insertOnly.value(t.name)) {
            auto highest = localValue(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM \"%1\"").arg(t.name));
            if (!highest)
                return highest.error();
            if (auto st = servercopy::copyRowsOut(server, db, t, progress, result.rows, *highest); !st)
                return st.error();
            auto local = localValue(db, QStringLiteral("SELECT count(*) FROM \"%1\"").arg(t.name));
            auto remote = serverCount(server, t.name);
            if (!local || !remote)
                return !local ? local.error() : remote.error();
            if (*local == *remote)
                continue;
            // Rows committed out of id order (a lower id after a higher one): the whole table again.
        }
        if (auto st = servercopy::copyRowsOut(server, db, t, progress, result.rows); !st)
            return st.error();
    }
    if (searched)
        if (auto st = searchindex::rebuild(db); !st)
            return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    return result;
}

QHash<QString, QString> ServerReplica::settingsOf(const CaseFile &file)
{
    QHash<QString, QString> settings;
    SqliteStatement st(file.handle(), "SELECT key, value FROM settings");
    while (st.step())
        settings.insert(st.text(0), st.text(1));
    return settings;
}

Status ServerReplica::pushSettings(const QHash<QString, QString> &before, const CaseFile &replica, ServerCase &server)
{
    const QHash<QString, QString> after = settingsOf(replica);
    PgTransaction tx(server.connection());
    if (!tx.isActive())
        return tx.error();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (before.contains(it.key()) && before.value(it.key()) == it.value())
            continue;
        if (auto st = server.connection().execute(QStringLiteral("INSERT INTO settings(key, value) VALUES ($1, $2) "
                                                                 "ON CONFLICT (key) DO UPDATE SET value = "
                                                                 "excluded.value"),
                                                  {it.key(), it.value()});
            !st)
            return server.refused(st.error(), QStringLiteral("change settings"));
        if (auto st = server.audit(QStringLiteral("setting.change"), it.key(), it.value()); !st)
            return st;
    }
    return tx.commit();
}

Status ServerReplica::markStale(const QStringList &tables) const
{
    State state = readState();
    if (state.xmin.isEmpty())
        return {};
    state.stale << tables;
    state.stale.removeDuplicates();
    return writeState(state.caseId, state.xmin, state.syncedAt, state.stale);
}

Status ServerReplica::writeState(const QString &caseId, const QString &xmin, const QDateTime &syncedAt,
                                 const QStringList &stale) const
{
    // Written beside and renamed over, without waiting for the disk: a state lost in a crash costs a whole copy.
    const QString target = stateFile(m_path);
    QFile out(target + QStringLiteral(".new"));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(out.fileName()));
    out.setPermissions(kOwnerOnly);
    const QJsonObject o{
        {QStringLiteral("case_id"), caseId},
        {QStringLiteral("xmin"), xmin},
        {QStringLiteral("schema_version"), serverschema::versionFromComment(serverschema::schemaComment())},
        {QStringLiteral("synced_at"), syncedAt.toString(Qt::ISODateWithMs)},
        {QStringLiteral("server_case"), m_address.text()},
        {QStringLiteral("stale"), QJsonArray::fromStringList(stale)}};
    const QByteArray bytes = QJsonDocument(o).toJson();
    const bool written = out.write(bytes) == bytes.size();
    out.close();
    QFile::remove(target);
    if (!written || !QFile::rename(out.fileName(), target))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1").arg(target));
    return {};
}

} // namespace caravan
