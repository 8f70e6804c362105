#pragma once

#include "models/resolution/MatchRecord.h"

#include <QHash>
#include <QStringList>

namespace caravan {

// How rare each name token (skeleton) is in the data being matched: rare tokens weigh more (inverse
// document frequency), so "Kalashnikov" decides more than "Trading" or "Aleksandr".
class TokenWeights {
public:
    TokenWeights();
    void add(const MatchRecord &record);
    double weight(const QString &skeleton) const;
    // Stores each token's weight in the records' names, so scoring does not look them up pair after pair.
    // ...and each token's number in this vocabulary, so that token pairs can be remembered once scored.
    void assign(QList<MatchRecord> &records) const;
    // Tells vocabularies apart (token numbers mean nothing across them).
    quint64 serial() const { return m_serial; }

private:
    QHash<QString, int> m_documents;
    QHash<QString, int> m_ids;
    int m_total = 0;
    quint64 m_serial;
};

// What a score means to the person reviewing it. A name alone, however close, reaches at most 0.90 (Matcher): to be
// "likely the same" a pair needs an identifier, a date or an address that agrees as well.
enum class MatchBand {
    Likely,   // 0.92 and above: likely the same
    Possible, // from the threshold up to 0.92: possible, check
};

// "likely" or "possible", as screen and resolve --json write it.
QString matchBandName(MatchBand band);

// The score of one pair and the reasons behind it, for a person to read.
struct MatchScore {
    double score = 0.0; // 0..1
    QStringList reasons;
};

// Scores a pair of prepared entities from names (weighted soft token-set similarity over every spelling),
// identifiers (the same value of a scheme nearly decides; a different value of a one-per-entity scheme nearly
// rules out), country, dates and addresses. Stateless apart from the weights: safe to use from many threads.
class Matcher {
public:
    static constexpr double kDefaultThreshold = 0.8;
    static constexpr double kLikelyThreshold = 0.92;

    static MatchBand band(double score) { return score >= kLikelyThreshold ? MatchBand::Likely : MatchBand::Possible; }

    explicit Matcher(const TokenWeights *weights = nullptr) : m_weights(weights) {}

    // Whether the two kinds of entity can be the same thing (a person is never a company).
    static bool comparable(EntityType a, EntityType b);
    // With `floor` > 0, a pair that cannot reach it is given up early: its score is an upper bound below the
    // floor and it has no reasons (screening asks for thousands of these per entity).
    MatchScore score(const MatchRecord &a, const MatchRecord &b, double floor = 0.0) const;
    // Similarity of two name spellings in [0, 1] and a short account of what matched.
    double nameSimilarity(const MatchName &a, const MatchName &b, bool person, QString *why = nullptr) const;

private:
    // The score; with `reasons`, also why. Pairs that cannot reach `floor` stop early.
    double compute(const MatchRecord &a, const MatchRecord &b, double floor, QStringList *reasons) const;
    double weight(const MatchName &name, qsizetype token) const;
    double tokenSimilarity(const MatchName &a, qsizetype i, const MatchName &b, qsizetype j) const;
    const TokenWeights *m_weights;
};

} // namespace caravan
