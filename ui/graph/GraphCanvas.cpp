#include "ui/graph/GraphCanvas.h"

#include "ui/graph/GraphStyle.h"

#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <cmath>

namespace caravan {

namespace {
constexpr double kMinScale = 1e-4;
constexpr double kMaxScale = 40.0;
} // namespace

GraphCanvas::GraphCanvas(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(200, 150);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Graph canvas"));
    setToolTip(tr("Wheel: zoom · drag: pan · Shift+drag: select an area · Ctrl+click: add to selection · "
                  "F: fit · Delete: hide · Space: expand neighbours"));
    m_view.size = size();
}

GraphCanvas::~GraphCanvas() = default;

void GraphCanvas::setSnapshot(graph::GraphSnapshot snapshot, std::vector<QPointF> positions)
{
    const std::uint32_t n = snapshot.nodeCount();
    m_state.snapshot = std::move(snapshot);
    m_selectedEdge = -1;
    setToolTip({});
    if (positions.size() != n) {
        // A sunflower spiral: every node visible and apart until a layout has run.
        positions.resize(n);
        for (std::uint32_t v = 0; v < n; ++v) {
            const double r = 30.0 * std::sqrt(static_cast<double>(v));
            const double a = 2.399963229728653 * static_cast<double>(v);
            positions[v] = QPointF(r * std::cos(a), r * std::sin(a));
        }
    }
    m_state.positions = std::move(positions);
    m_state.hidden.assign(n, 0);
    m_state.selected.assign(n, 0);
    m_state.highlighted.assign(n, 0);
    m_state.edgeHighlighted.assign(m_state.snapshot.edges.size(), 0);
    m_state.hasHighlight = false;
    m_state.pinned.assign(n, 0);
    m_scores.clear();
    m_adjacency = graph::Adjacency::of(m_state.snapshot, graph::Direction::Undirected);
    GraphStyle::applyColours(m_state, m_colourMode);
    GraphStyle::applySizes(m_state, m_sizeMode == SizeMode::Betweenness ? SizeMode::Degree : m_sizeMode);
    GraphStyle::applyEdgeWidths(m_state);
    m_maxRadius = m_state.radius.empty() ? 1.0 : *std::max_element(m_state.radius.begin(), m_state.radius.end());
    m_gridDirty = true;
    m_fitPending = true;
    if (width() > 0 && height() > 0)
        fitToView();
    changed(true);
}

void GraphCanvas::setPositions(std::vector<QPointF> positions)
{
    if (positions.size() != m_state.nodeCount())
        return;
    m_state.positions = std::move(positions);
    m_gridDirty = true;
    update();
}

void GraphCanvas::setSelectionPinned(bool pinned)
{
    for (std::uint32_t v = 0; v < m_state.nodeCount(); ++v)
        if (m_state.selected[v])
            m_state.pinned[v] = pinned ? 1 : 0;
    update();
}

void GraphCanvas::placeNodes(const std::vector<std::uint32_t> &nodes, const std::vector<QPointF> &positions)
{
    for (std::size_t i = 0; i < nodes.size() && i < positions.size(); ++i)
        if (nodes[i] < m_state.nodeCount()) {
            m_state.positions[nodes[i]] = positions[i];
            m_state.pinned[nodes[i]] = 1;
        }
    m_gridDirty = true;
    update();
}

void GraphCanvas::setColourMode(ColourMode mode)
{
    m_colourMode = mode;
    GraphStyle::applyColours(m_state, mode);
    update();
}

void GraphCanvas::setSizeMode(SizeMode mode, std::vector<double> scores)
{
    m_sizeMode = mode;
    m_scores = std::move(scores);
    GraphStyle::applySizes(m_state, mode, m_scores);
    m_maxRadius = m_state.radius.empty() ? 1.0 : *std::max_element(m_state.radius.begin(), m_state.radius.end());
    update();
}

void GraphCanvas::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

void GraphCanvas::setBusyText(const QString &text)
{
    m_busyText = text;
    update();
}

void GraphCanvas::setLegendVisible(bool visible)
{
    m_legendVisible = visible;
    update();
}

void GraphCanvas::setLegendCollapsed(bool collapsed)
{
    m_legendCollapsed = collapsed;
    update();
}

QRectF GraphCanvas::legendRect() const
{
    if (!m_legendVisible)
        return {};
    return GraphRenderer::legendRect(m_state, m_lastStats, font(), size(), m_legendCollapsed);
}

void GraphCanvas::setNote(const QString &note)
{
    m_state.note = note;
    update();
}

void GraphCanvas::setViewport(const QPointF &centre, double scale)
{
    m_view.centre = centre;
    m_view.scale = std::clamp(scale, kMinScale, kMaxScale);
    m_fitPending = false;
    update();
}

void GraphCanvas::fitToView()
{
    m_view.size = size();
    QRectF bounds;
    bool any = false;
    for (std::uint32_t v = 0; v < m_state.nodeCount(); ++v) {
        if (m_state.hidden[v])
            continue;
        const double r = m_state.radius[v];
        const QRectF box(m_state.positions[v] - QPointF(r, r), QSizeF(2 * r, 2 * r));
        bounds = any ? bounds.united(box) : box;
        any = true;
    }
    if (!any) {
        m_view.centre = {};
        m_view.scale = 1;
    } else {
        // Few nodes have labels to their right: keep room for them.
        const double labelRoom = visibleCount() <= 300 ? 170.0 : 0.0;
        // The legend sits in the top left corner: the fitted graph goes beside it, never under it.
        const QRectF legend = legendRect();
        const double legendRoom = legend.isEmpty() ? 0.0 : legend.right();
        const double sx = (width() - 40.0 - labelRoom - legendRoom) / std::max(bounds.width(), 1e-9);
        const double sy = (height() - 40.0) / std::max(bounds.height(), 1e-9);
        m_view.scale = std::clamp(std::min({sx, sy, 2.0}), kMinScale, kMaxScale);
        m_view.centre = bounds.center() + QPointF((labelRoom - legendRoom) / 2 / m_view.scale, 0);
    }
    m_fitPending = false;
    update();
}

void GraphCanvas::centreOn(std::uint32_t node)
{
    if (node >= m_state.nodeCount())
        return;
    m_view.centre = m_state.positions[node];
    // Zoom in only as far as needed for the node to be a readable disc with a label.
    if (m_state.radius[node] * m_view.scale < 4.0)
        m_view.scale = std::clamp(4.0 / std::max(m_state.radius[node], 1e-9), kMinScale, kMaxScale);
    update();
}

void GraphCanvas::zoomBy(double factor, const QPointF &anchor)
{
    const QPointF before = m_view.toWorld(anchor);
    m_view.scale = std::clamp(m_view.scale * factor, kMinScale, kMaxScale);
    const QPointF after = m_view.toWorld(anchor);
    m_view.centre += before - after;
    update();
}

std::vector<std::uint32_t> GraphCanvas::selection() const
{
    std::vector<std::uint32_t> result;
    for (std::uint32_t v = 0; v < m_state.nodeCount(); ++v)
        if (m_state.selected[v])
            result.push_back(v);
    return result;
}

QList<qint64> GraphCanvas::selectedEntityIds() const
{
    QList<qint64> ids;
    for (const std::uint32_t v : selection())
        ids.append(m_state.snapshot.nodes[v].id);
    return ids;
}

void GraphCanvas::selectNodes(const std::vector<std::uint32_t> &nodes, bool add)
{
    if (!add)
        std::fill(m_state.selected.begin(), m_state.selected.end(), 0);
    for (const std::uint32_t v : nodes)
        if (v < m_state.nodeCount() && !m_state.hidden[v])
            m_state.selected[v] = 1;
    changed(true);
}

void GraphCanvas::clearSelection()
{
    selectNodes({}, false);
}

void GraphCanvas::selectAllVisible()
{
    for (std::uint32_t v = 0; v < m_state.nodeCount(); ++v)
        m_state.selected[v] = m_state.hidden[v] ? 0 : 1;
    changed(true);
}

void GraphCanvas::hideSelected()
{
    bool any = false;
    for (std::uint32_t v = 0; v < m_state.nodeCount(); ++v)
        if (m_state.selected[v]) {
            m_state.hidden[v] = 1;
            m_state.selected[v] = 0;
            any = true;
        }
    if (!any)
        return;
    Q_EMIT visibilityChanged();
    changed(true);
}

void GraphCanvas::showAll()
{
    std::fill(m_state.hidden.begin(), m_state.hidden.end(), 0);
    Q_EMIT visibilityChanged();
    changed(false);
}

void GraphCanvas::expandSelection()
{
    const std::vector<std::uint32_t> seeds = selection();
    if (seeds.empty())
        return;
    for (const std::uint32_t v : seeds)
        for (const std::uint32_t w : m_adjacency.neighbours(v)) {
            m_state.hidden[w] = 0;
            m_state.selected[w] = 1;
        }
    Q_EMIT visibilityChanged();
    changed(true);
}

void GraphCanvas::focusOn(std::uint32_t node)
{
    if (node >= m_state.nodeCount())
        return;
    std::fill(m_state.hidden.begin(), m_state.hidden.end(), 1);
    std::fill(m_state.selected.begin(), m_state.selected.end(), 0);
    m_state.hidden[node] = 0;
    m_state.selected[node] = 1;
    centreOn(node);
    Q_EMIT visibilityChanged();
    changed(true);
}

void GraphCanvas::showNodes(const std::vector<std::uint32_t> &nodes)
{
    for (const std::uint32_t v : nodes)
        if (v < m_state.nodeCount())
            m_state.hidden[v] = 0;
    Q_EMIT visibilityChanged();
    changed(false);
}

std::uint32_t GraphCanvas::visibleCount() const
{
    return static_cast<std::uint32_t>(std::count(m_state.hidden.begin(), m_state.hidden.end(), 0));
}

void GraphCanvas::highlightPaths(const std::vector<graph::Path> &paths)
{
    clearHighlight();
    std::vector<std::pair<std::uint32_t, std::uint32_t>> steps;
    for (const graph::Path &path : paths) {
        for (std::size_t i = 0; i < path.size(); ++i) {
            m_state.highlighted[path[i]] = 1;
            m_state.hidden[path[i]] = 0;
            if (i > 0)
                steps.emplace_back(std::min(path[i - 1], path[i]), std::max(path[i - 1], path[i]));
        }
    }
    std::sort(steps.begin(), steps.end());
    for (std::size_t i = 0; i < m_state.snapshot.edges.size(); ++i) {
        const graph::GraphEdge &e = m_state.snapshot.edges[i];
        const std::pair<std::uint32_t, std::uint32_t> key(std::min(e.from, e.to), std::max(e.from, e.to));
        m_state.edgeHighlighted[i] = std::binary_search(steps.begin(), steps.end(), key) ? 1 : 0;
    }
    m_state.hasHighlight = !paths.empty();
    changed(false);
}

void GraphCanvas::highlightNodes(const std::vector<std::uint32_t> &nodes)
{
    clearHighlight();
    for (const std::uint32_t v : nodes) {
        m_state.highlighted[v] = 1;
        m_state.hidden[v] = 0;
    }
    for (std::size_t i = 0; i < m_state.snapshot.edges.size(); ++i) {
        const graph::GraphEdge &e = m_state.snapshot.edges[i];
        m_state.edgeHighlighted[i] = m_state.highlighted[e.from] && m_state.highlighted[e.to];
    }
    m_state.hasHighlight = !nodes.empty();
    changed(false);
}

void GraphCanvas::highlight(const std::vector<std::uint32_t> &nodes, const std::vector<std::uint32_t> &edges)
{
    clearHighlight();
    const auto mark = [this](std::uint32_t v) {
        m_state.highlighted[v] = 1;
        m_state.hidden[v] = 0;
    };
    for (const std::uint32_t v : nodes)
        mark(v);
    for (const std::uint32_t i : edges) {
        m_state.edgeHighlighted[i] = 1;
        mark(m_state.snapshot.edges[i].from);
        mark(m_state.snapshot.edges[i].to);
    }
    m_state.hasHighlight = !nodes.empty() || !edges.empty();
    changed(false);
}

void GraphCanvas::clearHighlight()
{
    std::fill(m_state.highlighted.begin(), m_state.highlighted.end(), 0);
    std::fill(m_state.edgeHighlighted.begin(), m_state.edgeHighlighted.end(), 0);
    m_state.hasHighlight = false;
    update();
}

void GraphCanvas::rebuildGrid() const
{
    std::vector<graph::Point> points(m_state.nodeCount());
    for (std::uint32_t v = 0; v < m_state.nodeCount(); ++v)
        points[v] = {m_state.positions[v].x(), m_state.positions[v].y()};
    m_grid.build(points);
    m_gridDirty = false;
}

std::int64_t GraphCanvas::nodeAt(const QPointF &widgetPoint) const
{
    if (m_gridDirty)
        rebuildGrid();
    const QPointF w = m_view.toWorld(widgetPoint);
    const double slack = 4.0 / m_view.scale; // a few pixels of tolerance around small discs
    return m_grid.nearest(w.x(), w.y(), m_maxRadius + slack, [&](std::uint32_t v, double d2) {
        const double r = std::max(m_state.radius[v], 1.5 / m_view.scale) + slack;
        return !m_state.hidden[v] && d2 <= r * r;
    });
}

std::int64_t GraphCanvas::edgeAt(const QPointF &widgetPoint, double tolerance) const
{
    std::int64_t best = -1;
    double bestDistance = tolerance;
    const auto &edges = m_state.snapshot.edges;
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const graph::GraphEdge &e = edges[i];
        if (m_state.hidden[e.from] || m_state.hidden[e.to] || e.from == e.to)
            continue;
        const QPointF a = m_view.toScreen(m_state.positions[e.from]), b = m_view.toScreen(m_state.positions[e.to]);
        const QPointF ab = b - a;
        const double length2 = QPointF::dotProduct(ab, ab);
        const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(widgetPoint - a, ab) / length2, 0.0, 1.0) : 0.0;
        const QPointF d = widgetPoint - (a + ab * t);
        const double distance = std::sqrt(QPointF::dotProduct(d, d));
        if (distance <= bestDistance) {
            bestDistance = distance;
            best = static_cast<std::int64_t>(i);
        }
    }
    return best;
}

