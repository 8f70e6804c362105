#pragma once

#include "models/core/Result.h"
#include "models/storage/CaseAddress.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerReplica.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QSocketNotifier;

namespace caravan {

class PgConnection;

// What ties an open document to its server case: the connection its writes go through (marks, decisions), the local
// replica its readers run on (models/storage/ServerReplica), and the colleagues' changes it follows. A LISTEN on the
// case's channel (a libpq socket watched by a QSocketNotifier in the GUI thread) starts an incremental sync on a worker
// thread when a colleague marks, decides or imports; without LISTEN a timer asks once a second instead. Syncs run one
// at a time; a change that arrives during one starts another after it.
class ServerLink : public QObject {
    Q_OBJECT
public:
    // Opens the writing connection; `address` may carry a password typed in the GUI (kept in memory only).
    static Result<std::unique_ptr<ServerLink>> open(const CaseAddress &address);
    ~ServerLink() override;

    const CaseAddress &address() const { return m_address; }
    ServerCase &server() { return *m_server; }
    CaseRole role() const { return m_server->role(); }
    // The database user whose account is in use.
    QString user() const;
    const ServerReplica &replica() const { return m_replica; }
    // When the replica last showed the server's case (the server's clock).
    const QDateTime &syncedAt() const { return m_syncedAt; }
    // The time of the sync that made the replica the document opened with.
    void noteSynced(const QDateTime &syncedAt) { m_syncedAt = syncedAt; }
    // True while colleagues' changes come by NOTIFY (false: the polling fallback).
    bool isListening() const { return m_notifier != nullptr; }

    // Brings the replica up to date now, on the calling (GUI) thread, after this window's own write: a few rows.
    Result<ReplicaSync> syncNow();
    // Starts following colleagues' changes (LISTEN, or polling when the server refuses it).
    void follow();
    // Asks for an incremental sync on a worker thread (another one after it when one is running).
    void requestSync();
    // For tests: the polling fallback even where LISTEN works.
    void setPolling(bool polling);

Q_SIGNALS:
    // A sync finished (on the GUI thread): the replica now shows the server's case as of result.syncedAt.
    void synced(const caravan::ReplicaSync &result);
    void syncFailed(const QString &message);

private:
    ServerLink(const CaseAddress &address, std::unique_ptr<ServerCase> server);
    void onNotified();
    void onSyncFinished();

    CaseAddress m_address;
    std::unique_ptr<ServerCase> m_server;
    ServerReplica m_replica;
    std::unique_ptr<PgConnection> m_listener;
    QSocketNotifier *m_notifier = nullptr;
    QTimer m_poll;
    struct Outcome {
        std::optional<ReplicaSync> done;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    bool m_again = false;
    QDateTime m_syncedAt;
};

} // namespace caravan
