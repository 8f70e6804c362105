#include "models/storage/ServerCaseCopy.h"

#include "models/storage/CaseAddress.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/storage/CopyText.h"
#include "models/storage/PgConnection.h"
#include "models/storage/Schema.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerMergeWork.h"
#include "models/storage/ServerSchema.h"
#include "models/storage/Sqlite.h"

#include <QFile>

#include <sqlite3.h>

#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace caravan::servercopy {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;

QString quoted(const QString &name)
{
    return PgConnection::quoteIdentifier(name);
}

QString columnList(const serverschema::FileTable &table)
{
    QStringList columns;
    for (const QString &c : table.columns)
        columns << quoted(c);
    return columns.join(u',');
}

// One field of a COPY text line, unescaped; nullopt for \N.
std::optional<QByteArray> unescaped(QByteArrayView field)
{
    if (field == "\\N")
        return std::nullopt;
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\' || i + 1 == field.size()) {
            out.append(c);
            continue;
        }
        const char e = field[++i];
        switch (e) {
        case 'b':
            out.append('\b');
            break;
        case 'f':
            out.append('\f');
            break;
        case 'n':
            out.append('\n');
            break;
        case 'r':
            out.append('\r');
            break;
        case 't':
            out.append('\t');
            break;
        case 'v':
            out.append('\v');
            break;
        default:
            out.append(e); // \\ and any other escaped character stand for themselves
        }
    }
    return out;
}

// One file table as COPY text, a chunk at a time; remembers the highest row id it read.
class TableText {
public:
    // `columns` of the table (all by default), of the rows whose id is above `aboveId` (all by default).
    TableText(sqlite3 *db, const serverschema::FileTable &table, const QStringList &columns = {},
              std::optional<qint64> aboveId = std::nullopt)
        : m_db(db)
    {
        const QStringList &wanted = columns.isEmpty() ? table.columns : columns;
        QStringList quotedColumns;
        for (const QString &c : wanted)
            quotedColumns << u'"' + c + u'"';
        QString select = QStringLiteral("SELECT %1 FROM \"%2\"").arg(quotedColumns.join(u','), table.name);
        if (aboveId)
            select += QStringLiteral(" WHERE id > %1 ORDER BY id").arg(*aboveId);
        if (sqlite3_prepare_v2(db, select.toUtf8().constData(), -1, &m_statement, nullptr) != SQLITE_OK)
            m_error = makeError(ErrorCode::Database, sqliteError(db));
        m_idColumn = table.hasRowId ? static_cast<int>(wanted.indexOf(QStringLiteral("id"))) : -1;
    }
    ~TableText() { sqlite3_finalize(m_statement); }
    TableText(const TableText &) = delete;
    TableText &operator=(const TableText &) = delete;

    // Fills `chunk` with about kChunkBytes of rows; false when the table is done.
    Result<bool> next(QByteArray &chunk)
    {
        if (m_error)
            return *m_error;
        if (m_done)
            return false;
        chunk.reserve(kChunkBytes + 4096);
        const int n = sqlite3_column_count(m_statement);
        while (chunk.size() < kChunkBytes) {
            const int step = sqlite3_step(m_statement);
            if (step == SQLITE_DONE) {
                m_done = true;
                break;
            }
            if (step != SQLITE_ROW)
                return makeError(ErrorCode::Database, sqliteError(m_db));
            for (int c = 0; c < n; ++c) {
                if (c > 0)
                    chunk.append('\t');
                switch (sqlite3_column_type(m_statement, c)) {
                case SQLITE_NULL:
                    copytext::appendNull(chunk);
                    break;
                case SQLITE_INTEGER: {
                    const qint64 v = sqlite3_column_int64(m_statement, c);
                    if (c == m_idColumn && v > m_maxId)
                        m_maxId = v;
                    copytext::appendNumber(chunk, v);
                    break;
                }
                case SQLITE_FLOAT:
                    copytext::appendNumber(chunk, sqlite3_column_double(m_statement, c));
                    break;
                default:
                    copytext::appendText(chunk, reinterpret_cast<const char *>(sqlite3_column_text(m_statement, c)),
                                         sqlite3_column_bytes(m_statement, c));
                }
            }
            chunk.append('\n');
            m_rows.fetch_add(1, std::memory_order_relaxed);
        }
        return true;
    }
    // Read by the thread that reports progress while another one reads the table.
    qint64 rows() const { return m_rows.load(std::memory_order_relaxed); }
    qint64 maxId() const { return m_maxId; }

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    std::optional<Error> m_error;
    int m_idColumn = -1;
    bool m_done = false;
    std::atomic<qint64> m_rows{0};
    qint64 m_maxId = 0;
};

