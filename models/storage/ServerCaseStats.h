#pragma once

#include "models/core/Result.h"
#include "models/storage/CaseStats.h"

namespace caravan {

class ServerCase;

// CaseStats of a server case, by the same queries as a case file's (caseStatsQueries()).
Result<CaseStats> readServerCaseStats(ServerCase &serverCase);

} // namespace caravan
