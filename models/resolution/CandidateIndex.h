#pragma once

#include "models/resolution/MatchRecord.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <vector>

namespace caravan {

// Blocking for matching without scoring all pairs: records are indexed under keys (the first letters of each
// name token's skeleton, the skeleton of the whole name, identifier values). A query collects the records that
// share keys with it, weighting rare keys more, and returns the best few to be scored in full.
class CandidateIndex {
public:
    // Keys that hold more than this share of the records say nothing and are not used to find candidates.
    static constexpr double kMaxKeyShare = 0.05;

    void build(const QList<MatchRecord> &records);
    // Indexes (into the records given to build) of the best `limit` candidates; `self` is left out.
    std::vector<int> candidates(const MatchRecord &query, int limit, int self = -1) const;
    qsizetype keyCount() const { return m_keyIds.size(); }

    static QStringList blockingKeys(const MatchRecord &record);
    static QStringList nameKeys(const MatchName &name);
    static QString identifierKey(const Identifier &id);

private:
    QHash<QString, int> m_keyIds;
    std::vector<std::vector<int>> m_postings;
    size_t m_records = 0;
};

} // namespace caravan