// Reads a table into chunks on a thread of its own while the server takes the previous chunks, so that reading the
// file and loading the server overlap. The file's connection is used by that thread alone until it is joined.
class ChunkPipe {
public:
    explicit ChunkPipe(TableText &source) : m_thread([this, &source] { produce(source); }) {}
    ~ChunkPipe()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopped = true;
        }
        m_changed.notify_all();
        m_thread.join();
    }
    ChunkPipe(const ChunkPipe &) = delete;
    ChunkPipe &operator=(const ChunkPipe &) = delete;

    Result<bool> next(QByteArray &chunk)
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_chunks.empty() || m_finished; });
        if (!m_chunks.empty()) {
            chunk = std::move(m_chunks.front());
            m_chunks.pop_front();
            m_changed.notify_all();
            return true;
        }
        if (m_error)
            return *m_error;
        return false;
    }

private:
    void produce(TableText &source)
    {
        for (;;) {
            QByteArray chunk;
            Result<bool> more = source.next(chunk);
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_chunks.size() < kDepth || m_stopped; });
            if (m_stopped)
                return;
            if (!more)
                m_error = more.error();
            else if (!chunk.isEmpty())
                m_chunks.push_back(std::move(chunk));
            if (!more || !*more) {
                m_finished = true;
                m_changed.notify_all();
                return;
            }
            m_changed.notify_all();
        }
    }

    static constexpr size_t kDepth = 4;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_chunks;
    std::optional<Error> m_error;
    bool m_finished = false;
    bool m_stopped = false;
    std::thread m_thread;
};

// Streams one file table into the server with COPY, and sets its identity column to continue after the highest id
// copied. FREEZE: the table was made in this transaction, so its rows can be written as already visible to all,
// sparing the first reader from rewriting every page's hint bits.
Status copyTableIn(sqlite3 *db, PgConnection &pg, const serverschema::FileTable &table, Progress &progress,
                   qint64 &rows)
{
    TableText text(db, table);
    {
        ChunkPipe pipe(text);
        const qint64 before = rows;
        auto st =
            pg.copyIn(QStringLiteral("COPY %1(%2) FROM STDIN WITH (FREEZE)").arg(quoted(table.name), columnList(table)),
                      [&](QByteArray &chunk) -> Result<bool> {
                          if (progress.isCancelled())
                              return makeError(ErrorCode::Cancelled, QStringLiteral("the copy was cancelled"));
                          progress.setProgress(before + text.rows(), -1);
                          return pipe.next(chunk);
                      });
        if (!st)
            return st;
    }
    rows += text.rows();
    if (!table.hasRowId)
        return {};
    return pg.execute(QStringLiteral("SELECT setval(pg_get_serial_sequence($1, 'id'), $2, $3)"),
                      {quoted(table.name), qMax<qint64>(text.maxId(), 1), text.maxId() > 0 ? "true" : "false"});
}

// Binds one value read from the server as the file's declared column type, so SQLite stores what it stored before.
void bindAs(sqlite3_stmt *statement, int index, const QString &declaredType, const std::optional<QByteArray> &value)
{
    if (!value) {
        sqlite3_bind_null(statement, index);
    } else if (declaredType == u"INTEGER") {
        sqlite3_bind_int64(statement, index, value->toLongLong());
    } else if (declaredType == u"REAL") {
        sqlite3_bind_double(statement, index, value->toDouble());
    } else {
        sqlite3_bind_text(statement, index, value->constData(), static_cast<int>(value->size()), SQLITE_TRANSIENT);
    }
}

} // namespace

