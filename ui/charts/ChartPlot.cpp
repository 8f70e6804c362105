#include "ui/charts/ChartPlot.h"

// qcustomplot.h uses Qt's keywords, which this project switches off (QT_NO_KEYWORDS).
#define signals Q_SIGNALS
#define slots Q_SLOTS
#define foreach Q_FOREACH
#include <qcustomplot.h>
#undef foreach
#undef slots
#undef signals

#include <QLocale>
#include <QResizeEvent>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

namespace caravan {

namespace {

const char *const kPalette[] = {"#1f5fa8", "#e07b00", "#2a9d4a", "#7b4ea3", "#8c564b", "#17a2b8", "#c2408f", "#6b7d1a"};
const QColor kInvasion(0xc0, 0x00, 0x00);
const QColor kPackage(0x80, 0x80, 0x80);
constexpr double kDay = 86400.0;

QColor colorOf(int index)
{
    return QColor(QLatin1String(kPalette[index % static_cast<int>(std::size(kPalette))]));
}

// Fonts in pixels, so a chart keeps its proportions on screen, in a PDF at any resolution and in SVG.
QFont chartFont(int pixels, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPixelSize(pixels);
    f.setBold(bold);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

double keyOf(const QDate &date)
{
    return static_cast<double>(QDateTime(date, QTime(0, 0), Qt::UTC).toSecsSinceEpoch());
}

QString compactNumber(double v)
{
    const QLocale locale;
    const double a = std::abs(v);
    if (a >= 1e9)
        return ChartPlot::tr("%1 bn").arg(locale.toString(v / 1e9, 'g', 3));
    if (a >= 1e6)
        return ChartPlot::tr("%1 M").arg(locale.toString(v / 1e6, 'g', 3));
    if (a >= 1e4)
        return ChartPlot::tr("%1 k").arg(locale.toString(v / 1e3, 'g', 3));
    return locale.toString(v, 'g', 6);
}

// Value axis labels such as "2.5 M" instead of "2.5e+06".
class CompactTicker : public QCPAxisTicker {
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return compactNumber(tick); }
};

// The same labels on a logarithmic axis (ticks at powers of ten).
class CompactLogTicker : public QCPAxisTickerLog {
protected:
    QString getTickLabel(double tick, const QLocale &, QChar, int) override { return compactNumber(tick); }
};

QString elided(const QString &text, int length)
{
    return text.size() <= length ? text : text.left(length - 1) + u'…';
}

// "EU1–3" for packages 1 to 3 falling close together.
QString clusterLabel(const QList<ChartEvent> &events)
{
    QStringList parts;
    QList<int> packages;
    for (const ChartEvent &e : events) {
        if (e.label.startsWith(QLatin1String("EU")))
            packages << QStringView(e.label).mid(2).toInt();
        else
            parts << e.label;
    }
    if (!packages.isEmpty()) {
        std::sort(packages.begin(), packages.end());
        const bool contiguous = packages.last() - packages.first() == packages.size() - 1;
        if (packages.size() == 1)
            parts << QStringLiteral("EU%1").arg(packages.first());
        else if (contiguous)
            parts << QStringLiteral("EU%1–%2").arg(packages.first()).arg(packages.last());
        else {
            QStringList numbers;
            for (int p : packages)
                numbers << QString::number(p);
            parts << QStringLiteral("EU") + numbers.join(u',');
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void addEvents(QCustomPlot *plot, const QList<ChartEvent> &events)
{
    QList<ChartEvent> sorted = events;
    std::sort(sorted.begin(), sorted.end(), [](const ChartEvent &a, const ChartEvent &b) { return a.date < b.date; });
    QList<QList<ChartEvent>> clusters;
    for (const ChartEvent &e : sorted) {
        const bool invasion = !e.label.startsWith(QLatin1String("EU"));
        auto *line = new QCPItemStraightLine(plot);
        line->setPen(invasion ? QPen(kInvasion, 1.4) : QPen(kPackage, 0.8, Qt::DashLine));
        line->point1->setCoords(keyOf(e.date), 0);
        line->point2->setCoords(keyOf(e.date), 1);
        line->setSelectable(false);
        if (clusters.isEmpty() || clusters.last().last().date.daysTo(e.date) > 40)
            clusters.append(QList<ChartEvent>());
        clusters.last().append(e);
    }
    for (const QList<ChartEvent> &cluster : clusters) {
        auto *text = new QCPItemText(plot);
        text->position->setTypeX(QCPItemPosition::ptPlotCoords);
        text->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(keyOf(cluster.first().date), 0.01);
        text->setRotation(-90);
        text->setPositionAlignment(Qt::AlignRight | Qt::AlignBottom);
        text->setFont(chartFont(9));
        const bool invasion = std::any_of(cluster.begin(), cluster.end(),
                                          [](const ChartEvent &e) { return !e.label.startsWith(QLatin1String("EU")); });
        text->setColor(invasion ? kInvasion : kPackage.darker(130));
        text->setText(clusterLabel(cluster));
        // A light backing keeps the label readable where a series line crosses it.
        text->setBrush(QColor(255, 255, 255, 150));
        text->setPadding(QMargins(1, 1, 1, 1));
        text->setSelectable(false);
    }
}

void styleAxis(QCPAxis *axis)
{
    axis->setTickLabelFont(chartFont(10));
    axis->setLabelFont(chartFont(10));
    axis->grid()->setPen(QPen(QColor(225, 225, 225), 0.6));
    axis->grid()->setZeroLinePen(QPen(QColor(160, 160, 160), 0.8));
}

void configureTime(QCustomPlot *plot, const ChartData &chart)
{
    auto dates = QSharedPointer<QCPAxisTickerDateTime>::create();
    dates->setDateTimeFormat(QStringLiteral("MMM yyyy"));
    dates->setDateTimeSpec(Qt::UTC);
    dates->setTickCount(7);
    plot->xAxis->setTicker(dates);
    const bool log = chart.logScale;
    if (log) {
        plot->yAxis->setScaleType(QCPAxis::stLogarithmic);
        plot->yAxis->setTicker(QSharedPointer<CompactLogTicker>::create());
    } else {
        plot->yAxis->setTicker(QSharedPointer<CompactTicker>::create());
    }
    double minPositive = std::numeric_limits<double>::max();
    double minKey = std::numeric_limits<double>::max(), maxKey = std::numeric_limits<double>::lowest();
    double minValue = 0, maxValue = 0;
    for (int i = 0; i < chart.series.size(); ++i) {
        const ChartSeries &s = chart.series.at(i);
        QVector<double> keys, values;
        for (int j = 0; j < s.dates.size() && j < s.values.size(); ++j) {
            keys << keyOf(s.dates.at(j));
            // A logarithmic axis has no place for zero: such months are left blank.
            values << (log && s.values.at(j) <= 0 ? std::numeric_limits<double>::quiet_NaN() : s.values.at(j));
            if (s.values.at(j) > 0)
                minPositive = std::min(minPositive, s.values.at(j));
            minKey = std::min(minKey, keys.last());
            maxKey = std::max(maxKey, keys.last());
            minValue = std::min(minValue, s.values.at(j));
            maxValue = std::max(maxValue, s.values.at(j));
        }
        const QColor color = colorOf(i);
        QCPAbstractPlottable *plottable = nullptr;
        if (s.style == ChartSeries::Style::Bars) {
            auto *bars = new QCPBars(plot->xAxis, plot->yAxis);
            bars->setData(keys, values, true);
            bars->setWidth(20 * kDay);
            bars->setPen(Qt::NoPen);
            QColor fill = color;
            fill.setAlpha(150);
            bars->setBrush(fill);
            plottable = bars;
        } else {
            QCPGraph *graph = plot->addGraph();
            graph->setData(keys, values, true);
            if (s.style == ChartSeries::Style::Points) {
                graph->setLineStyle(QCPGraph::lsNone);
                graph->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, color, color, 6));
            } else {
                graph->setPen(
                    QPen(color, 1.6, s.style == ChartSeries::Style::DashedLine ? Qt::DashLine : Qt::SolidLine));
            }
            plottable = graph;
        }
        plottable->setName(s.label);
        plottable->setProperty("series", i);
        if (s.hasBaseline() && !keys.isEmpty() && !(log && s.baseline <= 0)) {
            QCPGraph *baseline = plot->addGraph();
            baseline->setData(QVector<double>{keys.first(), keys.last()}, QVector<double>{s.baseline, s.baseline},
                              true);
            baseline->setPen(QPen(color, 1.0, Qt::DashLine));
            baseline->setName(s.label + QStringLiteral(" — ") + s.baselineLabel);
            baseline->removeFromLegend();
            baseline->setProperty("series", i);
            baseline->setProperty("baseline", true);
            maxValue = std::max(maxValue, s.baseline);
        }
    }
    if (minKey > maxKey) {
        const double now = keyOf(QDate(2022, 1, 1));
        minKey = now - 365 * kDay;
        maxKey = now + 730 * kDay;
    }
    const double pad = std::max(20 * kDay, (maxKey - minKey) * 0.02);
    plot->xAxis->setRange(minKey - pad, maxKey + pad);
    const double span = maxValue - minValue;
    if (log && maxValue > 0)
        plot->yAxis->setRange(minPositive / 2, maxValue * 4);
    else if (log)
        plot->yAxis->setRange(1, 10);
    else
        plot->yAxis->setRange(minValue - (minValue < 0 ? span * 0.05 : 0), maxValue + (span > 0 ? span * 0.22 : 1));
    addEvents(plot, chart.events);
}

void configureCategories(QCustomPlot *plot, const ChartData &chart)
{
    const int n = static_cast<int>(chart.categories.size());
    auto labels = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i)
        labels->addTick(n - i, elided(chart.categories.at(i), 34));
    plot->yAxis->setTicker(labels);
    plot->yAxis->grid()->setVisible(false);
    plot->xAxis->setTicker(QSharedPointer<CompactTicker>::create());
    QCPBars *below = nullptr;
    double maxValue = 0;
    QVector<double> totals(n, 0.0);
    for (int i = 0; i < chart.series.size(); ++i) {
        const ChartSeries &s = chart.series.at(i);
        QVector<double> keys, values;
        for (int j = 0; j < n && j < s.values.size(); ++j) {
            keys.prepend(n - j);
            values.prepend(s.values.at(j));
            totals[j] += s.values.at(j);
        }
        auto *bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setData(keys, values, true);
        bars->setWidth(0.7);
        bars->setPen(Qt::NoPen);
        bars->setBrush(colorOf(i));
        bars->setName(s.label);
        bars->setProperty("series", i);
        if (below)
            bars->moveAbove(below);
        below = bars;
    }
    for (double t : totals)
        maxValue = std::max(maxValue, t);
    plot->yAxis->setRange(0.3, n + 0.7);
    plot->xAxis->setRange(0, maxValue > 0 ? maxValue * 1.08 : 1);
}

void configure(QCustomPlot *plot, const ChartData &chart)
{
    plot->clearPlottables();
    plot->clearItems();
    plot->plotLayout()->clear();
    auto *axisRect = new QCPAxisRect(plot);
    plot->plotLayout()->addElement(0, 0, new QCPTextElement(plot, chart.title, chartFont(13, true)));
    plot->plotLayout()->addElement(1, 0, axisRect);
    plot->xAxis = axisRect->axis(QCPAxis::atBottom);
    plot->yAxis = axisRect->axis(QCPAxis::atLeft);
    plot->xAxis2 = axisRect->axis(QCPAxis::atTop);
    plot->yAxis2 = axisRect->axis(QCPAxis::atRight);
    styleAxis(plot->xAxis);
    styleAxis(plot->yAxis);
    plot->legend = new QCPLegend;
    plot->plotLayout()->addElement(2, 0, plot->legend);
    plot->legend->setLayer(QStringLiteral("legend"));
    plot->legend->setFont(chartFont(10));
    plot->legend->setBorderPen(Qt::NoPen);
    plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    plot->legend->setWrap(3);
    plot->legend->setMargins(QMargins(4, 0, 4, 2));
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    plot->plotLayout()->setRowStretchFactor(2, 0.001);
    plot->plotLayout()->setRowSpacing(2);
    plot->legend->setVisible(true);

    if (chart.kind == ChartData::Kind::Categories)
        configureCategories(plot, chart);
    else
        configureTime(plot, chart);
    plot->yAxis->setLabel(chart.kind == ChartData::Kind::Categories ? QString() : chart.yLabel);
    if (chart.kind == ChartData::Kind::Categories)
        plot->xAxis->setLabel(chart.yLabel);
    plot->legend->setVisible(plot->legend->itemCount() > 0);
    if (chart.isEmpty()) {
        auto *text = new QCPItemText(plot);
        text->position->setType(QCPItemPosition::ptAxisRectRatio);
        text->position->setCoords(0.5, 0.5);
        text->setFont(chartFont(12));
        text->setColor(QColor(110, 110, 110));
        text->setText(QObject::tr("No data for this chart"));
    }
}

} // namespace

ChartPlot::ChartPlot(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setMouseTracking(true);
    m_plot->setAccessibleName(tr("Chart"));
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) { showToolTip(event->pos()); });
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this](QMouseEvent *) { resetView(); });
    m_plot->installEventFilter(this);
    setChart(ChartData());
}

