#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/import/ImportJob.h"

namespace caravan {

class ServerCase;

// Imports one prepared source file into a server case. The shipments the reader checks stream straight into COPY
// (models/storage/ServerShipmentStream); everything else it writes goes to a staging case file as it would to any case
// (models/import/ImportJob: the source, entities, provenance, rejected rows, counts, the audit entry), which then goes
// to the server with COPY (servercopy::pushImported), all in one server transaction: every row or none. Imports into
// one case go one after another (the case's import lock). The server records the importing database user
// (sources.imported_by, audit_log.user); a reader's import is refused by the server and changes nothing.
// Formats that write aggregate trade statistics or exchange rates are not taken yet.
Result<ImportSummary> importIntoServer(ImportJob &job, ServerCase &serverCase, Progress &progress);

} // namespace caravan
