#include "ui/panels/OverviewTimelineChart.h"

#include <QLocale>
#include <QPainter>

#include <algorithm>

namespace caravan {

OverviewTimelineChart::OverviewTimelineChart(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Shipments to Russia and Belarus by CHPL tier"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

void OverviewTimelineChart::setTimeline(const OverviewTimeline &timeline)
{
    m_timeline = timeline;
    QStringList tip;
    const QLocale locale;
    for (qsizetype t = 0; t < m_timeline.tiers.size(); ++t)
        if (const qint64 n = m_timeline.inTier(t); n > 0)
            tip << (m_timeline.tiers[t].isEmpty()
                        ? tr("not on the CHPL: %1").arg(locale.toString(n))
                        : tr("CHPL tier %1: %2").arg(m_timeline.tiers[t], locale.toString(n)));
    setToolTip(tip.join(u'\n'));
    update();
}

QColor OverviewTimelineChart::tierColour(const QString &tier)
{
    // Darkest for the highest priority; goods off the list in grey.
    if (tier == u"1")
        return QColor(0x8e, 0x1b, 0x1b);
    if (tier == u"2")
        return QColor(0xd6, 0x27, 0x28);
    if (tier == u"3.A")
        return QColor(0xf2, 0x8c, 0x28);
    if (tier == u"3.B")
        return QColor(0xf5, 0xb7, 0x00);
    if (tier == u"4.A")
        return QColor(0x5b, 0x8d, 0xc9);
    if (tier == u"4.B")
        return QColor(0x9e, 0xc0, 0xe6);
    return QColor(0xc8, 0xc8, 0xc8);
}

QSize OverviewTimelineChart::sizeHint() const
{
    return {360, 150};
}

QSize OverviewTimelineChart::minimumSizeHint() const
{
    return {220, 110};
}

void OverviewTimelineChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing, false);
    const QFontMetrics fm(font());
    const int line = fm.height();
    const QRect area = rect().adjusted(2, 2, -2, -2);
    if (m_timeline.periods.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(
            area, Qt::AlignCenter | Qt::TextWordWrap,
            m_timeline.destinations.isEmpty()
                ? QString()
                : tr("No shipments to %1 in this case.").arg(m_timeline.destinations.join(QStringLiteral(", "))));
        return;
    }
    // Legend on one line at the bottom: only the tiers present.
    int x = area.left();
    const int legendY = area.bottom() - line + 1;
    for (qsizetype t = 0; t < m_timeline.tiers.size(); ++t) {
        if (m_timeline.inTier(t) == 0)
            continue;
        const bool off = m_timeline.tiers[t].isEmpty();
        const QString label = off ? tr("off the list: %1, not drawn").arg(QLocale().toString(m_timeline.inTier(t)))
                                  : tr("tier %1").arg(m_timeline.tiers[t]);
        if (!off) {
            p.fillRect(QRect(x, legendY + line / 4, line / 2, line / 2), tierColour(m_timeline.tiers[t]));
            x += line / 2 + 3;
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QPoint(x, legendY + fm.ascent()), label);
        x += fm.horizontalAdvance(label) + line / 2;
    }
    // Bars above the legend and the period labels.
    const QRect plot(area.left(), area.top() + line, area.width(), area.height() - 3 * line - 4);
    if (plot.height() < 10)
        return;
    const auto periods = static_cast<int>(m_timeline.periods.size());
    // Only goods on the CHPL are drawn: off the list they would flatten the tiers that matter.
    std::vector<qint64> totals(static_cast<std::size_t>(periods), 0);
    for (qsizetype t = 0; t < m_timeline.tiers.size(); ++t)
        if (!m_timeline.tiers[t].isEmpty())
            for (int i = 0; i < periods; ++i)
                totals[static_cast<std::size_t>(i)] +=
                    m_timeline.count[static_cast<std::size_t>(t)][static_cast<std::size_t>(i)];
    const qint64 peak = std::max<qint64>(1, *std::max_element(totals.begin(), totals.end()));
    const double slot = double(plot.width()) / periods;
    const int barWidth = std::max(2, int(slot * 0.7));
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(QRect(area.left(), area.top(), area.width(), line), Qt::AlignLeft,
               tr("peak %1 CHPL shipments a period").arg(QLocale().toString(peak)));
    const QColor axis = palette().color(QPalette::Mid);
    p.setPen(axis);
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    // Label every period when they fit, else every n-th.
    const int labelWidth = fm.horizontalAdvance(QStringLiteral("2024 Q4")) + 6;
    const int every = std::max(1, int(std::ceil(labelWidth / std::max(slot, 1.0))));
    for (int i = 0; i < periods; ++i) {
        const int left = plot.left() + int(i * slot + (slot - barWidth) / 2);
        double base = plot.bottom();
        for (qsizetype t = 0; t < m_timeline.tiers.size(); ++t) {
            const qint64 n = m_timeline.count[static_cast<std::size_t>(t)][static_cast<std::size_t>(i)];
            if (n == 0 || m_timeline.tiers[t].isEmpty())
                continue;
            const double h = double(n) / double(peak) * plot.height();
            p.fillRect(QRectF(left, base - h, barWidth, h), tierColour(m_timeline.tiers[t]));
            base -= h;
        }
        if (i % every == 0) {
            p.setPen(palette().color(QPalette::WindowText));
            const int labelLeft = std::clamp(plot.left() + int(i * slot + slot / 2) - labelWidth / 2, plot.left(),
                                             plot.right() - labelWidth);
            p.drawText(QRect(labelLeft, plot.bottom() + 2, labelWidth, line), Qt::AlignHCenter, m_timeline.periods[i]);
        }
    }
}

} // namespace caravan
