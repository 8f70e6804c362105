#pragma once

#include <QByteArray>
#include <QHash>
#include <QPainterPath>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <vector>

namespace caravan {

// One country of the world map.
struct CountryShape {
    QString code;                 // ISO 3166-1 alpha-2; empty for a shape that has none (Kosovo, N. Cyprus...)
    std::vector<QPolygonF> rings; // outlines in degrees: x longitude, y latitude
    QRectF bounds;                // of the rings, in degrees
    QPointF anchor;               // degrees: the area centroid of the largest ring, where flows start and end
    QPainterPath projected;       // the rings on the map's plane (MapProjection), for drawing and hit tests
    QPointF projectedAnchor;
};

// The world's country shapes, Natural Earth 1:50m (public domain), converted at build time from npm's
// world-atlas TopoJSON (resources/map/world_map.py) and embedded as ":/map/countries.bin". Plain data for the
// map view and the report; codes come from the numeric ISO codes through the core's country table.
class WorldShapes {
public:
    // The embedded map, loaded on first use (thread-safe).
    static const WorldShapes &instance();
    // Reads the resource's format; empty with `error` set when the data is not that format.
    static WorldShapes fromData(const QByteArray &data, QString *error = nullptr);

    const std::vector<CountryShape> &countries() const { return m_countries; }
    // The country with this alpha-2 code (any case), or nullptr.
    const CountryShape *country(const QString &code) const;
    bool isEmpty() const { return m_countries.empty(); }
    int pointCount() const;

private:
    std::vector<CountryShape> m_countries;
    QHash<QString, int> m_index;
};

} // namespace caravan
