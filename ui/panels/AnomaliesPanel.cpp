#include "ui/panels/AnomaliesPanel.h"

#include "models/itemmodels/AnomalyTableModel.h"
#include "models/storage/CaseFile.h"
#include "models/tasks/RunTask.h"
#include "ui/charts/ChartPlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace caravan {

namespace {

// The flow's goods as an HS code or prefix the other views filter by ("854231", "8542"); empty for a CHPL tier or
// a total, which name no code.
QString goodsCode(const MirrorFlow &flow)
{
    for (const QChar c : flow.hs)
        if (!c.isDigit())
            return {};
    return flow.hs;
}

enum class PartyColumn { Company, Role, Share, Verdict, Flags, Shipments, Count };

// The case on a connection of the worker thread's own (a read-only case is opened again read-only).
Result<std::unique_ptr<CaseFile>> openWorker(const CaseFile *owner, const QString &path, bool readOnly)
{
    return readOnly ? CaseFile::open(path, CaseFile::OpenMode::ReadOnly) : CaseFile::openForWorker(*owner);
}

} // namespace

AnomaliesPanel::AnomaliesPanel(QWidget *parent)
    : QWidget(parent), m_country(new QLineEdit(this)), m_hs(new QLineEdit(this)), m_from(new QLineEdit(this)),
      m_to(new QLineEdit(this)), m_level(new QComboBox(this)), m_period(new QComboBox(this)),
      m_margin(new QDoubleSpinBox(this)), m_lag(new QSpinBox(this)),
      m_flaggedOnly(new QCheckBox(tr("Flagged only"), this)), m_compute(new QPushButton(tr("Compare"), this)),
      m_cancel(new QPushButton(tr("Cancel"), this)), m_progress(new QProgressBar(this)), m_summary(new QLabel(this)),
      m_model(new AnomalyTableModel(this)), m_proxy(new QSortFilterProxyModel(this)), m_table(new QTableView(this)),
      m_plot(new ChartPlot(this)), m_explanation(new QLabel(this)), m_parties(new QTableWidget(this)),
      m_graphButton(new QPushButton(tr("Show on the trade graph"), this)),
      m_mapButton(new QPushButton(tr("Show on the map"), this)),
      m_chainsButton(new QPushButton(tr("Chains of these goods"), this))
{
    setObjectName(QStringLiteral("AnomaliesPanel"));
    m_country->setPlaceholderText(tr("KZ, DE"));
    m_country->setToolTip(tr("Only flows from or to these countries (ISO codes, comma-separated)"));
    m_country->setMaximumWidth(110);
    m_hs->setPlaceholderText(QStringLiteral("8542"));
    m_hs->setToolTip(tr("Only HS codes starting with these digits"));
    m_hs->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,10}")), m_hs));
    m_hs->setMaximumWidth(80);
    const auto *month = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("(\\d{4}-\\d{2})?")), this);
    for (QLineEdit *e : {m_from, m_to}) {
        e->setValidator(month);
        e->setMaximumWidth(90);
    }
    m_from->setPlaceholderText(QStringLiteral("2022-01"));
    m_from->setToolTip(tr("First month (YYYY-MM)"));
    m_to->setPlaceholderText(QStringLiteral("2024-12"));
    m_to->setToolTip(tr("Last month (YYYY-MM)"));
    // In the order of MirrorLevel and MirrorPeriod.
    m_level->addItems({tr("HS-6"), tr("HS-4"), tr("HS-2"), tr("CHPL tier")});
    m_period->addItems({tr("By month"), tr("By quarter"), tr("By year")});
    m_period->setCurrentIndex(2);
    // Stored in the case: a value counts when it is entered or stepped to, not at every key typed.
    const MirrorSettings defaults;
    m_margin->setObjectName(QStringLiteral("mirrorMargin"));
    m_margin->setRange(0, 100);
    m_margin->setDecimals(1);
    m_margin->setSingleStep(0.5);
    m_margin->setSuffix(QStringLiteral(" %"));
    m_margin->setValue(defaults.cifFobMargin * 100);
    m_margin->setKeyboardTracking(false);
    m_margin->setToolTip(tr("CIF/FOB margin: importers (CIF) are expected to record this much more than exporters "
                            "(FOB) report; stored in the case"));
    m_lag->setObjectName(QStringLiteral("mirrorLag"));
    m_lag->setRange(0, MirrorSettings::kMaxLagMonths);
    m_lag->setSuffix(tr(" mo."));
    m_lag->setValue(defaults.lagMonths);
    m_lag->setKeyboardTracking(false);
    m_lag->setToolTip(tr("Reporting lag: an importer may record a month's exports up to this many months later; "
                         "stored in the case"));
    m_flaggedOnly->setChecked(true);
    m_cancel->setEnabled(false);
    m_progress->setMaximumWidth(140);
    m_progress->setVisible(false);
    m_summary->setWordWrap(true);
    m_explanation->setWordWrap(true);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Country:"), this));
    filters->addWidget(m_country);
    filters->addWidget(new QLabel(tr("HS:"), this));
    filters->addWidget(m_hs);
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_to);
    filters->addWidget(m_period);
    filters->addWidget(m_level);
    filters->addWidget(m_flaggedOnly);
    filters->addWidget(m_compute);
    filters->addWidget(m_cancel);
    filters->addWidget(m_progress);
    filters->addStretch(1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(AnomalyTableModel::SortRole);
    m_table->setObjectName(QStringLiteral("anomalyTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(static_cast<int>(AnomalyTableModel::Column::Rank), Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);

    m_parties->setObjectName(QStringLiteral("anomalyParties"));
    m_parties->setColumnCount(static_cast<int>(PartyColumn::Count));
    m_parties->setHorizontalHeaderLabels(
        {tr("Company"), tr("Role"), tr("Share of the flow"), tr("Verdict"), tr("Red flags"), tr("Shipments")});
    m_parties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parties->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_parties->setSelectionMode(QAbstractItemView::SingleSelection);
    m_parties->verticalHeader()->hide();
    m_parties->horizontalHeader()->setStretchLastSection(true);
    m_parties->setWordWrap(false);
    m_parties->verticalHeader()->setDefaultSectionSize(m_parties->fontMetrics().height() + 8);
    m_parties->setToolTip(tr("Click a company to see it in the Inspector and the Verdict dock"));
    m_graphButton->setEnabled(false);
    m_mapButton->setEnabled(false);
    m_mapButton->setToolTip(tr("The Map tab, filtered to the anomaly's goods"));
    m_chainsButton->setEnabled(false);
    m_chainsButton->setToolTip(tr("The Chains dock, filtered to the chains of the anomaly's goods"));

    // The ranked table across the top; under it the chosen anomaly's chart, and beside the chart why it was flagged
    // and the companies that carry it.
    auto *companies = new QWidget(this);
    auto *companiesLayout = new QVBoxLayout(companies);
    companiesLayout->setContentsMargins(0, 0, 0, 0);
    companiesLayout->addWidget(m_explanation);
    auto *partiesHeader = new QHBoxLayout;
    partiesHeader->addWidget(new QLabel(tr("<b>The case's companies that carry this flow</b>"), this), 1);
    partiesHeader->addWidget(m_graphButton);
    partiesHeader->addWidget(m_mapButton);
    partiesHeader->addWidget(m_chainsButton);
    companiesLayout->addLayout(partiesHeader);
    companiesLayout->addWidget(m_parties, 1);
    auto *detail = new QSplitter(Qt::Horizontal, this);
    detail->addWidget(m_plot);
    detail->addWidget(companies);
    detail->setStretchFactor(0, 1);
    detail->setStretchFactor(1, 1);
    // Both halves share the width whatever their contents ask for; the chart stays readable.
    m_plot->setMinimumWidth(380);
    m_parties->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Expanding);
    m_explanation->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    companies->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    // The margin and the lag beside the summary that states them: the filter row keeps the width of a 1366-pixel
    // screen.
    auto *summaryRow = new QHBoxLayout;
    summaryRow->addWidget(m_summary, 1);
    summaryRow->addWidget(new QLabel(tr("Margin:"), this));
    summaryRow->addWidget(m_margin);
    summaryRow->addWidget(new QLabel(tr("Lag:"), this));
    summaryRow->addWidget(m_lag);
    layout->addLayout(summaryRow);
    layout->addWidget(splitter, 1);

    connect(m_compute, &QPushButton::clicked, this, &AnomaliesPanel::refresh);
    connect(m_cancel, &QPushButton::clicked, this, &AnomaliesPanel::cancel);
    for (QLineEdit *e : {m_country, m_hs, m_from, m_to})
        connect(e, &QLineEdit::returnPressed, this, &AnomaliesPanel::refresh);
    connect(m_margin, &QDoubleSpinBox::valueChanged, this, &AnomaliesPanel::storedSettingChanged);
    connect(m_lag, &QSpinBox::valueChanged, this, &AnomaliesPanel::storedSettingChanged);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { showFlow(currentFlow()); });
    connect(m_parties, &QTableWidget::cellClicked, this, [this](int row, int) {
        if (const QTableWidgetItem *item = m_parties->item(row, static_cast<int>(PartyColumn::Company)))
            Q_EMIT entityActivated(item->data(Qt::UserRole).toString());
    });
    connect(m_graphButton, &QPushButton::clicked, this, [this] {
        if (const MirrorFlow *f = currentFlow())
            Q_EMIT tradeGraphRequested(f->companies);
    });
    connect(m_mapButton, &QPushButton::clicked, this, [this] {
        if (const MirrorFlow *f = currentFlow())
            Q_EMIT mapRequested(goodsCode(*f));
    });
    connect(m_chainsButton, &QPushButton::clicked, this, [this] {
        if (const MirrorFlow *f = currentFlow())
            Q_EMIT chainsRequested(goodsCode(*f));
    });
    connect(&m_chartWatcher, &QFutureWatcherBase::finished, this, [this] {
        const Result<ChartData> chart = m_chartWatcher.result();
        const MirrorFlow *f = currentFlow();
        if (!f)
            return; // the flows were replaced (another case, another comparison) while it computed
        if (f->title() != m_chartRunning) {
            computeChart(*f); // the choice changed while it computed
            return;
        }
        if (!chart) {
            m_plot->setChart(ChartData());
            return;
        }
        ChartData c = chart.value();
        c.title = f->title();
        m_plot->setChart(c);
        Q_EMIT chartReady();
    });
    setCase(nullptr);
}

