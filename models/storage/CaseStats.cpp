#include "models/storage/CaseStats.h"

#include "models/storage/Sqlite.h"

namespace caravan {

QJsonObject CaseStats::toJson() const
{
    return QJsonObject{
        {QStringLiteral("entities"), entities},
        {QStringLiteral("companies"), companies},
        {QStringLiteral("persons"), persons},
        {QStringLiteral("links"), links},
        {QStringLiteral("ownership_links"), ownershipLinks},
        {QStringLiteral("shipments"), shipments},
        {QStringLiteral("designations"), designations},
        {QStringLiteral("sources"), sources},
        {QStringLiteral("rejected_rows"), rejectedRows},
        {QStringLiteral("marks"), marks},
        {QStringLiteral("trade_stats"), tradeStats},
        {QStringLiteral("schema_version"), schemaVersion},
    };
}

Result<CaseStats> readCaseStats(sqlite3 *db)
{
    CaseStats s;
    struct Query {
        qint64 *target;
        const char *sql;
    };
    const Query queries[] = {
        {&s.entities, "SELECT count(*) FROM entities WHERE merged_into IS NULL"},
        {&s.companies, "SELECT count(*) FROM entities WHERE merged_into IS NULL AND type = 'Company'"},
        {&s.persons, "SELECT count(*) FROM entities WHERE merged_into IS NULL AND type = 'Person'"},
        {&s.links, "SELECT count(*) FROM links"},
        {&s.ownershipLinks, "SELECT count(*) FROM links WHERE type = 'ownership'"},
        {&s.shipments, "SELECT count(*) FROM shipments"},
        {&s.designations, "SELECT count(*) FROM designations"},
        {&s.sources, "SELECT count(*) FROM sources"},
        {&s.rejectedRows, "SELECT count(*) FROM rejected_rows"},
        {&s.marks, "SELECT count(*) FROM marks"},
        {&s.tradeStats, "SELECT count(*) FROM trade_stats"},
    };
    for (const auto &q : queries) {
        const auto value = sqliteScalar(db, q.sql);
        if (!value)
            return makeError(ErrorCode::Corrupt, QStringLiteral("cannot count: %1").arg(sqliteError(db)));
        *q.target = *value;
    }
    s.schemaVersion = static_cast<int>(sqliteScalar(db, "PRAGMA user_version").value_or(0));
    return s;
}

} // namespace caravan
