#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>
#include <vector>

struct pg_conn;
struct pg_result;

namespace caravan {

// The rows a query returned (libpq's PGresult), freed with this object. Values come as text, as the server sent them.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result *result);
    PgResult(PgResult &&other) noexcept;
    PgResult &operator=(PgResult &&other) noexcept;
    ~PgResult();
    PgResult(const PgResult &) = delete;
    PgResult &operator=(const PgResult &) = delete;

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    qint64 int64(int row, int column) const;
    bool boolean(int row, int column) const; // PostgreSQL's 't' / 'f'
    // Rows changed by an INSERT, UPDATE or DELETE.
    qint64 affected() const;

private:
    pg_result *m_result = nullptr;
};

// A notification a LISTEN on this connection received (NOTIFY channel, payload).
struct PgNotification {
    QString channel;
    QString payload;
    int senderPid = 0;
};

// One libpq connection to a PostgreSQL server, owned by one thread, closed with this object. Every call returns its
// error as a value; the SQLSTATE of the last failure tells a refused right (42501) from other errors.
class PgConnection {
public:
    // `conninfo`: a libpq URI or key=value string. The password comes from libpq's usual places (PGPASSWORD,
    // ~/.pgpass); the client encoding is UTF-8.
    // `password`, when given (typed by the user in the GUI, held in memory only), goes to libpq beside the conninfo.
    // A server that asks for a password none of those places gave fails with ErrorCode::NeedsPassphrase.
    static Result<std::unique_ptr<PgConnection>> open(const QString &conninfo, const QString &password = {});
    ~PgConnection();
    PgConnection(const PgConnection &) = delete;
    PgConnection &operator=(const PgConnection &) = delete;

    // Runs one statement with $1, $2... parameters (a null QVariant is SQL NULL; others are sent as text).
    Result<PgResult> query(const QString &sql, const QVariantList &parameters = {});
    // Runs one statement, or several separated by ';' when there are no parameters; no rows expected.
    Status execute(const QString &sql, const QVariantList &parameters = {});

    // COPY ... FROM STDIN: `next` fills `chunk` with the next piece of COPY text data and returns false when none is
    // left; an error it returns aborts the COPY.
    Status copyIn(const QString &copySql, const std::function<Result<bool>(QByteArray &chunk)> &next);
    // The same, pushed by the caller: begin, data in any pieces, then end (or abort, which fails the COPY). No other
    // statement may run on the connection in between.
    Status beginCopyIn(const QString &copySql);
    Status putCopyData(QByteArrayView data);
    Status endCopyIn();
    void abortCopyIn();
    // COPY ... TO STDOUT: `row` receives each line of COPY text data (without its newline); its error stops the COPY.
    Status copyOut(const QString &copySql, const std::function<Status(QByteArrayView line)> &row);

    Status listen(const QString &channel);
    // The notifications that arrived; waits up to `timeoutMs` for the first one when none is pending.
    Result<std::vector<PgNotification>> notifications(int timeoutMs);

    // The SQLSTATE of the last failed call ("42501": insufficient privilege), empty after a success.
    const QString &lastSqlState() const { return m_lastSqlState; }
    bool lastWasPermissionDenied() const { return m_lastSqlState == u"42501"; }
    // The user name this connection logged in as.
    QString user() const;

    // The socket this connection reads notifications from (for a QSocketNotifier); -1 when closed.
    int socket() const;
    // The parts of a libpq URI or key=value string that name a server, a database and a user (host, port, dbname,
    // user), with libpq's defaults for what it leaves out; empty when the text cannot be parsed.
    static QHash<QString, QString> serverKeys(const QString &conninfo);

    // "name" with embedded quotes doubled: a safe SQL identifier.
    static QString quoteIdentifier(const QString &name);
    // 'text' with embedded quotes doubled: a safe SQL string literal (standard_conforming_strings is on).
    static QString quoteLiteral(const QString &text);

private:
    PgConnection() = default;
    Error failure(const QString &what, pg_result *result = nullptr);
    Status drainCopyResult(const QString &what);

    pg_conn *m_conn = nullptr;
    QString m_lastSqlState;
};

// BEGIN on construction; COMMIT on commit(), ROLLBACK when it goes out of scope uncommitted.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection &connection);
    ~PgTransaction();
    PgTransaction(const PgTransaction &) = delete;
    PgTransaction &operator=(const PgTransaction &) = delete;
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }
    Status commit();

private:
    PgConnection &m_connection;
    bool m_active = false;
    Error m_error;
};

} // namespace caravan
