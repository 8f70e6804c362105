#pragma once

#include "models/graph/GraphSnapshot.h"

#include <QColor>
#include <QCoreApplication>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSize>
#include <QString>

#include <vector>

class QPainter;

namespace caravan {

enum class ColourMode { Type, Country, Sanctions, Mark };
enum class SizeMode { Degree, Betweenness, Value, Uniform };

// One line of the legend: a swatch (filled, or outlined) and what it means.
struct LegendEntry {
    QColor colour;
    QString text;
    bool outline = false;
};

// Everything the canvas draws, as flat arrays indexed by snapshot node (and edge) number.
struct CanvasState {
    graph::GraphSnapshot snapshot;
    std::vector<QPointF> positions;   // world coordinates
    std::vector<double> radius;       // world units
    std::vector<std::uint8_t> colour; // index into palette
    std::vector<QColor> palette;
    std::vector<char> hidden;
    std::vector<char> selected;
    std::vector<char> pinned;      // kept in place by refining layouts
    std::vector<char> highlighted; // nodes on a found path or in a neighbourhood
    std::vector<char> edgeHighlighted;
    bool hasHighlight = false;
    std::vector<float> edgeWidth; // pixels
    QString legendTitle;
    QList<LegendEntry> legend;
    QString note; // a line under the legend (sampling, approximations)

    std::uint32_t nodeCount() const { return snapshot.nodeCount(); }
    bool isVisible(std::uint32_t v) const { return !hidden[v]; }
};

// Where the camera is: the world point at the centre of the output and the pixels per world unit.
struct Viewport {
    QPointF centre;
    double scale = 1.0;
    QSizeF size;

    QPointF toScreen(const QPointF &world) const
    {
        return {(world.x() - centre.x()) * scale + size.width() / 2,
                (world.y() - centre.y()) * scale + size.height() / 2};
    }
    QPointF toWorld(const QPointF &screen) const
    {
        return {(screen.x() - size.width() / 2) / scale + centre.x(),
                (screen.y() - size.height() / 2) / scale + centre.y()};
    }
    QRectF visibleWorld() const { return QRectF(toWorld({0, 0}), toWorld({size.width(), size.height()})); }
};

struct RenderOptions {
    bool levelOfDetail = true; // budgets below apply; off for SVG export (everything drawn)
    int edgeBudget = 60000;    // at most this many edge segments per frame; beyond, an even sample
    int labelBudget = 400;
    bool legend = true;
    bool legendCollapsed = false; // only the legend's heading, clicked to open
    QColor background = QColor(0xfb, 0xfb, 0xf8);
};

// What a frame drew; the canvas shows the sampling note, tests and benchmarks read the counts.
struct RenderStats {
    int nodesDrawn = 0;
    int edgesDrawn = 0;
    int edgeStride = 1; // 1: every edge on screen drawn; k: one in k
    int labelsDrawn = 0;
    int edgeLabelsDrawn = 0; // shares written on ownership edges (zoomed in, few edges)
};

// Draws the graph with a plain QPainter loop: edges batched per style with drawLines, small nodes batched
// per colour with drawPoints, labels only where readable and not overlapping, the legend on top.
// Work per frame is bounded by the budgets, not by the size of the graph beyond one pass over it.
class GraphRenderer {
    Q_DECLARE_TR_FUNCTIONS(GraphRenderer)
public:
    static RenderStats render(QPainter &painter, const CanvasState &state, const Viewport &viewport,
                              const RenderOptions &options = {});
    static QColor selectionColour() { return QColor(0x1f, 0x6f, 0xeb); }
    static QColor designatedColour() { return QColor(0x7a, 0x00, 0x0c); }
    // An ownership edge's share as written on the canvas: "51%", "25–50%", "?" when unknown; empty for other kinds.
    static QString shareText(const graph::GraphEdge &edge);
    // One line about an edge for the status bar and tooltip: kind, parties, share or value, dates.
    static QString describeEdge(const graph::GraphSnapshot &snapshot, const graph::GraphEdge &edge);
    // Where the legend box goes on a canvas of `size` (top left corner); empty when there is nothing to explain.
    static QRectF legendRect(const CanvasState &state, const RenderStats &stats, const QFont &font, const QSizeF &size,
                             bool collapsed);

private:
    static void drawCrowded(QPainter &painter, const CanvasState &state, const RenderOptions &options,
                            const Viewport &viewport, const std::vector<QPointF> &screen,
                            const std::vector<char> &onScreen, const std::vector<std::uint32_t> &candidates,
                            RenderStats &stats);
    static void drawLabels(QPainter &painter, const CanvasState &state, double scale,
                           const std::vector<QPointF> &screen, const std::vector<char> &onScreen, int visibleCount,
                           int labelBudget, RenderStats &stats);
    static void drawEdgeLabels(QPainter &painter, const CanvasState &state, const std::vector<QPointF> &screen,
                               const std::vector<std::uint32_t> &edges, RenderStats &stats);
    static void drawLegend(QPainter &painter, const CanvasState &state, const RenderStats &stats, const QSizeF &size,
                           bool collapsed);
    static QStringList legendNotes(const CanvasState &state, const RenderStats &stats);
    static QString legendHeading(const CanvasState &state, bool collapsed);
};

} // namespace caravan
