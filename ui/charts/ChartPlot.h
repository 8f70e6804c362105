#pragma once

#include "models/analysis/ChartData.h"

#include <QWidget>

#include <memory>

class QCustomPlot;
class QPaintDevice;
class QPainter;

namespace caravan {

// Draws a ChartData with QCustomPlot: time charts with sanctions markers and baselines, bar charts of
// categories. Interactive on screen (drag to pan, wheel to zoom, hover for exact figures) and exportable
// as PNG, SVG and PDF. The only file that includes qcustomplot.h, which is slow to compile.
class ChartPlot : public QWidget {
    Q_OBJECT
public:
    explicit ChartPlot(QWidget *parent = nullptr);
    ~ChartPlot() override;

    void setChart(const ChartData &chart);
    const ChartData &chart() const { return m_chart; }
    // Shows the whole chart again after zooming or panning.
    void resetView();

    bool savePng(const QString &path, int width = 1200, int height = 700) const;
    bool saveSvg(const QString &path, int width = 1000, int height = 600) const;
    bool savePdf(const QString &path, int width = 800, int height = 480) const;

    // QPainter's destructor is not virtual: the chart painter must be deleted as the class it was made as.
    struct PainterDeleter {
        void operator()(QPainter *painter) const;
    };
    using Painter = std::unique_ptr<QPainter, PainterDeleter>;
    // A painter able to take charts (QCustomPlot needs its own painter class). Whoever paints a document
    // with charts in it, such as the report, begins its painter on the device with this.
    static Painter createPainter(QPaintDevice *device);
    // Draws `chart` as vectors into `rect` of a painter made by createPainter().
    static void render(QPainter *painter, const QRectF &rect, const ChartData &chart);

    // For tests: whether the value axis is drawn logarithmic.
    bool isLogScale() const;
    // For tests: the text the tooltip shows for the point nearest to `pos` (widget coordinates), if any.
    QString toolTipAt(const QPoint &pos) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showToolTip(const QPoint &pos);

    ChartData m_chart;
    QCustomPlot *m_plot;
};

} // namespace caravan
