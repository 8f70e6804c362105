#include "models/analysis/TradeSnapshot.h"

#include "models/analysis/PartyCountries.h"
#include "models/domain/Units.h"

#include "models/graph/HugePages.h"
#include "models/graph/Parallel.h"
#include "models/storage/Sqlite.h"

#include <QDate>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <thread>

#include <sqlite3.h>

#include <cstring>

namespace caravan {

namespace {

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
std::int32_t daysFromCivil(int y, int m, int d)
{
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yoe = y - era * 400;
    const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

int digits(const char *p, std::size_t n, bool &ok)
{
    int v = 0;
    for (std::size_t i = 0; i < n; ++i) {
        if (p[i] < '0' || p[i] > '9') {
            ok = false;
            return 0;
        }
        v = v * 10 + (p[i] - '0');
    }
    return v;
}

std::int32_t hs6FromText(const unsigned char *text, int length)
{
    if (!text || length < 6)
        return -1;
    std::int32_t v = 0;
    for (int i = 0; i < 6; ++i) {
        if (text[i] < '0' || text[i] > '9')
            return -1;
        v = v * 10 + (text[i] - '0');
    }
    return v;
}

double realOrNan(sqlite3_value *v)
{
    return sqlite3_value_type(v) == SQLITE_NULL ? std::numeric_limits<double>::quiet_NaN() : sqlite3_value_double(v);
}

graph::CountryCode countryOf(sqlite3_value *v)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
    return p ? graph::countryCode(std::string_view(p, static_cast<std::size_t>(sqlite3_value_bytes(v)))) : 0;
}

QString textOf(sqlite3_stmt *st, int column)
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(st, column)) : QString();
}

Error dbError(sqlite3 *db, const char *what)
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), sqliteError(db)));
}

// A finalising holder for a raw statement: the loader steps it with the bare C API to avoid a QString per cell.
struct RawStatement {
    RawStatement(sqlite3 *db, const char *sql) { sqlite3_prepare_v2(db, sql, -1, &st, nullptr); }
    ~RawStatement() { sqlite3_finalize(st); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;
    sqlite3_stmt *st = nullptr;
};

// A text cell turned into a number by `convert`, the last text remembered: rows mostly repeat the one before.
class CachedTextId {
public:
    explicit CachedTextId(std::int32_t (*convert)(std::string_view)) : m_convert(convert) {}
    std::int32_t operator()(sqlite3_value *v)
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_value_text(v));
        if (!p)
            return -1;
        const std::string_view text(p, static_cast<std::size_t>(sqlite3_value_bytes(v)));
        if (!m_valid || text != m_last) {
            m_last.assign(text);
            m_id = m_convert(text);
            m_valid = true;
        }
        return m_id;
    }

private:
    std::int32_t (*m_convert)(std::string_view);
    std::string m_last;
    std::int32_t m_id = -1;
    bool m_valid = false;
};

} // namespace

std::int32_t dayFromIso(const char *text, std::size_t length, bool *ok)
{
    // Nearly every stored date is a full "yyyy-mm-dd": read without a loop (a million rows pass here).
    if (length == 10 && text[4] == '-' && text[7] == '-') {
        const auto d = [text](int i) { return static_cast<unsigned>(text[i] - '0'); };
        if ((d(0) | d(1) | d(2) | d(3) | d(5) | d(6) | d(8) | d(9)) < 10) {
            const int m = static_cast<int>(d(5) * 10 + d(6)), day = static_cast<int>(d(8) * 10 + d(9));
            const bool good = m >= 1 && m <= 12 && day >= 1 && day <= 31;
            if (ok)
                *ok = good;
            return good ? daysFromCivil(static_cast<int>(d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3)), m, day) : 0;
        }
    }
    bool good = text && length >= 4;
    int y = good ? digits(text, 4, good) : 0;
    int m = 1, d = 1;
    if (good && length >= 7)
        good = text[4] == '-' && ((m = digits(text + 5, 2, good)), good);
    if (good && length >= 10)
        good = text[7] == '-' && ((d = digits(text + 8, 2, good)), good);
    good = good && m >= 1 && m <= 12 && d >= 1 && d <= 31;
    if (ok)
        *ok = good;
    return good ? daysFromCivil(y, m, d) : 0;
}

