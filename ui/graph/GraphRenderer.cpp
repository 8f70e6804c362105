#include "ui/graph/GraphRenderer.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include "ui/graph/RasterLayer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numeric>

namespace caravan {

namespace {

constexpr int kEdgeKinds = 5;
constexpr int kWidthBuckets = 8;
constexpr int kDiscNodeLimit = 20000; // above this many nodes on screen, nodes are batched points
constexpr int kArrowEdgeLimit = 1000;
// Shares are written on edges when few are drawn and an edge is long enough on screen to carry its label.
constexpr int kEdgeLabelLimit = 400;
constexpr double kEdgeLabelMinLength = 70;

QColor edgeColour(graph::EdgeKind kind)
{
    switch (kind) {
    case graph::EdgeKind::Ownership:
        return QColor(0x4a, 0x4f, 0x5a);
    case graph::EdgeKind::Directorship:
        return QColor(0x2a, 0x6e, 0xb4);
    case graph::EdgeKind::Control:
        return QColor(0x82, 0x3c, 0xa0);
    case graph::EdgeKind::Trade:
        return QColor(0x14, 0x82, 0x78);
    case graph::EdgeKind::Other:
        break;
    }
    return QColor(0x90, 0x90, 0x90);
}

Qt::PenStyle edgeStyle(graph::EdgeKind kind)
{
    switch (kind) {
    case graph::EdgeKind::Directorship:
        return Qt::DashLine;
    case graph::EdgeKind::Control:
        return Qt::DotLine;
    default:
        return Qt::SolidLine;
    }
}

int widthBucket(float width)
{
    return std::clamp(static_cast<int>(std::lround(width * 2.0f)) - 1, 0, kWidthBuckets - 1);
}

double bucketWidth(int bucket)
{
    return (bucket + 1) * 0.5;
}

// Returns the part of the label that fits: long names are elided so that labels stay small.
QString shortLabel(const std::string &label, const QFontMetricsF &metrics)
{
    return metrics.elidedText(QString::fromStdString(label), Qt::ElideRight, 170);
}

// Screen rectangles already taken, bucketed in a coarse grid so that a test touches only nearby rectangles.
class Occupancy {
public:
    explicit Occupancy(const QSizeF &size)
        : m_columns(std::max(1, static_cast<int>(size.width() / kCell) + 1)),
          m_rows(std::max(1, static_cast<int>(size.height() / kCell) + 1)),
          m_cells(static_cast<std::size_t>(m_columns * m_rows))
    {
    }
    std::int32_t add(const QRectF &rect)
    {
        const auto index = static_cast<std::int32_t>(m_rects.size());
        m_rects.push_back(rect);
        forCells(rect, [&](std::vector<std::int32_t> &cell) {
            cell.push_back(index);
            return true;
        });
        return index;
    }
    bool isFree(const QRectF &rect, std::int32_t ignore) const
    {
        bool free = true;
        forCells(rect, [&](const std::vector<std::int32_t> &cell) {
            for (const std::int32_t i : cell)
                if (i != ignore && m_rects[static_cast<std::size_t>(i)].intersects(rect))
                    return free = false;
            return true;
        });
        return free;
    }

private:
    static constexpr double kCell = 48;
    template <typename Fn> void forCells(const QRectF &rect, Fn &&fn) const
    {
        const int c0 = std::clamp(static_cast<int>(rect.left() / kCell), 0, m_columns - 1);
        const int c1 = std::clamp(static_cast<int>(rect.right() / kCell), 0, m_columns - 1);
        const int r0 = std::clamp(static_cast<int>(rect.top() / kCell), 0, m_rows - 1);
        const int r1 = std::clamp(static_cast<int>(rect.bottom() / kCell), 0, m_rows - 1);
        for (int r = r0; r <= r1; ++r)
            for (int c = c0; c <= c1; ++c)
                if (!fn(const_cast<std::vector<std::int32_t> &>(m_cells[static_cast<std::size_t>(r * m_columns + c)])))
                    return;
    }
    int m_columns;
    int m_rows;
    std::vector<std::vector<std::int32_t>> m_cells;
    std::vector<QRectF> m_rects;
};

} // namespace

RenderStats GraphRenderer::render(QPainter &painter, const CanvasState &state, const Viewport &viewport,
                                  const RenderOptions &options)
{
    RenderStats stats;
    painter.save();
    const QRectF frame(QPointF(0, 0), viewport.size);
    painter.fillRect(frame, options.background);
    const std::uint32_t n = state.nodeCount();
    const double scale = viewport.scale;

    // One pass over the nodes: screen position, on-screen test.
    std::vector<QPointF> screen(n);
    std::vector<char> onScreen(n, 0);
    int visibleCount = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        if (state.hidden[v])
            continue;
        screen[v] = viewport.toScreen(state.positions[v]);
        const double r = std::max(state.radius[v] * scale, 1.0) + 2;
        const QPointF &s = screen[v];
        if (s.x() >= -r && s.y() >= -r && s.x() <= frame.width() + r && s.y() <= frame.height() + r) {
            onScreen[v] = 1;
            ++visibleCount;
        }
    }

