#include "ui/map/MapPainter.h"

#include "models/geo/WorldShapes.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPath>
#include <QSet>

#include <algorithm>
#include <cmath>

namespace caravan {

namespace {

const QColor kSea(0xe4, 0xec, 0xf4);
const QColor kLand(0xf4, 0xf2, 0xec);
const QColor kTradeLand(0xea, 0xe5, 0xd8);
const QColor kRouteLand(0xfb, 0xe3, 0xb0);
const QColor kBorder(0xa9, 0xa6, 0x9c);
const QColor kFlow(0x1f, 0x4e, 0x8c, 95);
const QColor kFlowSanctioned(0xb0, 0x10, 0x10, 110); // into Russia or Belarus
const QColor kRoute(0x6a, 0x2c, 0x91);               // the purple of confirmed findings
const QColor kText(0x20, 0x20, 0x20);

bool intoRussiaOrBelarus(const QString &code)
{
    return code == QLatin1String("RU") || code == QLatin1String("BY");
}

QPainterPath arcPath(const MapArc &arc, const QTransform &t)
{
    QPainterPath path(t.map(arc.start));
    path.quadTo(t.map(arc.control), t.map(arc.end));
    return path;
}

// An arrowhead at the end of an arc, pointing along its last tangent.
void arrowHead(QPainter &p, const MapArc &arc, const QTransform &t, double size, const QColor &colour)
{
    const QPointF end = t.map(arc.end);
    QPointF dir = end - t.map(arc.at(0.9));
    const double length = std::hypot(dir.x(), dir.y());
    if (length < 1e-6)
        return;
    dir /= length;
    const QPointF normal(-dir.y(), dir.x());
    const QPolygonF head{end, end - dir * size + normal * size * 0.45, end - dir * size - normal * size * 0.45};
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(head);
}

QString tr(const char *text)
{
    return QCoreApplication::translate("caravan::MapPainter", text);
}

// Saves the painter's state (the caller restores it), clips to the target and returns the plane's transform.
QTransform begin(QPainter &p, const QRectF &target, const QRectF &view)
{
    p.save();
    p.setClipRect(target);
    p.setRenderHint(QPainter::Antialiasing);
    return MapPainter::transform(target, view);
}

} // namespace

QTransform MapPainter::transform(const QRectF &target, const QRectF &view)
{
    if (view.width() <= 0 || view.height() <= 0 || target.isEmpty())
        return {};
    const double scale = std::min(target.width() / view.width(), target.height() / view.height());
    QTransform t;
    t.translate(target.center().x(), target.center().y());
    t.scale(scale, scale);
    t.translate(-view.center().x(), -view.center().y());
    return t;
}

double MapPainter::flowWidth(double value, double largest)
{
    if (!(largest > 0) || !(value > 0))
        return 1;
    return 1 + 7 * std::sqrt(std::min(1.0, value / largest));
}

void MapPainter::paint(QPainter &p, const QRectF &target, const QRectF &view, const MapScene &scene,
                       const MapPaintOptions &o)
{
    paintLand(p, target, view, scene, o);
    paintOverlay(p, target, view, scene, o);
}

QColor MapPainter::seaColour()
{
    return kSea;
}

void MapPainter::paintLand(QPainter &p, const QRectF &target, const QRectF &view, const MapScene &scene,
                           const MapPaintOptions &o)
{
    const QTransform t = begin(p, target, view);
    p.fillRect(target, kSea);

    QSet<QString> onRoute;
    for (const MapLeg &m : scene.legs)
        onRoute << m.leg.from << m.leg.to;
    const QRectF visible = t.inverted().mapRect(target);
    {
        p.save();
        p.setTransform(t, true);
        QPen border(kBorder, 0.6 * o.pixel);
        border.setCosmetic(true);
        p.setPen(border);
        for (const CountryShape &c : WorldShapes::instance().countries()) {
            if (!c.projected.boundingRect().intersects(visible))
                continue;
            QColor fill = onRoute.contains(c.code) ? kRouteLand : scene.totals.contains(c.code) ? kTradeLand : kLand;
            if (!o.hover.isEmpty() && c.code == o.hover)
                fill = fill.darker(112);
            p.setBrush(fill);
            p.drawPath(c.projected);
        }
        p.restore();
    }

    p.restore();
}

void MapPainter::paintOverlay(QPainter &p, const QRectF &target, const QRectF &view, const MapScene &scene,
                              const MapPaintOptions &o)
{
    const QTransform t = begin(p, target, view);

    // The flows, faded while a route is shown, the largest drawn last.
    double largest = 0;
    for (const MapFlow &f : scene.flows)
        largest = std::max(largest, f.value);
    const double fade = scene.legs.empty() ? 1.0 : 0.3;
    for (const MapFlow &f : scene.flows) {
        QColor colour = intoRussiaOrBelarus(f.to) ? kFlowSanctioned : kFlow;
        colour.setAlphaF(static_cast<float>(colour.alphaF() * fade));
        const double width = flowWidth(f.value, largest) * o.pixel;
        p.setPen(QPen(colour, width, Qt::SolidLine, Qt::FlatCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(arcPath(f.arc, t));
        arrowHead(p, f.arc, t, (5 + width) * 1.1, colour);
    }

    // The route: legs as thick arcs with arrowheads and a numbered disc in the middle.
    const double routeWidth = 3.2 * o.pixel;
    for (const MapLeg &m : scene.legs) {
        if (!m.drawable)
            continue;
        if (m.arc.isLoop()) {
            const QPointF at = t.map(m.arc.start);
            p.setPen(QPen(kRoute, routeWidth));
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(at + QPointF(0, -12 * o.pixel), 10 * o.pixel, 10 * o.pixel);
            continue;
        }
        p.setPen(QPen(QColor(255, 255, 255, 220), routeWidth + 2.4 * o.pixel, Qt::SolidLine, Qt::RoundCap));
        p.setBrush(Qt::NoBrush);
        p.drawPath(arcPath(m.arc, t));
        p.setPen(QPen(kRoute, routeWidth, Qt::SolidLine, Qt::RoundCap));
        p.drawPath(arcPath(m.arc, t));
        arrowHead(p, m.arc, t, 11 * o.pixel, kRoute);
    }
    // Country codes of the countries in the picture's trade or route.
    p.setFont(o.font);
    const QFontMetricsF fm(o.font, p.device());
    QSet<QString> labelled;
    QList<QRectF> taken; // labels never overlap: one that would is left out (the route's come first)
    const auto label = [&](const QString &code, bool bold) {
        const CountryShape *c = WorldShapes::instance().country(code);
        if (!c || labelled.contains(code))
            return;
        QFont f = o.font;
        f.setBold(bold);
        const QPointF at = t.map(c->projectedAnchor);
        const double w = QFontMetricsF(f, p.device()).horizontalAdvance(code) + 4 * o.pixel;
        const QRectF box(at.x() - w / 2, at.y() + 4 * o.pixel, w, fm.height());
        if (std::any_of(taken.begin(), taken.end(), [&box](const QRectF &r) { return r.intersects(box); }))
            return;
        labelled << code;
        taken << box;
        p.setFont(f);
        p.setPen(QColor(255, 255, 255, 200));
        for (const QPointF d : {QPointF(-1, 0), QPointF(1, 0), QPointF(0, -1), QPointF(0, 1)})
            p.drawText(box.translated(d * 0.8 * o.pixel), Qt::AlignHCenter | Qt::AlignTop, code);
        p.setPen(kText);
        p.drawText(box, Qt::AlignHCenter | Qt::AlignTop, code);
    };
    for (const MapLeg &m : scene.legs) {
        label(m.leg.from, true);
        label(m.leg.to, true);
    }
    if (o.flowLabels) {
        // Then the countries of the drawn flows, those that trade the most first.
        QStringList countries;
        for (const MapFlow &f : scene.flows)
            for (const QString &code : {f.from, f.to})
                if (!countries.contains(code))
                    countries << code;
        const auto volume = [&scene](const QString &code) {
            const CountryTotals totals = scene.totals.value(code);
            return totals.exported + totals.imported;
        };
        std::stable_sort(countries.begin(), countries.end(),
                         [&volume](const QString &a, const QString &b) { return volume(a) > volume(b); });
        for (const QString &code : countries)
            if (labelled.size() < 24)
                label(code, false);
    }

    QFont numberFont = o.font;
    numberFont.setBold(true);
    p.setFont(numberFont);
    const double radius = std::max(8.0 * o.pixel, fm.height() * 0.62);
    for (const MapLeg &m : scene.legs) {
        if (!m.drawable)
            continue;
        const QPointF at = m.arc.isLoop() ? t.map(m.arc.start) + QPointF(0, -24 * o.pixel) : t.map(m.arc.at(0.5));
        p.setPen(QPen(Qt::white, 1.2 * o.pixel));
        p.setBrush(kRoute);
        p.drawEllipse(at, radius, radius);
        p.setPen(Qt::white);
        p.drawText(QRectF(at.x() - radius, at.y() - radius, 2 * radius, 2 * radius), Qt::AlignCenter,
                   QString::number(m.leg.number));
    }

    // The legend: one line per leg, number, countries and dates.
    if (o.legend && !scene.legs.empty()) {
        QFont bold = o.font;
        bold.setBold(true);
        const QFontMetricsF bfm(bold, p.device());
        QStringList lines;
        for (const MapLeg &m : scene.legs) {
            QString line =
                QStringLiteral("%1  %2 → %3   %4").arg(m.leg.number).arg(m.leg.from, m.leg.to, m.leg.datesText());
            if (!m.drawable)
                line += QLatin1Char(' ') + tr("(not on the map)");
            lines << line;
        }
        const QString title = tr("Route");
        double width = bfm.horizontalAdvance(title);
        for (const QString &line : lines)
            width = std::max(width, fm.horizontalAdvance(line));
        const double pad = 6 * o.pixel;
        const QSizeF size(width + 2 * pad, bfm.height() + fm.height() * static_cast<double>(lines.size()) + 2 * pad);
        // The corner that covers the least of the route (the legend never hides a leg when a corner is free of it).
        QList<QPointF> route;
        for (const MapLeg &m : scene.legs)
            if (m.drawable)
                for (int i = 0; i <= 10; ++i)
                    route << t.map(m.arc.at(i / 10.0));
        const QRectF inner = target.marginsRemoved(QMarginsF(pad, pad, pad, pad));
        QRectF box;
        qsizetype fewest = -1;
        for (const QPointF &corner : {inner.topLeft(), inner.topRight() - QPointF(size.width(), 0),
                                      inner.bottomLeft() - QPointF(0, size.height()),
                                      inner.bottomRight() - QPointF(size.width(), size.height())}) {
            const QRectF candidate(corner, size);
            const qsizetype covered = std::count_if(route.begin(), route.end(), [&candidate](const QPointF &q) {
                return candidate.marginsAdded(QMarginsF(12, 12, 12, 12)).contains(q);
            });
            if (fewest < 0 || covered < fewest) {
                fewest = covered;
                box = candidate;
            }
        }
        p.setPen(QPen(QColor(0xb8, 0xb8, 0xb8), 0.8 * o.pixel));
        p.setBrush(QColor(255, 255, 255, 235));
        p.drawRect(box);
        p.setFont(bold);
        p.setPen(kRoute);
        p.drawText(QPointF(box.left() + pad, box.top() + pad + bfm.ascent()), title);
        p.setFont(o.font);
        p.setPen(kText);
        double y = box.top() + pad + bfm.height();
        for (const QString &line : lines) {
            p.drawText(QPointF(box.left() + pad, y + fm.ascent()), line);
            y += fm.height();
        }
    }
    p.restore();
}

} // namespace caravan
