#include "ui/map/MapCanvas.h"

#include "models/geo/MapProjection.h"
#include "models/geo/WorldShapes.h"
#include "models/import/CountryNames.h"
#include "ui/map/MapPainter.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>

#include <cmath>

namespace caravan {

namespace {

QString valueText(double value)
{
    return QLocale().toString(value, 'f', 0);
}

} // namespace

MapCanvas::MapCanvas(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("mapCanvas"));
    setMouseTracking(true);
    setMinimumSize(320, 200);
    setFocusPolicy(Qt::StrongFocus);
    fitWorld();
}

void MapCanvas::setScene(MapScene scene)
{
    m_scene = std::move(scene);
    m_landValid = false; // the countries on the route or in the trade are filled differently
    update();
}

QRectF MapCanvas::viewFitting(const QRectF &wanted) const
{
    // Grow the wanted part to the widget's proportions, so that view() is what the user sees.
    if (width() <= 0 || height() <= 0)
        return wanted;
    const double aspect = static_cast<double>(width()) / height();
    double w = wanted.width(), h = wanted.height();
    if (w / h > aspect)
        h = w / aspect;
    else
        w = h * aspect;
    return QRectF(wanted.center() - QPointF(w / 2, h / 2), QSizeF(w, h));
}

void MapCanvas::setView(const QRectF &view)
{
    m_wanted = view;
    m_view = viewFitting(view);
    update();
}

void MapCanvas::fitWorld()
{
    const QRectF world = MapProjection::worldRect();
    const double top = MapProjection::project(QPointF(0, 84)).y();
    const double bottom = MapProjection::project(QPointF(0, -57)).y();
    setView(QRectF(QPointF(world.left(), top), QPointF(world.right(), bottom)));
}

void MapCanvas::fit()
{
    if (std::any_of(m_scene.legs.begin(), m_scene.legs.end(), [](const MapLeg &m) { return m.drawable; }))
        setView(MapGeometry::routeView(m_scene.legs, WorldShapes::instance(),
                                       static_cast<double>(std::max(1, width())) / std::max(1, height())));
    else
        fitWorld();
}

void MapCanvas::zoom(double factor, const QPointF &around)
{
    const QTransform t = MapPainter::transform(rect(), m_view);
    const QPointF anchor = t.inverted().map(around);
    const double w = std::clamp(m_view.width() / factor, 0.05, MapProjection::worldRect().width() * 1.5);
    const double k = w / m_view.width();
    const QPointF topLeft = anchor - (anchor - m_view.topLeft()) * k;
    m_view = QRectF(topLeft, m_view.size() * k);
    m_wanted = m_view;
    update();
}

QString MapCanvas::countryAt(const QPointF &widgetPoint) const
{
    const QPointF p = MapPainter::transform(rect(), m_view).inverted().map(widgetPoint);
    for (const CountryShape &c : WorldShapes::instance().countries())
        if (!c.code.isEmpty() && c.projected.boundingRect().contains(p) && c.projected.contains(p))
            return c.code;
    return {};
}

QString MapCanvas::tooltipFor(const QString &code) const
{
    QString text = QStringLiteral("<b>%1</b>").arg(code);
    const QString name = countrynames::nameOf(code, QLocale().name().section(u'_', 0, 0));
    if (!name.isEmpty())
        text = QStringLiteral("<b>%1</b> %2").arg(name.toHtmlEscaped(), code);
    const auto it = m_scene.totals.constFind(code);
    if (it == m_scene.totals.constEnd())
        return text + QStringLiteral("<br>") + tr("No shipments in the filtered trade");
    text += QStringLiteral("<br>") +
            tr("Sent: %1 (%n shipment(s))", nullptr, static_cast<int>(it->shipmentsOut)).arg(valueText(it->exported));
    text +=
        QStringLiteral("<br>") +
        tr("Received: %1 (%n shipment(s))", nullptr, static_cast<int>(it->shipmentsIn)).arg(valueText(it->imported));
    for (const MapLeg &m : m_scene.legs)
        if (m.leg.from == code || m.leg.to == code)
            text += QStringLiteral("<br>") +
                    tr("Route leg %1: %2 → %3, %4").arg(m.leg.number).arg(m.leg.from, m.leg.to, m.leg.datesText());
    return text;
}

MapPaintOptions MapCanvas::paintOptions() const
{
    MapPaintOptions options;
    options.font = font();
    options.hover = m_hover;
    return options;
}

void MapCanvas::paintEvent(QPaintEvent *)
{
    const MapPaintOptions options = paintOptions();
    const QRectF target(rect());
    const qreal ratio = devicePixelRatioF();
    const bool sameScale = std::abs(m_landView.width() - m_view.width()) < 1e-12 * std::max(1.0, m_view.width());
    const bool reuse = m_landValid && m_land.size() == size() * ratio && m_landHover == m_hover && sameScale &&
                       (m_landView == m_view || m_dragging);
    if (!reuse) {
        m_land = QPixmap(size() * ratio);
        m_land.setDevicePixelRatio(ratio);
        QPainter land(&m_land);
        MapPainter::paintLand(land, target, m_view, m_scene, options);
        m_landView = m_view;
        m_landHover = m_hover;
        m_landValid = true;
    }
    QPainter p(this);
    // While dragging, the kept land moves by the pan since it was drawn (the scale is the same).
    const QPointF offset =
        MapPainter::transform(target, m_view).map(QPointF()) - MapPainter::transform(target, m_landView).map(QPointF());
    if (!offset.isNull())
        p.fillRect(rect(), MapPainter::seaColour());
    p.drawPixmap(offset, m_land);
    MapPainter::paintOverlay(p, target, m_view, m_scene, options);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_view = viewFitting(m_wanted);
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    zoom(std::pow(1.25, steps), event->position());
    event->accept();
}

void MapCanvas::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void MapCanvas::mouseMoveEvent(QMouseEvent *event)
{
    if (m_dragging) {
        const double scale = MapPainter::transform(rect(), m_view).m11();
        if (scale > 0)
            m_view.translate(-(event->position() - m_dragFrom) / scale);
        m_wanted = m_view;
        m_dragFrom = event->position();
        update();
        return;
    }
    const QString code = countryAt(event->position());
    if (code != m_hover) {
        m_hover = code;
        update();
    }
}

void MapCanvas::mouseReleaseEvent(QMouseEvent *)
{
    m_dragging = false;
    unsetCursor();
    update(); // the land again at its new place
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *)
{
    fit();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    const QPointF centre = QRectF(rect()).center();
    switch (event->key()) {
    case Qt::Key_F:
        fit();
        break;
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoom(1.25, centre);
        break;
    case Qt::Key_Minus:
        zoom(0.8, centre);
        break;
    default:
        QWidget::keyPressEvent(event);
    }
}

void MapCanvas::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    m_hover.clear();
    update();
}

bool MapCanvas::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString code = countryAt(help->pos());
        if (code.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), tooltipFor(code), this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace caravan
