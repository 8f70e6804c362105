#include "models/storage/UnitValueRows.h"

#include "models/storage/Sqlite.h"

#include <QHash>

namespace caravan {

Result<UnitValueRows> readUnitValueRows(sqlite3 *db)
{
    // The canonical unit and quantity (schema 5) where the import filled both, else the unit as written.
    SqliteStatement st(db, "SELECT id, hs6, "
                           "  CASE WHEN unit_canonical IS NOT NULL AND quantity_canonical IS NOT NULL "
                           "       THEN unit_canonical ELSE lower(trim(coalesce(unit, ''))) END, "
                           "  CASE WHEN unit_canonical IS NOT NULL AND quantity_canonical IS NOT NULL "
                           "       THEN quantity_canonical ELSE quantity END, "
                           "  upper(trim(coalesce(currency, ''))), value "
                           "FROM shipments WHERE value > 0 AND length(hs6) = 6");
    if (!st.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read unit values: %1").arg(sqliteError(db)));
    UnitValueRows out;
    QHash<QString, std::int32_t> groups;
    while (st.step()) {
        if (st.isNull(3) || st.real(3) <= 0)
            continue;
        bool ok = false;
        const int hs6 = st.text(1).toInt(&ok);
        if (!ok)
            continue;
        const QString key = st.text(2) + u' ' + st.text(4);
        auto it = groups.find(key);
        if (it == groups.end()) {
            it = groups.insert(key, static_cast<std::int32_t>(out.units.size()));
            out.units.push_back(key);
        }
        out.rows.push_back({st.int64(0), hs6, *it, st.real(3), st.real(5)});
    }
    if (st.failed())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read unit values: %1").arg(sqliteError(db)));
    return out;
}

} // namespace caravan
