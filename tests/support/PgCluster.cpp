#include "PgCluster.h"

#include "TempCase.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>

namespace caravan::test {

namespace {

// A port nobody listens on now; the server takes it a moment later (start() retries if someone else got there first).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

[[noreturn]] void cannotRun(const QString &why)
{
    if (qEnvironmentVariable("CI") == u"true")
        FAIL(QString(QStringLiteral("PostgreSQL tests cannot run in CI: ") + why).toStdString());
    std::fprintf(stderr, "skipped: %s (packaging/deps.sh installs PostgreSQL 15)\n", qPrintable(why));
    std::fflush(stderr);
    std::_Exit(kSkipExitCode);
}

} // namespace

PgCluster &PgCluster::fresh()
{
    static PgCluster cluster;
    // A test that changed how passwords are found (PGPASSFILE) does not carry that into the next one.
    qputenv("PGPASSWORD", kPassword);
    qunsetenv("PGPASSFILE");
    if (!cluster.m_running)
        cluster.start();
    else
        cluster.reset();
    return cluster;
}

void PgCluster::reset()
{
    auto postgres = connect(QStringLiteral("postgres"), QStringLiteral("postgres"));
    REQUIRE(postgres->execute(QStringLiteral("DROP DATABASE caravan WITH (FORCE)")).ok());
    auto roles = postgres->query(
        QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname <> 'postgres' AND rolname NOT LIKE 'pg\\_%'"));
    REQUIRE(roles.ok());
    for (int i = 0; i < roles->rows(); ++i)
        REQUIRE(
            postgres->execute(QStringLiteral("DROP ROLE ") + PgConnection::quoteIdentifier(roles->text(i, 0))).ok());
    REQUIRE(postgres->execute(QStringLiteral("CREATE DATABASE caravan")).ok());
}

bool PgCluster::runServerTool(const QStringList &arguments, QString *output) const
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (m_asPostgresUser)
        process.start(QStringLiteral("runuser"),
                      QStringList{QStringLiteral("-u"), QStringLiteral("postgres"), QStringLiteral("--")} + arguments);
    else
        process.start(arguments.first(), arguments.mid(1));
    if (!process.waitForStarted(10000) || !process.waitForFinished(120000))
        return false;
    if (output)
        *output = QString::fromLocal8Bit(process.readAll());
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

void PgCluster::start()
{
    m_binDir = qEnvironmentVariable("CARAVAN_PG_BINDIR", QStringLiteral("/usr/lib/postgresql/15/bin"));
    for (const char *tool : {"initdb", "pg_ctl", "postgres"})
        if (!QFileInfo(m_binDir + u'/' + QLatin1String(tool)).isExecutable())
            cannotRun(QStringLiteral("%1/%2 is missing").arg(m_binDir, QLatin1String(tool)));
    REQUIRE(m_dir.isValid());
    if (::geteuid() == 0) {
        const passwd *user = ::getpwnam("postgres");
        if (!user)
            cannotRun(QStringLiteral("running as root, and there is no `postgres` user to run the server as"));
        REQUIRE(::chown(QFile::encodeName(m_dir.path()).constData(), user->pw_uid, user->pw_gid) == 0);
        m_asPostgresUser = true;
    }
    const QString data = m_dir.filePath(QStringLiteral("data"));
    // Connections over TCP authenticate with a password (SCRAM), as on a team's server; the tests give it the way
    // users do, in PGPASSWORD (every role of the cluster has the same one).
    const QString passwordFile = m_dir.filePath(QStringLiteral("superuser-password"));
    writeFile(passwordFile, kPassword);
    QFile::setPermissions(passwordFile, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther);
    QString output;
    const bool initialised = runServerTool(
        {m_binDir + QStringLiteral("/initdb"), QStringLiteral("-D"), data, QStringLiteral("-U"),
         QStringLiteral("postgres"), QStringLiteral("--pwfile"), passwordFile, QStringLiteral("--auth-local=trust"),
         QStringLiteral("--auth-host=scram-sha-256"), QStringLiteral("-E"), QStringLiteral("UTF8"),
         QStringLiteral("--no-locale"), QStringLiteral("--no-sync")},
        &output);
    INFO(output.toStdString());
    REQUIRE(initialised);
    // Durability is not what these tests are about: no fsync keeps a test's cluster fast on a shared disk.
    for (int attempt = 0; attempt < 3 && !m_running; ++attempt) {
        m_port = freeLoopbackPort();
        REQUIRE(m_port > 0);
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off "
                                               "-c synchronous_commit=off -c full_page_writes=off")
                                    .arg(m_port)
                                    .arg(m_dir.path());
        m_running =
            runServerTool({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"), data, QStringLiteral("-l"),
                           m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"), QStringLiteral("-t"),
                           QStringLiteral("60"), QStringLiteral("-o"), options, QStringLiteral("start")},
                          &output);
    }
    INFO(output.toStdString());
    REQUIRE(m_running);
    auto postgres = connect(QStringLiteral("postgres"), QStringLiteral("postgres"));
    REQUIRE(postgres->execute(QStringLiteral("CREATE DATABASE caravan")).ok());
}

PgCluster::~PgCluster()
{
    if (m_running)
        runServerTool({m_binDir + QStringLiteral("/pg_ctl"), QStringLiteral("-D"),
                       m_dir.filePath(QStringLiteral("data")), QStringLiteral("-w"), QStringLiteral("-m"),
                       QStringLiteral("immediate"), QStringLiteral("stop")});
}

QString PgCluster::uri(const QString &user, const QString &caseName, const QString &database) const
{
    QString text = QStringLiteral("postgresql://%1@127.0.0.1:%2/%3").arg(user).arg(m_port).arg(database);
    if (!caseName.isEmpty())
        text += QStringLiteral("?case=") + caseName;
    return text;
}

std::unique_ptr<PgConnection> PgCluster::connect(const QString &user, const QString &database) const
{
    auto c = PgConnection::open(uri(user, {}, database));
    INFO((c ? QString() : c.error().message).toStdString());
    REQUIRE(c.ok());
    return c.takeValue();
}

void PgCluster::superuser(const QString &sql) const
{
    auto c = connect();
    const Status st = c->execute(sql);
    INFO((st ? QString() : st.error().message).toStdString());
    REQUIRE(st.ok());
}

void PgCluster::createLogin(const QString &name, bool mayCreateCases) const
{
    const QString role = PgConnection::quoteIdentifier(name);
    superuser(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD %2%3")
                  .arg(role, PgConnection::quoteLiteral(QString::fromLatin1(kPassword)),
                       mayCreateCases ? QStringLiteral(" CREATEROLE") : QString()));
    if (mayCreateCases)
        superuser(QStringLiteral("GRANT CREATE ON DATABASE caravan TO %1").arg(role));
}

} // namespace caravan::test
