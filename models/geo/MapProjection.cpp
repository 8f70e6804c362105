#include "models/geo/MapProjection.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace caravan {

QPointF MapProjection::project(const QPointF &lonLat)
{
    constexpr double toRadians = std::numbers::pi / 180.0;
    const double lambda = std::clamp(lonLat.x(), -180.0, 180.0) * toRadians;
    const double phi = std::clamp(lonLat.y(), -90.0, 90.0) * toRadians;
    const double p2 = phi * phi, p4 = p2 * p2, p6 = p4 * p2, p8 = p4 * p4, p10 = p8 * p2, p12 = p6 * p6;
    const double x = lambda * (0.870700 - 0.131979 * p2 - 0.013791 * p4 + 0.003971 * p10 - 0.001529 * p12);
    const double y = phi * (1.007226 + 0.015085 * p2 - 0.044475 * p6 + 0.028874 * p8 - 0.005916 * p10);
    return {x, -y};
}

QPolygonF MapProjection::project(const QPolygonF &lonLat)
{
    QPolygonF out;
    out.reserve(lonLat.size());
    for (const QPointF &p : lonLat)
        out << project(p);
    return out;
}

QRectF MapProjection::worldRect()
{
    const QPointF topLeft(project(QPointF(-180, 0)).x(), project(QPointF(0, 90)).y());
    return QRectF(topLeft, QPointF(-topLeft.x(), -topLeft.y()));
}

} // namespace caravan
