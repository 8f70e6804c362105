#include "ui/charts/ChartPanel.h"

#include "models/analysis/Chpl.h"
#include "models/storage/CaseFile.h"
#include "ui/charts/ChartPlot.h"
#include "ui/dialogs/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caravan {

namespace {

struct GroupChoice {
    SeriesGroup group;
    int hsDigits;
};
const GroupChoice kGroups[] = {{SeriesGroup::Total, 0},    {SeriesGroup::HsPrefix, 4},    {SeriesGroup::HsPrefix, 6},
                               {SeriesGroup::ChplTier, 0}, {SeriesGroup::CountryPair, 0}, {SeriesGroup::Entity, 0}};

} // namespace

ChartPanel::ChartPanel(QWidget *parent)
    : QWidget(parent), m_kind(new QComboBox(this)), m_group(new QComboBox(this)), m_measure(new QComboBox(this)),
      m_tier(new QComboBox(this)), m_flow(new QComboBox(this)), m_hs(new QLineEdit(this)), m_from(new QLineEdit(this)),
      m_to(new QLineEdit(this)), m_entity(new QLineEdit(this)),
      m_leaveOutOutliers(new QCheckBox(tr("Leave out outliers"), this)),
      m_logScale(new QCheckBox(tr("Log scale"), this)), m_show(new QPushButton(tr("Show"), this)),
      m_export(new QPushButton(tr("Export…"), this)), m_plot(new ChartPlot(this)), m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("ChartPanel"));
    // In the order of ChartRequest::Kind.
    m_kind->addItems({tr("Shipments by month"), tr("Trade statistics"), tr("Mirror statistics"),
                      tr("Top counterparties"), tr("Entity timeline")});
    m_group->addItems({tr("All together"), tr("By HS heading (4 digits)"), tr("By HS-6 code"), tr("By CHPL tier"),
                       tr("By country pair"), tr("By entity")});
    m_group->setCurrentIndex(3);
    m_measure->addItems({tr("Value"), tr("Quantity")});
    m_tier->addItem(tr("Any goods"));
    for (const QString &tier : chpl::tiers())
        m_tier->addItem(tr("CHPL tier %1").arg(tier), tier);
    m_flow->addItem(tr("Any flow"));
    for (const char *flow : {"export", "import", "re-export", "re-import"})
        m_flow->addItem(QString::fromLatin1(flow), QString::fromLatin1(flow));
    m_hs->setPlaceholderText(tr("HS prefix"));
    m_hs->setMaximumWidth(90);
    m_from->setMaximumWidth(110);
    m_to->setMaximumWidth(110);
    m_entity->setPlaceholderText(tr("Entity id"));
    m_entity->setMaximumWidth(160);
    m_kind->setAccessibleName(tr("Chart"));
    m_group->setAccessibleName(tr("Split"));
    m_measure->setAccessibleName(tr("Measure"));
    m_leaveOutOutliers->setObjectName(QStringLiteral("leaveOutOutliers"));
    m_logScale->setObjectName(QStringLiteral("logScale"));
    m_leaveOutOutliers->setToolTip(
        tr("Leave out shipments whose unit value is over 20 times, or under 1/20 of, the median of their HS-6 code"));
    m_logScale->setToolTip(tr("A logarithmic value axis: small and large months side by side"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("color: palette(mid);"));
    m_plot->setToolTip(tr("Drag to pan, wheel to zoom, double-click to see everything again"));

    // Two rows, so that the panel fits a 1366-pixel screen beside the docks in every language.
    auto *what = new QHBoxLayout;
    what->addWidget(m_kind);
    what->addWidget(m_group);
    what->addWidget(m_measure);
    what->addWidget(m_tier);
    what->addWidget(m_flow);
    what->addStretch(1);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_hs);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_entity);
    filters->addWidget(m_leaveOutOutliers);
    filters->addWidget(m_logScale);
    filters->addStretch(1);
    filters->addWidget(m_show);
    filters->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(what);
    layout->addLayout(filters);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_note);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        updateControls();
        refresh();
    });
    for (QComboBox *box : {m_group, m_measure, m_tier, m_flow})
        connect(box, &QComboBox::currentIndexChanged, this, &ChartPanel::refresh);
    for (QLineEdit *edit : {m_hs, m_from, m_to, m_entity})
        connect(edit, &QLineEdit::returnPressed, this, &ChartPanel::refresh);
    connect(m_leaveOutOutliers, &QCheckBox::toggled, this, &ChartPanel::refresh);
    connect(m_logScale, &QCheckBox::toggled, this, [this] {
        m_scaleChosen = true; // from now on the scale is the user's, not chosen by the figures
        m_autoLog = false;
        refresh();
    });
    connect(m_show, &QPushButton::clicked, this, &ChartPanel::refresh);
    connect(m_export, &QPushButton::clicked, this, &ChartPanel::chooseExport);
    connect(&m_watcher, &QFutureWatcher<Result<ChartData>>::finished, this, &ChartPanel::computed);
    updateControls();
    setCase(nullptr);
}

