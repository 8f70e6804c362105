#pragma once

#include "models/graph/Adjacency.h"
#include "models/graph/Paths.h"
#include "models/graph/SpatialGrid.h"
#include "ui/graph/GraphRenderer.h"

#include <QWidget>

namespace caravan {

// The graph canvas: draws a snapshot with GraphRenderer (a QPainter loop, not one item per node) and
// handles the investigator's hands: wheel zoom around the cursor, drag to pan, Shift+drag for a rubber
// band, click and Ctrl+click to select, drag selected nodes, F to fit, Delete to hide, Space to expand the
// neighbours of the selection, Escape to clear. Hit-testing goes through a spatial grid.
class GraphCanvas : public QWidget {
    Q_OBJECT
public:
    explicit GraphCanvas(QWidget *parent = nullptr);
    ~GraphCanvas() override;

    // Shows a new snapshot. Positions (one per node) may be empty: nodes then start on a spiral.
    void setSnapshot(graph::GraphSnapshot snapshot, std::vector<QPointF> positions = {});
    const graph::GraphSnapshot &snapshot() const { return m_state.snapshot; }
    const CanvasState &state() const { return m_state; }
    std::uint32_t nodeCount() const { return m_state.nodeCount(); }
    // New positions for every node (a layout step); hidden, selected and pinned stay as they are.
    void setPositions(std::vector<QPointF> positions);
    const std::vector<QPointF> &positions() const { return m_state.positions; }
    const std::vector<char> &pinned() const { return m_state.pinned; }
    // The nodes the last drag moved, where from and where to (for the undo stack).
    struct Move {
        std::vector<std::uint32_t> nodes;
        std::vector<QPointF> from;
        std::vector<QPointF> to;
    };
    const Move &lastMove() const { return m_lastMove; }
    // Pinned nodes keep their place when the layout is refined; dragging a node pins it.
    void setSelectionPinned(bool pinned);
    // Puts nodes at given places (undo and redo of a move).
    void placeNodes(const std::vector<std::uint32_t> &nodes, const std::vector<QPointF> &positions);

    void setColourMode(ColourMode mode);
    ColourMode colourMode() const { return m_colourMode; }
    void setSizeMode(SizeMode mode, std::vector<double> scores = {});
    SizeMode sizeMode() const { return m_sizeMode; }
    void setNote(const QString &note);
    // The legend (and note) in the corner; small canvases leave it out.
    void setLegendVisible(bool visible);
    // A click on the legend folds it to its heading and opens it again; fitToView() keeps the graph beside it.
    void setLegendCollapsed(bool collapsed);
    bool legendCollapsed() const { return m_legendCollapsed; }
    QRectF legendRect() const; // on the widget; empty when no legend is drawn
    // What an empty canvas says (by default: how to get something to draw).
    void setEmptyText(const QString &text);
    // While set, an empty canvas says this (a graph being built) instead of its empty text.
    void setBusyText(const QString &text);
    // What an empty canvas says now; empty while it has nodes.
    QString placeholderText() const;

    const Viewport &viewport() const { return m_view; }
    void setViewport(const QPointF &centre, double scale);
    void fitToView();
    void centreOn(std::uint32_t node);
    void zoomBy(double factor, const QPointF &anchor);

    // Selection (node indices of the snapshot).
    std::vector<std::uint32_t> selection() const;
    QList<qint64> selectedEntityIds() const;
    void selectNodes(const std::vector<std::uint32_t> &nodes, bool add = false);
    void clearSelection();
    void selectAllVisible();

    // Hiding and expanding.
    void hideSelected();
    void showAll();
    // Shows the neighbours of the selected nodes and selects them too, so that repeating grows ring by ring.
    void expandSelection();
    // Hides everything but this node, selects and centres it: the start of step-by-step exploration.
    void focusOn(std::uint32_t node);
    void showNodes(const std::vector<std::uint32_t> &nodes);
    std::uint32_t visibleCount() const;

    // Highlights (paths, neighbourhoods): the rest of the graph dims.
    void highlightPaths(const std::vector<graph::Path> &paths);
    void highlightNodes(const std::vector<std::uint32_t> &nodes);
    // Highlights these nodes and these edges (snapshot edge indices), with the ends of the edges.
    void highlight(const std::vector<std::uint32_t> &nodes, const std::vector<std::uint32_t> &edges);
    void clearHighlight();

    // Node under a point of the widget, or -1.
    std::int64_t nodeAt(const QPointF &widgetPoint) const;
    // The visible edge nearest to a widget point within `tolerance` pixels, or -1.
    std::int64_t edgeAt(const QPointF &widgetPoint, double tolerance = 5.0) const;
    // The edge chosen by a click (highlighted with its two ends), or -1; selecting one clears the node selection.
    std::int64_t selectedEdge() const { return m_selectedEdge; }
    void selectEdge(std::int64_t edge);
    // Draws the current view into an image of `size` (pixels), with or without level of detail.
    QImage renderImage(const QSize &size, bool levelOfDetail = true) const;
    bool exportPng(const QString &path) const;
    bool exportSvg(const QString &path) const;
    const RenderStats &lastStats() const { return m_lastStats; }

Q_SIGNALS:
    void selectionChanged();
    // An edge was clicked (-1: the edge selection was cleared).
    void edgeSelected(qint64 edge);
    void nodeActivated(qint64 entityId);
    void nodesMoved();
    void visibilityChanged();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class Drag { None, Pan, Move, Rubber };
    void rebuildGrid() const;
    void changed(bool selection);
    Viewport viewportFor(const QSize &size) const;

    CanvasState m_state;
    Viewport m_view;
    graph::Adjacency m_adjacency; // undirected, for expanding
    mutable graph::SpatialGrid m_grid;
    mutable bool m_gridDirty = true;
    double m_maxRadius = 1;
    ColourMode m_colourMode = ColourMode::Sanctions;
    SizeMode m_sizeMode = SizeMode::Degree;
    std::vector<double> m_scores;
    RenderStats m_lastStats;
    bool m_fitPending = true;
    bool m_legendVisible = true;
    bool m_legendCollapsed = false;
    QString m_emptyText;
    QString m_busyText;

    Drag m_drag = Drag::None;
    QPointF m_pressPos;
    QPointF m_lastPos;
    bool m_additive = false;
    bool m_moved = false;
    std::int64_t m_selectedEdge = -1;
    Move m_lastMove;
};

} // namespace caravan
