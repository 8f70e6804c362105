#include "ui/graph/GraphView.h"

#include "models/analysis/GraphBuilder.h"
#include "models/editing/CaseDocument.h"
#include "models/graph/Centrality.h"
#include "models/graph/ComponentLayout.h"
#include "models/graph/GraphExport.h"
#include "models/tasks/RunTask.h"
#include "ui/dialogs/Dialogs.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphRenderer.h"
#include "ui/graph/TimeFilterSlider.h"
#include "ui/graph/TradeFilterWidgets.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>

namespace caravan {

namespace {

constexpr double kSpacing = 40.0;                 // world units between neighbours
constexpr std::uint32_t kExactBetweenness = 5000; // above this many nodes betweenness is sampled
constexpr std::uint32_t kSampledSources = 400;

std::vector<graph::Point> toPoints(const std::vector<QPointF> &positions)
{
    std::vector<graph::Point> points(positions.size());
    for (std::size_t i = 0; i < positions.size(); ++i)
        points[i] = {positions[i].x(), positions[i].y()};
    return points;
}

std::vector<QPointF> toQPoints(const std::vector<graph::Point> &points)
{
    std::vector<QPointF> positions(points.size());
    for (std::size_t i = 0; i < points.size(); ++i)
        positions[i] = QPointF(points[i].x, points[i].y);
    return positions;
}

// The largest components of a snapshot, as a new snapshot, when the whole has more than `budget` nodes: components
// are taken largest first while they fit in the budget (the first one always). Empty when nothing would be left out.
struct LargestComponents {
    graph::GraphSnapshot snapshot;
    std::size_t shown = 0;      // components kept
    std::size_t components = 0; // components in the whole
};
std::optional<LargestComponents> largestComponents(const graph::GraphSnapshot &whole, std::uint32_t budget)
{
    if (whole.nodeCount() <= budget)
        return std::nullopt;
    const graph::ComponentGroups groups = graph::componentGroups(whole.nodeCount(), graph::edgePairs(whole));
    std::size_t kept = 0, nodes = 0;
    while (kept < groups.members.size() && (kept == 0 || nodes + groups.members[kept].size() <= budget))
        nodes += groups.members[kept++].size();
    if (kept >= groups.members.size())
        return std::nullopt;
    LargestComponents result;
    result.shown = kept;
    result.components = groups.members.size();
    result.snapshot.title = whole.title;
    for (std::size_t c = 0; c < kept; ++c)
        for (const std::uint32_t v : groups.members[c])
            result.snapshot.addNode(whole.nodes[v]);
    for (const graph::GraphEdge &e : whole.edges)
        if (groups.of[e.from] < kept) {
            graph::GraphEdge copy = e;
            copy.from = result.snapshot.indexOf(whole.nodes[e.from].id);
            copy.to = result.snapshot.indexOf(whole.nodes[e.to].id);
            result.snapshot.edges.push_back(std::move(copy));
        }
    return result;
}

// Moving nodes by hand, undoable: nodes are named by entity id so the command survives a rebuilt snapshot.
class MoveNodesCommand : public QUndoCommand {
public:
    MoveNodesCommand(GraphView *view, std::vector<qint64> ids, std::vector<QPointF> from, std::vector<QPointF> to)
        : QUndoCommand(GraphView::tr("Move %n node(s)", nullptr, static_cast<int>(ids.size()))), m_view(view),
          m_ids(std::move(ids)), m_from(std::move(from)), m_to(std::move(to))
    {
    }
    void undo() override { place(m_from); }
    void redo() override
    {
        if (m_first) { // the canvas already shows the move
            m_first = false;
            return;
        }
        place(m_to);
    }

private:
    void place(const std::vector<QPointF> &positions)
    {
        if (!m_view)
            return;
        GraphCanvas *canvas = m_view->canvas();
        std::vector<std::uint32_t> nodes;
        std::vector<QPointF> at;
        for (std::size_t i = 0; i < m_ids.size(); ++i)
            if (const std::uint32_t v = canvas->snapshot().indexOf(m_ids[i]); v < canvas->nodeCount()) {
                nodes.push_back(v);
                at.push_back(positions[i]);
            }
        canvas->placeNodes(nodes, at);
        m_view->positionsChangedByHand();
    }
    QPointer<GraphView> m_view;
    std::vector<qint64> m_ids;
    std::vector<QPointF> m_from;
    std::vector<QPointF> m_to;
    bool m_first = true;
};

} // namespace

GraphView::GraphView(Kind kind, QWidget *parent)
    : QWidget(parent), m_kind(kind), m_canvas(new GraphCanvas(this)),
      m_time(new TimeFilterSlider(
          kind == Kind::Ownership ? TimeFilterSlider::Mode::Single : TimeFilterSlider::Mode::Range, this)),
      m_toolBar(new QToolBar(this)), m_counts(new QLabel(this)), m_status(new QLabel(this)), m_poll(new QTimer(this))
{
    setObjectName(kind == Kind::Ownership ? QStringLiteral("ownershipGraph") : QStringLiteral("tradeGraph"));
    m_canvas->setColourMode(kind == Kind::Ownership ? ColourMode::Sanctions : ColourMode::Country);
    createToolBar();
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long status line is cut at the window's edge (its tooltip has it all), never widening the window.
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 2);
    statusRow->setSpacing(24);
    statusRow->addWidget(m_counts);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    if (m_filterBar)
        layout->addWidget(m_filterBar);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_time);
    layout->addLayout(statusRow);

    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, &GraphView::pollLayout);
    connect(m_time, &TimeFilterSlider::changed, this, &GraphView::reload);
    connect(m_canvas, &GraphCanvas::selectionChanged, this, [this] {
        const QList<qint64> ids = m_canvas->selectedEntityIds();
        if (ids.size() == 1 && ids.first() > 0)
            Q_EMIT entitySelected(ids.first());
        updateCounts();
    });
    connect(m_canvas, &GraphCanvas::visibilityChanged, this, &GraphView::updateCounts);
    connect(m_canvas, &GraphCanvas::nodeActivated, this, &GraphView::nodeActivated);
    connect(m_canvas, &GraphCanvas::edgeSelected, this, [this](qint64 edge) {
        if (edge >= 0)
            setStatus(GraphRenderer::describeEdge(m_canvas->snapshot(),
                                                  m_canvas->snapshot().edges[static_cast<std::size_t>(edge)]));
    });
    connect(m_canvas, &GraphCanvas::nodesMoved, this, [this] {
        const GraphCanvas::Move &move = m_canvas->lastMove();
        if (m_document && !move.nodes.empty()) {
            std::vector<qint64> ids;
            for (const std::uint32_t v : move.nodes)
                ids.push_back(m_canvas->snapshot().nodes[v].id);
            m_document->undoStack()->push(new MoveNodesCommand(this, std::move(ids), move.from, move.to));
        }
        positionsChangedByHand();
    });
    updateCounts();
}