QString isoFromDay(std::int32_t day)
{
    return QDate::fromJulianDay(static_cast<qint64>(day) + 2440588).toString(Qt::ISODate);
}

// The shipments of one range of row ids, read on one connection; units are interned per chunk and
// renumbered when the chunks are joined.
struct ShipmentChunk {
    graph::TradeArrays trade;
    std::vector<qint64> rowId;
    std::vector<std::int32_t> unknownUnit;
    std::vector<qint64> undated;
    std::vector<std::string> units;
    std::vector<graph::CountryCode> destination, dispatch;
    QString error;
    bool cancelled = false;

    void read(sqlite3 *db, qint64 lo, qint64 hi, bool first, const TradeSnapshot &snap, Progress &progress,
              std::atomic<std::int64_t> &loaded, qint64 total)
    {
        // Every column read costs each of a million rows: the unit as written is read only where the vocabulary
        // did not know it (one column: the canonical unit, or "?" and the unit as written), and the origin
        // country, which only places a party that nothing else places, is read later for those parties alone.
        RawStatement q(db, "SELECT id, date, exporter_id, importer_id, hs6, quantity_canonical, "
                           "ifnull(unit_canonical, '?' || unit), value, weight_kg, currency, destination_country, "
                           "dispatch_country FROM shipments WHERE id BETWEEN ? AND ? ORDER BY id");
        if (!q.st) {
            error = sqliteError(db);
            return;
        }
        sqlite3_bind_int64(q.st, 1, lo);
        sqlite3_bind_int64(q.st, 2, hi);
        // The first chunk becomes the snapshot's own columns and the others are appended to it, so it
        // makes room for every row at once.
        const auto expected = static_cast<std::size_t>(first ? total : std::clamp<qint64>(hi - lo + 1, 0, total));
        for (auto *v :
             {&trade.exporter, &trade.importer, &trade.day, &trade.hs6, &trade.unit, &trade.currency, &unknownUnit}) {
            v->reserve(expected);
            graph::adviseHugePages(*v);
        }
        for (auto *v : {&trade.quantity, &trade.value, &trade.weight}) {
            v->reserve(expected);
            graph::adviseHugePages(*v);
        }
        rowId.reserve(expected);
        graph::adviseHugePages(rowId);
        for (auto *v : {&destination, &dispatch})
            v->reserve(expected);
        std::unordered_map<std::string, std::int32_t> unitIds;
        // The canonical unit and the currency of a row, with the last one remembered (rows mostly repeat them).
        // An unknown unit reads as "?" and its spelling: a canonical name never starts with "?".
        CachedTextId canonicalId([](std::string_view name) {
            const auto unit = units::canonicalFromName(name);
            return unit ? static_cast<std::int32_t>(*unit) : -1;
        });
        CachedTextId currencyId(graph::currencyCode);
        int rc;
        std::size_t row = 0;
        graph::TradeArrays &t = trade;
        // One sqlite3_column_value() per cell and the cheap sqlite3_value_*() accessors on it, instead of two
        // column calls (type and value, or text and length) per cell: the column calls dominate a scan of a
        // million rows. The values are only read here, on the thread that owns the connection.
        constexpr int kColumns = 12;
        sqlite3_value *cell[kColumns];
        while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
            if ((++row & 0xffff) == 0) {
                if (progress.isCancelled()) {
                    cancelled = true;
                    return;
                }
                progress.setProgress(loaded.fetch_add(0x10000) + 0x10000, total);
            }
            for (int c = 0; c < kColumns; ++c)
                cell[c] = sqlite3_column_value(q.st, c);
            const auto *date = reinterpret_cast<const char *>(sqlite3_value_text(cell[1]));
            bool ok = false;
            const std::int32_t day =
                dayFromIso(date, date ? static_cast<std::size_t>(sqlite3_value_bytes(cell[1])) : 0, &ok);
            if (!ok) {
                // A shipment without a readable date cannot take part in a time window: it is only counted.
                undated.push_back(sqlite3_value_int64(cell[0]));
                continue;
            }
            rowId.push_back(sqlite3_value_int64(cell[0]));
            t.day.push_back(day);
            // NULL reads as 0, which is no entity.
            t.exporter.push_back(snap.entityIndex(sqlite3_value_int64(cell[2])));
            t.importer.push_back(snap.entityIndex(sqlite3_value_int64(cell[3])));
            t.hs6.push_back(hs6FromText(sqlite3_value_text(cell[4]), sqlite3_value_bytes(cell[4])));
            t.quantity.push_back(realOrNan(cell[5]));
            std::int32_t canonical = -1, unknown = -1;
            if (const auto *u = reinterpret_cast<const char *>(sqlite3_value_text(cell[6]))) {
                if (*u != '?') {
                    canonical = canonicalId(cell[6]);
                } else {
                    const std::string_view written(u + 1, static_cast<std::size_t>(sqlite3_value_bytes(cell[6])) - 1);
                    auto [it, inserted] =
                        unitIds.try_emplace(std::string(written), static_cast<std::int32_t>(units.size()));
                    if (inserted)
                        units.emplace_back(written);
                    unknown = it->second;
                }
            }
            t.unit.push_back(canonical);
            unknownUnit.push_back(unknown);
            t.value.push_back(realOrNan(cell[7]));
            t.weight.push_back(realOrNan(cell[8]));
            t.currency.push_back(currencyId(cell[9]));
            destination.push_back(countryOf(cell[10]));
            dispatch.push_back(countryOf(cell[11]));
        }
        if (rc != SQLITE_DONE)
            error = sqliteError(db);
    }
};

