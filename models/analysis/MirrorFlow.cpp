#include "models/analysis/MirrorComparison.h"

#include <algorithm>
#include <cmath>

namespace caravan {

MirrorFlow::Confidence MirrorFlow::confidence() const
{
    if (flags.isEmpty())
        return Confidence::None;
    const bool strong = flags.size() >= 2 || (flags.contains(u"mirror_gap") && gapPct && std::abs(*gapPct) >= 50) ||
                        (flags.contains(u"surge") && growth && *growth >= 3);
    if (comparable && strong)
        return Confidence::High;
    if (comparable || flags.size() >= 2)
        return Confidence::Medium;
    return Confidence::Low;
}

QString MirrorFlow::confidenceName(Confidence c)
{
    switch (c) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::None:
        break;
    }
    return {};
}

ChartRequest MirrorFlow::chartRequest() const
{
    ChartRequest r;
    r.kind = ChartRequest::Kind::Mirror;
    r.stats.reporter = exporter;
    r.stats.partner = importer;
    if (!hs.isEmpty() && std::all_of(hs.begin(), hs.end(), [](QChar c) { return c.isDigit(); }))
        r.stats.hsPrefix = hs;
    return r;
}

QString MirrorFlow::title() const
{
    return QStringLiteral("%1 → %2 %3 %4").arg(exporter, importer, hs, period);
}

} // namespace caravan