AnomaliesPanel::~AnomaliesPanel()
{
    if (m_task)
        m_task->abandon();
    m_chartWatcher.waitForFinished();
}

void AnomaliesPanel::setCase(CaseFile *file)
{
    if (m_task) {
        // The old comparison's end must not reach the new case (nor keep a new comparison from starting).
        m_task->abandon();
        m_task = nullptr;
        m_compute->setEnabled(true);
        m_cancel->setEnabled(false);
        m_progress->setVisible(false);
    }
    m_rerun = false;
    m_chartWatcher.waitForFinished();
    m_chartRunning.clear();
    m_file = file;
    // The case's margin and lag (the defaults where it holds none, or holds one unreadable).
    MirrorSettings stored;
    const Status loaded = file ? stored.loadStored(*file) : Status();
    if (!loaded)
        stored = MirrorSettings();
    {
        const QSignalBlocker blockMargin(m_margin), blockLag(m_lag);
        m_margin->setValue(stored.cifFobMargin * 100);
        m_lag->setValue(stored.lagMonths);
    }
    for (QWidget *w : std::initializer_list<QWidget *>{m_margin, m_lag})
        w->setEnabled(file != nullptr);
    m_model->setResult({});
    showFlow(nullptr);
    m_stale = file != nullptr;
    m_compute->setEnabled(file != nullptr);
    m_summary->setText(file ? tr("Mirror statistics are compared when this tab is shown.")
                            : tr("Open a case with trade statistics (Eurostat Comext, UN Comtrade) to compare what "
                                 "exporters report with what importers record."));
    if (file && isVisible())
        refresh();
}

