#include "models/resolution/CandidateIndex.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace caravan {

namespace {
constexpr int kPrefix = 4;
constexpr double kIdentifierWeight = 100.0;
} // namespace

QStringList CandidateIndex::blockingKeys(const MatchRecord &record)
{
    QSet<QString> keys;
    for (const MatchName &n : record.names) {
        for (const QString &s : n.skeletons)
            if (s.size() >= 2)
                keys.insert(QLatin1String("n:") + s.left(kPrefix));
        if (n.joined.size() >= 2)
            keys.insert(QLatin1String("n:") + n.joined.left(kPrefix));
    }
    for (const Identifier &id : record.identifiers)
        keys.insert(QLatin1String("i:") + id.scheme + QLatin1Char(':') + id.value);
    return QStringList(keys.begin(), keys.end());
}

void CandidateIndex::build(const QList<MatchRecord> &records)
{
    m_keyIds.clear();
    m_postings.clear();
    m_records = size_t(records.size());
    for (int i = 0; i < int(records.size()); ++i)
        for (const QString &key : blockingKeys(records[i])) {
            auto it = m_keyIds.find(key);
            if (it == m_keyIds.end()) {
                it = m_keyIds.insert(key, int(m_postings.size()));
                m_postings.emplace_back();
            }
            m_postings[size_t(*it)].push_back(i);
        }
}

std::vector<int> CandidateIndex::candidates(const MatchRecord &query, int limit, int self) const
{
    const double n = double(std::max<size_t>(1, m_records));
    const size_t maxPosting = std::max<size_t>(64, size_t(kMaxKeyShare * n));
    std::unordered_map<int, double> votes;
    for (const QString &key : blockingKeys(query)) {
        const auto it = m_keyIds.constFind(key);
        if (it == m_keyIds.constEnd())
            continue;
        const std::vector<int> &posting = m_postings[size_t(*it)];
        const bool identifier = key.startsWith(QLatin1String("i:"));
        if (!identifier && posting.size() > maxPosting)
            continue;
        const double w = identifier ? kIdentifierWeight : std::log(1.0 + n / double(posting.size()));
        for (int r : posting)
            if (r != self)
                votes[r] += w;
    }
    std::vector<std::pair<double, int>> ranked;
    ranked.reserve(votes.size());
    for (const auto &[r, w] : votes)
        ranked.emplace_back(w, r);
    const size_t keep = std::min(ranked.size(), size_t(std::max(0, limit)));
    std::partial_sort(ranked.begin(), ranked.begin() + ptrdiff_t(keep), ranked.end(), [](const auto &a, const auto &b) {
        return a.first > b.first || (a.first == b.first && a.second < b.second);
    });
    std::vector<int> out;
    out.reserve(keep);
    for (size_t i = 0; i < keep; ++i)
        out.push_back(ranked[i].second);
    return out;
}

} // namespace caravan
