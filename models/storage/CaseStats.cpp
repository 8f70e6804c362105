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

std::span<const CaseStatsQuery> caseStatsQueries()
{
    static const CaseStatsQuery queries[] = {
        {&CaseStats::entities, "SELECT count(*) FROM entities WHERE merged_into IS NULL"},
        {&CaseStats::companies, "SELECT count(*) FROM entities WHERE merged_into IS NULL AND type = 'Company'"},
        {&CaseStats::persons, "SELECT count(*) FROM entities WHERE merged_into IS NULL AND type = 'Person'"},
        {&CaseStats::links, "SELECT count(*) FROM links"},
        {&CaseStats::ownershipLinks, "SELECT count(*) FROM links WHERE type = 'ownership'"},
        {&CaseStats::shipments, "SELECT count(*) FROM shipments"},
        {&CaseStats::designations, "SELECT count(*) FROM designations"},
        {&CaseStats::sources, "SELECT count(*) FROM sources"},
        {&CaseStats::rejectedRows, "SELECT count(*) FROM rejected_rows"},
        {&CaseStats::marks, "SELECT count(*) FROM marks"},
        {&CaseStats::tradeStats, "SELECT count(*) FROM trade_stats"},
    };
    return queries;
}

Result<CaseStats> readCaseStats(sqlite3 *db)
{
    CaseStats s;
    for (const CaseStatsQuery &q : caseStatsQueries()) {
        const auto value = sqliteScalar(db, q.sql);
        if (!value)
            return makeError(ErrorCode::Corrupt, QStringLiteral("cannot count: %1").arg(sqliteError(db)));
        s.*q.field = *value;
    }
    s.schemaVersion = static_cast<int>(sqliteScalar(db, "PRAGMA user_version").value_or(0));
    return s;
}

} // namespace caravan
