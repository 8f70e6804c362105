#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/import/ImportJob.h"

namespace caravan {

class ServerCase;

// Imports one prepared source file into a server case. The format's reader writes a staging case file as it writes
// any case (models/import/ImportJob: provenance, rejected rows, counts, the audit entry); what it added then goes to
// the server with COPY (servercopy::pushImported), all in one server transaction: every row or none. Imports into one
// case go one after another (the case's import lock). The server records the importing database user
// (sources.imported_by, audit_log.user); a reader's import is refused by the server and changes nothing.
// Formats that write aggregate trade statistics or exchange rates are not taken yet.
Result<ImportSummary> importIntoServer(ImportJob &job, ServerCase &serverCase, Progress &progress);

} // namespace caravan