Status copyRowsOut(PgConnection &pg, sqlite3 *db, const serverschema::FileTable &table, Progress &progress,
                   qint64 &rows, std::optional<qint64> aboveId)
{
    if (!aboveId)
        if (auto st = sqliteExec(db, QStringLiteral("DELETE FROM \"%1\"").arg(table.name)); !st)
            return st;
    QStringList placeholders;
    QStringList columns;
    for (const QString &c : table.columns) {
        placeholders << QStringLiteral("?");
        columns << u'"' + c + u'"';
    }
    const QByteArray insert = QStringLiteral("INSERT INTO \"%1\"(%2) VALUES(%3)")
                                  .arg(table.name, columns.join(u','), placeholders.join(u','))
                                  .toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, insert.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, sqliteError(db));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    const qsizetype n = table.columns.size();
    const QString where = aboveId ? QStringLiteral(" WHERE id > %1").arg(*aboveId) : QString();
    return pg.copyOut(QStringLiteral("COPY (SELECT %1 FROM %2%3 ORDER BY 1) TO STDOUT")
                          .arg(columnList(table), quoted(table.name), where),
                      [&](QByteArrayView line) -> Status {
                          if (progress.isCancelled())
                              return makeError(ErrorCode::Cancelled, QStringLiteral("the copy was cancelled"));
                          qsizetype start = 0;
                          for (qsizetype c = 0; c < n; ++c) {
                              qsizetype end = line.indexOf('\t', start);
                              if (end < 0)
                                  end = line.size();
                              bindAs(raw, static_cast<int>(c + 1), table.declaredTypes.at(c),
                                     unescaped(line.sliced(start, end - start)));
                              start = end + 1;
                          }
                          const int step = sqlite3_step(raw);
                          sqlite3_reset(raw);
                          if (step != SQLITE_DONE)
                              return makeError(
                                  ErrorCode::Database,
                                  QStringLiteral("cannot store a row of %1: %2").arg(table.name, sqliteError(db)));
                          if (++rows % 65536 == 0)
                              progress.setProgress(rows, -1);
                          return {};
                      });
}

Result<CopyCount> copyCaseOut(PgConnection &pg, CaseFile &file, Progress &progress)
{
    auto tables = serverschema::fileTables(file.handle());
    if (!tables)
        return tables.error();
    CopyCount count;
    for (const serverschema::FileTable &t : *tables) {
        if (auto st = copyRowsOut(pg, file.handle(), t, progress, count.rows); !st)
            return makeError(st.error().code,
                             QStringLiteral("cannot copy the table %1: %2").arg(t.name, st.error().message));
        ++count.tables;
    }
    return count;
}

namespace {

Status currentVersion(CaseFile &file)
{
    if (file.schemaVersion() != schema::kCurrentVersion)
        return makeError(ErrorCode::NewerSchema,
                         QStringLiteral("the case has schema %1, not %2: open it once with this Caravan first")
                             .arg(file.schemaVersion())
                             .arg(schema::kCurrentVersion));
    return {};
}

void removeCaseFile(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
}

} // namespace

Result<CopyCount> fileToServer(CaseFile &source, const CaseAddress &target, Progress &progress)
{
    if (auto st = currentVersion(source); !st)
        return st.error();
    auto tables = serverschema::fileTables(source.handle());
    if (!tables)
        return tables.error();
    CopyCount count;
    progress.setStatus(QStringLiteral("copying %1 to the server").arg(source.path()));
    // One read transaction on the file, so the copy is one consistent moment of it.
    if (auto st = sqliteExec(source.handle(), QStringLiteral("BEGIN")); !st)
        return st.error();
    const std::unique_ptr<sqlite3, void (*)(sqlite3 *)> endRead(
        source.handle(), [](sqlite3 *db) { sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr); });
    auto created = ServerCase::create(target, source.title(), [&](PgConnection &pg) -> Status {
        for (const serverschema::FileTable &t : *tables) {
            if (auto st = copyTableIn(source.handle(), pg, t, progress, count.rows); !st)
                return makeError(st.error().code,
                                 QStringLiteral("cannot copy the table %1: %2").arg(t.name, st.error().message));
            ++count.tables;
        }
        return Status{};
    });
    if (!created)
        return created.error();
    progress.setProgress(count.rows, count.rows);
    return count;
}