void TradeSnapshot::appendChunks(std::vector<ShipmentChunk> &chunks)
{
    if (chunks.empty())
        return;
    // The first chunk's columns are taken over (no copy); the others are appended with their units renumbered.
    ShipmentChunk &head = chunks.front();
    trade.exporter = std::move(head.trade.exporter);
    trade.importer = std::move(head.trade.importer);
    trade.day = std::move(head.trade.day);
    trade.hs6 = std::move(head.trade.hs6);
    trade.quantity = std::move(head.trade.quantity);
    trade.unit = std::move(head.trade.unit);
    trade.value = std::move(head.trade.value);
    trade.weight = std::move(head.trade.weight);
    trade.currency = std::move(head.trade.currency);
    unknownUnit = std::move(head.unknownUnit);
    undatedRowIds = std::move(head.undated);
    shipmentRowId = std::move(head.rowId);
    units = std::move(head.units);
    destinationCountry = std::move(head.destination);
    dispatchCountry = std::move(head.dispatch);
    std::unordered_map<std::string, std::int32_t> unitIds;
    for (std::size_t u = 0; u < units.size(); ++u)
        unitIds.emplace(units[u], static_cast<std::int32_t>(u));
    for (std::size_t k = 1; k < chunks.size(); ++k) {
        ShipmentChunk &c = chunks[k];
        std::vector<std::int32_t> renumber;
        for (const std::string &u : c.units) {
            auto [it, inserted] = unitIds.try_emplace(u, static_cast<std::int32_t>(units.size()));
            if (inserted)
                units.push_back(u);
            renumber.push_back(it->second);
        }
        auto append = [](auto &into, auto &from) {
            into.insert(into.end(), from.begin(), from.end());
            from = {};
        };
        // Each column is its own vector: two threads append them side by side, the columns numbered by type.
        using Ints = std::vector<std::int32_t>;
        using Reals = std::vector<double>;
        using Rows = std::vector<qint64>;
        const std::pair<Ints *, Ints *> ints[] = {
            {&trade.exporter, &c.trade.exporter}, {&trade.importer, &c.trade.importer},
            {&trade.day, &c.trade.day},           {&trade.hs6, &c.trade.hs6},
            {&trade.unit, &c.trade.unit},         {&trade.currency, &c.trade.currency}};
        const std::pair<Reals *, Reals *> reals[] = {
            {&trade.quantity, &c.trade.quantity}, {&trade.value, &c.trade.value}, {&trade.weight, &c.trade.weight}};
        const std::pair<Rows *, Rows *> rows[] = {{&shipmentRowId, &c.rowId}, {&undatedRowIds, &c.undated}};
        using Countries = std::vector<graph::CountryCode>;
        const std::pair<Countries *, Countries *> countries[] = {{&destinationCountry, &c.destination},
                                                                 {&dispatchCountry, &c.dispatch}};
        const unsigned ni = std::size(ints), nr = std::size(reals), nw = std::size(rows), nc = std::size(countries);
        graph::onThreads(graph::threadsFor(c.rowId.size(), kParallelLoadRows), [&](unsigned part, unsigned parts) {
            for (unsigned column = part; column <= ni + nr + nw + nc; column += parts) {
                if (column < ni) {
                    append(*ints[column].first, *ints[column].second);
                } else if (column < ni + nr) {
                    append(*reals[column - ni].first, *reals[column - ni].second);
                } else if (column < ni + nr + nw) {
                    append(*rows[column - ni - nr].first, *rows[column - ni - nr].second);
                } else if (column < ni + nr + nw + nc) {
                    append(*countries[column - ni - nr - nw].first, *countries[column - ni - nr - nw].second);
                } else {
                    for (std::int32_t u : c.unknownUnit)
                        unknownUnit.push_back(u < 0 ? -1 : renumber[static_cast<std::size_t>(u)]);
                    c.unknownUnit = {};
                }
            }
        });
    }
}

