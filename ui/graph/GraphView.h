#pragma once

#include "models/analysis/LayoutJob.h"
#include "models/graph/GraphSnapshot.h"

#include <QPointF>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <unordered_map>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolBar;

namespace caravan {

class Task;
class CaseDocument;
class GraphCanvas;
class TimeFilterSlider;

// A graph tab of the main window: toolbar (layout, colour, size, paths, neighbourhood, export, search),
// the canvas, and a timeline. The Ownership view shows links valid at a date; the Trade view shows companies
// (or countries) joined by their shipments in a date range, filtered by HS code and countries. Snapshots are
// built and laid out on worker threads; positions are kept per entity and saved with the case.
class GraphView : public QWidget {
    Q_OBJECT
public:
    enum class Kind { Ownership, Trade };
    // More companies than this in the trade view at fit, and it opens grouped by country.
    static constexpr std::uint32_t kGroupAbove = 200;
    explicit GraphView(Kind kind, QWidget *parent = nullptr);
    ~GraphView() override;

    // Not owned. nullptr detaches: running work is cancelled and waited for first.
    void setDocument(CaseDocument *document);
    // Rebuilds the snapshot from the case with the filters as shown (in the background).
    void reload();
    Kind kind() const { return m_kind; }
    GraphCanvas *canvas() const { return m_canvas; }
    TimeFilterSlider *timeFilter() const { return m_time; }
    QLineEdit *hsFilter() const { return m_hs; }
    QComboBox *chplTierFilter() const { return m_tier; }
    QLineEdit *countryFilter() const { return m_countries; }
    QCheckBox *countryLevel() const { return m_byCountry; }
    bool isBusy() const;
    QString statusText() const;

    void runLayout(LayoutKind kind);
    void stopWork();
    // With two nodes selected: the shortest path, or all paths up to the hop limit.
    void findPath(bool allPaths);
    void highlightNeighbourhood();
    void setHops(int hops);
    // Finds an entity by name (any script, case-insensitive), selects and centres it; true when found.
    bool searchAndSelect(const QString &text);
    // Hides all but the selection to explore from it with Space.
    void exploreFromSelection();
    // Ownership view: shows only the entity's owners up to the ultimate ones and its holdings down, laid out as a
    // hierarchy; showWholeNetwork() brings the whole network back with its layout. False when it is not in the
    // network at the date shown (once the network is built).
    bool showOwnershipOf(qint64 entityId);
    // Trade view: companies rather than countries from now on (to show a chain's parties); rebuilds if grouped.
    void showCompanies();
    // Trade view: these companies (ext ids) and their trade partners, unless the user chose to see every company
    // (then they are among them). A chain's focus that never aggregates the whole company network of a large case;
    // "By country" brings the whole network back.
    void focusCompanies(const QStringList &extIds);
    const QStringList &focusedCompanies() const { return m_parties; }
    void showWholeNetwork();
    qint64 focusedEntity() const { return m_focusId; }
    QAction *wholeNetworkAction() const { return m_wholeNetwork; }
    // Ownership view: shows every component rather than the largest ones the canvas can show legibly.
    QAction *allComponentsAction() const { return m_allComponents; }
    // Writes the view by the file's suffix: .png, .svg, .graphml, .gexf. Returns false with a message on failure.
    bool exportTo(const QString &path, QString *error = nullptr);

    // After nodes were moved by hand (or a move was undone): keep and save their places.
    void positionsChangedByHand();

Q_SIGNALS:
    void taskStarted(caravan::Task *task);
    void entitySelected(qint64 entityId);
    void entityActivated(qint64 entityId);
    // No work is running any more (after a build, a layout or a measure).
    void idle();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createToolBar();
    void startTask(Task *task);
    void taskDone();
    void applySnapshot(graph::GraphSnapshot snapshot);
    void applyBuilt();
    // What a build hands back: the snapshot, and whether a trade view grouped it by country on its own.
    struct BuiltGraph {
        graph::GraphSnapshot snapshot;
        bool grouped = false;
    };
    // Trade view: ticks "By country" for a network that was too big to read at fit, and says why.
    void noteGroupedByCountry();
    void nodeActivated(qint64 id);
    void pollLayout();
    void rememberPositions();
    void savePositions();
    void loadPositions();
    void computeBetweenness();
    void chooseExport();
    void setStatus(const QString &text);
    // Ownership view at fit: how many nodes the canvas shows legibly, and the note on the components left out
    // (empty: the whole network is shown).
    std::uint32_t fitBudget() const;
    void setTrimmed(const QString &note);
    void updateCounts();
    QString settingKey() const;

    Kind m_kind;
    CaseDocument *m_document = nullptr;
    GraphCanvas *m_canvas;
    TimeFilterSlider *m_time;
    QToolBar *m_toolBar;
    QToolBar *m_filterBar = nullptr; // trade filters
    QComboBox *m_layoutChoice = nullptr;
    QComboBox *m_colourChoice = nullptr;
    QComboBox *m_sizeChoice = nullptr;
    QSpinBox *m_hops = nullptr;
    QLineEdit *m_search = nullptr;
    QLineEdit *m_hs = nullptr;
    QComboBox *m_tier = nullptr; // CHPL tier of the goods, trade only
    QLineEdit *m_countries = nullptr;
    QCheckBox *m_byCountry = nullptr;
    QLabel *m_counts;
    QLabel *m_status;
    QTimer *m_poll;
    QList<QPointer<Task>> m_tasks;
    std::shared_ptr<LayoutChannel> m_channel;
    bool m_fitAfterLayout = false;
    bool m_stale = true;                               // the case changed since the last build
    std::unordered_map<std::int64_t, QPointF> m_known; // positions by entity id, kept across rebuilds
    graph::GraphSnapshot m_whole;                      // the network as last built, before any focus
    bool m_built = false;
    qint64 m_focusId = 0;                                   // the entity of the ownership view, 0: whole network
    std::unordered_map<std::int64_t, QPointF> m_wholeKnown; // whole-network positions while focused
    QAction *m_wholeNetwork = nullptr;
    bool m_levelChosen = false;         // the user ticked or unticked "By country", or opened a country
    QString m_groupNote;                // why the trade view shows countries, while it does
    QStringList m_parties;              // trade view: only these companies and their partners (ext ids); empty: all
    QAction *m_allComponents = nullptr; // ownership: every component, not only the largest
    QString m_trimNote;                 // what the ownership view leaves out at fit, while it does
};

} // namespace caravan
