#include "ui/panels/ChainsPanel.h"

#include "models/analysis/ChainDetector.h"
#include "models/analysis/RedFlags.h"
#include "models/domain/Units.h"
#include "models/itemmodels/ChainTableModel.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/tasks/RunTask.h"
#include "ui/dialogs/ExcludedShipmentsDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace caravan {

ChainsPanel::ChainsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ChainTableModel(this)), m_proxy(new QSortFilterProxyModel(this)),
      m_view(new QTableView(this)), m_details(new QTextBrowser(this)), m_summary(new QLabel(this)),
      m_filter(new QLineEdit(this)), m_chartButton(new QPushButton(tr("Chart the parties"), this)),
      m_excluded(new QLabel(this)), m_listExcluded(new QPushButton(tr("List them…"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *run = new QPushButton(tr("Detect Chains"), this);
    run->setAccessibleName(tr("Detect re-export chains"));
    m_filter->setPlaceholderText(tr("Filter: route, HS code, flag, country…"));
    m_filter->setClearButtonEnabled(true);
    m_summary->setWordWrap(true);
    bar->addWidget(run);
    bar->addWidget(m_filter, 1);
    m_chartButton->setToolTip(tr("Show the trade chart of the selected chain's intermediary"));
    m_chartButton->setEnabled(false);
    bar->addWidget(m_chartButton);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    // Data quality in one line above the results: what the detector could not use, and why.
    auto *excludedRow = new QHBoxLayout;
    m_excluded->setWordWrap(true);
    m_excluded->setAccessibleName(tr("Shipments the detector could not use"));
    m_listExcluded->setToolTip(tr("List the shipments the detector could not use, each with its reason"));
    excludedRow->addWidget(m_excluded, 1);
    excludedRow->addWidget(m_listExcluded);
    layout->addLayout(excludedRow);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ChainTableModel::SortValueRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ChainTableModel::Score, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Chains"));
    m_details->setAccessibleName(tr("Chain evidence"));

    connect(run, &QPushButton::clicked, this, &ChainsPanel::detect);
    connect(m_chartButton, &QPushButton::clicked, this, &ChainsPanel::chartParties);
    connect(m_listExcluded, &QPushButton::clicked, this, &ChainsPanel::showExcluded);
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const DetectedChain *c = currentChain();
        showDetails(c);
        m_chartButton->setEnabled(c != nullptr);
        Q_EMIT chainSelected(c);
    });
    setCase(nullptr);
}

ChainsPanel::~ChainsPanel()
{
    if (m_task)
        m_task->abandon();
}

void ChainsPanel::setCase(CaseFile *file)
{
    if (m_task) {
        m_task->cancel();
        m_task->waitForFinished();
    }
    m_file = file;
    m_hasRun = false;
    delete m_excludedDialog;
    m_exclusions = {};
    m_excluded->clear();
    m_excluded->hide();
    m_listExcluded->hide();
    m_model->setChains({});
    m_details->clear();
    m_chartButton->setEnabled(false);
    m_summary->setText(file ? tr("Press Detect Chains to look for goods that pass through a third country to "
                                 "Russia or Belarus.")
                            : QString());
}

const DetectedChain *ChainsPanel::currentChain() const
{
    const QModelIndex index = m_proxy->mapToSource(m_view->currentIndex());
    return index.isValid() ? m_model->chain(index.row()) : nullptr;
}

std::vector<DetectedChain> ChainsPanel::chains() const
{
    std::vector<DetectedChain> out;
    out.reserve(static_cast<std::size_t>(m_model->rowCount()));
    for (int row = 0; row < m_model->rowCount(); ++row)
        out.push_back(*m_model->chain(row));
    return out;
}

