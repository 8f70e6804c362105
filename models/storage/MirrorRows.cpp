#include "models/storage/MirrorRows.h"

#include "models/storage/Sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <thread>

namespace caravan {

namespace {

// A text column as a view. Statistics' texts are short codes with no NUL inside: strlen() on SQLite's terminated
// copy costs less than a second call into the API (sqlite3_column_bytes) for each of five columns of every row.
std::string_view view(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? std::string_view(text) : std::string_view();
}

Error readError(sqlite3 *db, const char *what)
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), sqliteError(db)));
}

} // namespace

namespace {

// Reads the rows with ids in [lo, hi] (all when hi < lo) on `db`.
Status readStatRows(sqlite3 *db, const QString &hsPrefix, qint64 lo, qint64 hi,
                    const std::function<bool(const MirrorStatRow &)> &f)
{
    // substr() rather than LIKE: HS codes are digits, and LIKE's '_' and '%' have no place in a prefix.
    // A range of row ids is a statement of its own, so that SQLite seeks to it instead of scanning the table, and so
    // is a prefix. The flow is told apart here, not in SQL: two text comparisons per row cost more than its letter.
    static const char *const statements[2][2] = {
        {"SELECT reporter, partner, flow, hs_code, period, value, currency FROM trade_stats "
         "WHERE value IS NOT NULL",
         "SELECT reporter, partner, flow, hs_code, period, value, currency FROM trade_stats "
         "WHERE value IS NOT NULL AND substr(hs_code, 1, length(?1)) = ?1"},
        {"SELECT reporter, partner, flow, hs_code, period, value, currency FROM trade_stats "
         "WHERE id BETWEEN ?2 AND ?3 AND value IS NOT NULL",
         "SELECT reporter, partner, flow, hs_code, period, value, currency FROM trade_stats "
         "WHERE id BETWEEN ?2 AND ?3 AND value IS NOT NULL AND substr(hs_code, 1, length(?1)) = ?1"}};
    const bool range = hi >= lo;
    const QByteArray prefix = hsPrefix.toUtf8();
    const char *sql = statements[range ? 1 : 0][prefix.isEmpty() ? 0 : 1];
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return readError(db, "trade statistics");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
    if (!prefix.isEmpty())
        sqlite3_bind_text(raw, 1, prefix.constData(), static_cast<int>(prefix.size()), SQLITE_STATIC);
    if (range) {
        sqlite3_bind_int64(raw, 2, lo);
        sqlite3_bind_int64(raw, 3, hi);
    }
    MirrorStatRow row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        // The flow's CHECK constraint allows import, export, re-import and re-export.
        const std::string_view flow = view(raw, 2);
        if (flow == "export")
            row.exportFlow = true;
        else if (flow == "import")
            row.exportFlow = false;
        else
            continue;
        row.reporter = view(raw, 0);
        row.partner = view(raw, 1);
        row.hsCode = view(raw, 3);
        row.period = view(raw, 4);
        row.value = sqlite3_column_double(raw, 5);
        row.currency = view(raw, 6);
        if (!f(row))
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    }
    if (rc != SQLITE_DONE)
        return readError(db, "trade statistics");
    return {};
}

struct IdSpan {
    qint64 min = 0, max = -1;
};

// min(id) and max(id) are two look-ups on the rowid b-tree.
IdSpan statIdSpan(sqlite3 *db)
{
    return {sqliteScalar(db, "SELECT coalesce(min(id), 0) FROM trade_stats").value_or(0),
            sqliteScalar(db, "SELECT coalesce(max(id), -1) FROM trade_stats").value_or(-1)};
}

// The file and VFS another connection opens the case by, or none (then one thread reads).
bool reopenable(sqlite3 *db, const char *&fileName, const char *&vfsName)
{
    fileName = sqlite3_db_filename(db, "main");
    // An encrypted case lives in a shared in-memory database: the other connections open it by name there.
    sqlite3_vfs *vfs = nullptr;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs);
    vfsName = vfs && std::strcmp(vfs->zName, "memdb") == 0 ? vfs->zName : nullptr;
    return fileName && *fileName && sqlite3_get_autocommit(db);
}

} // namespace

Status forEachMirrorStatRow(sqlite3 *db, const QString &hsPrefix, const std::function<bool(const MirrorStatRow &)> &f)
{
    return readStatRows(db, hsPrefix, 0, -1, f);
}

qint64 mirrorStatRowSpan(sqlite3 *db)
{
    const IdSpan span = statIdSpan(db);
    return std::max<qint64>(0, span.max - span.min + 1);
}

unsigned mirrorStatParts(sqlite3 *db, unsigned parts, qint64 parallelFrom)
{
    const IdSpan span = statIdSpan(db);
    const char *fileName = nullptr, *vfsName = nullptr;
    if (parts <= 1 || span.max - span.min + 1 < parallelFrom || !reopenable(db, fileName, vfsName))
        return 1;
    return parts;
}