ChartPanel::~ChartPanel()
{
    m_watcher.waitForFinished();
}

void ChartPanel::updateControls()
{
    using Kind = ChartRequest::Kind;
    const auto kind = static_cast<Kind>(m_kind->currentIndex());
    const bool shipments = kind == Kind::ShipmentsByMonth;
    const bool stats = kind == Kind::TradeStatistics || kind == Kind::Mirror;
    const bool entity = kind == Kind::Counterparties || kind == Kind::Timeline;
    m_group->setVisible(shipments);
    m_measure->setVisible(shipments || stats);
    m_tier->setVisible(shipments);
    m_flow->setVisible(kind == Kind::TradeStatistics);
    m_hs->setVisible(shipments || stats);
    m_from->setVisible(shipments || stats);
    m_to->setVisible(shipments || stats);
    m_entity->setVisible(shipments || entity);
    m_leaveOutOutliers->setVisible(shipments);
    m_logScale->setVisible(kind != Kind::Counterparties);
    m_from->setPlaceholderText(stats ? tr("Reporter (origin)") : tr("Origin country"));
    m_to->setPlaceholderText(stats ? tr("Partner (destination)") : tr("Destination country"));
}

void ChartPanel::setCase(const CaseFile *file)
{
    m_file = file;
    m_show->setEnabled(file != nullptr);
    m_export->setEnabled(file != nullptr);
    if (!file) {
        m_plot->setChart(ChartData());
        m_note->setText(tr("Open a case to chart its shipments and trade statistics."));
        return;
    }
    refresh();
}

ChartRequest ChartPanel::request() const
{
    ChartRequest r;
    r.kind = static_cast<ChartRequest::Kind>(m_kind->currentIndex());
    const GroupChoice &g = kGroups[std::clamp(m_group->currentIndex(), 0, static_cast<int>(std::size(kGroups)) - 1)];
    const TradeMeasure measure = m_measure->currentIndex() == 1 ? TradeMeasure::Quantity : TradeMeasure::Value;
    r.shipments.group = g.group;
    r.shipments.hsDigits = g.hsDigits;
    r.shipments.measure = measure;
    r.shipments.filter.hsPrefix = m_hs->text().trimmed().remove(u'.');
    r.shipments.filter.chplTier = m_tier->currentData().toString();
    r.shipments.filter.origin = m_from->text().trimmed().toUpper();
    r.shipments.filter.destination = m_to->text().trimmed().toUpper();
    r.shipments.filter.entity = m_entity->text().trimmed();
    r.stats.reporter = m_from->text().trimmed();
    r.stats.partner = m_to->text().trimmed();
    r.stats.flow = m_flow->currentData().toString();
    r.stats.hsPrefix = r.shipments.filter.hsPrefix;
    r.stats.measure = measure;
    r.entity = m_entity->text().trimmed();
    r.limit = r.kind == ChartRequest::Kind::Timeline ? 5000 : 15;
    r.leaveOutOutliers = m_leaveOutOutliers->isChecked();
    r.logScale = m_logScale->isChecked() && !m_autoLog; // a box ticked by the figures is no request
    r.autoScale = !m_scaleChosen;
    return r;
}