Result<CopyCount> serverToFile(const CaseAddress &source, const QString &targetPath, Progress &progress)
{
    auto opened = ServerCase::open(source);
    if (!opened)
        return opened.error();
    ServerCase &server = **opened;
    auto created = CaseFile::create(targetPath, server.title());
    if (!created)
        return created.error();
    std::unique_ptr<CaseFile> file = created.takeValue();
    const auto fail = [&](const Error &error) -> Error {
        file.reset();
        removeCaseFile(targetPath);
        return error;
    };
    progress.setStatus(QStringLiteral("copying the case %1 into %2").arg(source.caseName(), targetPath));
    PgTransaction snapshot(server.connection());
    if (auto st =
            server.connection().execute(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY"));
        !st)
        return fail(st.error());
    Transaction tx(file->handle());
    if (!tx.isActive())
        return fail(makeError(ErrorCode::Database, sqliteError(file->handle())));
    // Rows arrive table by table; references are checked once, at commit.
    if (auto st = sqliteExec(file->handle(), QStringLiteral("PRAGMA defer_foreign_keys = ON")); !st)
        return fail(st.error());
    // The server's time of the snapshot and the case's identity: what a later --merge-work compares with.
    auto origin = server.connection().query(QStringLiteral(
        "SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), (SELECT value FROM "
        "meta WHERE key = 'case_id')"));
    if (!origin)
        return fail(origin.error());
    auto copied = copyCaseOut(server.connection(), *file, progress);
    if (!copied)
        return fail(copied.error());
    const CopyCount count = *copied;
    if (auto st = tx.commit(); !st)
        return fail(st.error());
    if (auto st = servermerge::recordOrigin(*file, source.caseName(), origin->text(0, 1), origin->text(0, 0)); !st)
        return fail(st.error());
    progress.setProgress(count.rows, count.rows);
    return count;
}

namespace {

// What a staging file takes from the server before an import; their new rows keep the ids the staging file gave.
const QStringList kPulledTables{QStringLiteral("sources"), QStringLiteral("entities"),
                                QStringLiteral("entity_identifiers")};
// What an import writes (models/import/ImportJob), in an order their foreign keys allow.
const QStringList kImportedTables{QStringLiteral("sources"),           QStringLiteral("entities"),
                                  QStringLiteral("entity_names"),      QStringLiteral("entity_identifiers"),
                                  QStringLiteral("entity_addresses"),  QStringLiteral("entity_dates"),
                                  QStringLiteral("entity_properties"), QStringLiteral("links"),
                                  QStringLiteral("designations"),      QStringLiteral("shipments"),
                                  QStringLiteral("rejected_rows"),     QStringLiteral("audit_log")};
// Who imported: the server fills these in.
const QStringList kServerStamped{QStringLiteral("imported_by"), QStringLiteral("user")};

Result<qint64> highestId(sqlite3 *db, const QString &table)
{
    const QByteArray sql = QStringLiteral("SELECT coalesce(max(id), 0) FROM \"%1\"").arg(table).toUtf8();
    const auto v = sqliteScalar(db, sql.constData());
    if (!v)
        return makeError(ErrorCode::Database, sqliteError(db));
    return *v;
}

} // namespace

namespace {

// A load of at least kSetAsideRows shipments, and at least as many as the case holds, builds the shipments' indexes
// and foreign keys after its COPY rather than row by row (measured on 200,000 shipments into a case of 20,000
// entities: 14 s with them in place, 1 s without, plus the rebuild). Meanwhile the table is locked for the import's
// transaction: colleagues reading shipments wait for it, which a load this large makes them do anyway. A case made
// before the case had the functions loads row by row.
constexpr qint64 kSetAsideRows = 100000;

Result<bool> setShipmentsAside(sqlite3 *staging, PgConnection &pg, const Staging &marks)
{
    auto added = highestId(staging, QStringLiteral("shipments"));
    if (!added)
        return added.error();
    return setShipmentsAsideFor(pg, *added - marks.highestId.value(QStringLiteral("shipments")));
}

} // namespace

Result<bool> setShipmentsAsideFor(PgConnection &pg, qint64 rows)
{
    if (rows < kSetAsideRows)
        return false;
    auto held = pg.query(QStringLiteral("SELECT greatest(reltuples, 0)::bigint, to_regprocedure("
                                        "'caravan_shipments_set_aside()') IS NOT NULL FROM pg_class WHERE oid = "
                                        "'shipments'::regclass"));
    if (!held)
        return held.error();
    if (held->rows() == 0 || !held->boolean(0, 1) || held->int64(0, 0) > rows)
        return false;
    if (auto st = pg.execute(QStringLiteral("SELECT caravan_shipments_set_aside()")); !st)
        return st.error();
    return true;
}

Status rebuildShipments(PgConnection &pg)
{
    // Index builds sort the whole table: room to sort a few million rows in memory instead of in temporary files.
    if (auto st = pg.execute(QStringLiteral("SET LOCAL maintenance_work_mem = '256MB'")); !st)
        return st;
    return pg.execute(QStringLiteral("SELECT caravan_shipments_rebuild()"));
}

Result<Staging> pullForImport(PgConnection &pg, const QString &caseName, sqlite3 *staging, Progress &progress)
{
    if (auto st = pg.execute(QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))"),
                             {QString(QStringLiteral("caravan-import:") + caseName)});
        !st)
        return st.error();
    auto tables = serverschema::fileTables(staging);
    if (!tables)
        return tables.error();
    // The staging file is thrown away after the import: it is never synced to disk, and takes the rows in one
    // transaction.
    if (auto st = sqliteExec(staging, QStringLiteral("PRAGMA synchronous = OFF")); !st)
        return st.error();
    Transaction tx(staging);
    if (!tx.isActive())
        return makeError(ErrorCode::Database, sqliteError(staging));
    Staging marks;
    qint64 rows = 0;
    for (const serverschema::FileTable &t : *tables) {
        if (!kImportedTables.contains(t.name))
            continue;
        if (kPulledTables.contains(t.name))
            if (auto st = copyRowsOut(pg, staging, t, progress, rows); !st)
                return st.error();
        auto highest = highestId(staging, t.name);
        if (!highest)
            return highest.error();
        marks.highestId.insert(t.name, *highest);
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return marks;
}