MirrorSettings AnomaliesPanel::settings() const
{
    MirrorSettings s;
    s.hsPrefix = m_hs->text().trimmed();
    s.from = m_from->text().trimmed();
    s.to = m_to->text().trimmed();
    s.level = static_cast<MirrorLevel>(m_level->currentIndex());
    s.period = static_cast<MirrorPeriod>(m_period->currentIndex());
    s.flaggedOnly = m_flaggedOnly->isChecked();
    s.cifFobMargin = m_margin->value() / 100;
    s.lagMonths = m_lag->value();
    return s;
}

void AnomaliesPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && m_file && !m_task)
        refresh();
}

void AnomaliesPanel::refresh()
{
    if (!m_file || m_task)
        return;
    m_stale = false;
    const MirrorSettings s = settings();
    QStringList countries;
    for (const QString &c : m_country->text().split(u',', Qt::SkipEmptyParts))
        countries << c.trimmed().toUpper();
    const CaseFile *owner = m_file;
    const QString path = m_file->path();
    const bool readOnly = m_file->isReadOnly();
    m_task = runTask<MirrorResult>(
        this, TaskKind::Mirror, tr("Comparing mirror statistics"),
        [owner, path, readOnly, s, countries](Progress &progress) -> Result<MirrorResult> {
            auto worker = openWorker(owner, path, readOnly);
            if (!worker)
                return worker.error();
            auto compared = compareMirror((*worker)->handle(), s, progress);
            if (!compared)
                return compared.error();
            if (!countries.isEmpty())
                std::erase_if(compared->flows, [&](const MirrorFlow &f) {
                    return !countries.contains(f.exporter) && !countries.contains(f.importer);
                });
            if (const Status st = describeMirrorParties(**worker, *compared, progress); !st)
                return st.error();
            return compared;
        },
        [this](TaskResult<MirrorResult> compared) { finished(std::move(compared)); });
    m_compute->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_summary->setText(tr("Comparing mirror statistics…"));
    connect(m_task, &Task::progressChanged, this, [this](qint64 done, qint64 total) {
        if (total > 0) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(static_cast<int>(done * 1000 / total));
        }
    });
    connect(m_task, &Task::statusChanged, m_summary, &QLabel::setText);
    Q_EMIT taskStarted(m_task);
}