Result<TradeSnapshot> TradeSnapshot::load(sqlite3 *db, Progress &progress, std::int64_t parallelFrom)
{
    TradeSnapshot snap;
    progress.setStatus(QStringLiteral("Loading entities"));
    const qint64 maxEntity = sqliteScalar(db, "SELECT coalesce(max(id), 0) FROM entities").value_or(0);
    snap.m_indexOfRow.assign(static_cast<std::size_t>(maxEntity) + 1, -1);
    snap.entities.reserve(static_cast<std::size_t>(maxEntity));
    snap.trade.entityCountry.reserve(static_cast<std::size_t>(maxEntity));
    std::vector<std::pair<std::size_t, qint64>> merged;
    {
        RawStatement q(db, "SELECT id, ext_id, name, country, birth_date, merged_into FROM entities ORDER BY id");
        if (!q.st)
            return dbError(db, "entities");
        std::unordered_map<graph::CountryCode, QString> countryText;
        int rc;
        while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
            SnapshotEntity e;
            e.rowId = sqlite3_column_int64(q.st, 0);
            e.extId = textOf(q.st, 1);
            e.name = textOf(q.st, 2);
            // A two-letter country (nearly all of them) is packed from its bytes and its text shared by every
            // entity of that country; anything else is kept as its own text.
            const auto *cc = reinterpret_cast<const char *>(sqlite3_column_text(q.st, 3));
            const std::string_view country(cc ? cc : "",
                                           cc ? static_cast<std::size_t>(sqlite3_column_bytes(q.st, 3)) : 0);
            const graph::CountryCode code = graph::countryCode(country);
            if (code != 0) {
                QString &text = countryText[code];
                if (text.isEmpty())
                    text = caravan::countryText(code);
                e.country = text;
            } else if (!country.empty()) {
                e.country = QString::fromUtf8(country.data(), static_cast<qsizetype>(country.size())).toUpper();
            }
            if (const auto *b = reinterpret_cast<const char *>(sqlite3_column_text(q.st, 4))) {
                bool ok = false;
                const std::int32_t day = dayFromIso(b, static_cast<std::size_t>(sqlite3_column_bytes(q.st, 4)), &ok);
                if (ok)
                    e.birthDay = day;
            }
            const std::size_t index = snap.entities.size();
            snap.m_indexOfRow[static_cast<std::size_t>(e.rowId)] = static_cast<std::int32_t>(index);
            if (sqlite3_column_type(q.st, 5) != SQLITE_NULL)
                merged.emplace_back(index, sqlite3_column_int64(q.st, 5));
            snap.trade.entityCountry.push_back(code);
            snap.entities.push_back(std::move(e));
        }
        if (rc != SQLITE_DONE)
            return dbError(db, "entities");
    }
    // A merged entity's row id resolves to its survivor, following merges of merges (at most 16, so that a
    // loop in bad data cannot hang the load).
    std::vector<qint64> mergedInto(snap.entities.size(), 0);
    for (const auto &[index, into] : merged)
        mergedInto[index] = into;
    for (const auto &[index, into] : merged) {
        std::int32_t survivor = static_cast<std::int32_t>(index);
        for (int hop = 0; hop < 16; ++hop) {
            const qint64 next = mergedInto[static_cast<std::size_t>(survivor)];
            const std::int32_t t =
                next > 0 && next <= maxEntity ? snap.m_indexOfRow[static_cast<std::size_t>(next)] : -1;
            if (t < 0)
                break;
            survivor = t;
        }
        snap.m_indexOfRow[static_cast<std::size_t>(snap.entities[index].rowId)] = survivor;
    }

    // min(id) and max(id) are two look-ups on the rowid b-tree; count(*) would read every page of an index.
    // The span of row ids bounds the number of shipments: it sizes the columns and the progress.
    const qint64 minId = sqliteScalar(db, "SELECT coalesce(min(id), 0) FROM shipments").value_or(0);
    const qint64 maxId = sqliteScalar(db, "SELECT coalesce(max(id), 0) FROM shipments").value_or(0);
    const qint64 total = maxId >= minId && maxId > 0 ? maxId - minId + 1 : 0;
    progress.setStatus(QStringLiteral("Loading shipments"));

    // Large cases are read by several threads, each on its own read-only connection over a range of row
    // ids, when the file can be opened again and no transaction of ours hides uncommitted rows.
    const char *fileName = sqlite3_db_filename(db, "main");
    const bool parallel = total >= parallelFrom && fileName && *fileName && sqlite3_get_autocommit(db);
    // An encrypted case lives in a shared in-memory database: the other connections open it by name there.
    sqlite3_vfs *vfs = nullptr;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_VFS_POINTER, &vfs);
    const char *vfsName = vfs && std::strcmp(vfs->zName, "memdb") == 0 ? vfs->zName : nullptr;
    const unsigned threads = parallel ? std::clamp(std::thread::hardware_concurrency(), 2u, 4u) : 1u;
    std::vector<ShipmentChunk> chunks(threads);
    std::atomic<std::int64_t> loaded{0};
    auto run = [&](unsigned k, sqlite3 *conn) {
        const qint64 span = (maxId - minId) / static_cast<qint64>(threads) + 1;
        const qint64 lo = minId + span * k;
        const qint64 hi = k + 1 == threads ? maxId : lo + span - 1;
        chunks[k].read(conn, lo, hi, k == 0, snap, progress, loaded, total);
    };
    if (threads == 1) {
        run(0, db);
    } else {
        std::vector<std::thread> pool;
        for (unsigned k = 0; k < threads; ++k)
            pool.emplace_back([&, k] {
                sqlite3 *conn = nullptr;
                if (sqlite3_open_v2(fileName, &conn, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, vfsName) !=
                    SQLITE_OK) {
                    chunks[k].error = QStringLiteral("cannot open a second connection: %1").arg(sqliteError(conn));
                } else {
                    // Memory-mapped reads spare the copies of read(); this connection is ours and short-lived.
                    sqlite3_exec(conn, "PRAGMA mmap_size = 4294967296", nullptr, nullptr, nullptr);
                    run(k, conn);
                }
                sqlite3_close(conn);
            });
        for (std::thread &th : pool)
            th.join();
    }
    for (const ShipmentChunk &c : chunks) {
        if (c.cancelled)
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled while loading shipments"));
        if (!c.error.isEmpty())
            return makeError(ErrorCode::Database, QStringLiteral("cannot read shipments: %1").arg(c.error));
    }
    snap.appendChunks(chunks);
    // Parties without a country take the one their shipments consistently name.
    inferPartyCountries(
        snap, [&](const std::vector<std::uint32_t> &shipments) { return snap.originCountries(db, shipments); });
    progress.setProgress(total, total);
    return snap;
}

