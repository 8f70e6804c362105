#pragma once

#include "../../support/TempCase.h"

#include "models/import/ImportJob.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

namespace caravan::test {

// Imports one file into a temp case and returns the summary (REQUIREs success).
inline ImportSummary importFile(TempCase &tc, const QString &path, ImportOptions options = {})
{
    auto job = ImportJob::prepare(path, options);
    INFO((job.ok() ? QString() : job.error().message).toStdString());
    REQUIRE(job.ok());
    NullProgress progress;
    auto summary = (*job)->run(tc.caseFile(), progress);
    INFO((summary.ok() ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.ok());
    return summary.takeValue();
}

inline qint64 count(TempCase &tc, const char *sql)
{
    return sqliteScalar(tc.caseFile().handle(), sql).value_or(-1);
}

inline QString text(TempCase &tc, const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(tc.caseFile().handle(), utf8.constData());
    return st.step() ? st.text(0) : QString();
}

} // namespace caravan::test
