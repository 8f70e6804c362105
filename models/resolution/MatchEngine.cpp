#include "models/resolution/MatchEngine.h"

#include "models/resolution/CandidateIndex.h"

#include <QSet>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <atomic>
#include <numeric>
#include <vector>

namespace caravan::matchengine {

namespace {

// Scores each subject against the candidates `find` returns for it, in parallel; keeps those at the threshold.
template <typename Find>
Result<QList<MatchCandidate>> run(const QList<MatchRecord> &subjects, const QList<MatchRecord> &targets,
                                  const Matcher &matcher, const MatchOptions &options, Progress &progress, Find find)
{
    std::vector<QList<MatchCandidate>> found(size_t(subjects.size()));
    std::vector<int> order(size_t(subjects.size()));
    std::iota(order.begin(), order.end(), 0);
    std::atomic<std::int64_t> done{0};
    const std::int64_t total = std::int64_t(subjects.size());
    QtConcurrent::blockingMap(order, [&](int i) {
        if (progress.isCancelled())
            return;
        const MatchRecord &subject = subjects[i];
        for (int t : find(i, subject)) {
            MatchScore s = matcher.score(subject, targets[t], options.threshold);
            if (s.score >= options.threshold)
                found[size_t(i)].append(MatchCandidate{i, t, s.score, std::move(s.reasons)});
        }
        const std::int64_t n = ++done;
        if (n % 1024 == 0)
            progress.setProgress(n, total);
    });
    if (progress.isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("matching was cancelled"));
    progress.setProgress(total, total);
    QList<MatchCandidate> out;
    for (auto &list : found)
        out += std::move(list);
    std::stable_sort(out.begin(), out.end(),
                     [](const MatchCandidate &x, const MatchCandidate &y) { return x.score > y.score; });
    return out;
}

} // namespace

TokenWeights weightsFor(const QList<MatchRecord> &a, const QList<MatchRecord> &b)
{
    TokenWeights w;
    for (const MatchRecord &r : a)
        w.add(r);
    for (const MatchRecord &r : b)
        w.add(r);
    return w;
}

Result<QList<MatchCandidate>> screen(const QList<MatchRecord> &subjects, const QList<MatchRecord> &listed,
                                     const MatchOptions &options, Progress &progress)
{
    progress.setStatus(QStringLiteral("Indexing %1 listed entities").arg(listed.size()));
    CandidateIndex index;
    index.build(listed);
    const TokenWeights weights = weightsFor(subjects, listed);
    const Matcher matcher(&weights);
    QList<MatchRecord> weightedSubjects = subjects, weightedListed = listed;
    weights.assign(weightedSubjects);
    weights.assign(weightedListed);
    progress.setStatus(QStringLiteral("Screening %1 entities").arg(subjects.size()));
    return run(weightedSubjects, weightedListed, matcher, options, progress, [&](int, const MatchRecord &subject) {
        std::vector<int> c = index.candidates(subject, options.candidatesPerRecord);
        // The same entity listed and screened (both in the case) is no match of itself.
        std::erase_if(c, [&](int t) { return listed[t].rowId != 0 && listed[t].rowId == subject.rowId; });
        return c;
    });
}

Result<QList<MatchCandidate>> duplicates(const QList<MatchRecord> &records, const MatchOptions &options,
                                         Progress &progress)
{
    progress.setStatus(QStringLiteral("Indexing %1 entities").arg(records.size()));
    CandidateIndex index;
    index.build(records);
    const TokenWeights weights = weightsFor(records);
    const Matcher matcher(&weights);
    QList<MatchRecord> weighted = records;
    weights.assign(weighted);
    progress.setStatus(QStringLiteral("Looking for duplicates among %1 entities").arg(records.size()));
    // Pairs found from both sides are reported once (below).
    auto result = run(weighted, weighted, matcher, options, progress, [&](int i, const MatchRecord &record) {
        std::vector<int> c = index.candidates(record, options.candidatesPerRecord, i);
        return c;
    });
    if (!result)
        return result;
    QList<MatchCandidate> unique;
    QSet<QPair<int, int>> seen;
    for (MatchCandidate &c : result.value()) {
        if (c.a > c.b)
            std::swap(c.a, c.b);
        if (seen.contains({c.a, c.b}))
            continue;
        seen.insert({c.a, c.b});
        unique.append(std::move(c));
    }
    return unique;
}

QList<MatchCandidate> scoreAllPairs(const QList<MatchRecord> &subjects, const QList<MatchRecord> &listed,
                                    const MatchOptions &options)
{
    const TokenWeights weights = weightsFor(subjects, listed);
    const Matcher matcher(&weights);
    QList<MatchRecord> weightedSubjects = subjects, weightedListed = listed;
    weights.assign(weightedSubjects);
    weights.assign(weightedListed);
    NullProgress none;
    std::vector<int> all(size_t(listed.size()));
    std::iota(all.begin(), all.end(), 0);
    auto result =
        run(weightedSubjects, weightedListed, matcher, options, none, [&](int, const MatchRecord &) { return all; });
    return result ? result.value() : QList<MatchCandidate>{};
}

} // namespace caravan::matchengine
