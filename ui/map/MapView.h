#pragma once

#include "models/geo/RouteLeg.h"
#include "models/graph/GraphSnapshot.h"

#include <QPointer>
#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QLineEdit;

namespace caravan {

class Task;
class CaseDocument;
class MapCanvas;
class TimeFilterSlider;
struct DetectedChain;

// The Map tab: countries on an offline world map (Natural Earth, embedded), the trade between them as arcs whose
// width is the declared value, filtered by date, HS code and CHPL tier as the Trade view filters (the same
// country-level snapshot, GraphBuilder::trade, built off the GUI thread), and the selected chain's route as numbered
// legs with their dates.
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    // Not owned. nullptr detaches: running work is cancelled and waited for first.
    void setDocument(CaseDocument *document);
    // Rebuilds the flows with the filters as shown (in the background).
    void reload();
    // Draws this chain's route (nullptr: none) and fits the map to it.
    void setChain(const DetectedChain *chain);
    const std::vector<RouteLeg> &routeLegs() const { return m_legs; }
    MapCanvas *canvas() const { return m_canvas; }
    TimeFilterSlider *timeFilter() const { return m_time; }
    QLineEdit *hsFilter() const { return m_hs; }
    QComboBox *chplTierFilter() const { return m_tier; }
    bool isBusy() const { return !m_task.isNull(); }
    QString statusText() const;

Q_SIGNALS:
    void taskStarted(caravan::Task *task);
    // The flows were rebuilt (or failed to be).
    void idle();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void stopWork();
    void applyTrade(const graph::GraphSnapshot &trade);
    void updateScene();

    CaseDocument *m_document = nullptr;
    MapCanvas *m_canvas;
    TimeFilterSlider *m_time;
    QLineEdit *m_hs;
    QComboBox *m_tier;
    QLabel *m_status;
    QPointer<Task> m_task;
    graph::GraphSnapshot m_trade;
    std::vector<RouteLeg> m_legs;
    QString m_route; // "DE -> AE -> KZ -> RU" of the chain shown
    bool m_stale = true;
};

} // namespace caravan
