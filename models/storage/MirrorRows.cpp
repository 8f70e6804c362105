#include "models/storage/MirrorRows.h"

#include "models/storage/Sqlite.h"

#include <sqlite3.h>

#include <memory>

namespace caravan {

namespace {

std::string_view view(sqlite3_stmt *st, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(st, column));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite3_column_bytes(st, column)))
                : std::string_view();
}

Error readError(sqlite3 *db, const char *what)
{
    return makeError(ErrorCode::Database,
                     QStringLiteral("cannot read %1: %2").arg(QLatin1String(what), sqliteError(db)));
}

} // namespace

Status forEachMirrorStatRow(sqlite3 *db, const QString &hsPrefix, const std::function<bool(const MirrorStatRow &)> &f)
{
    // substr() rather than LIKE: HS codes are digits, and LIKE's '_' and '%' have no place in a prefix.
    const char *sql = "SELECT reporter, partner, flow = 'export', hs_code, period, value, currency FROM trade_stats "
                      "WHERE value IS NOT NULL AND flow IN ('import', 'export') "
                      "AND (?1 IS NULL OR substr(hs_code, 1, length(?1)) = ?1)";
    sqlite3_stmt *raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
        return readError(db, "trade statistics");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> st(raw, sqlite3_finalize);
    const QByteArray prefix = hsPrefix.toUtf8();
    if (prefix.isEmpty())
        sqlite3_bind_null(raw, 1);
    else
        sqlite3_bind_text(raw, 1, prefix.constData(), static_cast<int>(prefix.size()), SQLITE_STATIC);
    MirrorStatRow row;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        row.reporter = view(raw, 0);
        row.partner = view(raw, 1);
        row.exportFlow = sqlite3_column_int(raw, 2) != 0;
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