    // Edges that may cross the screen; beyond the budget an even sample (highlighted edges always drawn).
    std::vector<std::uint32_t> candidates;
    candidates.reserve(std::min<std::size_t>(state.snapshot.edges.size(), 1u << 20));
    for (std::uint32_t i = 0; i < state.snapshot.edges.size(); ++i) {
        const graph::GraphEdge &e = state.snapshot.edges[i];
        if (state.hidden[e.from] || state.hidden[e.to])
            continue;
        if (!onScreen[e.from] && !onScreen[e.to]) {
            const QPointF &a = screen[e.from], &b = screen[e.to];
            if (std::max(a.x(), b.x()) < 0 || std::min(a.x(), b.x()) > frame.width() || std::max(a.y(), b.y()) < 0 ||
                std::min(a.y(), b.y()) > frame.height())
                continue;
        }
        candidates.push_back(i);
    }
    const bool lod = options.levelOfDetail;
    if (lod && visibleCount > kDiscNodeLimit) {
        drawCrowded(painter, state, options, viewport, screen, onScreen, candidates, stats);
        drawLabels(painter, state, scale, screen, onScreen, visibleCount, lod ? options.labelBudget : -1, stats);
        if (options.legend)
            drawLegend(painter, state, stats, viewport.size, options.legendCollapsed);
        painter.restore();
        return stats;
    }
    if (lod && static_cast<int>(candidates.size()) > options.edgeBudget)
        stats.edgeStride = static_cast<int>((candidates.size() + static_cast<std::size_t>(options.edgeBudget) - 1) /
                                            static_cast<std::size_t>(options.edgeBudget));
    const bool crowded = stats.edgeStride > 1 || candidates.size() > 20000;
    std::array<QList<QLineF>, kEdgeKinds * kWidthBuckets * 2> lines;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const std::uint32_t i = candidates[k];
        const bool highlighted = state.hasHighlight && state.edgeHighlighted[i];
        if (!highlighted && stats.edgeStride > 1 && k % static_cast<std::size_t>(stats.edgeStride) != 0)
            continue;
        const graph::GraphEdge &e = state.snapshot.edges[i];
        const int bucket = crowded && !highlighted ? 0 : widthBucket(state.edgeWidth[i]);
        const int key = (static_cast<int>(e.kind) * kWidthBuckets + bucket) * 2 + (highlighted ? 1 : 0);
        lines[static_cast<std::size_t>(key)].append(QLineF(screen[e.from], screen[e.to]));
        ++stats.edgesDrawn;
    }
    painter.setRenderHint(QPainter::Antialiasing, !crowded);
    for (std::size_t key = 0; key < lines.size(); ++key) {
        if (lines[key].isEmpty())
            continue;
        const bool highlighted = key % 2 == 1;
        const auto kind = static_cast<graph::EdgeKind>(key / 2 / kWidthBuckets);
        const int bucket = static_cast<int>(key / 2 % kWidthBuckets);
        QColor colour = highlighted ? QColor(0xe0, 0x6c, 0x00) : edgeColour(kind);
        if (state.hasHighlight && !highlighted)
            colour.setAlpha(50);
        else if (crowded)
            colour.setAlpha(90);
        QPen pen(colour, highlighted ? bucketWidth(bucket) + 1.5 : bucketWidth(bucket));
        pen.setStyle(crowded ? Qt::SolidLine : edgeStyle(kind));
        pen.setCapStyle(Qt::FlatCap);
        painter.setPen(pen);
        painter.drawLines(lines[key]);
    }
    if (stats.edgesDrawn < kArrowEdgeLimit) {
        // Arrowheads at the target's rim show who owns whom.
        QPainterPath arrows;
        for (std::uint32_t i : candidates) {
            const graph::GraphEdge &e = state.snapshot.edges[i];
            QLineF line(screen[e.from], screen[e.to]);
            const double length = line.length();
            const double rim = std::max(state.radius[e.to] * scale, 1.0) + 1;
            if (length < rim + 16)
                continue;
            const QPointF dir = (line.p2() - line.p1()) / length;
            const QPointF tip = line.p2() - dir * rim;
            const QPointF normal(-dir.y(), dir.x());
            const double size = 4 + state.edgeWidth[i];
            arrows.moveTo(tip);
            arrows.lineTo(tip - dir * size * 2 + normal * size);
            arrows.lineTo(tip - dir * size * 2 - normal * size);
            arrows.closeSubpath();
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.fillPath(arrows, QColor(0x4a, 0x4f, 0x5a, state.hasHighlight ? 80 : 200));
    }
    if (stats.edgesDrawn < kEdgeLabelLimit)
        drawEdgeLabels(painter, state, screen, candidates, stats);

    // Nodes: discs when few, batched points of a few widths per colour when many.
    painter.setRenderHint(QPainter::Antialiasing, true);
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!onScreen[v])
            continue;
        const double r = std::max(state.radius[v] * scale, 1.5);
        QColor fill = state.palette[state.colour[v]];
        const bool dimmed = state.hasHighlight && !state.highlighted[v] && !state.selected[v];
        if (dimmed)
            fill.setAlpha(60);
        if (state.selected[v]) {
            painter.setPen(QPen(selectionColour(), 3));
            painter.setBrush(Qt::NoBrush);
            painter.drawEllipse(screen[v], r + 3.5, r + 3.5);
        }
        const bool designated = graph::hasFlag(state.snapshot.nodes[v].flags, graph::NodeFlag::Designated);
        if (designated)
            painter.setPen(QPen(designatedColour(), std::clamp(r * 0.35, 1.5, 3.0)));
        else
            painter.setPen(r > 4 ? QPen(fill.darker(160), 1) : QPen(Qt::NoPen));
        painter.setBrush(fill);
        painter.drawEllipse(screen[v], r, r);
        if (state.pinned[v] && r >= 3) {
            // A small dark pin head at the top right of a node that keeps its place.
            painter.setPen(Qt::NoPen);
            painter.setBrush(QColor(0x33, 0x33, 0x33));
            painter.drawEllipse(screen[v] + QPointF(r * 0.75, -r * 0.75), 2.5, 2.5);
        }
        ++stats.nodesDrawn;
    }

    drawLabels(painter, state, scale, screen, onScreen, visibleCount, lod ? options.labelBudget : -1, stats);
    if (options.legend)
        drawLegend(painter, state, stats, viewport.size, options.legendCollapsed);
    painter.restore();
    return stats;
}