GraphView::~GraphView()
{
    stopWork();
}

void GraphView::createToolBar()
{
    m_toolBar->setIconSize(QSize(16, 16));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);

    m_layoutChoice = new QComboBox(this);
    m_layoutChoice->addItem(tr("Force-directed"), static_cast<int>(LayoutKind::Force));
    m_layoutChoice->addItem(tr("Hierarchy (owners above)"), static_cast<int>(LayoutKind::Hierarchy));
    m_layoutChoice->addItem(tr("Radial around selection"), static_cast<int>(LayoutKind::Radial));
    m_layoutChoice->addItem(tr("Refine (keep moved nodes)"), static_cast<int>(LayoutKind::ForceRefine));
    m_layoutChoice->setToolTip(tr("Layout"));
    m_toolBar->addWidget(m_layoutChoice);
    QAction *layoutAction = m_toolBar->addAction(tr("Lay out"));
    connect(layoutAction, &QAction::triggered, this,
            [this] { runLayout(static_cast<LayoutKind>(m_layoutChoice->currentData().toInt())); });
    QAction *stopAction = m_toolBar->addAction(tr("Stop"));
    stopAction->setToolTip(tr("Stop the running layout or measure; the view keeps what it reached"));
    connect(stopAction, &QAction::triggered, this, [this] {
        for (const auto &task : m_tasks)
            if (task)
                task->cancel();
    });
    m_toolBar->addSeparator();

    m_colourChoice = new QComboBox(this);
    m_colourChoice->addItem(tr("Colour: type"), static_cast<int>(ColourMode::Type));
    m_colourChoice->addItem(tr("Colour: country"), static_cast<int>(ColourMode::Country));
    m_colourChoice->addItem(tr("Colour: sanctions status"), static_cast<int>(ColourMode::Sanctions));
    m_colourChoice->addItem(tr("Colour: marks"), static_cast<int>(ColourMode::Mark));
    m_colourChoice->setCurrentIndex(m_colourChoice->findData(static_cast<int>(m_canvas->colourMode())));
    connect(m_colourChoice, &QComboBox::currentIndexChanged, this,
            [this] { m_canvas->setColourMode(static_cast<ColourMode>(m_colourChoice->currentData().toInt())); });
    m_toolBar->addWidget(m_colourChoice);

    m_sizeChoice = new QComboBox(this);
    m_sizeChoice->addItem(tr("Size: degree"), static_cast<int>(SizeMode::Degree));
    m_sizeChoice->addItem(tr("Size: betweenness"), static_cast<int>(SizeMode::Betweenness));
    m_sizeChoice->addItem(tr("Size: trade value"), static_cast<int>(SizeMode::Value));
    m_sizeChoice->addItem(tr("Size: uniform"), static_cast<int>(SizeMode::Uniform));
    connect(m_sizeChoice, &QComboBox::currentIndexChanged, this, [this] {
        const auto mode = static_cast<SizeMode>(m_sizeChoice->currentData().toInt());
        if (mode == SizeMode::Betweenness)
            computeBetweenness();
        else {
            m_canvas->setSizeMode(mode);
            m_canvas->setNote({});
        }
    });
    m_toolBar->addWidget(m_sizeChoice);
    m_toolBar->addSeparator();

    QAction *fit = m_toolBar->addAction(tr("Fit"));
    fit->setToolTip(tr("Fit the visible graph in the view (F)"));
    connect(fit, &QAction::triggered, m_canvas, &GraphCanvas::fitToView);
    QAction *path = m_toolBar->addAction(tr("Find path"));
    path->setShortcut(QKeySequence(Qt::Key_P));
    path->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    path->setToolTip(tr("Shortest path between the two selected entities (P)"));
    connect(path, &QAction::triggered, this, [this] { findPath(false); });
    QAction *paths = m_toolBar->addAction(tr("All paths"));
    paths->setToolTip(tr("Every path between the two selected entities up to the hop limit"));
    connect(paths, &QAction::triggered, this, [this] { findPath(true); });
    QAction *around = m_toolBar->addAction(tr("Neighbourhood"));
    around->setToolTip(tr("Highlight everything within the hop limit of the selection"));
    connect(around, &QAction::triggered, this, &GraphView::highlightNeighbourhood);
    m_hops = new QSpinBox(this);
    m_hops->setRange(1, 8);
    m_hops->setValue(3);
    m_hops->setPrefix(tr("hops ≤ "));
    m_toolBar->addWidget(m_hops);
    m_toolBar->addSeparator();

    QAction *explore = m_toolBar->addAction(tr("Explore"));
    explore->setToolTip(tr("Show only the selection, then Space to expand its neighbours step by step"));
    connect(explore, &QAction::triggered, this, &GraphView::exploreFromSelection);
    if (m_kind == Kind::Ownership) {
        // First on the bar, so that the way back from a focused view is always in sight.
        m_wholeNetwork = new QAction(tr("Whole network"), this);
        m_toolBar->insertAction(m_toolBar->actions().value(0), m_wholeNetwork);
        m_wholeNetwork->setToolTip(tr("Leave the ownership view of one entity and show the whole network again"));
        m_wholeNetwork->setEnabled(false);
        connect(m_wholeNetwork, &QAction::triggered, this, &GraphView::showWholeNetwork);
        m_allComponents = new QAction(tr("All components"), this);
        m_allComponents->setCheckable(true);
        m_allComponents->setEnabled(false);
        m_allComponents->setToolTip(tr("Show every component of the network, not only the largest that read at fit"));
        m_toolBar->insertAction(m_toolBar->actions().value(1), m_allComponents);
        connect(m_allComponents, &QAction::toggled, this, [this] {
            if (m_focusId == 0 && m_built)
                applyBuilt();
        });
    }
    QAction *hide = m_toolBar->addAction(tr("Hide"));
    hide->setToolTip(tr("Hide the selection from the view (Delete)"));
    connect(hide, &QAction::triggered, m_canvas, &GraphCanvas::hideSelected);
    QAction *pin = m_toolBar->addAction(tr("Pin"));
    pin->setToolTip(tr("Keep the selection in place when the layout is refined (dragging a node pins it too)"));
    connect(pin, &QAction::triggered, m_canvas, [this] { m_canvas->setSelectionPinned(true); });
    QAction *unpin = m_toolBar->addAction(tr("Unpin"));
    connect(unpin, &QAction::triggered, m_canvas, [this] { m_canvas->setSelectionPinned(false); });
    QAction *showAll = m_toolBar->addAction(tr("Show all"));
    connect(showAll, &QAction::triggered, m_canvas, [this] {
        m_canvas->showAll();
        m_canvas->clearHighlight();
    });
    QAction *exportAction = m_toolBar->addAction(tr("Export…"));
    exportAction->setToolTip(tr("Save the view as PNG or SVG, or the graph as GraphML or GEXF"));
    connect(exportAction, &QAction::triggered, this, &GraphView::chooseExport);
    m_toolBar->addSeparator();

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Find in graph…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(220);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!searchAndSelect(m_search->text()))
            setStatus(tr("No entity in this graph matches “%1”").arg(m_search->text()));
    });
    m_toolBar->addWidget(m_search);

    if (m_kind == Kind::Trade) {
        m_hs = TradeFilterWidgets::hsField(this);
        m_countries = new QLineEdit(this);
        m_countries->setPlaceholderText(tr("Countries, e.g. KZ, KG"));
        m_countries->setMaximumWidth(160);
        m_tier = TradeFilterWidgets::chplTierChoice(this);
        m_byCountry = new QCheckBox(tr("By country"), this);
        m_byCountry->setToolTip(tr("Countries as nodes, joined by the value of their shipments"));
        m_filterBar = new QToolBar(this);
        m_filterBar->addWidget(TradeFilterWidgets::goodsLabel(this));
        m_filterBar->addWidget(m_hs);
        m_filterBar->addWidget(m_tier);
        m_filterBar->addSeparator();
        m_filterBar->addWidget(new QLabel(tr("Countries: "), this));
        m_filterBar->addWidget(m_countries);
        m_filterBar->addSeparator();
        m_filterBar->addWidget(m_byCountry);
        connect(m_hs, &QLineEdit::editingFinished, this, &GraphView::reload);
        connect(m_countries, &QLineEdit::editingFinished, this, &GraphView::reload);
        connect(m_byCountry, &QCheckBox::toggled, this, [this] {
            m_levelChosen = true; // the user's choice stands over the automatic grouping
            m_parties.clear();    // and shows the whole network at that level
            reload();
        });
        connect(m_tier, &QComboBox::currentIndexChanged, this, &GraphView::reload);
    }
}

