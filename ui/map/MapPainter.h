#pragma once

#include "models/geo/MapGeometry.h"

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <QTransform>

class QPainter;

namespace caravan {

// How a map is drawn on one device: the tab's canvas and the report's pages share everything else.
struct MapPaintOptions {
    QFont font;         // labels and the legend; the legend's title is this, bold
    double pixel = 1;   // device units per screen pixel: line widths and marks scale with it
    QString hover;      // the country under the cursor, filled a shade darker
    bool legend = true; // the route's legs listed in a box at the top left
    bool flowLabels = true;
};

// Draws the world map: countries, the trade between them as arcs whose width is the value, and a chain's route as
// numbered legs with their dates. One renderer for the Map tab (MapCanvas) and the report's route maps
// (ReportPainter), so both show the same thing.
class MapPainter {
public:
    // The plane (MapProjection) to the device: `view` fitted into `target`, centred, keeping its proportions.
    static QTransform transform(const QRectF &target, const QRectF &view);
    static void paint(QPainter &p, const QRectF &target, const QRectF &view, const MapScene &scene,
                      const MapPaintOptions &options);
    // paint() in two layers: the sea and the countries (which a canvas may keep while panning), then the flows, the
    // labels, the route and its legend.
    static void paintLand(QPainter &p, const QRectF &target, const QRectF &view, const MapScene &scene,
                          const MapPaintOptions &options);
    static void paintOverlay(QPainter &p, const QRectF &target, const QRectF &view, const MapScene &scene,
                             const MapPaintOptions &options);
    static QColor seaColour();
    // The arc's width for a flow of `value` when the largest drawn is `largest`, in screen pixels.
    static double flowWidth(double value, double largest);
};

} // namespace caravan
