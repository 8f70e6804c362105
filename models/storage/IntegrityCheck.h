#pragma once

#include "models/core/Progress.h"

#include <QJsonObject>
#include <QStringList>

struct sqlite3;

namespace caravan {

// What `check` found: SQLite's own integrity and foreign-key checks, then Caravan's rules.
struct IntegrityReport {
    QStringList problems;
    qint64 checksRun = 0;
    bool ok() const { return problems.isEmpty(); }
    QJsonObject toJson() const;
};

IntegrityReport checkCaseIntegrity(sqlite3 *db, Progress &progress);

} // namespace caravan