Result<CopyCount> pushImported(sqlite3 *staging, PgConnection &pg, const Staging &marks, Progress &progress)
{
    auto tables = serverschema::fileTables(staging);
    if (!tables)
        return tables.error();
    CopyCount count;
    for (const QString &name : kImportedTables) {
        const auto table = std::find_if(tables->cbegin(), tables->cend(),
                                        [&](const serverschema::FileTable &t) { return t.name == name; });
        if (table == tables->cend() || !marks.highestId.contains(name))
            continue;
        const bool keepIds = kPulledTables.contains(name);
        QStringList columns;
        for (const QString &c : table->columns)
            if (!kServerStamped.contains(c) && (keepIds || c != u"id"))
                columns << c;
        TableText text(staging, *table, columns, marks.highestId.value(name));
        auto aside = name == u"shipments" ? setShipmentsAside(staging, pg, marks) : Result<bool>(false);
        if (!aside)
            return aside.error();
        QStringList quotedColumns;
        for (const QString &c : columns)
            quotedColumns << quoted(c);
        if (auto st = pg.copyIn(QStringLiteral("COPY %1(%2) FROM STDIN").arg(quoted(name), quotedColumns.join(u',')),
                                [&](QByteArray &chunk) -> Result<bool> {
                                    if (progress.isCancelled())
                                        return makeError(ErrorCode::Cancelled,
                                                         QStringLiteral("the import was cancelled"));
                                    progress.setProgress(count.rows + text.rows(), -1);
                                    return text.next(chunk);
                                });
            !st)
            return st.error();
        if (*aside)
            if (auto st = rebuildShipments(pg); !st)
                return st.error();
        if (text.rows() == 0)
            continue;
        ++count.tables;
        count.rows += text.rows();
        if (keepIds)
            if (auto st = pg.execute(QStringLiteral("SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) "
                                                    "FROM %1))")
                                         .arg(quoted(name)),
                                     {quoted(name)});
                !st)
                return st.error();
    }
    return count;
}

} // namespace caravan::servercopy
