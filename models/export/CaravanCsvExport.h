#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QString>

struct sqlite3;

namespace caravan {

// Writes a case as Caravan CSV (DOMAIN.md): entities.csv, links.csv, shipments.csv and sanctions.csv,
// named `prefix` + file name (a folder path ending in '/', or "case-" for case-entities.csv...).
// Returns the number of data rows written per file, in that order.
Result<QList<qint64>> exportCaravanCsv(sqlite3 *db, const QString &prefix, Progress &progress);

} // namespace caravan
