#pragma once

#include "models/storage/PgConnection.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace caravan::test {

// A PostgreSQL 15 server of the test process's own: initdb into a temporary folder, pg_ctl on a free loopback port with
// its socket in that folder, stopped (and the folder removed) when the process ends. PostgreSQL refuses to run as
// root: as root the server runs as the unprivileged `postgres` user (runuser), which owns the folder. Connections
// from 127.0.0.1 authenticate with SCRAM: every role's password is kPassword, which the process (and the caravan-cli
// it runs) finds in PGPASSWORD. The superuser is `postgres`, and the database `caravan` exists.
//
// Without the server binaries (packaging/deps.sh installs them) a test ends with kSkipExitCode, except in CI (the
// environment variable CI is "true"), where it fails: CI never skips these tests.
class PgCluster {
public:
    static constexpr const char *kPassword = "caravan-test-password";

    // The process's cluster, started on first use, emptied for the calling test: the database `caravan` made anew and
    // every role but the superuser dropped.
    static PgCluster &fresh();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    int port() const { return m_port; }
    // postgresql://USER@127.0.0.1:PORT/DATABASE[?case=CASE]
    QString uri(const QString &user, const QString &caseName = {},
                const QString &database = QStringLiteral("caravan")) const;
    // A connection as `user` (the superuser by default); REQUIREs that it opens.
    std::unique_ptr<PgConnection> connect(const QString &user = QStringLiteral("postgres"),
                                          const QString &database = QStringLiteral("caravan")) const;
    // Runs SQL as the superuser on `caravan`; REQUIREs success.
    void superuser(const QString &sql) const;
    // A login role; `mayCreateCases` adds CREATEROLE and CREATE on the database (what `caravan-cli new` needs).
    void createLogin(const QString &name, bool mayCreateCases = false) const;

private:
    PgCluster() = default;
    void start();
    void reset();
    bool runServerTool(const QStringList &arguments, QString *output = nullptr) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    int m_port = 0;
    bool m_asPostgresUser = false;
    bool m_running = false;
};

} // namespace caravan::test
