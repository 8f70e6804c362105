#include "models/storage/ServerCaseCopy.h"

#include "models/storage/CaseAddress.h"
#include "models/storage/CaseFile.h"
#include "models/storage/PgConnection.h"
#include "models/storage/Schema.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerSchema.h"
#include "models/storage/Sqlite.h"

#include <QFile>

#include <sqlite3.h>

#include <charconv>

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

// A text value in COPY's text format: backslash, tab, newline and carriage return escaped.
void appendEscaped(QByteArray &out, const char *text, int length)
{
    for (int i = 0; i < length; ++i) {
        const char c = text[i];
        switch (c) {
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        default:
            out.append(c);
        }
    }
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

// Streams one file table into the server with COPY.
Status copyTableIn(sqlite3 *db, PgConnection &pg, const serverschema::FileTable &table, Progress &progress,
                   qint64 &rows)
{
    QStringList columns;
    for (const QString &c : table.columns)
        columns << u'"' + c + u'"';
    const QByteArray select = QStringLiteral("SELECT %1 FROM \"%2\"").arg(columns.join(u','), table.name).toUtf8();
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, select.constData(), -1, &raw, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, sqliteError(db));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> statement(raw, sqlite3_finalize);
    const int n = sqlite3_column_count(raw);
    bool done = false;
    return pg.copyIn(QStringLiteral("COPY %1(%2) FROM STDIN").arg(quoted(table.name), columnList(table)),
                     [&](QByteArray &chunk) -> Result<bool> {
                         if (progress.isCancelled())
                             return makeError(ErrorCode::Cancelled, QStringLiteral("the copy was cancelled"));
                         if (done)
                             return false;
                         chunk.reserve(kChunkBytes + 4096);
                         char number[64];
                         while (chunk.size() < kChunkBytes) {
                             const int step = sqlite3_step(raw);
                             if (step == SQLITE_DONE) {
                                 done = true;
                                 return true;
                             }
                             if (step != SQLITE_ROW)
                                 return makeError(ErrorCode::Database, sqliteError(db));
                             for (int c = 0; c < n; ++c) {
                                 if (c > 0)
                                     chunk.append('\t');
                                 switch (sqlite3_column_type(raw, c)) {
                                 case SQLITE_NULL:
                                     chunk.append("\\N", 2);
                                     break;
                                 case SQLITE_INTEGER: {
                                     const auto r =
                                         std::to_chars(number, number + sizeof number, sqlite3_column_int64(raw, c));
                                     chunk.append(number, r.ptr - number);
                                     break;
                                 }
                                 case SQLITE_FLOAT: {
                                     // The shortest text that reads back as the same double.
                                     const auto r =
                                         std::to_chars(number, number + sizeof number, sqlite3_column_double(raw, c));
                                     chunk.append(number, r.ptr - number);
                                     break;
                                 }
                                 default:
                                     appendEscaped(chunk, reinterpret_cast<const char *>(sqlite3_column_text(raw, c)),
                                                   sqlite3_column_bytes(raw, c));
                                 }
                             }
                             chunk.append('\n');
                             if (++rows % 65536 == 0)
                                 progress.setProgress(rows, -1);
                         }
                         return true;
                     });
}

// Identity columns continue after the highest id copied, so that new rows do not collide with copied ones.
Status resetIdentities(PgConnection &pg, const QList<serverschema::FileTable> &tables)
{
    for (const serverschema::FileTable &t : tables) {
        if (!t.hasRowId)
            continue;
        auto st = pg.execute(QStringLiteral("SELECT setval(pg_get_serial_sequence($1, 'id'), "
                                            "coalesce(max(id), 1), max(id) IS NOT NULL) FROM %1")
                                 .arg(quoted(t.name)),
                             {quoted(t.name)});
        if (!st)
            return st;
    }
    return {};
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

Status copyTableOut(PgConnection &pg, sqlite3 *db, const serverschema::FileTable &table, Progress &progress,
                    qint64 &rows)
{
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
    return pg.copyOut(
        QStringLiteral("COPY (SELECT %1 FROM %2 ORDER BY 1) TO STDOUT").arg(columnList(table), quoted(table.name)),
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
                return makeError(ErrorCode::Database,
                                 QStringLiteral("cannot store a row of %1: %2").arg(table.name, sqliteError(db)));
            if (++rows % 65536 == 0)
                progress.setProgress(rows, -1);
            return {};
        });
}

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
        return resetIdentities(pg, *tables);
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
    auto tables = serverschema::fileTables(file->handle());
    if (!tables)
        return fail(tables.error());
    CopyCount count;
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
    for (const serverschema::FileTable &t : *tables) {
        if (auto st = copyTableOut(server.connection(), file->handle(), t, progress, count.rows); !st)
            return fail(makeError(st.error().code,
                                  QStringLiteral("cannot copy the table %1: %2").arg(t.name, st.error().message)));
        ++count.tables;
    }
    if (auto st = tx.commit(); !st)
        return fail(st.error());
    progress.setProgress(count.rows, count.rows);
    return count;
}

} // namespace caravan::servercopy
