#include "models/resolution/Similarity.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <vector>

namespace caravan::similarity {

double jaroWinkler(const QString &a, const QString &b)
{
    const qsizetype la = a.size();
    const qsizetype lb = b.size();
    if (la == 0 || lb == 0)
        return la == lb ? 1.0 : 0.0;
    if (a == b)
        return 1.0;
    const qsizetype window = std::max<qsizetype>(0, std::max(la, lb) / 2 - 1);
    // Names are short: fixed buffers avoid allocating in the hot loop.
    std::array<bool, 64> smallA{}, smallB{};
    std::vector<bool> bigA, bigB;
    const bool small = la <= 64 && lb <= 64;
    if (!small) {
        bigA.assign(size_t(la), false);
        bigB.assign(size_t(lb), false);
    }
    const auto matchedA = [&](qsizetype i) -> bool { return small ? smallA[size_t(i)] : bigA[size_t(i)]; };
    const auto matchedB = [&](qsizetype j) -> bool { return small ? smallB[size_t(j)] : bigB[size_t(j)]; };
    qsizetype matches = 0;
    for (qsizetype i = 0; i < la; ++i) {
        const qsizetype from = std::max<qsizetype>(0, i - window);
        const qsizetype to = std::min(lb - 1, i + window);
        for (qsizetype j = from; j <= to; ++j) {
            if (matchedB(j) || a[i] != b[j])
                continue;
            if (small) {
                smallA[size_t(i)] = true;
                smallB[size_t(j)] = true;
            } else {
                bigA[size_t(i)] = true;
                bigB[size_t(j)] = true;
            }
            ++matches;
            break;
        }
    }
    if (matches == 0)
        return 0.0;
    qsizetype transpositions = 0;
    for (qsizetype i = 0, j = 0; i < la; ++i) {
        if (!matchedA(i))
            continue;
        while (!matchedB(j))
            ++j;
        if (a[i] != b[j])
            ++transpositions;
        ++j;
    }
    const double m = double(matches);
    const double jaro = (m / double(la) + m / double(lb) + (m - double(transpositions) / 2.0) / m) / 3.0;
    qsizetype prefix = 0;
    while (prefix < std::min<qsizetype>({4, la, lb}) && a[prefix] == b[prefix])
        ++prefix;
    return jaro + double(prefix) * 0.1 * (1.0 - jaro);
}

int editDistance(const QString &a, const QString &b, int limit)
{
    const qsizetype la = a.size(), lb = b.size();
    if (std::abs(int(la - lb)) > limit)
        return limit + 1;
    if (la > 62 || lb > 62)
        return a == b ? 0 : limit + 1;
    // Optimal string alignment over three rows (the one before last is for swaps).
    std::array<int, 64> before{}, previous{}, current{};
    for (qsizetype j = 0; j <= lb; ++j)
        previous[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= la; ++i) {
        current[0] = int(i);
        int rowBest = current[0];
        for (qsizetype j = 1; j <= lb; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int v = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                v = std::min(v, before[size_t(j - 2)] + 1);
            current[size_t(j)] = v;
            rowBest = std::min(rowBest, v);
        }
        if (rowBest > limit)
            return limit + 1;
        before = previous;
        previous = current;
    }
    return std::min(previous[size_t(lb)], limit + 1);
}

QString consonants(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        QChar c = s[i];
        if (i > 0 && QStringLiteral("aeiouy").contains(c))
            continue;
        if (c == u'c')
            c = u'k';
        if (out.isEmpty() || out.back() != c)
            out.append(c);
    }
    return out;
}

double tokenCredit(const QString &a, const QString &b)
{
    if (a == b)
        return 1.0;
    const auto isNumber = [](const QString &s) { return !s.isEmpty() && s.front().isDigit(); };
    if (isNumber(a) || isNumber(b))
        return 0.0;
    const qsizetype longest = std::max(a.size(), b.size());
    if (longest < 4)
        return 0.0;
    const int edits = editDistance(a, b, 3);
    if (edits == 1)
        return longest >= 6 ? 0.85 : longest == 5 ? 0.8 : 0.7;
    double credit = 0.0;
    if (edits == 2 && longest >= 6)
        credit = 0.5;
    else if (edits == 3 && longest >= 10)
        credit = 0.25;
    // The same consonants in the same order, vowels aside: one word romanised two ways.
    if (edits == 2 && longest >= 6) {
        const QString ka = consonants(a);
        if (ka.size() >= 3 && ka == consonants(b))
            credit = 0.8;
    }
    return credit;
}

quint32 letterMask(const QString &word)
{
    quint32 mask = 0;
    for (QChar c : word) {
        const char16_t u = c.unicode();
        mask |= (u >= 'a' && u <= 'z') ? (1u << (u - 'a')) : (1u << (26 + u % 6));
    }
    return mask;
}

bool mayResemble(qsizetype lengthA, quint32 maskA, qsizetype lengthB, quint32 maskB)
{
    const qsizetype longest = std::max(lengthA, lengthB);
    // The most edits tokenCredit forgives at this length (see there).
    const int edits = longest >= 10 ? 3 : longest >= 6 ? 2 : longest >= 4 ? 1 : 0;
    return std::abs(int(lengthA - lengthB)) <= edits && std::popcount(maskA ^ maskB) <= 2 * edits;
}

} // namespace caravan::similarity
