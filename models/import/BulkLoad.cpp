#include "models/import/BulkLoad.h"

#include "models/storage/Sqlite.h"

namespace caravan {

BulkLoad::BulkLoad(sqlite3 *db, int cacheMiB) : m_db(db), m_changedSettings(cacheMiB > 0)
{
    if (!m_changedSettings)
        return;
    m_previousCache = sqliteScalar(db, "PRAGMA cache_size").value_or(-2000);
    m_foreignKeys = sqliteScalar(db, "PRAGMA foreign_keys").value_or(1) != 0;
    sqliteExec(db, QStringLiteral("PRAGMA cache_size = -%1; PRAGMA foreign_keys = OFF").arg(qint64(cacheMiB) * 1024))
        .ok();
}

BulkLoad::~BulkLoad()
{
    if (!m_changedSettings)
        return;
    sqliteExec(m_db, QStringLiteral("PRAGMA cache_size = %1; PRAGMA foreign_keys = %2")
                         .arg(m_previousCache)
                         .arg(m_foreignKeys ? QStringLiteral("ON") : QStringLiteral("OFF")))
        .ok();
}

Status BulkLoad::deferIndexes(const QString &table)
{
    SqliteStatement st(m_db, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                             "AND sql IS NOT NULL");
    st.bind(1, table);
    QStringList names;
    while (st.step()) {
        names.append(st.text(0));
        m_deferred.append(st.text(1));
    }
    for (const QString &name : names)
        if (auto dropped = sqliteExec(m_db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !dropped)
            return dropped;
    return {};
}

Status BulkLoad::rebuildIndexes()
{
    for (const QString &sql : std::as_const(m_deferred))
        if (auto created = sqliteExec(m_db, sql); !created)
            return created;
    m_deferred.clear();
    return {};
}

} // namespace caravan
