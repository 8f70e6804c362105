#include "models/geo/MapGeometry.h"

#include "models/geo/MapProjection.h"
#include "models/geo/WorldShapes.h"

#include <algorithm>
#include <cmath>

namespace caravan {

QPointF MapArc::at(double t) const
{
    const double u = 1 - t;
    return u * u * start + 2 * u * t * control + t * t * end;
}

MapArc MapGeometry::arc(const QPointF &from, const QPointF &to, double bend)
{
    const QPointF d = to - from;
    // Screen orientation (y down): the left of (dx, dy) is (dy, -dx).
    const QPointF left(d.y(), -d.x());
    return MapArc{from, (from + to) / 2 + left * bend, to};
}

std::vector<MapFlow> MapGeometry::flows(const graph::GraphSnapshot &countryTrade, const WorldShapes &world, int limit)
{
    std::vector<MapFlow> out;
    for (const graph::GraphEdge &e : countryTrade.edges) {
        const QString from = QString::fromStdString(countryTrade.nodes[e.from].country);
        const QString to = QString::fromStdString(countryTrade.nodes[e.to].country);
        const CountryShape *a = world.country(from);
        const CountryShape *b = world.country(to);
        if (!a || !b || a == b || !(e.weight > 0))
            continue;
        out.push_back(MapFlow{from, to, e.weight, e.count, arc(a->projectedAnchor, b->projectedAnchor)});
    }
    std::sort(out.begin(), out.end(), [](const MapFlow &x, const MapFlow &y) {
        return x.value != y.value ? x.value > y.value : std::tie(x.from, x.to) < std::tie(y.from, y.to);
    });
    if (limit >= 0 && out.size() > static_cast<std::size_t>(limit))
        out.resize(static_cast<std::size_t>(limit));
    std::reverse(out.begin(), out.end());
    return out;
}

QHash<QString, CountryTotals> MapGeometry::totals(const graph::GraphSnapshot &countryTrade)
{
    QHash<QString, CountryTotals> out;
    for (const graph::GraphEdge &e : countryTrade.edges) {
        CountryTotals &a = out[QString::fromStdString(countryTrade.nodes[e.from].country)];
        a.exported += e.weight;
        a.shipmentsOut += e.count;
        CountryTotals &b = out[QString::fromStdString(countryTrade.nodes[e.to].country)];
        b.imported += e.weight;
        b.shipmentsIn += e.count;
    }
    return out;
}

std::vector<MapLeg> MapGeometry::legs(const std::vector<RouteLeg> &route, const WorldShapes &world)
{
    std::vector<MapLeg> out;
    for (const RouteLeg &leg : route) {
        MapLeg m{leg, {}, false};
        const CountryShape *a = world.country(leg.from);
        const CountryShape *b = world.country(leg.to);
        if (a && b) {
            m.arc = arc(a->projectedAnchor, b->projectedAnchor, 0.12);
            m.drawable = true;
        }
        out.push_back(m);
    }
    return out;
}

QRectF MapGeometry::routeView(const std::vector<MapLeg> &legs, const WorldShapes &world, double aspect, double minWidth)
{
    QRectF r;
    const auto add = [&r](const QRectF &x) { r = r.isNull() ? x : r.united(x); };
    for (const MapLeg &m : legs) {
        if (!m.drawable)
            continue;
        for (const QString &code : {m.leg.from, m.leg.to}) {
            const CountryShape *c = world.country(code);
            // A huge country (Russia) adds the area around its anchor, not all of its shape.
            const QRectF shape = c->projected.boundingRect();
            add(shape.width() > 0.6 ? QRectF(c->projectedAnchor - QPointF(0.15, 0.1), QSizeF(0.3, 0.2)) : shape);
        }
        add(QRectF(m.arc.start, m.arc.end).normalized());
        add(QRectF(m.arc.at(0.5), QSizeF(1e-6, 1e-6)));
    }
    if (r.isNull())
        return MapProjection::worldRect();
    r = r.marginsAdded(QMarginsF(0.08, 0.08, 0.08, 0.08));
    double w = std::max(r.width(), minWidth), h = r.height();
    if (aspect > 0) {
        if (w / h > aspect)
            h = w / aspect;
        else
            w = h * aspect;
    }
    return QRectF(r.center() - QPointF(w / 2, h / 2), QSizeF(w, h));
}

} // namespace caravan