QString GraphRenderer::shareText(const graph::GraphEdge &edge)
{
    if (edge.kind != graph::EdgeKind::Ownership)
        return {};
    if (!edge.hasShare())
        return QStringLiteral("?");
    const QLocale locale;
    const double hi = std::isnan(edge.shareMax) ? edge.shareMin : edge.shareMax;
    if (std::abs(hi - edge.shareMin) < 1e-9)
        return locale.toString(edge.shareMin, 'g', 4) + QLatin1Char('%');
    return locale.toString(edge.shareMin, 'g', 4) + QChar(0x2013) + locale.toString(hi, 'g', 4) + QLatin1Char('%');
}

QString GraphRenderer::describeEdge(const graph::GraphSnapshot &snapshot, const graph::GraphEdge &edge)
{
    const QLocale locale;
    QString kind;
    switch (edge.kind) {
    case graph::EdgeKind::Ownership:
        kind = tr("Ownership");
        break;
    case graph::EdgeKind::Directorship:
        kind = tr("Directorship");
        break;
    case graph::EdgeKind::Control:
        kind = tr("Control");
        break;
    case graph::EdgeKind::Trade:
        kind = tr("Trade");
        break;
    case graph::EdgeKind::Other:
        kind = tr("Link");
        break;
    }
    QString text = tr("%1: %2 → %3")
                       .arg(kind, QString::fromStdString(snapshot.nodes[edge.from].label),
                            QString::fromStdString(snapshot.nodes[edge.to].label));
    if (edge.kind == graph::EdgeKind::Ownership)
        text += tr(", share %1").arg(shareText(edge));
    if (edge.kind == graph::EdgeKind::Trade)
        text += tr(", shipments: %1, value %2")
                    .arg(locale.toString(static_cast<qint64>(edge.count)), locale.toString(edge.weight, 'f', 0));
    const QString from = QString::fromStdString(edge.startDate), to = QString::fromStdString(edge.endDate);
    if (!from.isEmpty() || !to.isEmpty())
        text += tr(", %1 to %2").arg(from.isEmpty() ? tr("open") : from, to.isEmpty() ? tr("open") : to);
    return text;
}

