#pragma once

#include "models/geo/MapGeometry.h"
#include "ui/map/MapPainter.h"

#include <QPixmap>
#include <QPoint>
#include <QRectF>
#include <QWidget>

namespace caravan {

// The Map tab's drawing surface: the world map (MapPainter) with pan (drag), zoom (wheel, around the cursor),
// fit (double-click or F; + and - zoom), and a tooltip per country with what it sent and received in the filtered
// trade.
class MapCanvas : public QWidget {
    Q_OBJECT
public:
    explicit MapCanvas(QWidget *parent = nullptr);

    void setScene(MapScene scene);
    const MapScene &scene() const { return m_scene; }
    // The part of the plane shown (it fills the widget at least in one direction).
    QRectF view() const { return m_view; }
    void setView(const QRectF &view);
    // The inhabited world (no Antarctica), or the route when one is shown.
    void fit();
    void fitWorld();
    void zoom(double factor, const QPointF &around);
    // The alpha-2 code of the country under a widget point, or empty.
    QString countryAt(const QPointF &widgetPoint) const;
    // What the tooltip says of a country.
    QString tooltipFor(const QString &code) const;
    QSize sizeHint() const override { return {900, 520}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRectF viewFitting(const QRectF &wanted) const;
    MapPaintOptions paintOptions() const;
    MapScene m_scene;
    QRectF m_wanted; // what was asked to be shown (fit, or the user's pan and zoom): kept through resizes
    // The sea and countries as last drawn, kept while the map is dragged (only the flows and route are redrawn then).
    QPixmap m_land;
    QRectF m_landView;
    QString m_landHover;
    bool m_landValid = false;
    QRectF m_view;
    QString m_hover;
    bool m_dragging = false;
    QPointF m_dragFrom;
};

} // namespace caravan