bool ChartPlot::eventFilter(QObject *watched, QEvent *event)
{
    // QCustomPlot redraws on every resize into a buffer of its new size. A chart laid out to no height (a hidden
    // tab, a collapsed dock) would paint into an empty pixmap, which Qt refuses with a warning for each layer:
    // such a resize is held back until the chart has room again.
    if (watched == m_plot && event->type() == QEvent::Resize && static_cast<QResizeEvent *>(event)->size().isEmpty())
        return true;
    return QWidget::eventFilter(watched, event);
}

ChartPlot::~ChartPlot() = default;

void ChartPlot::setChart(const ChartData &chart)
{
    m_chart = chart;
    configure(m_plot, m_chart);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal | Qt::Vertical);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal | Qt::Vertical);
    if (!m_plot->size().isEmpty()) // drawn when it is given room (see eventFilter)
        m_plot->replot();
}

void ChartPlot::resetView()
{
    setChart(m_chart);
}

bool ChartPlot::savePng(const QString &path, int width, int height) const
{
    return m_plot->savePng(path, width, height, 2.0);
}

bool ChartPlot::savePdf(const QString &path, int width, int height) const
{
    return m_plot->savePdf(path, width, height, QCP::epNoCosmetic, QStringLiteral("Caravan"), m_chart.title);
}