void GraphRenderer::drawEdgeLabels(QPainter &painter, const CanvasState &state, const std::vector<QPointF> &screen,
                                   const std::vector<std::uint32_t> &edges, RenderStats &stats)
{
    QFont font = painter.font();
    font.setPointSizeF(std::max(font.pointSizeF() - 1.0, 7.0));
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    for (const std::uint32_t i : edges) {
        const graph::GraphEdge &e = state.snapshot.edges[i];
        const QString text = shareText(e);
        if (text.isEmpty() || QLineF(screen[e.from], screen[e.to]).length() < kEdgeLabelMinLength)
            continue;
        const QPointF middle = (screen[e.from] + screen[e.to]) / 2;
        QRectF box = metrics.boundingRect(text).adjusted(-3, -1, 3, 1);
        box.moveCenter(middle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 220));
        painter.drawRoundedRect(box, 3, 3);
        painter.setPen(QColor(0x33, 0x36, 0x3d));
        painter.drawText(box, Qt::AlignCenter, text);
        ++stats.edgeLabelsDrawn;
    }
}

void GraphRenderer::drawLabels(QPainter &painter, const CanvasState &state, double scale,
                               const std::vector<QPointF> &screen, const std::vector<char> &onScreen, int visibleCount,
                               int labelBudget, RenderStats &stats)
{
    // Labels: only for nodes big enough on screen, most important first, never overlapping.
    if (labelBudget < 0)
        labelBudget = std::numeric_limits<int>::max();
    const std::uint32_t n = state.nodeCount();
    std::vector<std::uint32_t> labelled;
    std::vector<std::uint32_t> small; // too small on screen for a label by size alone
    for (std::uint32_t v = 0; v < n; ++v) {
        if (!onScreen[v] || state.snapshot.nodes[v].label.empty())
            continue;
        if (state.radius[v] * scale >= 3.0 || state.selected[v] || (state.hasHighlight && state.highlighted[v]) ||
            visibleCount <= 60)
            labelled.push_back(v);
        else
            small.push_back(v);
    }
    // The biggest few are named however far out the view is, so that a fitted network says who its hubs are.
    constexpr std::size_t kAlwaysLabelled = 24;
    const std::size_t hubs = std::min(small.size(), kAlwaysLabelled);
    std::partial_sort(small.begin(), small.begin() + static_cast<std::ptrdiff_t>(hubs), small.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          return state.radius[a] != state.radius[b] ? state.radius[a] > state.radius[b] : a < b;
                      });
    labelled.insert(labelled.end(), small.begin(), small.begin() + static_cast<std::ptrdiff_t>(hubs));
    auto priority = [&](std::uint32_t v) {
        return (state.selected[v] ? 1e9 : 0.0) + (state.hasHighlight && state.highlighted[v] ? 1e8 : 0.0) +
               state.radius[v];
    };
    const std::size_t considered = std::min<std::size_t>(labelled.size(), static_cast<std::size_t>(labelBudget) * 4);
    std::partial_sort(labelled.begin(), labelled.begin() + static_cast<std::ptrdiff_t>(considered), labelled.end(),
                      [&](std::uint32_t a, std::uint32_t b) {
                          const double pa = priority(a), pb = priority(b);
                          return pa != pb ? pa > pb : a < b;
                      });
    labelled.resize(considered);
    QFont font = painter.font();
    if (font.pointSizeF() < 10)
        font.setPointSizeF(10);
    painter.setFont(font);
    const QFontMetricsF metrics(font);
    // Occupied screen areas: labels already placed and, when there are not too many, the node discs, so
    // that a label never covers another label or a node.
    Occupancy occupied(painter.device() ? QSizeF(painter.device()->width(), painter.device()->height()) : QSizeF());
    std::vector<std::int32_t> boxOf(n, -1);
    if (visibleCount <= 3000)
        for (std::uint32_t v = 0; v < n; ++v)
            if (onScreen[v]) {
                const double r = std::max(state.radius[v] * scale, 1.5);
                boxOf[v] = occupied.add(QRectF(screen[v].x() - r, screen[v].y() - r, 2 * r, 2 * r));
            }
    const double h = metrics.height();
    for (const std::uint32_t v : labelled) {
        if (stats.labelsDrawn >= labelBudget)
            break;
        const double r = std::max(state.radius[v] * scale, 1.5);
        // To the right of the node, else centred below it. A short probe first: laying out text costs more.
        const QPointF right(screen[v].x() + r + 3, screen[v].y() - h / 2);
        const QPointF below(screen[v].x(), screen[v].y() + r + 2);
        const bool rightFree = occupied.isFree(QRectF(right, QSizeF(24, h)), boxOf[v]);
        const bool belowFree = occupied.isFree(QRectF(below - QPointF(12, 0), QSizeF(24, h)), boxOf[v]);
        if (!rightFree && !belowFree)
            continue;
        const QString text = shortLabel(state.snapshot.nodes[v].label, metrics);
        const double w = metrics.horizontalAdvance(text) + 4;
        const QRectF places[] = {QRectF(right, QSizeF(w, h)), QRectF(below - QPointF(w / 2, 0), QSizeF(w, h))};
        for (const QRectF &box : places) {
            const QRectF padded = box.adjusted(-2, -1, 2, 1);
            if (!occupied.isFree(padded, boxOf[v]))
                continue;
            occupied.add(padded);
            painter.fillRect(box, QColor(255, 255, 255, 200));
            painter.setPen(state.hasHighlight && !state.highlighted[v] && !state.selected[v]
                               ? QColor(0x80, 0x80, 0x80)
                               : QColor(0x1d, 0x1d, 0x1f));
            painter.drawText(box.adjusted(2, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
            ++stats.labelsDrawn;
            break;
        }
    }
}

void GraphRenderer::drawCrowded(QPainter &painter, const CanvasState &state, const RenderOptions &options,
                                const Viewport &viewport, const std::vector<QPointF> &screen,
                                const std::vector<char> &onScreen, const std::vector<std::uint32_t> &candidates,
                                RenderStats &stats)
{
    const QSize size = viewport.size.toSize();
    RasterLayer layer(size, options.background);
    const std::size_t budget = static_cast<std::size_t>(options.edgeBudget) * 2;
    if (candidates.size() > budget)
        stats.edgeStride = static_cast<int>((candidates.size() + budget - 1) / budget);
    const double alpha = state.hasHighlight ? 0.12 : 0.35;
    QRgb edgeColours[kEdgeKinds];
    for (int k = 0; k < kEdgeKinds; ++k)
        edgeColours[k] = RasterLayer::over(edgeColour(static_cast<graph::EdgeKind>(k)), alpha, options.background);
    QList<QLineF> highlighted;
    for (std::size_t k = 0; k < candidates.size(); ++k) {
        const std::uint32_t i = candidates[k];
        const graph::GraphEdge &e = state.snapshot.edges[i];
        if (state.hasHighlight && state.edgeHighlighted[i]) {
            highlighted.append(QLineF(screen[e.from], screen[e.to]));
            continue;
        }
        if (stats.edgeStride > 1 && k % static_cast<std::size_t>(stats.edgeStride) != 0)
            continue;
        layer.line(screen[e.from], screen[e.to], edgeColours[static_cast<int>(e.kind)]);
        ++stats.edgesDrawn;
    }
    // Halo for the selection, outline for designated entities, then the fill; sizes from the node radius.
    std::vector<QRgb> fills(state.palette.size());
    for (std::size_t c = 0; c < fills.size(); ++c)
        fills[c] = RasterLayer::over(state.palette[c], state.hasHighlight ? 0.35 : 1.0, options.background);
    const QRgb halo = selectionColour().rgb();
    const QRgb outline = designatedColour().rgb();
    const std::uint32_t n = state.nodeCount();
    for (int pass = 0; pass < 3; ++pass)
        for (std::uint32_t v = 0; v < n; ++v) {
            if (!onScreen[v])
                continue;
            const int side = std::clamp(static_cast<int>(state.radius[v] * viewport.scale * 2), 2, 5);
            if (pass == 0 && state.selected[v])
                layer.dot(screen[v], side + 4, halo);
            else if (pass == 1 && graph::hasFlag(state.snapshot.nodes[v].flags, graph::NodeFlag::Designated))
                layer.dot(screen[v], side + 2, outline);
            else if (pass == 2) {
                layer.dot(screen[v], side, fills[state.colour[v]]);
                ++stats.nodesDrawn;
            }
        }
    painter.drawImage(QPointF(0, 0), layer.image());
    if (!highlighted.isEmpty()) {
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setPen(QPen(QColor(0xe0, 0x6c, 0x00), 2.5));
        painter.drawLines(highlighted);
        stats.edgesDrawn += static_cast<int>(highlighted.size());
        for (std::uint32_t v = 0; v < n; ++v)
            if (onScreen[v] && state.highlighted[v]) {
                painter.setPen(QPen(QColor(0xe0, 0x6c, 0x00), 2));
                painter.setBrush(state.palette[state.colour[v]]);
                painter.drawEllipse(screen[v], 4, 4);
            }
    }
}

QStringList GraphRenderer::legendNotes(const CanvasState &state, const RenderStats &stats)
{
    QStringList notes;
    if (!state.note.isEmpty())
        notes << state.note;
    if (stats.edgeStride > 1)
        notes << tr("1 in %1 edges drawn at this zoom").arg(stats.edgeStride);
    return notes;
}

QString GraphRenderer::legendHeading(const CanvasState &state, bool collapsed)
{
    // A triangle says the box opens and closes with a click.
    return (collapsed ? QStringLiteral("\u25B8 ") : QStringLiteral("\u25BE ")) +
           (state.legendTitle.isEmpty() ? tr("Legend") : state.legendTitle);
}

QRectF GraphRenderer::legendRect(const CanvasState &state, const RenderStats &stats, const QFont &font,
                                 const QSizeF &size, bool collapsed)
{
    const QStringList notes = legendNotes(state, stats);
    if (state.legend.isEmpty() && notes.isEmpty())
        return {};
    QFont bold = font;
    bold.setBold(true);
    const QFontMetricsF metrics(font);
    const double line = metrics.height() + 3;
    double width = QFontMetricsF(bold).horizontalAdvance(legendHeading(state, collapsed));
    if (!collapsed) {
        for (const LegendEntry &e : state.legend)
            width = std::max(width, metrics.horizontalAdvance(e.text) + 20);
        for (const QString &note : notes)
            width = std::max(width, metrics.horizontalAdvance(note));
    }
    width = std::min(width + 16, size.width() * 0.45);
    const qsizetype lines = collapsed ? 1 : 1 + state.legend.size() + notes.size();
    return QRectF(10, 10, width, line * static_cast<double>(lines) + 10);
}

void GraphRenderer::drawLegend(QPainter &painter, const CanvasState &state, const RenderStats &stats,
                               const QSizeF &size, bool collapsed)
{
    const QRectF box = legendRect(state, stats, painter.font(), size, collapsed);
    if (box.isEmpty())
        return;
    const QStringList notes = legendNotes(state, stats);
    const QFontMetricsF metrics(painter.font());
    const double line = metrics.height() + 3;
    const double width = box.width();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setPen(QColor(0xc8, 0xc8, 0xc8));
    painter.setBrush(QColor(255, 255, 255, 225));
    painter.drawRoundedRect(box, 4, 4);
    double y = box.top() + 5;
    painter.setPen(QColor(0x1d, 0x1d, 0x1f));
    QFont bold = painter.font();
    bold.setBold(true);
    painter.save();
    painter.setFont(bold);
    painter.drawText(QRectF(box.left() + 8, y, width - 16, line), Qt::AlignVCenter, legendHeading(state, collapsed));
    painter.restore();
    if (collapsed)
        return;
    y += line;
    for (const LegendEntry &e : state.legend) {
        const QRectF swatch(box.left() + 8, y + line / 2 - 5, 10, 10);
        if (e.outline) {
            painter.setPen(QPen(e.colour, 2.5));
            painter.setBrush(Qt::white);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(e.colour);
        }
        painter.drawEllipse(swatch);
        painter.setPen(QColor(0x1d, 0x1d, 0x1f));
        painter.drawText(QRectF(box.left() + 24, y, width - 30, line), Qt::AlignVCenter,
                         metrics.elidedText(e.text, Qt::ElideRight, width - 30));
        y += line;
    }
    painter.setPen(QColor(0x5a, 0x5a, 0x5a));
    for (const QString &note : notes) {
        painter.drawText(QRectF(box.left() + 8, y, width - 16, line), Qt::AlignVCenter,
                         metrics.elidedText(note, Qt::ElideRight, width - 16));
        y += line;
    }
}

} // namespace caravan