std::vector<graph::CountryCode> TradeSnapshot::originCountries(sqlite3 *db,
                                                               const std::vector<std::uint32_t> &shipments) const
{
    std::vector<graph::CountryCode> out(shipments.size(), 0);
    RawStatement q(db, "SELECT origin_country FROM shipments WHERE id = ?");
    if (!q.st)
        return out;
    for (std::size_t k = 0; k < shipments.size(); ++k) {
        sqlite3_bind_int64(q.st, 1, shipmentRowId[shipments[k]]);
        if (sqlite3_step(q.st) == SQLITE_ROW)
            out[k] = countryOf(sqlite3_column_value(q.st, 0));
        sqlite3_reset(q.st);
    }
    return out;
}

QString TradeSnapshot::canonicalUnitName(std::size_t shipment) const
{
    const std::int32_t u = trade.unit[shipment];
    return u < 0 ? QString() : QString::fromLatin1(units::canonicalName(static_cast<CanonicalUnit>(u)));
}

struct ShipmentIdLookup::Statement {
    explicit Statement(sqlite3 *db) : st(db, "SELECT ext_id, unit FROM shipments WHERE id = ?") {}
    SqliteStatement st;
};

ShipmentIdLookup::ShipmentIdLookup(sqlite3 *db) : m_st(std::make_unique<Statement>(db))
{
}