void GraphCanvas::selectEdge(std::int64_t edge)
{
    if (edge < 0 || static_cast<std::size_t>(edge) >= m_state.snapshot.edges.size()) {
        if (m_selectedEdge >= 0) {
            m_selectedEdge = -1;
            setToolTip({});
            clearHighlight();
            Q_EMIT edgeSelected(-1);
        }
        return;
    }
    const graph::GraphEdge &e = m_state.snapshot.edges[static_cast<std::size_t>(edge)];
    highlightNodes({e.from, e.to});
    std::fill(m_state.edgeHighlighted.begin(), m_state.edgeHighlighted.end(), 0);
    m_state.edgeHighlighted[static_cast<std::size_t>(edge)] = 1;
    m_selectedEdge = edge;
    setToolTip(GraphRenderer::describeEdge(m_state.snapshot, e));
    update();
    Q_EMIT edgeSelected(edge);
}

Viewport GraphCanvas::viewportFor(const QSize &size) const
{
    Viewport v = m_view;
    const double factor = static_cast<double>(size.width()) / std::max(1, width());
    v.scale *= factor;
    v.size = size;
    return v;
}

QImage GraphCanvas::renderImage(const QSize &size, bool levelOfDetail) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    painter.setFont(font());
    RenderOptions options;
    options.levelOfDetail = levelOfDetail;
    options.legend = m_legendVisible;
    options.legendCollapsed = m_legendCollapsed;
    GraphRenderer::render(painter, m_state, viewportFor(size), options);
    return image;
}