void AnomaliesPanel::storedSettingChanged()
{
    if (!m_file)
        return;
    if (!m_file->isReadOnly())
        if (const Status st = settings().saveStored(*m_file); !st)
            m_summary->setText(
                tr("The margin and the lag could not be stored in the case: %1").arg(st.error().message));
    if (m_task) {
        m_rerun = true;
        m_task->cancel();
        return;
    }
    refresh();
}

void AnomaliesPanel::finished(TaskResult<MirrorResult> compared)
{
    m_task = nullptr;
    m_compute->setEnabled(m_file != nullptr);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    if (m_rerun) {
        // The margin or the lag changed while this comparison ran: its result is stale.
        m_rerun = false;
        refresh();
        return;
    }
    if (!compared.isDone()) {
        m_summary->setText(tr("The comparison stopped: %1").arg(compared.error().message));
        Q_EMIT computationFinished(false);
        return;
    }
    MirrorResult result = compared.takeValue();
    const qsizetype flagged =
        std::count_if(result.flows.begin(), result.flows.end(), [](const MirrorFlow &f) { return !f.flags.isEmpty(); });
    QString text;
    if (result.rows == 0)
        text = tr("The case holds no trade statistics. Import Eurostat Comext or UN Comtrade files (and ECB exchange "
                  "rates) to compare what exporters report with what importers record.");
    else
        text =
            tr("%1 flows shown, %2 flagged, from %3 statistics rows in %4 (%5 rows without an exchange rate left "
               "out). Gaps allow a %6% CIF/FOB margin and a reporting lag of up to %7 month(s); surges are measured "
               "against the 2019-2021 monthly mean.")
                .arg(result.flows.size())
                .arg(flagged)
                .arg(QLocale().toString(result.rows), result.currency.isEmpty() ? tr("no currency") : result.currency)
                .arg(result.unconverted)
                .arg(QLocale().toString(m_margin->value(), 'g', 3))
                .arg(m_lag->value());
    m_summary->setText(text);
    m_model->setResult(std::move(result));
    m_table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        selectRow(0);
    else
        showFlow(nullptr);
    Q_EMIT computationFinished(true);
}

