#include "ui/map/MapView.h"

#include "models/analysis/ChainDetector.h"
#include "models/analysis/GraphBuilder.h"
#include "models/editing/CaseDocument.h"
#include "models/geo/MapGeometry.h"
#include "models/geo/WorldShapes.h"
#include "models/tasks/RunTask.h"
#include "ui/graph/TimeFilterSlider.h"
#include "ui/graph/TradeFilterWidgets.h"
#include "ui/map/MapCanvas.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolBar>
#include <QVBoxLayout>

#include <optional>

namespace caravan {

namespace {

constexpr int kFlowsDrawn = 80;

} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent), m_canvas(new MapCanvas(this)), m_time(new TimeFilterSlider(TimeFilterSlider::Mode::Range, this)),
      m_hs(TradeFilterWidgets::hsField(this)), m_tier(TradeFilterWidgets::chplTierChoice(this)),
      m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("mapTab"));
    auto *bar = new QToolBar(this);
    m_hs->setObjectName(QStringLiteral("mapHsFilter"));
    m_tier->setObjectName(QStringLiteral("mapTierFilter"));
    bar->addWidget(TradeFilterWidgets::goodsLabel(this));
    bar->addWidget(m_hs);
    bar->addWidget(m_tier);
    bar->addSeparator();
    QAction *fit = bar->addAction(tr("Fit"), m_canvas, &MapCanvas::fit);
    fit->setToolTip(tr("Show the whole route, or the whole world when no chain is selected (double-click the map)"));
    QAction *world = bar->addAction(tr("World"), m_canvas, &MapCanvas::fitWorld);
    world->setToolTip(tr("Show the whole world"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    auto *statusRow = new QHBoxLayout;
    statusRow->setContentsMargins(6, 0, 6, 2);
    statusRow->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(bar);
    layout->addWidget(m_canvas, 1);
    layout->addWidget(m_time);
    layout->addLayout(statusRow);

    connect(m_time, &TimeFilterSlider::changed, this, &MapView::reload);
    connect(m_hs, &QLineEdit::editingFinished, this, &MapView::reload);
    connect(m_tier, &QComboBox::currentIndexChanged, this, &MapView::reload);
    updateScene();
}

MapView::~MapView()
{
    stopWork();
}

void MapView::setDocument(CaseDocument *document)
{
    stopWork();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_trade = {};
    m_legs.clear();
    m_route.clear();
    m_stale = true;
    updateScene();
    if (!m_document)
        return;
    connect(m_document, &CaseDocument::contentChanged, this, [this] {
        m_stale = true;
        if (isVisible())
            reload();
    });
    const CaseDateSpan span = GraphBuilder(m_document->file().handle()).dateSpan();
    m_time->setSpan(span.first, span.last);
    if (isVisible())
        reload();
}

void MapView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_document)
        reload();
}

void MapView::stopWork()
{
    if (!m_task)
        return;
    m_task->abandon();
    m_task = nullptr;
}

void MapView::reload()
{
    if (!m_document)
        return;
    stopWork();
    m_stale = false;
    TradeGraphOptions options;
    options.from = m_time->from();
    options.to = m_time->to();
    options.hsPrefix = m_hs->text().trimmed();
    options.chplTier = m_tier->currentData().toString();
    options.countryLevel = true;
    const CaseFile *file = &m_document->file();
    m_task = runTask<graph::GraphSnapshot>(
        this, TaskKind::BuildMap, tr("Building the trade map"),
        [file, options](Progress &progress) -> Result<graph::GraphSnapshot> {
            auto connection = file->openWorkerConnection();
            if (!connection)
                return connection.error();
            return GraphBuilder(connection.value()->handle()).trade(options, progress);
        },
        [this](TaskResult<graph::GraphSnapshot> built) {
            m_task.clear();
            if (built.isDone())
                applyTrade(built.value());
            else
                m_status->setText(built.error().message);
            Q_EMIT idle();
        });
    m_status->setText(tr("Building the trade map…"));
    Q_EMIT taskStarted(m_task);
}

void MapView::applyTrade(const graph::GraphSnapshot &trade)
{
    m_trade = trade;
    updateScene();
}

void MapView::setChain(const DetectedChain *chain)
{
    m_legs = chain ? caravan::routeLegs(*chain) : std::vector<RouteLeg>{};
    m_route = chain ? chain->route : QString();
    updateScene();
    m_canvas->fit();
}

void MapView::updateScene()
{
    MapScene scene;
    // The shapes are read on first use (about 20 ms), not while the window is built.
    if (!m_trade.edges.empty() || !m_legs.empty()) {
        const WorldShapes &world = WorldShapes::instance();
        scene.flows = MapGeometry::flows(m_trade, world, kFlowsDrawn);
        scene.totals = MapGeometry::totals(m_trade);
        scene.legs = MapGeometry::legs(m_legs, world);
    }
    m_canvas->setScene(std::move(scene));
    QString text;
    if (!m_document)
        text = tr("Open a case to see its trade on the map.");
    else if (m_trade.edges.empty())
        text = isBusy() ? tr("Building the trade map…") : tr("No shipments between countries match the filters.");
    else
        text = tr("%n flow(s) between countries; arc width is the declared value. The largest %1 are drawn.", nullptr,
                  static_cast<int>(m_trade.edges.size()))
                   .arg(std::min<std::size_t>(m_trade.edges.size(), kFlowsDrawn));
    if (!m_legs.empty())
        text += QLatin1Char(' ') + tr("Route of the selected chain: %1.").arg(m_route);
    else if (m_document)
        text += QLatin1Char(' ') + tr("Select a chain in the Chains dock to draw its route.");
    m_status->setText(text);
}

QString MapView::statusText() const
{
    return m_status->text();
}

} // namespace caravan
