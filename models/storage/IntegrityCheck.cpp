#include "models/storage/IntegrityCheck.h"

#include "models/storage/Schema.h"
#include "models/storage/Sqlite.h"

#include <QJsonArray>

namespace caravan {

QJsonObject IntegrityReport::toJson() const
{
    return QJsonObject{{QStringLiteral("ok"), ok()},
                       {QStringLiteral("checks"), checksRun},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
}

namespace {

// Caravan's own rules: each query returns a count of offending rows; the text says what is wrong.
struct Rule {
    const char *sql;
    const char *what;
};

const Rule kRules[] = {
    {"SELECT count(*) FROM entities WHERE trim(name) = ''", "entities without a name"},
    {"SELECT count(*) FROM entities WHERE merged_into = id", "entities merged into themselves"},
    {"SELECT count(*) FROM entities WHERE birth_date IS NOT NULL AND birth_date NOT GLOB "
     "'[0-9][0-9][0-9][0-9]*'",
     "entities with a malformed date"},
    {"SELECT count(*) FROM shipments WHERE date NOT GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'",
     "shipments with a malformed date"},
    {"SELECT count(*) FROM shipments WHERE hs6 IS NOT NULL AND (length(hs6) <> 6 OR hs6 GLOB '*[^0-9]*')",
     "shipments with a malformed HS-6 code"},
    {"SELECT count(*) FROM shipments WHERE hs6 IS NOT NULL AND hs_code IS NOT NULL AND "
     "substr(replace(replace(hs_code, '.', ''), ' ', ''), 1, 6) <> hs6",
     "shipments whose HS-6 code disagrees with the declared code"},
    {"SELECT count(*) FROM links WHERE share_min IS NOT NULL AND share_max IS NULL", "links with a half-open share"},
    {"SELECT count(*) FROM links WHERE start_date IS NOT NULL AND end_date IS NOT NULL AND end_date < start_date",
     "links that end before they start"},
    {"SELECT count(*) FROM sources WHERE length(sha256) <> 64 OR sha256 GLOB '*[^0-9a-f]*'",
     "sources without a valid SHA-256"},
    {"SELECT count(*) FROM sources WHERE rows_read <> rows_imported + rows_rejected + rows_skipped",
     "sources whose row counts do not add up"},
    {"SELECT count(*) FROM marks WHERE trim(target_ref) = ''", "marks without a target"},
    {"SELECT count(*) FROM answer_key WHERE subject IS NOT NULL AND subject NOT IN (SELECT ext_id FROM entities)",
     "answer-key items about an entity the case does not hold"},
    {"SELECT 2 - count(*) FROM meta WHERE key IN ('case_id', 'created_at')",
     "case metadata missing (case_id, created_at)"},
};

} // namespace

IntegrityReport checkCaseIntegrity(sqlite3 *db, Progress &progress)
{
    IntegrityReport report;
    const auto total = static_cast<std::int64_t>(std::size(kRules) + 3);
    std::int64_t step = 0;

    progress.setStatus(QStringLiteral("SQLite integrity check"));
    ++report.checksRun;
    {
        SqliteStatement st(db, "PRAGMA integrity_check");
        int lines = 0;
        while (st.step()) {
            const QString line = st.text(0);
            if (line != u"ok" && lines++ < 20)
                report.problems << QStringLiteral("SQLite: %1").arg(line);
        }
        if (st.failed())
            report.problems << QStringLiteral("SQLite: %1").arg(st.errorMessage());
    }
    progress.setProgress(++step, total);
    if (!report.ok())
        return report; // a damaged b-tree makes the remaining checks meaningless

    ++report.checksRun;
    if (sqliteScalar(db, "PRAGMA application_id").value_or(0) != schema::kApplicationId)
        report.problems << QStringLiteral("not marked as a Caravan case (application_id)");
    const auto version = sqliteScalar(db, "PRAGMA user_version").value_or(-1);
    if (version != schema::kCurrentVersion)
        report.problems << QStringLiteral("case schema %1, expected %2").arg(version).arg(schema::kCurrentVersion);
    progress.setProgress(++step, total);

    progress.setStatus(QStringLiteral("Foreign keys"));
    ++report.checksRun;
    {
        SqliteStatement st(db, "SELECT \"table\", count(*) FROM pragma_foreign_key_check GROUP BY 1");
        while (st.step())
            report.problems
                << QStringLiteral("%1 rows in %2 point to missing records").arg(st.int64(1)).arg(st.text(0));
    }
    progress.setProgress(++step, total);

    progress.setStatus(QStringLiteral("Caravan rules"));
    for (const Rule &rule : kRules) {
        if (progress.isCancelled())
            break;
        ++report.checksRun;
        const auto count = sqliteScalar(db, rule.sql);
        if (!count)
            report.problems << QStringLiteral("cannot check %1: %2").arg(QLatin1String(rule.what), sqliteError(db));
        else if (*count > 0)
            report.problems << QStringLiteral("%1 %2").arg(*count).arg(QLatin1String(rule.what));
        progress.setProgress(++step, total);
    }
    return report;
}

} // namespace caravan
