#pragma once

#include "models/core/Result.h"

struct sqlite3;

namespace caravan {

// Writes the rejected rows of one source (or all, with sourceId 0) to a UTF-8 CSV file with the columns
// file, line, reason, raw, so that they can be fixed and imported again. Returns the number written.
Result<qint64> exportRejectedRows(sqlite3 *db, qint64 sourceId, const QString &path);

// One CSV field, quoted as RFC 4180 says when it needs to be.
QString csvField(const QString &text);

} // namespace caravan
