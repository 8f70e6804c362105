#pragma once

#include "models/core/Result.h"

#include <QString>

namespace caravan {

// What the first bytes of a file say about it, read without letting SQLite touch the file.
struct CaseFileHeader {
    int schemaVersion = 0;
    int applicationId = 0;
    qint64 pageSize = 0;
    qint64 declaredPages = 0; // 0 when the header's page count is not trustworthy
    qint64 fileSize = 0;
};

// Checks that `path` is a readable, whole Caravan case file of a schema this build understands.
// Errors: NotFound, Io, NotACase, Corrupt (truncated), NewerSchema.
Result<CaseFileHeader> probeCaseFile(const QString &path);

} // namespace caravan
