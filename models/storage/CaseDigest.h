#pragma once

#include "models/core/Result.h"

#include <QByteArray>

struct sqlite3;

namespace caravan {

// A SHA-256 over an ordered dump of every table of a case, leaving out what differs between two runs
// that store the same facts: the case's identity and creation time (meta), the audit log, and when and
// by whom a source was imported, and where a copy came from (the settings of servermerge). Two cases with the same
// digest hold the same facts with the same row ids.
Result<QByteArray> caseContentDigest(sqlite3 *db);

} // namespace caravan
