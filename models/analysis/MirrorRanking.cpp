#include "models/analysis/MirrorComparer.h"

#include <cmath>

namespace caravan::mirror {

void Comparer::rank(std::vector<PendingFlow> &all, int fromMonth, int toMonth, MirrorResult &result) const
{
    using Pending = PendingFlow;
    for (Pending &p : all) {
        if (p.months.second < fromMonth || p.months.first > toMonth)
            continue;
        if (!p.flow.comparable && !p.flow.growth && p.flow.flags.isEmpty())
            continue; // neither compared nor measured against a baseline
        if (m_s.flaggedOnly && p.flow.flags.isEmpty())
            continue;
        if (p.flow.flags.isEmpty() && p.flow.gap)
            p.flow.magnitude = std::abs(*p.flow.gap);
        result.flows.push_back(std::move(p.flow));
    }
    std::sort(result.flows.begin(), result.flows.end(), [](const MirrorFlow &a, const MirrorFlow &b) {
        const bool fa = !a.flags.isEmpty(), fb = !b.flags.isEmpty();
        if (fa != fb)
            return fa;
        if (a.tierRank != b.tierRank)
            return a.tierRank > b.tierRank;
        if (a.magnitude != b.magnitude)
            return a.magnitude > b.magnitude;
        return std::tie(a.exporter, a.importer, a.hs, a.period) < std::tie(b.exporter, b.importer, b.hs, b.period);
    });
}

} // namespace caravan::mirror