bool GraphCanvas::exportPng(const QString &path) const
{
    return renderImage(size() * 2).save(path, "PNG");
}

bool GraphCanvas::exportSvg(const QString &path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(size());
    svg.setViewBox(QRect(QPoint(0, 0), size()));
    svg.setTitle(QString::fromStdString(m_state.snapshot.title));
    svg.setDescription(tr("Caravan graph view"));
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    painter.setFont(font());
    RenderOptions options;
    options.levelOfDetail = false;
    GraphRenderer::render(painter, m_state, viewportFor(size()), options);
    return painter.end();
}

void GraphCanvas::changed(bool selection)
{
    update();
    if (selection)
        Q_EMIT selectionChanged();
}

void GraphCanvas::paintEvent(QPaintEvent *)
{
    m_view.size = size();
    QPainter painter(this);
    RenderOptions options;
    options.legend = m_legendVisible;
    options.legendCollapsed = m_legendCollapsed;
    m_lastStats = GraphRenderer::render(painter, m_state, m_view, options);
    if (m_drag == Drag::Rubber) {
        painter.setPen(QPen(GraphRenderer::selectionColour(), 1, Qt::DashLine));
        painter.setBrush(QColor(0x1f, 0x6f, 0xeb, 30));
        painter.drawRect(QRectF(m_pressPos, m_lastPos).normalized());
    }
    if (m_state.nodeCount() == 0) {
        painter.setPen(QColor(0x5a, 0x5a, 0x5a));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap, placeholderText());
    }
}

