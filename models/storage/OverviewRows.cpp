#include "models/storage/OverviewRows.h"

#include "models/domain/Mark.h"
#include "models/storage/Sqlite.h"

namespace caravan {

qint64 MarkCounts::status(int status) const
{
    qint64 n = 0;
    for (const auto &target : byTargetStatus)
        n += target[static_cast<std::size_t>(status)];
    return n;
}

qint64 MarkCounts::total() const
{
    return status(0) + status(1) + status(2);
}

namespace overviewrows {

Result<QList<SourceSummary>> sources(sqlite3 *db)
{
    SqliteStatement st(db, "SELECT file_name, coalesce(kind, ''), format, rows_imported, rows_rejected, imported_at "
                           "FROM sources ORDER BY id");
    if (!st.isValid())
        return makeError(ErrorCode::Database, st.errorMessage());
    QList<SourceSummary> out;
    while (st.step())
        out.append(SourceSummary{st.text(0), st.text(1), st.text(2), st.int64(3), st.int64(4), st.text(5)});
    if (st.failed())
        return makeError(ErrorCode::Database, st.errorMessage());
    return out;
}

Result<MarkCounts> markCounts(sqlite3 *db)
{
    SqliteStatement st(db, "SELECT target_kind, status, count(*) FROM marks GROUP BY target_kind, status");
    if (!st.isValid())
        return makeError(ErrorCode::Database, st.errorMessage());
    MarkCounts counts;
    while (st.step()) {
        const auto target = markTargetFromName(st.text(0));
        const auto status = markStatusFromName(st.text(1));
        if (target && status)
            counts.byTargetStatus[static_cast<std::size_t>(*target)][static_cast<std::size_t>(*status)] += st.int64(2);
    }
    if (st.failed())
        return makeError(ErrorCode::Database, st.errorMessage());
    return counts;
}

Result<QHash<QString, EntityLabel>> entityLabels(sqlite3 *db, const QStringList &extIds)
{
    SqliteStatement st(db, "SELECT name, coalesce(country, '') FROM entities WHERE ext_id = ?");
    if (!st.isValid())
        return makeError(ErrorCode::Database, st.errorMessage());
    QHash<QString, EntityLabel> out;
    for (const QString &id : extIds) {
        if (out.contains(id))
            continue;
        st.reset();
        st.bind(1, id);
        if (st.step())
            out.insert(id, EntityLabel{st.text(0), st.text(1)});
        else if (st.failed())
            return makeError(ErrorCode::Database, st.errorMessage());
    }
    return out;
}

} // namespace overviewrows
} // namespace caravan