void GraphView::setDocument(CaseDocument *document)
{
    stopWork();
    m_document = document;
    m_known.clear();
    m_wholeKnown.clear();
    m_whole = {};
    m_built = false;
    m_focusId = 0;
    if (m_wholeNetwork)
        m_wholeNetwork->setEnabled(false);
    setTrimmed(QString());
    m_parties.clear();
    if (m_allComponents) {
        const QSignalBlocker block(m_allComponents);
        m_allComponents->setChecked(false);
    }
    m_canvas->setSnapshot({});
    m_stale = true;
    // A case's graph is built when the view is shown: until it is, there is no telling whether it has nothing.
    m_canvas->setBusyText(m_document ? tr("Building the graph…") : QString());
    if (!m_document) {
        updateCounts();
        return;
    }
    // New rows, or another list setting (which lists colour entities blocked): rebuild when shown.
    for (const auto signal : {&CaseDocument::contentChanged, &CaseDocument::listRulesChanged})
        connect(m_document, signal, this, [this] {
            m_stale = true;
            if (isVisible())
                reload();
        });
    loadPositions();
    GraphBuilder builder(m_document->file().handle());
    const CaseDateSpan span = builder.dateSpan();
    m_time->setSpan(span.first, span.last);
    if (isVisible())
        reload();
}

