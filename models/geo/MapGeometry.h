#pragma once

#include "models/geo/RouteLeg.h"
#include "models/graph/GraphSnapshot.h"

#include <QHash>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <vector>

namespace caravan {

class WorldShapes;

// A curved line on the map's plane (MapProjection): a quadratic Bézier from `start` to `end` through `control`.
struct MapArc {
    QPointF start;
    QPointF control;
    QPointF end;

    QPointF at(double t) const; // t in [0, 1]
    bool isLoop() const { return start == end; }
};

// The trade from one country to another in the filtered period, as the map draws it.
struct MapFlow {
    QString from;
    QString to;
    double value = 0; // declared value, summed as the Trade view sums it
    std::int64_t shipments = 0;
    MapArc arc;
};

// A leg of a chain's route on the map; `drawable` is false when a country of it has no shape ("?", unknown codes).
struct MapLeg {
    RouteLeg leg;
    MapArc arc;
    bool drawable = false;
};

// What one country sent and received among the flows: for the tooltip.
struct CountryTotals {
    double exported = 0;
    double imported = 0;
    std::int64_t shipmentsOut = 0;
    std::int64_t shipmentsIn = 0;
};

// Everything the map draws besides the countries: the flows, the route, the route's countries.
struct MapScene {
    std::vector<MapFlow> flows; // largest last
    std::vector<MapLeg> legs;   // in route order
    QHash<QString, CountryTotals> totals;
};

// The geometry of the map view and the report's route maps: arcs between country anchors, flows out of the Trade
// view's country-level snapshot, and the part of the world a route needs. Plain data, no drawing.
class MapGeometry {
public:
    // The arc from one point to another, bowed to the left of the direction of travel by `bend` times its length,
    // so that A → B and B → A do not overlap. A loop (same point) keeps start == end.
    static MapArc arc(const QPointF &from, const QPointF &to, double bend = 0.18);
    // The flows of a country-level trade snapshot (GraphBuilder::trade with countryLevel), at most `limit` of the
    // largest, largest last; flows within a country and flows of countries without a shape are left out.
    static std::vector<MapFlow> flows(const graph::GraphSnapshot &countryTrade, const WorldShapes &world,
                                      int limit = 80);
    // Exports and imports by country over all the snapshot's flows (not only those drawn).
    static QHash<QString, CountryTotals> totals(const graph::GraphSnapshot &countryTrade);
    static std::vector<MapLeg> legs(const std::vector<RouteLeg> &route, const WorldShapes &world);
    // The part of the plane a route needs: its countries' shapes and arcs with a margin, at least `minWidth` wide and
    // of the aspect ratio width / height = `aspect`; the whole world when no leg is drawable.
    static QRectF routeView(const std::vector<MapLeg> &legs, const WorldShapes &world, double aspect,
                            double minWidth = 0.9);
};

} // namespace caravan