bool ChartPlot::saveSvg(const QString &path, int width, int height) const
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(QSize(width, height));
    generator.setViewBox(QRect(0, 0, width, height));
    generator.setTitle(m_chart.title);
    generator.setDescription(m_chart.note);
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    m_plot->toPainter(&painter, width, height);
    return painter.end();
}

void ChartPlot::PainterDeleter::operator()(QPainter *painter) const
{
    delete static_cast<QCPPainter *>(painter);
}

ChartPlot::Painter ChartPlot::createPainter(QPaintDevice *device)
{
    auto *painter = new QCPPainter(device);
    painter->setMode(QCPPainter::pmVectorized);
    painter->setMode(QCPPainter::pmNoCaching);
    painter->setRenderHint(QPainter::Antialiasing);
    return Painter(painter);
}

void ChartPlot::render(QPainter *painter, const QRectF &rect, const ChartData &chart)
{
    QCustomPlot plot;
    plot.setAttribute(Qt::WA_DontShowOnScreen);
    configure(&plot, chart);
    painter->save();
    painter->translate(rect.topLeft());
    // createPainter() made it a QCPPainter: QCustomPlot draws with its extra state.
    plot.toPainter(static_cast<QCPPainter *>(painter), static_cast<int>(rect.width()), static_cast<int>(rect.height()));
    painter->restore();
}