void GraphView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_document)
        reload();
}

bool GraphView::isBusy() const
{
    return std::any_of(m_tasks.begin(), m_tasks.end(), [](const auto &t) { return t && !t->isFinished(); });
}

void GraphView::stopWork()
{
    m_poll->stop();
    for (const auto &task : m_tasks)
        if (task)
            task->abandon();
    m_tasks.clear();
}

void GraphView::startTask(Task *task)
{
    m_tasks.append(task);
    Q_EMIT taskStarted(task);
}

void GraphView::taskDone()
{
    m_tasks.removeIf([](const QPointer<Task> &t) { return !t || t->isFinished(); });
    if (!isBusy())
        Q_EMIT idle();
}

void GraphView::reload()
{
    if (!m_document)
        return;
    stopWork();
    m_stale = false;
    const CaseFile *file = &m_document->file();
    const Kind kind = m_kind;
    OwnershipGraphOptions ownership;
    ownership.at = m_time->date();
    TradeGraphOptions trade;
    trade.from = m_time->from();
    trade.to = m_time->to();
    if (m_hs)
        trade.hsPrefix = m_hs->text().trimmed();
    if (m_tier)
        trade.chplTier = m_tier->currentData().toString();
    if (m_countries)
        for (const QString &c :
             m_countries->text().split(QRegularExpression(QStringLiteral("[,;\\s]+")), Qt::SkipEmptyParts))
            trade.countries << c.trimmed().toUpper();
    trade.countryLevel = m_byCountry && m_byCountry->isChecked();
    if (!trade.countryLevel)
        trade.parties = m_parties;
    // Until the user chooses a level, a trade network too big to read at fit opens grouped by country: decided by
    // counting its companies first (a large case passes the limit within its first shipments), so that the company
    // network of a large case is never aggregated and described only to be thrown away.
    const bool mayGroup = kind == Kind::Trade && m_byCountry && !trade.countryLevel && !m_levelChosen;
    startTask(runTask<BuiltGraph>(
        this, TaskKind::BuildGraph,
        kind == Kind::Ownership ? tr("Building the ownership graph") : tr("Building the trade graph"),
        [file, kind, ownership, trade, mayGroup](Progress &progress) mutable -> Result<BuiltGraph> {
            auto connection = file->openWorkerConnection();
            if (!connection)
                return connection.error();
            GraphBuilder builder(connection.value()->handle());
            BuiltGraph built;
            if (mayGroup) {
                auto parties = builder.tradeParties(trade, kGroupAbove, progress);
                if (!parties)
                    return parties.error();
                trade.countryLevel = parties.value() > kGroupAbove;
            }
            auto snapshot =
                kind == Kind::Ownership ? builder.ownership(ownership, progress) : builder.trade(trade, progress);
            if (!snapshot)
                return snapshot.error();
            built.snapshot = snapshot.takeValue();
            built.grouped = trade.countryLevel && mayGroup;
            return built;
        },
        [this](TaskResult<BuiltGraph> done) {
            m_canvas->setBusyText({});
            if (done.isDone()) {
                BuiltGraph built = done.takeValue();
                m_whole = std::move(built.snapshot);
                m_built = true;
                if (built.grouped)
                    noteGroupedByCountry();
                applyBuilt();
            } else {
                setStatus(done.error().message);
            }
            taskDone();
        }));
    setStatus(tr("Building the graph…"));
    m_canvas->setBusyText(tr("Building the graph…"));
}

void GraphView::noteGroupedByCountry()
{
    // A trade network of hundreds of companies is a hairball at fit: it opens grouped by country, and a
    // double-click on a country opens its companies. Once the user chose a level, that choice stands.
    {
        const QSignalBlocker block(m_byCountry);
        m_byCountry->setChecked(true);
    }
    m_groupNote = tr("Grouped by country: more than %n companies. Double-click a country to open it.", nullptr,
                     static_cast<int>(kGroupAbove));
    setStatus(m_groupNote);
}

void GraphView::focusCompanies(const QStringList &extIds)
{
    if (m_kind != Kind::Trade || !m_byCountry || extIds.isEmpty())
        return;
    const bool everyCompany = m_levelChosen && !m_byCountry->isChecked() && m_parties.isEmpty();
    const bool already = !m_byCountry->isChecked() && m_parties == extIds;
    if (everyCompany || already)
        return;
    m_levelChosen = true;
    m_parties = extIds;
    {
        const QSignalBlocker block(m_byCountry);
        m_byCountry->setChecked(false);
    }
    reload();
}

void GraphView::showCompanies()
{
    if (m_kind != Kind::Trade || !m_byCountry)
        return;
    m_levelChosen = true;
    if (!m_byCountry->isChecked() && m_parties.isEmpty())
        return;
    m_parties.clear();
    {
        const QSignalBlocker block(m_byCountry);
        m_byCountry->setChecked(false);
    }
    reload();
}