QString GraphCanvas::placeholderText() const
{
    if (m_state.nodeCount() > 0)
        return {};
    if (!m_busyText.isEmpty())
        return m_busyText;
    return !m_emptyText.isEmpty() ? m_emptyText
                                  : tr("Nothing to draw yet: this view shows the case's links or shipments once they "
                                       "are imported, at the date chosen below.");
}

void GraphCanvas::resizeEvent(QResizeEvent *)
{
    const QPointF centre = m_view.centre;
    m_view.size = size();
    m_view.centre = centre;
    if (m_fitPending && m_state.nodeCount() > 0)
        fitToView();
}

void GraphCanvas::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = m_lastPos = event->position();
    m_moved = false;
    m_additive = event->modifiers() & Qt::ControlModifier;
    if (event->button() != Qt::LeftButton) {
        m_drag = Drag::Pan;
        return;
    }
    if (legendRect().contains(event->position())) {
        setLegendCollapsed(!m_legendCollapsed);
        m_drag = Drag::None;
        return;
    }
    const std::int64_t hit = nodeAt(event->position());
    if (hit >= 0) {
        const auto v = static_cast<std::uint32_t>(hit);
        selectEdge(-1);
        if (m_additive) {
            m_state.selected[v] = m_state.selected[v] ? 0 : 1;
            changed(true);
            m_drag = Drag::None;
            return;
        }
        if (!m_state.selected[v])
            selectNodes({v});
        m_drag = Drag::Move;
        m_lastMove = {};
        for (const std::uint32_t w : selection()) {
            m_lastMove.nodes.push_back(w);
            m_lastMove.from.push_back(m_state.positions[w]);
        }
        return;
    }
    m_drag = (event->modifiers() & Qt::ShiftModifier) ? Drag::Rubber : Drag::Pan;
}