Status forEachMirrorStatRowInParts(sqlite3 *db, const QString &hsPrefix, unsigned parts, qint64 parallelFrom,
                                   const std::function<bool(unsigned part, const MirrorStatRow &)> &f, unsigned &used)
{
    used = mirrorStatParts(db, parts, parallelFrom);
    if (used == 1)
        return readStatRows(db, hsPrefix, 0, -1, [&f](const MirrorStatRow &r) { return f(0, r); });
    const IdSpan span = statIdSpan(db);
    const char *fileName = nullptr, *vfsName = nullptr;
    reopenable(db, fileName, vfsName);
    const std::string file(fileName), vfs(vfsName ? vfsName : "");
    std::vector<Status> done(used);
    std::atomic<bool> stop{false};
    auto run = [&](unsigned k) {
        sqlite3 *conn = nullptr;
        if (sqlite3_open_v2(file.c_str(), &conn, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                            vfs.empty() ? nullptr : vfs.c_str()) != SQLITE_OK) {
            done[k] = makeError(ErrorCode::Database,
                                QStringLiteral("cannot open a second connection: %1").arg(sqliteError(conn)));
        } else {
            // Memory-mapped reads spare the copies of read(); this connection is ours and short-lived.
            sqlite3_exec(conn, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
            const qint64 width = (span.max - span.min) / static_cast<qint64>(used) + 1;
            const qint64 lo = span.min + width * k;
            const qint64 hi = k + 1 == used ? span.max : lo + width - 1;
            done[k] = readStatRows(conn, hsPrefix, lo, hi, [&](const MirrorStatRow &r) {
                if (stop.load(std::memory_order_relaxed) || !f(k, r)) {
                    stop = true;
                    return false;
                }
                return true;
            });
        }
        sqlite3_close(conn);
    };
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < used; ++k)
        pool.emplace_back(run, k);
    run(0);
    for (std::thread &th : pool)
        th.join();
    for (const Status &st : done)
        if (!st && st.error().code != ErrorCode::Cancelled)
            return st;
    for (const Status &st : done)
        if (!st)
            return st;
    return {};
}

Result<QString> firstMirrorStatCurrency(sqlite3 *db, const QString &hsPrefix)
{
    SqliteStatement q(db, "SELECT upper(currency) FROM trade_stats WHERE value IS NOT NULL AND "
                          "flow IN ('import', 'export') AND coalesce(currency, '') <> '' "
                          "AND (?1 IS NULL OR substr(hs_code, 1, length(?1)) = ?1) ORDER BY id LIMIT 1");
    if (!q.isValid())
        return readError(db, "trade statistics");
    if (hsPrefix.isEmpty())
        q.bindNull(1);
    else
        q.bind(1, hsPrefix);
    if (q.step())
        return q.text(0);
    if (q.failed())
        return readError(db, "trade statistics");
    return QString();
}

Result<std::vector<ExchangeRateRow>> readExchangeRates(sqlite3 *db)
{
    SqliteStatement q(db, "SELECT upper(currency), period, per_eur FROM exchange_rates WHERE per_eur > 0 "
                          "ORDER BY currency, period");
    if (!q.isValid())
        return readError(db, "exchange rates");
    std::vector<ExchangeRateRow> out;
    while (q.step())
        out.push_back({q.text(0), q.text(1), q.real(2)});
    if (q.failed())
        return readError(db, "exchange rates");
    return out;
}

Result<std::vector<MirrorShipmentRow>> readMirrorShipments(sqlite3 *db)
{
    SqliteStatement q(db, "SELECT coalesce(s.ext_id, 'shipment-' || s.id), s.date, s.hs6, "
                          "coalesce(ex2.ext_id, ex.ext_id), coalesce(im2.ext_id, im.ext_id), "
                          "upper(coalesce(ex2.country, ex.country)), upper(s.dispatch_country), "
                          "upper(s.origin_country), upper(coalesce(im2.country, im.country)), "
                          "upper(s.destination_country), s.value, upper(s.currency) "
                          "FROM shipments s "
                          "LEFT JOIN entities ex ON ex.id = s.exporter_id "
                          "LEFT JOIN entities ex2 ON ex2.id = ex.merged_into "
                          "LEFT JOIN entities im ON im.id = s.importer_id "
                          "LEFT JOIN entities im2 ON im2.id = im.merged_into "
                          "WHERE s.hs6 IS NOT NULL AND length(s.date) >= 7 ORDER BY s.date, s.id");
    if (!q.isValid())
        return readError(db, "shipments");
    std::vector<MirrorShipmentRow> out;
    while (q.step()) {
        MirrorShipmentRow r;
        r.extId = q.text(0);
        r.date = q.text(1);
        r.hs6 = q.text(2);
        r.exporter = q.text(3);
        r.importer = q.text(4);
        for (int i = 0; i < 3; ++i)
            r.fromCountries[i] = q.text(5 + i).trimmed();
        for (int i = 0; i < 2; ++i)
            r.toCountries[i] = q.text(8 + i).trimmed();
        r.value = q.isNull(10) ? 0 : q.real(10);
        r.currency = q.text(11).trimmed();
        out.push_back(std::move(r));
    }
    if (q.failed())
        return readError(db, "shipments");
    return out;
}

} // namespace caravan
