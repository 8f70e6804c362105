#include "models/storage/ServerCaseStats.h"

#include "models/storage/Schema.h"
#include "models/storage/ServerCase.h"

namespace caravan {

Result<CaseStats> readServerCaseStats(ServerCase &serverCase)
{
    CaseStats s;
    for (const CaseStatsQuery &q : caseStatsQueries()) {
        auto r = serverCase.connection().query(QString::fromLatin1(q.sql));
        if (!r)
            return makeError(ErrorCode::Database, QStringLiteral("cannot count: %1").arg(r.error().message));
        s.*q.field = r->int64(0, 0);
    }
    // ServerCase::open() opens only cases at this version.
    s.schemaVersion = schema::kCurrentVersion;
    return s;
}

} // namespace caravan