void AnomaliesPanel::cancel()
{
    if (m_task)
        m_task->cancel();
}

void AnomaliesPanel::waitForComputation()
{
    if (m_task)
        m_task->waitForFinished();
}

void AnomaliesPanel::selectRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_table->selectionModel()->setCurrentIndex(index,
                                                   QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
}

const MirrorFlow *AnomaliesPanel::currentFlow() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.isValid() ? m_model->flowAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void AnomaliesPanel::showFlow(const MirrorFlow *flow)
{
    m_parties->setRowCount(0);
    m_graphButton->setEnabled(flow && !flow->companies.isEmpty());
    m_mapButton->setEnabled(flow != nullptr);
    m_chainsButton->setEnabled(flow && !goodsCode(*flow).isEmpty());
    if (!flow) {
        m_plot->setChart(ChartData());
        m_explanation->clear();
        return;
    }
    m_explanation->setText(flow->explanation);
    const QLocale locale;
    m_parties->setRowCount(static_cast<int>(flow->parties.size()));
    for (int i = 0; i < static_cast<int>(flow->parties.size()); ++i) {
        const MirrorParty &p = flow->parties[static_cast<std::size_t>(i)];
        auto put = [&](PartyColumn column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            m_parties->setItem(i, static_cast<int>(column), item);
            return item;
        };
        QTableWidgetItem *company =
            put(PartyColumn::Company, p.name.isEmpty() ? p.id : QStringLiteral("%1 (%2)").arg(p.name, p.id));
        company->setData(Qt::UserRole, p.id);
        company->setToolTip(
            tr("%1, %2: click to select it in the Inspector and the Verdict dock").arg(company->text(), p.country));
        company->setForeground(palette().link());
        put(PartyColumn::Role, MirrorParty::roleText(p.role));
        put(PartyColumn::Shipments, QString::number(p.shipments))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        put(PartyColumn::Share, p.share ? locale.toString(*p.share * 100, 'f', 1) + u'%' : QStringLiteral("—"))
            ->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        put(PartyColumn::Flags, p.flags.join(QStringLiteral(", ")))
            ->setToolTip(p.flagExplanations.join(QStringLiteral("\n")));
        QTableWidgetItem *verdict = put(PartyColumn::Verdict, p.verdict);
        verdict->setToolTip(p.verdict);
        if (p.ofac == u"designated" || p.ofac == u"blocked")
            verdict->setForeground(QColor(0xd3, 0x2f, 0x2f));
        else if (p.ofac == u"possibly_blocked" || p.ofac == u"needs_review" || p.eu != u"no" || p.uk != u"no")
            verdict->setForeground(QColor(0xef, 0x6c, 0x00));
    }
    m_parties->resizeColumnsToContents();
    // Long names and verdicts are cut (their tooltips are whole) so that the flags stay in view.
    for (const auto &[column, most] : {std::pair{PartyColumn::Company, 220}, std::pair{PartyColumn::Verdict, 300}})
        m_parties->setColumnWidth(static_cast<int>(column),
                                  std::min(m_parties->columnWidth(static_cast<int>(column)), most));
    if (flow->companies.isEmpty())
        m_explanation->setText(flow->explanation + u'\n' +
                               tr("No shipment of the case falls under this flow and period."));
    computeChart(*flow);
}

void AnomaliesPanel::computeChart(const MirrorFlow &flow)
{
    m_chartFor = flow.title();
    if (!m_file || m_chartWatcher.isRunning())
        return; // the watcher's end computes the newest choice
    m_chartRunning = m_chartFor;
    const CaseFile *owner = m_file;
    const QString path = m_file->path();
    const bool readOnly = m_file->isReadOnly();
    const ChartRequest request = flow.chartRequest();
    m_chartWatcher.setFuture(QtConcurrent::run([owner, path, readOnly, request]() -> Result<ChartData> {
        auto worker = openWorker(owner, path, readOnly);
        if (!worker)
            return worker.error();
        NullProgress progress;
        return buildChart((*worker)->handle(), request, progress);
    }));
}

} // namespace caravan
