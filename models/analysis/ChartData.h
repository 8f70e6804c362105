#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace caravan {

// A dated vertical marker on a time chart (the invasion, a sanctions package).
struct ChartEvent {
    QDate date;
    QString label;
};

// One line, set of points or bar series of a chart, with an optional mean line (the 2019-2021 baseline).
struct ChartSeries {
    enum class Style { Line, DashedLine, Points, Bars };
    QString label;
    Style style = Style::Line;
    QList<QDate> dates;      // time charts: the x of each value
    QList<double> values;    // y values, one per date (or per category for bar charts)
    QStringList pointLabels; // optional: what each point is (a shipment id and counterparty)
    double baseline = std::numeric_limits<double>::quiet_NaN(); // mean of the baseline period
    QString baselineLabel;

    bool hasBaseline() const { return !std::isnan(baseline); }
};

// What a chart shows, as data: the core computes it, the chart widget and the report painter draw it.
struct ChartData {
    enum class Kind { Time, Categories };
    Kind kind = Kind::Time;
    QString title;
    QString yLabel;
    QString note;           // a line under the chart: the source of the figures, what was left out
    QStringList categories; // Categories charts: one label per bar
    QList<ChartSeries> series;
    QList<ChartEvent> events;
    bool logScale = false; // time charts: the value axis is logarithmic (values <= 0 are not drawn)

    bool isEmpty() const
    {
        for (const ChartSeries &s : series)
            if (!s.values.isEmpty())
                return false;
        return true;
    }
};

} // namespace caravan