ShipmentIdLookup::~ShipmentIdLookup() = default;

void ShipmentIdLookup::prefetch(std::vector<qint64> rowIds)
{
    std::sort(rowIds.begin(), rowIds.end());
    rowIds.erase(std::unique(rowIds.begin(), rowIds.end()), rowIds.end());
    m_cache.reserve(m_cache.size() + rowIds.size());
    for (const qint64 row : rowIds)
        extId(row);
}

QString ShipmentIdLookup::cached(qint64 rowId) const
{
    const auto it = m_cache.find(rowId);
    return it != m_cache.end() ? it->second.extId : QStringLiteral("#%1").arg(rowId);
}

QString ShipmentIdLookup::cachedUnit(qint64 rowId) const
{
    const auto it = m_cache.find(rowId);
    return it != m_cache.end() ? it->second.unit : QString();
}

QString ShipmentIdLookup::extId(qint64 rowId)
{
    if (auto it = m_cache.find(rowId); it != m_cache.end())
        return it->second.extId;
    Row row;
    m_st->st.reset();
    m_st->st.bind(1, rowId);
    if (m_st->st.step()) {
        row.extId = m_st->st.text(0);
        row.unit = m_st->st.text(1);
    }
    m_st->st.reset();
    if (row.extId.isEmpty())
        row.extId = QStringLiteral("#%1").arg(rowId);
    return m_cache.emplace(rowId, std::move(row)).first->second.extId;
}

} // namespace caravan