bool ChainsPanel::selectChain(const QString &chainId)
{
    const int row = m_model->rowOf(chainId);
    if (row < 0)
        return false;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) { // filtered out: show every chain again
        m_filter->clear();
        index = m_proxy->mapFromSource(m_model->index(row, 0));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

void ChainsPanel::setChainStatus(const QString &chainId, const QString &status)
{
    m_model->setStatus(chainId, status);
    if (const DetectedChain *c = currentChain(); c && c->id == chainId)
        showDetails(c);
}

QStringList ChainsPanel::intermediaries(const DetectedChain &chain)
{
    const qsizetype middle = std::max<qsizetype>(chain.entities.size() - 2, 0);
    QStringList ids = chain.entities.mid(1, middle);
    ids.removeAll(QString());
    return ids;
}

void ChainsPanel::chartParties()
{
    const DetectedChain *chain = currentChain();
    if (!chain)
        return;
    QStringList ids = intermediaries(*chain);
    if (ids.isEmpty())
        ids = chain->entities; // a chain without a recorded middle party: chart whoever is there
    if (!ids.isEmpty())
        Q_EMIT chartRequested(ids);
}

ExcludedShipmentsDialog *ChainsPanel::showExcluded()
{
    if (!m_file || m_exclusions.shipments.empty())
        return nullptr;
    if (!m_excludedDialog) {
        m_excludedDialog = new ExcludedShipmentsDialog(m_file->handle(), m_exclusions, this);
        m_excludedDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_excludedDialog->show();
    m_excludedDialog->raise();
    return m_excludedDialog;
}

QString ChainsPanel::detailsText() const
{
    return m_details->toPlainText();
}

void ChainsPanel::detect()
{
    if (!m_file || m_task)
        return;
    auto settings = ChainSettings::load(*m_file);
    if (!settings) {
        m_summary->setText(tr("The chain settings of this case cannot be read: %1").arg(settings.error().message));
        return;
    }
    const QString path = m_file->path();
    m_summary->setText(tr("Detecting chains…"));
    m_task = runTask<ChainRun>(
        this, TaskKind::DetectChains, tr("Detecting chains"),
        [path, s = settings.value()](Progress &progress) -> Result<ChainRun> {
            auto connection = Connection::open(path, Connection::Mode::ReadOnly);
            if (!connection)
                return connection.error();
            return detectChains((*connection)->handle(), s, {}, progress);
        },
        [this](TaskResult<ChainRun> detected) { detectionDone(std::move(detected)); });
    Q_EMIT taskStarted(m_task);
}

void ChainsPanel::detectionDone(TaskResult<ChainRun> detected)
{
    m_task = nullptr;
    if (!detected.isDone()) {
        m_summary->setText(tr("Detection stopped: %1").arg(detected.error().message));
        return;
    }
    const ChainRun &run = detected.value();
    m_hasRun = true;
    const ChainSettings &s = run.settings;
    const QString searched = tr("window %1 days, quantities and net weights within %2%, values within %7%, "
                                "transit %3, destinations %4, HS-%5, minimum score %6")
                                 .arg(s.windowDays)
                                 .arg(s.qtyTolerancePercent)
                                 .arg(s.transit.join(u','), s.destination.join(u','))
                                 .arg(s.hsDigits)
                                 .arg(s.minScore)
                                 .arg(s.valueTolerancePercent);
    m_model->setChains(run.chains);
    m_view->resizeColumnsToContents();
    delete m_excludedDialog;
    m_exclusions = run.excluded;
    const bool anyExcluded = m_exclusions.total() > 0 || !m_exclusions.unknownUnits.empty();
    m_excluded->setText(anyExcluded ? m_exclusions.summary() : QString());
    m_excluded->setVisible(anyExcluded);
    m_listExcluded->setVisible(m_exclusions.total() > 0);
    if (run.chains.empty())
        m_summary->setText(
            tr("No chains among %n shipments with %1.", nullptr, static_cast<int>(run.shipments)).arg(searched));
    else
        m_summary->setText(tr("%n chains proposed (%1; %2 dismissed hidden, %3 below the minimum score). The "
                              "detector ranks; you decide.",
                              nullptr, static_cast<int>(run.chains.size()))
                               .arg(searched)
                               .arg(run.dismissedHidden)
                               .arg(run.belowMinScore));
    Q_EMIT detectionFinished(static_cast<int>(run.chains.size()));
}

void ChainsPanel::showDetails(const DetectedChain *c)
{
    if (!c) {
        m_details->clear();
        return;
    }
    auto esc = [](const QString &t) { return t.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><p>%2 · HS %3%4 · %5</p>")
                       .arg(esc(c->route), esc(c->id), esc(c->hs),
                            c->chplTier.isEmpty() ? QString() : QStringLiteral(" · CHPL tier ") + esc(c->chplTier),
                            esc(tr("score %1").arg(c->score, 0, 'f', 2)));
    QStringList rows;
    for (int i = 0; i < c->shipments.size(); ++i) {
        const auto k = static_cast<size_t>(i);
        const double q = k < c->quantities.size() ? c->quantities[k] : NAN;
        const double w = k < c->weights.size() ? c->weights[k] : NAN;
        // The quantity in its canonical unit, with the unit as the shipment's file wrote it: "1,000 kg (t)".
        QString quantity;
        if (const auto unit = units::canonicalFromName(c->units.value(i).toStdString()); unit && !std::isnan(q))
            quantity = QStringLiteral("%1 (%2)").arg(esc(units::quantityText(q, *unit)), esc(c->unitsWritten.value(i)));
        rows << QStringLiteral("<tr><td>%1</td><td>%2</td><td align='right'>%3</td><td align='right'>%4</td>"
                               "<td align='right'>%5</td></tr>")
                    .arg(esc(c->shipments[i]), esc(c->dates.value(i)), quantity,
                         std::isnan(w) ? QString() : QString::number(w, 'g', 12),
                         i == 0 || static_cast<size_t>(i - 1) >= c->dayGaps.size()
                             ? QString()
                             : tr("+%1 days").arg(c->dayGaps[static_cast<size_t>(i - 1)]));
    }
    html += QStringLiteral("<table cellspacing='0' cellpadding='3' border='1' style='border-collapse:collapse'><tr>"
                           "<th>%1</th><th>%2</th><th>%3</th><th>%4</th><th>%5</th></tr>%6</table>")
                .arg(esc(tr("Shipment")), esc(tr("Date")), esc(tr("Quantity")), esc(tr("Net weight, kg")),
                     esc(tr("After")), rows.join(QString()));
    QStringList parts;
    for (const ScorePart &p : c->parts)
        parts << QStringLiteral("<li><b>%1</b> %2 — %3</li>")
                     .arg(esc(p.name), QString::number(p.value, 'f', 2), esc(p.why));
    html += QStringLiteral("<h4 style='margin-bottom:0'>%1</h4><ul style='margin-top:0'>%2</ul>")
                .arg(esc(tr("Why this score")), parts.join(QString()));
    if (!c->flags.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(esc(tr("Flags:")), esc(redFlagNames(c->flags)));
    html += QStringLiteral("<p>%1</p>").arg(esc(c->explanation));
    m_details->setHtml(html);
}

} // namespace caravan