void ChartPanel::setRequest(const ChartRequest &r)
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_kind),    QSignalBlocker(m_group),
                                       QSignalBlocker(m_measure), QSignalBlocker(m_tier),
                                       QSignalBlocker(m_flow),    QSignalBlocker(m_leaveOutOutliers),
                                       QSignalBlocker(m_logScale)};
    m_leaveOutOutliers->setChecked(r.leaveOutOutliers);
    m_logScale->setChecked(r.logScale);
    m_scaleChosen = !r.autoScale;
    m_autoLog = false;
    m_kind->setCurrentIndex(static_cast<int>(r.kind));
    for (int i = 0; i < static_cast<int>(std::size(kGroups)); ++i)
        if (kGroups[i].group == r.shipments.group &&
            (r.shipments.group != SeriesGroup::HsPrefix || kGroups[i].hsDigits == r.shipments.hsDigits))
            m_group->setCurrentIndex(i);
    const bool stats = r.kind == ChartRequest::Kind::TradeStatistics || r.kind == ChartRequest::Kind::Mirror;
    const TradeMeasure measure = stats ? r.stats.measure : r.shipments.measure;
    m_measure->setCurrentIndex(measure == TradeMeasure::Quantity ? 1 : 0);
    m_tier->setCurrentIndex(std::max(0, m_tier->findData(r.shipments.filter.chplTier)));
    m_flow->setCurrentIndex(std::max(0, m_flow->findData(r.stats.flow)));
    m_hs->setText(stats ? r.stats.hsPrefix : r.shipments.filter.hsPrefix);
    m_from->setText(stats ? r.stats.reporter : r.shipments.filter.origin);
    m_to->setText(stats ? r.stats.partner : r.shipments.filter.destination);
    m_entity->setText(r.entity.isEmpty() ? r.shipments.filter.entity : r.entity);
    updateControls();
    refresh();
}

void ChartPanel::showEntity(const QString &extId)
{
    ChartRequest r = request();
    r.kind = ChartRequest::Kind::Counterparties;
    r.entity = extId;
    setRequest(r);
}

void ChartPanel::refresh()
{
    if (!m_file)
        return;
    if (m_watcher.isRunning()) {
        m_pending = true; // computed() starts again with the newest choice
        return;
    }
    m_pending = false;
    m_computing = true;
    m_note->setText(tr("Computing…"));
    const QString path = m_file->path();
    const ChartRequest r = request();
    m_watcher.setFuture(QtConcurrent::run([path, r]() -> Result<ChartData> {
        // One connection per thread: the chart reads on its own, read-only.
        auto connection = Connection::open(path, Connection::Mode::ReadOnly);
        if (!connection)
            return connection.error();
        NullProgress progress;
        return buildChart((*connection)->handle(), r, progress);
    }));
}

void ChartPanel::computed()
{
    if (m_pending) {
        refresh();
        return;
    }
    m_computing = false;
    const Result<ChartData> result = m_watcher.result();
    if (!result) {
        m_plot->setChart(ChartData());
        m_note->setText(result.error().message);
        Q_EMIT chartFailed(result.error().message);
        return;
    }
    m_plot->setChart(result.value());
    m_note->setText(result.value().note);
    if (!m_scaleChosen) {
        // One month or series towering over the rest: the figures chose a log scale, and the box shows it.
        const QSignalBlocker block(m_logScale);
        m_logScale->setChecked(result.value().logScale);
        m_autoLog = true;
    }
    Q_EMIT chartReady();
}

bool ChartPanel::exportTo(const QString &path) const
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"svg")
        return m_plot->saveSvg(path);
    if (suffix == u"pdf")
        return m_plot->savePdf(path);
    return m_plot->savePng(path);
}

void ChartPanel::chooseExport()
{
    QString path = Dialogs::instance().saveFile(this, tr("Export chart"),
                                                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
                                                tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".png");
    if (!exportTo(path))
        Dialogs::instance().showError(this, tr("Export chart"),
                                      tr("Could not write %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace caravan