bool ChartPlot::isLogScale() const
{
    return m_plot->yAxis && m_plot->yAxis->scaleType() == QCPAxis::stLogarithmic;
}

QString ChartPlot::toolTipAt(const QPoint &pos) const
{
    QCPAbstractPlottable *best = nullptr;
    int bestIndex = -1;
    double bestDistance = 10.0;
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable *p = m_plot->plottable(i);
        QVariant details;
        const double d = p->selectTest(pos, false, &details);
        if (d >= 0 && d < bestDistance) {
            const QCPDataSelection selection = details.value<QCPDataSelection>();
            if (selection.isEmpty())
                continue;
            best = p;
            bestIndex = selection.dataRange().begin();
            bestDistance = d;
        }
    }
    if (!best)
        return {};
    const int seriesIndex = best->property("series").toInt();
    if (seriesIndex < 0 || seriesIndex >= m_chart.series.size())
        return {};
    const ChartSeries &s = m_chart.series.at(seriesIndex);
    const QLocale locale;
    if (best->property("baseline").toBool())
        return QStringLiteral("%1\n%2: %3").arg(s.label, s.baselineLabel, locale.toString(s.baseline, 'f', 2));
    double key = 0, value = 0;
    if (auto *graph = qobject_cast<QCPGraph *>(best)) {
        key = (graph->data()->constBegin() + bestIndex)->key;
        value = (graph->data()->constBegin() + bestIndex)->value;
    } else if (auto *bars = qobject_cast<QCPBars *>(best)) {
        key = (bars->data()->constBegin() + bestIndex)->key;
        value = (bars->data()->constBegin() + bestIndex)->value;
    }
    if (m_chart.kind == ChartData::Kind::Categories) {
        const int category = static_cast<int>(m_chart.categories.size()) - static_cast<int>(std::lround(key));
        QString text = QStringLiteral("%1\n%2: %3")
                           .arg(m_chart.categories.value(category), s.label, locale.toString(value, 'f', 2));
        if (category >= 0 && category < s.pointLabels.size())
            text += u'\n' + s.pointLabels.at(category);
        return text;
    }
    const QDate date = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(key), Qt::UTC).date();
    const bool monthly = s.style != ChartSeries::Style::Points;
    QString text = QStringLiteral("%1\n%2: %3")
                       .arg(s.label,
                            monthly ? locale.toString(date, QStringLiteral("MMMM yyyy"))
                                    : locale.toString(date, QLocale::ShortFormat),
                            locale.toString(value, 'f', 2));
    if (bestIndex < s.pointLabels.size())
        text += u'\n' + s.pointLabels.at(bestIndex);
    return text;
}

void ChartPlot::showToolTip(const QPoint &pos)
{
    const QString text = toolTipAt(pos);
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(m_plot->mapToGlobal(pos), text, m_plot);
}

} // namespace caravan