void GraphView::nodeActivated(qint64 id)
{
    const graph::GraphSnapshot &snapshot = m_canvas->snapshot();
    const std::uint32_t v = snapshot.indexOf(id);
    if (m_kind == Kind::Trade && m_byCountry && m_byCountry->isChecked() && v < snapshot.nodeCount() &&
        snapshot.nodes[v].kind == graph::NodeKind::Country) {
        // Zooming into a country: its companies and their trade partners.
        m_levelChosen = true;
        {
            const QSignalBlocker block(m_byCountry);
            m_byCountry->setChecked(false);
        }
        m_countries->setText(QString::fromStdString(snapshot.nodes[v].key));
        m_parties.clear();
        reload();
        return;
    }
    Q_EMIT entityActivated(id);
}

void GraphView::applyBuilt()
{
    if (m_focusId == 0) {
        // A network of thousands of small components is dust at fit: the largest ones that the canvas can show
        // legibly, and a line saying what is left out (All components shows the rest).
        const std::optional<LargestComponents> largest =
            m_kind == Kind::Ownership && !(m_allComponents && m_allComponents->isChecked())
                ? largestComponents(m_whole, fitBudget())
                : std::nullopt;
        if (!largest) {
            setTrimmed(QString());
            applySnapshot(m_whole);
            return;
        }
        const QLocale locale;
        const std::uint32_t shownNodes = largest->snapshot.nodeCount();
        setTrimmed(tr("The %n largest components (%1 of %2 entities); %3 more components, %4 entities: All "
                      "components shows them.",
                      nullptr, static_cast<int>(largest->shown))
                       .arg(locale.toString(shownNodes), locale.toString(m_whole.nodeCount()),
                            locale.toString(static_cast<qulonglong>(largest->components - largest->shown)),
                            locale.toString(m_whole.nodeCount() - shownNodes)));
        // Laid out afresh, in the canvas's shape; the places are not kept (the whole network's are).
        std::unordered_map<std::int64_t, QPointF> known = std::move(m_known);
        m_known.clear();
        applySnapshot(largest->snapshot);
        m_known = std::move(known);
        return;
    }
    graph::GraphSnapshot lineage = lineageSnapshot(m_whole, m_focusId);
    if (lineage.nodeCount() == 0) {
        setStatus(tr("This entity has no owners or holdings in the network at this date."));
        showWholeNetwork();
        return;
    }
    const std::int64_t focus = m_focusId;
    applySnapshot(std::move(lineage));
    if (const std::uint32_t v = m_canvas->snapshot().indexOf(focus); v < m_canvas->nodeCount())
        m_canvas->selectNodes({v});
    updateCounts();
    setStatus(QString::fromStdString(m_canvas->snapshot().title));
}

bool GraphView::showOwnershipOf(qint64 entityId)
{
    if (m_focusId == 0) {
        rememberPositions();
        m_wholeKnown = std::move(m_known);
    }
    m_known.clear(); // a fresh hierarchy for the focused view
    m_focusId = entityId;
    if (m_wholeNetwork)
        m_wholeNetwork->setEnabled(true);
    if (!m_built || m_stale) {
        reload();
        return true;
    }
    if (m_whole.indexOf(entityId) >= m_whole.nodeCount()) {
        showWholeNetwork();
        setStatus(tr("This entity has no owners or holdings in the network at this date."));
        return false;
    }
    applyBuilt();
    return true;
}

void GraphView::showWholeNetwork()
{
    if (m_focusId == 0)
        return;
    m_focusId = 0;
    m_known = std::move(m_wholeKnown);
    m_wholeKnown.clear();
    if (m_wholeNetwork)
        m_wholeNetwork->setEnabled(false);
    if (m_built)
        applyBuilt();
    else
        reload();
}

void GraphView::applySnapshot(graph::GraphSnapshot snapshot)
{
    const QList<qint64> selected = m_canvas->selectedEntityIds();
    const std::uint32_t n = snapshot.nodeCount();
    std::vector<QPointF> positions(n);
    std::vector<char> known(n, 0);
    std::uint32_t knownCount = 0;
    for (std::uint32_t v = 0; v < n; ++v) {
        const auto it = m_known.find(snapshot.nodes[v].id);
        if (it != m_known.end()) {
            positions[v] = it->second;
            known[v] = 1;
            ++knownCount;
        }
    }
    // New nodes start next to a neighbour that has a place, or on a spiral around the known ones.
    for (const graph::GraphEdge &e : snapshot.edges)
        for (const auto &[v, w] : {std::pair(e.from, e.to), std::pair(e.to, e.from)})
            if (!known[v] && known[w]) {
                const double a = 2.399963229728653 * static_cast<double>(v);
                positions[v] = positions[w] + QPointF(std::cos(a), std::sin(a)) * kSpacing;
                known[v] = 2;
            }
    std::uint32_t spiral = 0;
    for (std::uint32_t v = 0; v < n; ++v)
        if (!known[v]) {
            const double r = kSpacing * std::sqrt(static_cast<double>(spiral) + 1.0);
            const double a = 2.399963229728653 * static_cast<double>(spiral++);
            positions[v] = QPointF(r * std::cos(a), r * std::sin(a));
        }
    m_canvas->setSnapshot(std::move(snapshot), knownCount > 0 ? std::move(positions) : std::vector<QPointF>{});
    std::vector<std::uint32_t> reselect;
    for (const qint64 id : selected)
        if (const std::uint32_t v = m_canvas->snapshot().indexOf(id); v < m_canvas->nodeCount())
            reselect.push_back(v);
    m_canvas->selectNodes(reselect);
    if (static_cast<SizeMode>(m_sizeChoice->currentData().toInt()) == SizeMode::Betweenness)
        computeBetweenness();
    else
        m_canvas->setSizeMode(static_cast<SizeMode>(m_sizeChoice->currentData().toInt()));
    updateCounts();
    setStatus(QString::fromStdString(m_canvas->snapshot().title));
    if (n == 0)
        return;
    if (knownCount == 0) {
        // Packed per component, a layered drawing is linear in the network: whole networks of any size read at fit.
        const bool layered = m_kind == Kind::Ownership;
        runLayout(layered ? LayoutKind::Hierarchy : LayoutKind::Force);
    } else if (knownCount < n) {
        m_fitAfterLayout = false;
        runLayout(LayoutKind::ForceRefine);
    }
}

