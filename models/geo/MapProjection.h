#pragma once

#include <QPointF>
#include <QPolygonF>
#include <QRectF>

namespace caravan {

// The Natural Earth projection (Šavrič, Jenny, Patterson, Petrovič and Hurni, 2015): a pseudo-cylindrical world
// projection with polynomial formulas, no tables. Degrees in, a plane out in earth radii, x growing east and y growing
// south (screen orientation), the origin at 0°N 0°E.
class MapProjection {
public:
    static QPointF project(const QPointF &lonLat);
    static QPolygonF project(const QPolygonF &lonLat);
    // The whole world on the plane: x within about ±2.73, y within about ±1.42.
    static QRectF worldRect();
};

} // namespace caravan
