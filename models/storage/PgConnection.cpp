#include "models/storage/PgConnection.h"

#include <libpq-fe.h>

#include <poll.h>

namespace caravan {

PgResult::PgResult(pg_result *result) : m_result(result)
{
}

PgResult::PgResult(PgResult &&other) noexcept : m_result(std::exchange(other.m_result, nullptr))
{
}

PgResult &PgResult::operator=(PgResult &&other) noexcept
{
    if (this != &other) {
        PQclear(m_result);
        m_result = std::exchange(other.m_result, nullptr);
    }
    return *this;
}

PgResult::~PgResult()
{
    PQclear(m_result);
}

int PgResult::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

int PgResult::columns() const
{
    return m_result ? PQnfields(m_result) : 0;
}

bool PgResult::isNull(int row, int column) const
{
    return PQgetisnull(m_result, row, column) != 0;
}

QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

qint64 PgResult::int64(int row, int column) const
{
    return QByteArray(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column)).toLongLong();
}

bool PgResult::boolean(int row, int column) const
{
    return PQgetlength(m_result, row, column) > 0 && PQgetvalue(m_result, row, column)[0] == 't';
}

qint64 PgResult::affected() const
{
    return m_result ? QByteArray(PQcmdTuples(m_result)).toLongLong() : 0;
}

Result<std::unique_ptr<PgConnection>> PgConnection::open(const QString &conninfo, const QString &password)
{
    std::unique_ptr<PgConnection> c(new PgConnection);
    const QByteArray info = conninfo.toUtf8();
    if (password.isEmpty()) {
        c->m_conn = PQconnectdb(info.constData());
    } else {
        const QByteArray secret = password.toUtf8();
        const char *const keywords[] = {"dbname", "password", nullptr};
        const char *const values[] = {info.constData(), secret.constData(), nullptr};
        c->m_conn = PQconnectdbParams(keywords, values, 1);
    }
    if (!c->m_conn)
        return makeError(ErrorCode::Database, QStringLiteral("cannot allocate a PostgreSQL connection"));
    if (PQstatus(c->m_conn) != CONNECTION_OK) {
        const QString why = QString::fromUtf8(PQerrorMessage(c->m_conn)).simplified();
        // No password, or a wrong one: a window asks for it (the CLI has none to ask).
        const bool wantsPassword = PQconnectionNeedsPassword(c->m_conn) || PQconnectionUsedPassword(c->m_conn);
        return makeError(wantsPassword ? ErrorCode::NeedsPassphrase : ErrorCode::Io,
                         QStringLiteral("cannot connect to the PostgreSQL server: %1").arg(why));
    }
    // The server's notices (a REVOKE of a role not held, ...) are not for the user's terminal.
    PQsetNoticeProcessor(
        c->m_conn, [](void *, const char *) {}, nullptr);
    if (PQsetClientEncoding(c->m_conn, "UTF8") != 0)
        return makeError(ErrorCode::Database, QStringLiteral("the server does not accept UTF-8 as client encoding"));
    return c;
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Error PgConnection::failure(const QString &what, pg_result *result)
{
    QString message;
    if (result) {
        m_lastSqlState = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
        message = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    }
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
    return makeError(ErrorCode::Database, what.isEmpty() ? message : what + QStringLiteral(": ") + message);
}

Result<PgResult> PgConnection::query(const QString &sql, const QVariantList &parameters)
{
    m_lastSqlState.clear();
    const QByteArray statement = sql.toUtf8();
    pg_result *raw = nullptr;
    if (parameters.isEmpty()) {
        raw = PQexec(m_conn, statement.constData());
    } else {
        std::vector<QByteArray> values;
        std::vector<const char *> pointers;
        values.reserve(static_cast<size_t>(parameters.size()));
        for (const QVariant &p : parameters) {
            if (p.isNull()) {
                values.emplace_back();
                pointers.push_back(nullptr);
            } else {
                values.push_back(p.toString().toUtf8());
                pointers.push_back(values.back().constData());
            }
        }
        raw = PQexecParams(m_conn, statement.constData(), static_cast<int>(pointers.size()), nullptr, pointers.data(),
                           nullptr, nullptr, 0);
    }
    PgResult result(raw);
    const ExecStatusType status = raw ? PQresultStatus(raw) : PGRES_FATAL_ERROR;
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        return failure(QString(), raw);
    return result;
}

Status PgConnection::execute(const QString &sql, const QVariantList &parameters)
{
    auto result = query(sql, parameters);
    if (!result)
        return result.error();
    return {};
}

Status PgConnection::drainCopyResult(const QString &what)
{
    Status status;
    while (pg_result *raw = PQgetResult(m_conn)) {
        PgResult result(raw);
        if (PQresultStatus(raw) != PGRES_COMMAND_OK && status)
            status = failure(what, raw);
    }
    return status;
}

Status PgConnection::beginCopyIn(const QString &copySql)
{
    m_lastSqlState.clear();
    pg_result *raw = PQexec(m_conn, copySql.toUtf8().constData());
    PgResult holder(raw);
    if (!raw || PQresultStatus(raw) != PGRES_COPY_IN)
        return failure(QStringLiteral("cannot start COPY"), raw);
    return {};
}

Status PgConnection::putCopyData(QByteArrayView data)
{
    if (data.isEmpty() || PQputCopyData(m_conn, data.data(), static_cast<int>(data.size())) == 1)
        return {};
    const Error error = failure(QStringLiteral("COPY failed"));
    (void)drainCopyResult(QString());
    return error;
}

Status PgConnection::endCopyIn()
{
    if (PQputCopyEnd(m_conn, nullptr) != 1)
        return failure(QStringLiteral("COPY failed"));
    return drainCopyResult(QStringLiteral("COPY failed"));
}

void PgConnection::abortCopyIn()
{
    PQputCopyEnd(m_conn, "stopped by the client");
    (void)drainCopyResult(QString());
}

Status PgConnection::copyIn(const QString &copySql, const std::function<Result<bool>(QByteArray &chunk)> &next)
{
    if (auto st = beginCopyIn(copySql); !st)
        return st;
    QByteArray chunk;
    for (;;) {
        chunk.clear();
        Result<bool> more = next(chunk);
        if (!more) {
            abortCopyIn();
            return more.error();
        }
        if (auto st = putCopyData(chunk); !st)
            return st;
        if (!*more)
            break;
    }
    return endCopyIn();
}

Status PgConnection::copyOut(const QString &copySql, const std::function<Status(QByteArrayView line)> &row)
{
    m_lastSqlState.clear();
    {
        pg_result *raw = PQexec(m_conn, copySql.toUtf8().constData());
        PgResult holder(raw);
        if (!raw || PQresultStatus(raw) != PGRES_COPY_OUT)
            return failure(QStringLiteral("cannot start COPY"), raw);
    }
    Status stopped;
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(m_conn, &buffer, 0)) > 0) {
        // After an error of `row`, the rest of the data is read and dropped: libpq has no way to stop a COPY OUT.
        if (stopped) {
            const qsizetype n = length > 0 && buffer[length - 1] == '\n' ? length - 1 : length;
            stopped = row(QByteArrayView(buffer, n));
        }
        PQfreemem(buffer);
    }
    if (length == -2)
        return failure(QStringLiteral("COPY failed"));
    Status finished = drainCopyResult(QStringLiteral("COPY failed"));
    return stopped ? finished : stopped;
}