void GraphView::runLayout(LayoutKind kind)
{
    const std::uint32_t n = m_canvas->nodeCount();
    if (n == 0)
        return;
    // One layout at a time: the one running stops where it got to and ends now (a task counts as running until its
    // end is delivered; the new layout's status and positions replace whatever that end would have brought).
    for (Task *task : TaskTracker::instance().running(this, TaskKind::Layout))
        task->abandon();
    LayoutRequest request;
    request.kind = kind;
    request.vertexCount = n;
    request.edges = graph::edgePairs(m_canvas->snapshot());
    request.spacing = kSpacing;
    if (m_byCountry && m_byCountry->isChecked())
        request.spacing = kSpacing * 4; // few, large country discs: keep them apart
    // Packed components fill the canvas beside the legend, not a square.
    const double besideLegend = m_canvas->width() - m_canvas->legendRect().right();
    if (m_canvas->height() > 50 && besideLegend > 50)
        request.aspect = std::clamp(besideLegend / m_canvas->height(), 0.5, 4.0);
    if (kind == LayoutKind::ForceRefine) {
        request.initial = toPoints(m_canvas->positions());
        request.pinned = m_canvas->pinned();
    }
    if (kind == LayoutKind::Radial) {
        const auto chosen = m_canvas->selection();
        if (!chosen.empty())
            request.focus = chosen.front();
        else {
            std::vector<std::size_t> degree(n, 0);
            for (const auto &[a, b] : request.edges) {
                ++degree[a];
                ++degree[b];
            }
            request.focus = static_cast<std::uint32_t>(std::max_element(degree.begin(), degree.end()) - degree.begin());
        }
    }
    m_fitAfterLayout = kind != LayoutKind::ForceRefine;
    {
        const QSignalBlocker block(m_layoutChoice);
        m_layoutChoice->setCurrentIndex(m_layoutChoice->findData(static_cast<int>(kind)));
    }
    auto channel = std::make_shared<LayoutChannel>();
    m_channel = channel;
    m_poll->start();
    startTask(runTask<QString>(
        this, TaskKind::Layout, tr("Layout of %1 nodes").arg(QLocale().toString(n)),
        [request, channel](Progress &progress) { return caravan::runLayout(request, *channel, progress); },
        [this, channel](TaskResult<QString> laid) {
            if (m_channel == channel) {
                pollLayout();
                m_poll->stop();
                m_channel.reset();
                if (m_fitAfterLayout)
                    m_canvas->fitToView();
                rememberPositions();
                savePositions();
            }
            setStatus(laid.isDone() ? laid.value() : laid.error().message);
            taskDone();
        }));
}

void GraphView::pollLayout()
{
    std::vector<graph::Point> points;
    if (!m_channel || !m_channel->take(points) || points.size() != m_canvas->nodeCount())
        return;
    m_canvas->setPositions(toQPoints(points));
    if (m_fitAfterLayout)
        m_canvas->fitToView();
}

void GraphView::positionsChangedByHand()
{
    rememberPositions();
    savePositions();
}

void GraphView::rememberPositions()
{
    if (!m_trimNote.isEmpty()) // the largest components alone: their places are not the whole network's
        return;
    const auto &nodes = m_canvas->snapshot().nodes;
    const auto &positions = m_canvas->positions();
    for (std::size_t v = 0; v < nodes.size(); ++v)
        m_known[nodes[v].id] = positions[v];
}

QString GraphView::settingKey() const
{
    const bool countries = m_byCountry && m_byCountry->isChecked();
    return m_kind == Kind::Ownership ? QStringLiteral("graph/ownership/positions")
           : countries               ? QStringLiteral("graph/trade-countries/positions")
                                     : QStringLiteral("graph/trade/positions");
}

void GraphView::savePositions()
{
    if (!m_document || m_document->file().isReadOnly() || m_focusId != 0) // a focused view's places are transient
        return;
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out << static_cast<quint32>(m_known.size());
    for (const auto &[id, p] : m_known)
        out << static_cast<qint64>(id) << p.x() << p.y();
    (void)m_document->file().setSetting(settingKey(), QString::fromLatin1(qCompress(bytes).toBase64()));
}

