#include "models/analysis/TradeSnapshot.h"

#include "models/storage/Sqlite.h"

#include <QDate>

#include <cmath>
#include <limits>

#include <sqlite3.h>

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

double realOrNan(sqlite3_stmt *st, int column)
{
    return sqlite3_column_type(st, column) == SQLITE_NULL ? std::numeric_limits<double>::quiet_NaN()
                                                          : sqlite3_column_double(st, column);
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

} // namespace

std::int32_t dayFromIso(const char *text, std::size_t length, bool *ok)
{
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

Result<TradeSnapshot> TradeSnapshot::load(sqlite3 *db, Progress &progress)
{
    TradeSnapshot snap;
    progress.setStatus(QStringLiteral("Loading entities"));
    const qint64 maxEntity = sqliteScalar(db, "SELECT coalesce(max(id), 0) FROM entities").value_or(0);
    snap.m_indexOfRow.assign(static_cast<std::size_t>(maxEntity) + 1, -1);
    std::vector<std::pair<std::size_t, qint64>> merged;
    {
        RawStatement q(db, "SELECT id, ext_id, name, country, birth_date, merged_into FROM entities ORDER BY id");
        if (!q.st)
            return dbError(db, "entities");
        int rc;
        while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
            SnapshotEntity e;
            e.rowId = sqlite3_column_int64(q.st, 0);
            e.extId = textOf(q.st, 1);
            e.name = textOf(q.st, 2);
            e.country = textOf(q.st, 3).toUpper();
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
            const QByteArray cc = e.country.toLatin1();
            snap.trade.entityCountry.push_back(graph::countryCode(std::string_view(cc.constData(), cc.size())));
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

    const qint64 total = sqliteScalar(db, "SELECT count(*) FROM shipments").value_or(0);
    progress.setStatus(QStringLiteral("Loading %1 shipments").arg(total));
    const auto n = static_cast<std::size_t>(total);
    graph::TradeArrays &t = snap.trade;
    t.exporter.reserve(n);
    t.importer.reserve(n);
    t.day.reserve(n);
    t.hs6.reserve(n);
    t.quantity.reserve(n);
    t.unit.reserve(n);
    snap.value.reserve(n);
    snap.shipmentRowId.reserve(n);
    RawStatement q(db, "SELECT id, date, exporter_id, importer_id, hs6, quantity, unit, value FROM shipments");
    if (!q.st)
        return dbError(db, "shipments");
    std::unordered_map<std::string, std::int32_t> unitIds;
    std::string lastUnit;
    std::int32_t lastUnitId = -1;
    // NULL reads as 0, which is no entity.
    auto entityOf = [&](int column) { return snap.entityIndex(sqlite3_column_int64(q.st, column)); };
    int rc;
    std::size_t row = 0;
    while ((rc = sqlite3_step(q.st)) == SQLITE_ROW) {
        if ((++row & 0xffff) == 0) {
            if (progress.isCancelled())
                return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled while loading shipments"));
            progress.setProgress(static_cast<std::int64_t>(row), total);
        }
        const auto *date = reinterpret_cast<const char *>(sqlite3_column_text(q.st, 1));
        bool ok = false;
        const std::int32_t day =
            dayFromIso(date, date ? static_cast<std::size_t>(sqlite3_column_bytes(q.st, 1)) : 0, &ok);
        if (!ok)
            continue; // a shipment without a readable date cannot take part in a time window
        snap.shipmentRowId.push_back(sqlite3_column_int64(q.st, 0));
        t.day.push_back(day);
        t.exporter.push_back(entityOf(2));
        t.importer.push_back(entityOf(3));
        t.hs6.push_back(hs6FromText(sqlite3_column_text(q.st, 4), sqlite3_column_bytes(q.st, 4)));
        t.quantity.push_back(realOrNan(q.st, 5));
        std::int32_t unitId = -1;
        if (const auto *u = reinterpret_cast<const char *>(sqlite3_column_text(q.st, 6))) {
            const std::string_view unit(u, static_cast<std::size_t>(sqlite3_column_bytes(q.st, 6)));
            if (unit == lastUnit) {
                unitId = lastUnitId;
            } else {
                auto [it, inserted] =
                    unitIds.try_emplace(std::string(unit), static_cast<std::int32_t>(snap.units.size()));
                if (inserted)
                    snap.units.emplace_back(unit);
                unitId = it->second;
                lastUnit.assign(unit);
                lastUnitId = unitId;
            }
        }
        t.unit.push_back(unitId);
        snap.value.push_back(realOrNan(q.st, 7));
    }
    if (rc != SQLITE_DONE)
        return dbError(db, "shipments");
    progress.setProgress(total, total);
    return snap;
}

QString TradeSnapshot::unitName(std::size_t shipment) const
{
    const std::int32_t u = trade.unit[shipment];
    return u < 0 ? QString() : QString::fromStdString(units[static_cast<std::size_t>(u)]);
}

struct ShipmentIdLookup::Statement {
    explicit Statement(sqlite3 *db) : st(db, "SELECT ext_id FROM shipments WHERE id = ?") {}
    SqliteStatement st;
};

ShipmentIdLookup::ShipmentIdLookup(sqlite3 *db) : m_st(std::make_unique<Statement>(db))
{
}

ShipmentIdLookup::~ShipmentIdLookup() = default;

QString ShipmentIdLookup::extId(qint64 rowId)
{
    if (auto it = m_cache.find(rowId); it != m_cache.end())
        return it->second;
    QString id;
    m_st->st.reset();
    m_st->st.bind(1, rowId);
    if (m_st->st.step())
        id = m_st->st.text(0);
    m_st->st.reset();
    if (id.isEmpty())
        id = QStringLiteral("#%1").arg(rowId);
    m_cache.emplace(rowId, id);
    return id;
}

} // namespace caravan
