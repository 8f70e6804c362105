#include "models/editing/ServerLink.h"

#include "models/storage/PgConnection.h"
#include "models/storage/ServerSchema.h"

#include <QSocketNotifier>
#include <QtConcurrent/QtConcurrentRun>

namespace caravan {

Result<std::unique_ptr<ServerLink>> ServerLink::open(const CaseAddress &address)
{
    auto server = ServerCase::open(address);
    if (!server)
        return server.error();
    return std::unique_ptr<ServerLink>(new ServerLink(address, server.takeValue()));
}

ServerLink::ServerLink(const CaseAddress &address, std::unique_ptr<ServerCase> server)
    : m_address(address), m_server(std::move(server)), m_replica(address)
{
    m_poll.setInterval(1000);
    connect(&m_poll, &QTimer::timeout, this, &ServerLink::requestSync);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, &ServerLink::onSyncFinished);
}

ServerLink::~ServerLink()
{
    m_poll.stop();
    m_watcher.waitForFinished();
}

QString ServerLink::user() const
{
    return m_server->connection().user();
}

Result<ReplicaSync> ServerLink::syncNow()
{
    // A sync on the worker thread holds the replica's lock: this one waits for it, then finds what is left.
    NullProgress progress;
    auto done = m_replica.sync(m_server->connection(), progress);
    if (done) {
        m_syncedAt = done->syncedAt;
        Q_EMIT synced(*done);
    }
    return done;
}

void ServerLink::follow()
{
    if (m_notifier || m_poll.isActive())
        return;
    auto listener = PgConnection::open(m_address.connectionUri(), m_address.password());
    if (listener && (*listener)->listen(serverschema::notifyChannel(m_address.caseName()))) {
        m_listener = listener.takeValue();
        m_notifier = new QSocketNotifier(static_cast<qintptr>(m_listener->socket()), QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &ServerLink::onNotified);
        return;
    }
    m_poll.start();
}

void ServerLink::setPolling(bool polling)
{
    delete m_notifier;
    m_notifier = nullptr;
    m_listener.reset();
    m_poll.stop();
    if (polling)
        m_poll.start();
    else
        follow();
}

void ServerLink::onNotified()
{
    auto received = m_listener->notifications(0);
    if (!received) {
        // The connection is gone: ask once a second instead.
        delete m_notifier;
        m_notifier = nullptr;
        m_poll.start();
        return;
    }
    if (!received->empty())
        requestSync();
}

void ServerLink::requestSync()
{
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    m_again = false;
    m_watcher.setFuture(QtConcurrent::run([replica = m_replica]() mutable {
        NullProgress progress;
        auto done = replica.sync(progress);
        return done ? Outcome{*done, {}} : Outcome{std::nullopt, done.error().message};
    }));
}

void ServerLink::onSyncFinished()
{
    const Outcome outcome = m_watcher.result();
    if (outcome.done) {
        m_syncedAt = outcome.done->syncedAt;
        Q_EMIT synced(*outcome.done);
    } else {
        Q_EMIT syncFailed(outcome.error);
    }
    if (m_again)
        requestSync();
}

} // namespace caravan