void GraphView::loadPositions()
{
    const QString text = m_document->file().setting(settingKey());
    if (text.isEmpty())
        return;
    QByteArray bytes = qUncompress(QByteArray::fromBase64(text.toLatin1()));
    QDataStream in(&bytes, QIODevice::ReadOnly);
    quint32 count = 0;
    in >> count;
    for (quint32 i = 0; i < count && in.status() == QDataStream::Ok; ++i) {
        qint64 id = 0;
        double x = 0, y = 0;
        in >> id >> x >> y;
        if (in.status() == QDataStream::Ok && std::isfinite(x) && std::isfinite(y))
            m_known[id] = QPointF(x, y);
    }
}

void GraphView::computeBetweenness()
{
    const std::uint32_t n = m_canvas->nodeCount();
    if (n == 0)
        return;
    const graph::EdgeList edges = graph::edgePairs(m_canvas->snapshot());
    const std::uint32_t sources = n > kExactBetweenness ? kSampledSources : 0;
    startTask(runTask<graph::Betweenness>(
        this, TaskKind::Betweenness, tr("Betweenness of %1 nodes").arg(QLocale().toString(n)),
        [n, edges, sources](Progress &progress) -> Result<graph::Betweenness> {
            graph::Betweenness scores = graph::betweenness(
                graph::Adjacency(n, edges, graph::Direction::Undirected), graph::BetweennessOptions{sources, 1},
                [&](std::uint64_t done, std::uint64_t total) {
                    progress.setProgress(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
                    return !progress.isCancelled();
                });
            if (scores.cancelled)
                return makeError(ErrorCode::Cancelled, QStringLiteral("betweenness stopped"));
            return scores;
        },
        [this, n](TaskResult<graph::Betweenness> scores) {
            if (scores.isDone() && scores.value().scores.size() == m_canvas->nodeCount()) {
                m_canvas->setSizeMode(SizeMode::Betweenness, scores.value().scores);
                m_canvas->setNote(scores.value().approximate
                                      ? tr("Size: betweenness, approximate (%1 of %2 sources sampled)")
                                            .arg(scores.value().sourcesUsed)
                                            .arg(QLocale().toString(n))
                                      : tr("Size: betweenness (exact)"));
            } else if (!scores.isDone()) {
                setStatus(scores.error().message);
            }
            taskDone();
        }));
}

void GraphView::setHops(int hops)
{
    m_hops->setValue(hops);
}

void GraphView::findPath(bool allPaths)
{
    const auto chosen = m_canvas->selection();
    if (chosen.size() != 2) {
        setStatus(tr("Select exactly two entities (Ctrl+click) to find the paths between them."));
        return;
    }
    const graph::Adjacency adjacency = graph::Adjacency::of(m_canvas->snapshot(), graph::Direction::Undirected);
    const auto &nodes = m_canvas->snapshot().nodes;
    const QString a = QString::fromStdString(nodes[chosen[0]].label);
    const QString b = QString::fromStdString(nodes[chosen[1]].label);
    std::vector<graph::Path> found;
    bool truncated = false;
    if (allPaths)
        found = graph::allSimplePaths(adjacency, chosen[0], chosen[1], m_hops->value(), 500, &truncated);
    else if (graph::Path p = graph::shortestPath(adjacency, chosen[0], chosen[1]); !p.empty())
        found.push_back(std::move(p));
    m_canvas->highlightPaths(found);
    if (found.empty())
        setStatus(allPaths ? tr("No path of at most %1 links between %2 and %3").arg(m_hops->value()).arg(a, b)
                           : tr("%1 and %2 are not connected in this graph").arg(a, b));
    else if (allPaths)
        setStatus(tr("%n path(s) of at most %1 links between %2 and %3", nullptr, static_cast<int>(found.size()))
                      .arg(m_hops->value())
                      .arg(a, b) +
                  (truncated ? tr(" (first 500 shown)") : QString()));
    else {
        QStringList names;
        for (const std::uint32_t v : found.front())
            names << QString::fromStdString(nodes[v].label);
        setStatus(tr("Shortest path, %n link(s): ", nullptr, static_cast<int>(found.front().size() - 1)) +
                  names.join(QStringLiteral(" → ")));
    }
}

void GraphView::highlightNeighbourhood()
{
    const auto chosen = m_canvas->selection();
    if (chosen.empty()) {
        setStatus(tr("Select one or more entities first."));
        return;
    }
    const graph::Adjacency adjacency = graph::Adjacency::of(m_canvas->snapshot(), graph::Direction::Undirected);
    const auto around = graph::neighbourhood(adjacency, chosen, m_hops->value());
    m_canvas->highlightNodes(around);
    setStatus(tr("%1 entities within %2 hops of the selection")
                  .arg(QLocale().toString(static_cast<qulonglong>(around.size())))
                  .arg(m_hops->value()));
}

bool GraphView::searchAndSelect(const QString &text)
{
    const QString needle = text.trimmed();
    if (needle.isEmpty())
        return false;
    const auto &nodes = m_canvas->snapshot().nodes;
    std::int64_t best = -1;
    for (std::uint32_t v = 0; v < nodes.size(); ++v) {
        const QString label = QString::fromStdString(nodes[v].label);
        if (label.compare(needle, Qt::CaseInsensitive) == 0) {
            best = v;
            break;
        }
        if (best < 0 && label.contains(needle, Qt::CaseInsensitive))
            best = v;
    }
    if (best < 0) {
        // Not among the largest components shown at fit: its own ownership view.
        if (m_trimNote.isEmpty() || m_focusId != 0)
            return false;
        for (const graph::GraphNode &node : m_whole.nodes)
            if (QString::fromStdString(node.label).contains(needle, Qt::CaseInsensitive))
                return showOwnershipOf(node.id);
        return false;
    }
    const auto v = static_cast<std::uint32_t>(best);
    if (m_canvas->state().hidden[v])
        m_canvas->focusOn(v); // a hidden entity starts a new exploration from itself
    else
        m_canvas->selectNodes({v});
    m_canvas->centreOn(v);
    return true;
}

void GraphView::exploreFromSelection()
{
    const auto chosen = m_canvas->selection();
    if (chosen.empty()) {
        setStatus(tr("Select an entity to explore from (search for it, or click it)."));
        return;
    }
    m_canvas->focusOn(chosen.front());
    m_canvas->showNodes(chosen); // focusOn keeps one node: bring back the rest of the selection
    m_canvas->selectNodes(chosen);
    setStatus(tr("Press Space to show the neighbours of the selection, again for the next ring."));
}

bool GraphView::exportTo(const QString &path, QString *error)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (suffix == QLatin1String("png"))
        return m_canvas->exportPng(path) || fail(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
    if (suffix == QLatin1String("svg"))
        return m_canvas->exportSvg(path) || fail(tr("Cannot write %1").arg(QDir::toNativeSeparators(path)));
    if (suffix != QLatin1String("graphml") && suffix != QLatin1String("gexf"))
        return fail(tr("Choose a file ending in .png, .svg, .graphml or .gexf"));
    // The graph as shown: visible nodes, the edges between them, their positions.
    const CanvasState &state = m_canvas->state();
    graph::GraphSnapshot visible;
    visible.title = state.snapshot.title;
    std::vector<graph::Point> positions;
    for (std::uint32_t v = 0; v < state.nodeCount(); ++v)
        if (!state.hidden[v]) {
            visible.addNode(state.snapshot.nodes[v]);
            positions.push_back({state.positions[v].x(), state.positions[v].y()});
        }
    for (const graph::GraphEdge &e : state.snapshot.edges)
        if (!state.hidden[e.from] && !state.hidden[e.to]) {
            graph::GraphEdge copy = e;
            copy.from = visible.indexOf(state.snapshot.nodes[e.from].id);
            copy.to = visible.indexOf(state.snapshot.nodes[e.to].id);
            visible.edges.push_back(std::move(copy));
        }
    std::ostringstream out;
    if (suffix == QLatin1String("graphml"))
        graph::writeGraphML(out, visible, positions);
    else
        graph::writeGexf(out, visible, positions);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const std::string text = out.str();
    if (file.write(text.data(), static_cast<qint64>(text.size())) != static_cast<qint64>(text.size()))
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

void GraphView::chooseExport()
{
    const QString base = m_kind == Kind::Ownership ? QStringLiteral("ownership") : QStringLiteral("trade");
    const QString path = Dialogs::instance().saveFile(
        this, tr("Export graph"), QDir::home().filePath(base + QStringLiteral(".png")),
        tr("PNG image (*.png);;SVG drawing (*.svg);;GraphML for yEd and Gephi (*.graphml);;GEXF for Gephi (*.gexf)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!exportTo(path, &error))
        Dialogs::instance().showError(this, tr("Cannot export"), error);
    else
        setStatus(tr("Saved %1").arg(QDir::toNativeSeparators(path)));
}

void GraphView::setStatus(const QString &text)
{
    // While the view is grouped by country on its own account, the reason leads every status line.
    const bool grouped = !m_groupNote.isEmpty() && !m_levelChosen && m_byCountry && m_byCountry->isChecked();
    const QString note = grouped                ? m_groupNote
                         : !m_parties.isEmpty() ? tr("%n companies and their trade partners only: By country shows "
                                                     "the whole network.",
                                                     nullptr, static_cast<int>(m_parties.size()))
                         : m_focusId == 0       ? m_trimNote
                                                : QString();
    m_status->setText(!note.isEmpty() && text != note ? note + QStringLiteral("  ") + text : text);
    m_status->setToolTip(m_status->text());
}

QString GraphView::statusText() const
{
    return m_status->text();
}

std::uint32_t GraphView::fitBudget() const
{
    // About one node per 45 x 45 pixels of the canvas beside the legend, so that the layered drawings keep some
    // labels at fit; a canvas not laid out yet counts as a small window's.
    const double width = std::max(m_canvas->width() - m_canvas->legendRect().right(), 400.0);
    const double height = std::max(m_canvas->height(), 250);
    return static_cast<std::uint32_t>(std::clamp(width * height / 2000.0, 60.0, 2000.0));
}

void GraphView::setTrimmed(const QString &note)
{
    m_trimNote = note;
    if (m_allComponents)
        m_allComponents->setEnabled(!note.isEmpty() || m_allComponents->isChecked());
}

void GraphView::updateCounts()
{
    const QLocale locale;
    const std::uint32_t n = m_canvas->nodeCount();
    const std::uint32_t visible = m_canvas->visibleCount();
    const std::size_t selected = m_canvas->selection().size();
    QString text =
        tr("%1 nodes · %2 edges")
            .arg(locale.toString(n), locale.toString(static_cast<qulonglong>(m_canvas->snapshot().edges.size())));
    if (visible != n)
        text += tr(" · %1 shown").arg(locale.toString(visible));
    if (selected > 0)
        text += tr(" · %1 selected").arg(locale.toString(static_cast<qulonglong>(selected)));
    m_counts->setText(text);
}

} // namespace caravan
