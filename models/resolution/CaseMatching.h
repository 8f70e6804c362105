#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/domain/MatchDecision.h"
#include "models/resolution/MatchEngine.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace caravan {

class CaseFile;

// A candidate in a case: the two entities by row id and by cited id, the score and its reasons, and the
// decision already taken on it, if any.
struct CaseMatch {
    MatchKind kind = MatchKind::Screening;
    qint64 a = 0;
    qint64 b = 0;
    QString aRef;
    QString bRef;
    double score = 0.0;
    QStringList reasons;
    std::optional<MatchVerdict> decision;
};

// Screening and duplicate search over the entities of an open case (merged-away entities left out).
namespace casematching {

// Every entity still standing, or only those with a designation, prepared for matching.
Result<QList<MatchRecord>> loadRecords(CaseFile &file, bool designatedOnly);
// Every case entity against every entity that carries a designation.
Result<QList<CaseMatch>> screen(CaseFile &file, const MatchOptions &options, Progress &progress);
// Candidate duplicate pairs inside the case.
Result<QList<CaseMatch>> duplicates(CaseFile &file, const MatchOptions &options, Progress &progress);

} // namespace casematching
} // namespace caravan
