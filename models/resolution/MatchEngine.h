#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/resolution/Matcher.h"

#include <QList>
#include <QStringList>

namespace caravan {

// A pair worth a person's look: indexes refer to the record lists given to the engine.
struct MatchCandidate {
    int a = -1; // the screened entity, or the first of a duplicate pair
    int b = -1; // the listed entity, or the second of a duplicate pair
    double score = 0.0;
    QStringList reasons;
};

struct MatchOptions {
    double threshold = Matcher::kDefaultThreshold;
    int candidatesPerRecord = 24; // how many blocked candidates each record scores in full
};

// Screening and duplicate search over prepared records: blocking, full scoring of the candidates on all
// cores, results sorted by score (highest first). Cancellable through the Progress.
namespace matchengine {

Result<QList<MatchCandidate>> screen(const QList<MatchRecord> &subjects, const QList<MatchRecord> &listed,
                                     const MatchOptions &options, Progress &progress);
// Pairs inside one set; each pair once, with a < b.
Result<QList<MatchCandidate>> duplicates(const QList<MatchRecord> &records, const MatchOptions &options,
                                         Progress &progress);
// The baseline blocking is measured against: every subject scored against every listed record.
QList<MatchCandidate> scoreAllPairs(const QList<MatchRecord> &subjects, const QList<MatchRecord> &listed,
                                    const MatchOptions &options);
// Token weights from both sets.
TokenWeights weightsFor(const QList<MatchRecord> &a, const QList<MatchRecord> &b = {});

} // namespace matchengine
} // namespace caravan