Status PgConnection::listen(const QString &channel)
{
    return execute(QStringLiteral("LISTEN ") + quoteIdentifier(channel));
}

Result<std::vector<PgNotification>> PgConnection::notifications(int timeoutMs)
{
    std::vector<PgNotification> received;
    const auto collect = [&] {
        if (PQconsumeInput(m_conn) != 1)
            return false;
        while (PGnotify *n = PQnotifies(m_conn)) {
            received.push_back(PgNotification{QString::fromUtf8(n->relname), QString::fromUtf8(n->extra), n->be_pid});
            PQfreemem(n);
        }
        return true;
    };
    if (!collect())
        return failure(QStringLiteral("lost the connection while waiting for notifications"));
    if (received.empty() && timeoutMs > 0) {
        pollfd fd{PQsocket(m_conn), POLLIN, 0};
        if (poll(&fd, 1, timeoutMs) > 0 && !collect())
            return failure(QStringLiteral("lost the connection while waiting for notifications"));
    }
    return received;
}

int PgConnection::socket() const
{
    return m_conn ? PQsocket(m_conn) : -1;
}

QHash<QString, QString> PgConnection::serverKeys(const QString &conninfo)
{
    QHash<QString, QString> keys;
    char *error = nullptr;
    PQconninfoOption *options = PQconninfoParse(conninfo.toUtf8().constData(), &error);
    PQfreemem(error);
    if (!options)
        return keys;
    PQconninfoOption *defaults = PQconndefaults();
    for (const char *name : {"host", "hostaddr", "port", "dbname", "user"}) {
        QString value;
        for (PQconninfoOption *o = options; o->keyword; ++o)
            if (qstrcmp(o->keyword, name) == 0 && o->val)
                value = QString::fromUtf8(o->val);
        for (PQconninfoOption *o = defaults; value.isEmpty() && o && o->keyword; ++o)
            if (qstrcmp(o->keyword, name) == 0 && o->val)
                value = QString::fromUtf8(o->val);
        keys.insert(QString::fromLatin1(name), value);
    }
    if (keys.value(QStringLiteral("dbname")).isEmpty())
        keys.insert(QStringLiteral("dbname"), keys.value(QStringLiteral("user")));
    PQconninfoFree(defaults);
    PQconninfoFree(options);
    return keys;
}

QString PgConnection::user() const
{
    return QString::fromUtf8(PQuser(m_conn));
}

QString PgConnection::quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

QString PgConnection::quoteLiteral(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', QStringLiteral("''"));
    return u'\'' + quoted + u'\'';
}

PgTransaction::PgTransaction(PgConnection &connection) : m_connection(connection)
{
    if (auto st = m_connection.execute(QStringLiteral("BEGIN")); st)
        m_active = true;
    else
        m_error = st.error();
}

PgTransaction::~PgTransaction()
{
    if (m_active)
        (void)m_connection.execute(QStringLiteral("ROLLBACK"));
}

Status PgTransaction::commit()
{
    if (!m_active)
        return m_error;
    m_active = false;
    return m_connection.execute(QStringLiteral("COMMIT"));
}

} // namespace caravan
