#include "models/resolution/CandidateIndex.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace caravan {

namespace {
constexpr int kPrefix = 4;
constexpr double kIdentifierWeight = 100.0;
} // namespace

QStringList CandidateIndex::nameKeys(const MatchName &name)
{
    QStringList keys;
    // The first letters find spellings that differ later on; the whole token ranks exact agreement higher.
    for (const QString &s : name.skeletons)
        if (s.size() >= 2) {
            keys.append(QLatin1String("n:") + s.left(kPrefix));
            if (s.size() > kPrefix)
                keys.append(QLatin1String("t:") + s);
        }
    if (name.joined.size() >= 2)
        keys.append(QLatin1String("n:") + name.joined.left(kPrefix));
    keys.removeDuplicates();
    return keys;
}

QStringList CandidateIndex::blockingKeys(const MatchRecord &record)
{
    QSet<QString> keys;
    for (const MatchName &n : record.names)
        for (const QString &k : nameKeys(n))
            keys.insert(k);
    for (const Identifier &id : record.identifiers)
        keys.insert(identifierKey(id));
    return QStringList(keys.begin(), keys.end());
}

QString CandidateIndex::identifierKey(const Identifier &id)
{
    return QLatin1String("i:") + id.scheme + QLatin1Char(':') + id.value;
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
    struct Scratch {
        std::vector<double> votes, nameVotes;
        std::vector<int> touched, nameTouched;
    };
    thread_local Scratch scratch;
    if (scratch.votes.size() < m_records) {
        scratch.votes.assign(m_records, 0.0);
        scratch.nameVotes.assign(m_records, 0.0);
    }
    auto &votes = scratch.votes;
    auto &nameVotes = scratch.nameVotes;
    auto &touched = scratch.touched;
    auto &nameTouched = scratch.nameTouched;
    touched.clear();
    for (const MatchName &name : query.names) {
        nameTouched.clear();
        for (const QString &key : nameKeys(name)) {
            const auto it = m_keyIds.constFind(key);
            if (it == m_keyIds.constEnd())
                continue;
            const std::vector<int> &posting = m_postings[size_t(*it)];
            if (posting.size() > maxPosting)
                continue;
            const double w = std::log(1.0 + n / double(posting.size()));
            for (int r : posting) {
                if (r == self)
                    continue;
                if (nameVotes[size_t(r)] == 0.0)
                    nameTouched.push_back(r);
                nameVotes[size_t(r)] += w;
            }
        }
        // A candidate must share much with one spelling: the best name counts, so an entity with twenty
        // spellings does not pull in everything that shares a word with any of them.
        for (int r : nameTouched) {
            double &best = votes[size_t(r)];
            if (best == 0.0)
                touched.push_back(r);
            best = std::max(best, nameVotes[size_t(r)]);
            nameVotes[size_t(r)] = 0.0;
        }
    }
    for (const Identifier &id : query.identifiers) {
        const auto it = m_keyIds.constFind(identifierKey(id));
        if (it == m_keyIds.constEnd())
            continue;
        for (int r : m_postings[size_t(*it)]) {
            if (r == self)
                continue;
            if (votes[size_t(r)] == 0.0)
                touched.push_back(r);
            votes[size_t(r)] += kIdentifierWeight;
        }
    }
    std::vector<std::pair<double, int>> ranked;
    ranked.reserve(touched.size());
    for (int r : touched) {
        ranked.emplace_back(votes[size_t(r)], r);
        votes[size_t(r)] = 0.0;
    }
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
