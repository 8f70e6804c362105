#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QString>

namespace caravan {

class CaseAddress;
class CaseFile;

// Moving a whole case between a file and a server: every table, every row, with its row ids, so that a case copied
// file -> server -> file has the same content digest (models/storage/CaseDigest) as the one it came from.
namespace servercopy {

// What a copy moved.
struct CopyCount {
    qint64 tables = 0;
    qint64 rows = 0;
};

// Creates the server case `target` (which must not exist) from the case file `source`. The rows go in with COPY, in
// one transaction; indexes and foreign keys are built after them. The caller becomes the new case's owner.
Result<CopyCount> fileToServer(CaseFile &source, const CaseAddress &target, Progress &progress);
// Creates the case file `targetPath` (which must not exist) from the server case `source`; a reader may do this.
Result<CopyCount> serverToFile(const CaseAddress &source, const QString &targetPath, Progress &progress);

} // namespace servercopy
} // namespace caravan
