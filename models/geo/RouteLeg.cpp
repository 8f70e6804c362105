#include "models/geo/RouteLeg.h"

#include "models/analysis/ChainDetector.h"

#include <algorithm>

namespace caravan {

QString RouteLeg::datesText() const
{
    if (!first.isValid())
        return {};
    if (!last.isValid() || last == first)
        return first.toString(Qt::ISODate);
    return QStringLiteral("%1 – %2").arg(first.toString(Qt::ISODate), last.toString(Qt::ISODate));
}

std::vector<RouteLeg> routeLegs(const std::vector<RouteHop> &hops)
{
    std::vector<RouteLeg> legs;
    for (const RouteHop &hop : hops) {
        auto it = std::find_if(legs.begin(), legs.end(),
                               [&hop](const RouteLeg &l) { return l.from == hop.from && l.to == hop.to; });
        if (it == legs.end()) {
            legs.push_back(RouteLeg{static_cast<int>(legs.size()) + 1, hop.from, hop.to, {}, {}, 0});
            it = legs.end() - 1;
        }
        ++it->shipments;
        if (hop.date.isValid()) {
            if (!it->first.isValid() || hop.date < it->first)
                it->first = hop.date;
            if (!it->last.isValid() || hop.date > it->last)
                it->last = hop.date;
        }
    }
    return legs;
}

std::vector<RouteLeg> routeLegs(const DetectedChain &chain)
{
    const QStringList stops = chain.route.split(QStringLiteral("->"), Qt::SkipEmptyParts);
    const int middle = chain.intermediaries;
    if (stops.size() != middle + 2)
        return {};
    const auto stop = [&stops](int i) { return stops.at(i).trimmed(); };
    std::vector<RouteHop> hops;
    for (int k = 0; k < chain.dates.size(); ++k) {
        const QDate date = QDate::fromString(chain.dates.at(k), Qt::ISODate);
        if (k < middle) {
            hops.push_back({stop(k), stop(k + 1), date});
            continue;
        }
        for (const QString &to : stop(middle + 1).split(u'+', Qt::SkipEmptyParts))
            hops.push_back({stop(middle), to.trimmed(), date});
    }
    return routeLegs(hops);
}

} // namespace caravan
