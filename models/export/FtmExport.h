#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QIODevice>

struct sqlite3;

namespace caravan {

// What an export wrote.
struct ExportSummary {
    qint64 entities = 0;
    qint64 addresses = 0;
    qint64 links = 0;
    qint64 sanctions = 0;
};

// Writes a case as FollowTheMoney JSON lines, the way FtmReader reads them back: Person, Company,
// Organization, LegalEntity and Vessel with every name, identifier and kept property, Address
// entities, Ownership (percentage, dates), Directorship, other links as UnknownLink, and Sanction.
// Entity, link and sanction ids are the case's ext ids. Merged-away entities are left out.
Result<ExportSummary> exportFtm(sqlite3 *db, QIODevice &out, Progress &progress);

} // namespace caravan
