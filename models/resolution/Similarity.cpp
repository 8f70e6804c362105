#include "models/resolution/Similarity.h"

#include <algorithm>
#include <array>
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

} // namespace caravan::similarity
