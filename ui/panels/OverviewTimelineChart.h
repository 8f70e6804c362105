#pragma once

#include "models/analysis/CaseOverview.h"

#include <QWidget>

namespace caravan {

// The overview's small timeline: shipments to Russia and Belarus per period, stacked by CHPL tier (tier 1, the
// integrated circuits, at the bottom in the darkest colour; goods off the list in grey on top), with a legend.
class OverviewTimelineChart : public QWidget {
    Q_OBJECT
public:
    explicit OverviewTimelineChart(QWidget *parent = nullptr);

    void setTimeline(const OverviewTimeline &timeline);
    static QColor tierColour(const QString &tier);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    OverviewTimeline m_timeline;
};

} // namespace caravan