void GraphCanvas::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF delta = event->position() - m_lastPos;
    m_lastPos = event->position();
    if ((m_lastPos - m_pressPos).manhattanLength() > 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::Pan:
        m_view.centre -= delta / m_view.scale;
        m_fitPending = false;
        update();
        break;
    case Drag::Move:
        for (std::uint32_t v = 0; v < m_state.nodeCount(); ++v)
            if (m_state.selected[v]) {
                m_state.positions[v] += delta / m_view.scale;
                m_state.pinned[v] = 1;
            }
        m_gridDirty = true;
        update();
        break;
    case Drag::Rubber:
        update();
        break;
    case Drag::None:
        break;
    }
}

void GraphCanvas::mouseReleaseEvent(QMouseEvent *event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (drag == Drag::Rubber) {
        if (m_gridDirty)
            rebuildGrid();
        const QRectF area = QRectF(m_view.toWorld(m_pressPos), m_view.toWorld(event->position())).normalized();
        std::vector<std::uint32_t> inside;
        for (const std::uint32_t v : m_grid.inRect(area.left(), area.top(), area.right(), area.bottom()))
            if (!m_state.hidden[v])
                inside.push_back(v);
        selectNodes(inside, m_additive);
    } else if (drag == Drag::Pan && !m_moved && event->button() == Qt::LeftButton && !m_additive) {
        clearSelection(); // a click on an edge, or on empty space
        selectEdge(edgeAt(event->position()));
    } else if (drag == Drag::Move && m_moved) {
        m_lastMove.to.clear();
        for (const std::uint32_t v : m_lastMove.nodes)
            m_lastMove.to.push_back(m_state.positions[v]);
        Q_EMIT nodesMoved();
    }
    update();
}

void GraphCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    const std::int64_t hit = nodeAt(event->position());
    if (hit >= 0)
        Q_EMIT nodeActivated(m_state.snapshot.nodes[static_cast<std::size_t>(hit)].id);
}

void GraphCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    m_fitPending = false;
    zoomBy(std::pow(1.2, steps), event->position());
    event->accept();
}

void GraphCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_F:
        fitToView();
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
        hideSelected();
        return;
    case Qt::Key_Space:
        expandSelection();
        return;
    case Qt::Key_Escape:
        clearHighlight();
        clearSelection();
        return;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25, QPointF(width() / 2.0, height() / 2.0));
        return;
    case Qt::Key_Minus:
        zoomBy(0.8, QPointF(width() / 2.0, height() / 2.0));
        return;
    case Qt::Key_A:
        if (event->modifiers() & Qt::ControlModifier) {
            selectAllVisible();
            return;
        }
        break;
    default:
        break;
    }
    QWidget::keyPressEvent(event);
}

} // namespace caravan
