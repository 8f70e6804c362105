#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/storage/CaseAddress.h"

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace caravan {

class CaseFile;
class PgConnection;
class ServerCase;

// What one sync of a read replica did.
struct ReplicaSync {
    QString path;       // the replica, a case file
    QDateTime syncedAt; // the server's time of the snapshot the replica now shows (UTC)
    bool full = false;  // copied whole: the first time, or when the case was replaced on the server
    QStringList tables; // the tables read again or added to (all of them after a full copy)
    qint64 rows = 0;    // the rows copied
};

// A local read replica of a server case: a case file under the user's cache folder (mode 0600), keyed by the server,
// the database, the user and the case, on which every reader, detector, item model and the report run unchanged, as
// on any case file. Writes (marks, decisions, imports, settings) go to the server; the replica follows them.
//
// The first sync copies the whole case (the server -> file copy of models/storage/ServerCaseCopy). Later syncs ask the
// server's change log (serverschema::changesTable(): one row per statement with its transaction id) which tables
// transactions invisible to the previous sync's snapshot changed, and read only those: a table that only had rows
// inserted takes the rows above its highest id (and is read whole when its row count then differs, as when two
// transactions committed out of id order); a table with rows updated or deleted (marks, decisions, settings, what a
// merge moved) is read whole. Everything happens in one REPEATABLE READ snapshot of the server and one transaction
// of the replica, so the replica always shows one moment of the case. One sync at a time per replica (a lock file).
class ServerReplica {
public:
    explicit ServerReplica(CaseAddress address, QString folder = defaultFolder());

    // <the user's generic cache folder>/caravan/replicas, or the folder CARAVAN_REPLICA_DIR names
    static QString defaultFolder();

    const CaseAddress &address() const { return m_address; }
    // The replica's case file (it exists after a sync).
    const QString &path() const { return m_path; }

    // Brings the replica up to date on a connection of its own (libpq finds the password as usual).
    Result<ReplicaSync> sync(Progress &progress);
    // The same on an open connection whose search_path is the case's schema (ServerCase::connection()); no
    // transaction may be open on it.
    Result<ReplicaSync> sync(PgConnection &server, Progress &progress);

    // Makes the next sync read `tables` whole: a command changed them in the replica itself (its settings and audit
    // rows), which the server's rows must replace.
    Status markStale(const QStringList &tables) const;

    // The settings of a case file (key -> value).
    static QHash<QString, QString> settingsOf(const CaseFile &file);
    // Sends to the server the settings that changed in `replica` since `before` was read from it (a command that
    // saves its settings with its results, as `chains` does), each with its audit row; a reader is refused.
    static Status pushSettings(const QHash<QString, QString> &before, const CaseFile &replica, ServerCase &server);

private:
    struct State;
    Result<ReplicaSync> copyWhole(PgConnection &server, const QString &title, Progress &progress);
    Result<ReplicaSync> copyChanges(PgConnection &server, const State &previous, Progress &progress);
    Status writeState(const QString &caseId, const QString &xmin, const QDateTime &syncedAt,
                      const QStringList &stale = {}) const;
    State readState() const;

    CaseAddress m_address;
    QString m_folder;
    QString m_path;
};

} // namespace caravan
