#include "ui/panels/OverviewPanel.h"

#include "models/analysis/RedFlags.h"
#include "models/domain/Mark.h"
#include "models/storage/CaseFile.h"
#include "models/tasks/RunTask.h"
#include "ui/graph/GraphStyle.h"
#include "ui/panels/OverviewTimelineChart.h"

#include <QApplication>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caravan {

namespace {

enum class ItemKind { Chain = 1, Entity, FlagKind, FlagParty };
constexpr int kKindRole = Qt::UserRole;
constexpr int kIdRole = Qt::UserRole + 1;
constexpr std::size_t kTopChains = 10;

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

QLabel *sectionTitle(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    label->setFont(f);
    label->setWordWrap(true);
    return label;
}

QTreeWidget *list(QWidget *parent, const QStringList &header, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(static_cast<int>(header.size()));
    tree->setHeaderLabels(header);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::SingleSelection);
    tree->setAccessibleName(name);
    tree->header()->setStretchLastSection(true);
    tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    tree->setMinimumHeight(120);
    return tree;
}

// A framed section: its title, then its content.
QFrame *section(QWidget *parent, QLabel *title, const QList<QWidget *> &content)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->setSpacing(4);
    layout->addWidget(title);
    bool grows = false;
    for (QWidget *w : content) {
        const bool tree = qobject_cast<QTreeWidget *>(w) || w->sizePolicy().verticalPolicy() == QSizePolicy::Expanding;
        layout->addWidget(w, tree ? 1 : 0);
        grows = grows || tree;
    }
    if (!grows)
        layout->addStretch(1);
    return frame;
}

QColor markColour(const QString &status)
{
    if (status == u"suspected")
        return GraphStyle::suspected();
    if (status == u"confirmed")
        return GraphStyle::confirmed();
    if (status == u"dismissed")
        return GraphStyle::dismissed();
    return {};
}

} // namespace

OverviewPanel::OverviewPanel(QWidget *parent)
    : QWidget(parent), m_header(new QLabel(this)), m_chainsTitle(sectionTitle(this)),
      m_chainProgress(new QProgressBar(this)), m_chainState(new QLabel(this)),
      m_detect(new QPushButton(tr("Detect Chains"), this)),
      m_chains(list(this, {tr("Score"), tr("Route"), tr("Goods"), tr("Dates"), tr("Mark")}, tr("Top chains"))),
      m_entitiesTitle(sectionTitle(this)), m_rules(new QLabel(this)),
      m_entities(list(this, {tr("Entity"), tr("Country"), tr("Finding")}, tr("Blocked and possibly blocked entities"))),
      m_flagsTitle(sectionTitle(this)), m_flags(list(this, {tr("Red flag"), tr("Parties")}, tr("Red flags by kind"))),
      m_marks(new QLabel(this)), m_timelineTitle(sectionTitle(this)), m_timeline(new OverviewTimelineChart(this))
{
    setObjectName(QStringLiteral("overviewTab"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = m_scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(8, 6, 8, 8);

    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_header->setAccessibleName(tr("What the case holds"));
    layout->addWidget(m_header);
    auto *tiles = new QHBoxLayout;
    tiles->setSpacing(8);
    for (int i = 0; i < 5; ++i) {
        auto *tile = new QLabel(content);
        tile->setFrameShape(QFrame::StyledPanel);
        tile->setTextFormat(Qt::RichText);
        tile->setAlignment(Qt::AlignCenter);
        tile->setMargin(4);
        tile->setWordWrap(true);
        tile->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        tile->setCursor(Qt::PointingHandCursor);
        tiles->addWidget(tile, 1);
        connect(tile, &QLabel::linkActivated, this, [this, i] {
            if (i < m_sections.size())
                m_scroll->ensureWidgetVisible(m_sections[i == 4 ? 3 : i == 3 ? 4 : i], 0, 0);
        });
        m_tiles << tile;
    }
    layout->addLayout(tiles);

    m_chainProgress->setMaximumHeight(m_chainProgress->fontMetrics().height());
    m_chainProgress->setTextVisible(false);
    m_chainProgress->hide();
    m_chainState->setWordWrap(true);
    auto *chainRow = new QWidget(this);
    auto *chainRowLayout = new QHBoxLayout(chainRow);
    chainRowLayout->setContentsMargins(0, 0, 0, 0);
    chainRowLayout->addWidget(m_chainState, 1);
    chainRowLayout->addWidget(m_chainProgress);
    chainRowLayout->addWidget(m_detect);
    m_detect->setToolTip(tr("Look for goods that pass through a third country to Russia or Belarus"));
    m_chains->setRootIsDecorated(false);

    m_rules->setWordWrap(true);
    QFont small = m_rules->font();
    small.setPointSizeF(std::max(small.pointSizeF() * 0.9, 9.0));
    m_rules->setFont(small);

    m_flags->setRootIsDecorated(true);
    m_marks->setTextFormat(Qt::RichText);
    m_marks->setWordWrap(true);
    m_marks->setAccessibleName(tr("Marks by status"));
    m_timelineTitle->setText(tr("Shipments to Russia and Belarus by CHPL tier"));

    auto *marksTitle = sectionTitle(content);
    marksTitle->setText(tr("Marks"));
    m_sections = {section(content, m_chainsTitle, {chainRow, m_chains}),
                  section(content, m_entitiesTitle, {m_rules, m_entities}), section(content, m_flagsTitle, {m_flags}),
                  section(content, marksTitle, {m_marks}), section(content, m_timelineTitle, {m_timeline})};
    m_grid = new QGridLayout;
    m_grid->setSpacing(8);
    layout->addLayout(m_grid, 1);
    arrange();

    connect(m_detect, &QPushButton::clicked, this, &OverviewPanel::detectRequested);
    for (QTreeWidget *tree : {m_chains, m_entities, m_flags}) {
        connect(tree, &QTreeWidget::itemClicked, this, [this](QTreeWidgetItem *item) { itemClicked(item); });
        // Enter on a line goes there too (a red flag's line opens by its arrow or by a click).
        connect(tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
            if (item && static_cast<ItemKind>(item->data(0, kKindRole).toInt()) != ItemKind::FlagKind &&
                QApplication::mouseButtons() == Qt::NoButton)
                itemClicked(item);
        });
    }
    connect(m_marks, &QLabel::linkActivated, this, &OverviewPanel::marksRequested);
    setCase(nullptr);
}

OverviewPanel::~OverviewPanel()
{
    if (m_task)
        m_task->abandon();
}

void OverviewPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange();
    fitEntityColumns();
}

void OverviewPanel::fitEntityColumns()
{
    // The finding takes what is left (cut at the right, whole in the tooltip): names give way first, so that the
    // rule and its figure stay in sight.
    m_entities->resizeColumnToContents(0);
    const int room = std::max(m_entities->viewport()->width(), 300);
    m_entities->setColumnWidth(0, std::min(m_entities->columnWidth(0), std::max(110, room * 3 / 10)));
    m_entities->resizeColumnToContents(1);
}

void OverviewPanel::arrange()
{
    const int columns = width() >= 1200 ? 3 : 2;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QWidget *w : m_sections)
        m_grid->removeWidget(w);
    for (int c = 0; c < 3; ++c)
        m_grid->setColumnStretch(c, c < columns ? 1 : 0);
    if (columns == 3) {
        m_grid->addWidget(m_sections[0], 0, 0);
        m_grid->addWidget(m_sections[1], 0, 1);
        m_grid->addWidget(m_sections[2], 0, 2);
        m_grid->addWidget(m_sections[3], 1, 0);
        m_grid->addWidget(m_sections[4], 1, 1, 1, 2);
        m_grid->setRowStretch(0, 3);
        m_grid->setRowStretch(1, 2);
        m_grid->setRowStretch(2, 0);
    } else {
        m_grid->addWidget(m_sections[0], 0, 0);
        m_grid->addWidget(m_sections[1], 0, 1);
        m_grid->addWidget(m_sections[2], 1, 0, 2, 1);
        m_grid->addWidget(m_sections[3], 1, 1);
        m_grid->addWidget(m_sections[4], 2, 1);
        m_grid->setRowStretch(0, 3);
        m_grid->setRowStretch(1, 0);
        m_grid->setRowStretch(2, 2);
    }
}

void OverviewPanel::setCase(CaseFile *file)
{
    if (m_task)
        m_task->abandon(); // the old case's overview must not reach the new one
    m_task = nullptr;
    m_file = file;
    m_overview = {};
    m_topChains.clear();
    m_chainCount = -1;
    m_chainMessage.clear();
    m_pending = 0;
    m_chainTask = nullptr;
    render();
    if (file)
        refresh();
}

void OverviewPanel::setAsOf(const QDate &date)
{
    if (date == m_asOf)
        return;
    m_asOf = date;
    if (m_file)
        refresh(static_cast<int>(Part::Ownership));
}

void OverviewPanel::refresh(int parts)
{
    if (!m_file)
        return;
    m_pending |= parts;
    if (!m_task)
        start();
}

void OverviewPanel::start()
{
    CaseOverviewOptions options;
    options.asOf = m_asOf;
    options.counts = m_pending & static_cast<int>(Part::Counts);
    options.ownership = m_pending & static_cast<int>(Part::Ownership);
    options.trade = m_pending & static_cast<int>(Part::Trade);
    m_pending = 0;
    if (auto settings = ChainSettings::load(*m_file))
        options.chains = settings.value();
    const CaseFile *file = m_file;
    m_task = runTask<CaseOverview>(
        this, TaskKind::Overview, tr("Computing the case overview"),
        [file, options](Progress &progress) -> Result<CaseOverview> {
            auto connection = file->openWorkerConnection();
            if (!connection)
                return connection.error();
            return CaseOverview::compute(connection.value()->handle(), options, progress);
        },
        [this](TaskResult<CaseOverview> computed) {
            m_task = nullptr;
            const bool ok = computed.isDone();
            if (ok)
                m_overview.update(computed.takeValue());
            else
                m_header->setText(esc(tr("The overview could not be computed: %1").arg(computed.error().message)));
            if (ok)
                render();
            if (m_pending && m_file)
                start();
            else if (ok)
                Q_EMIT overviewReady();
        });
    Q_EMIT taskStarted(m_task);
    render();
}

void OverviewPanel::setChains(const std::vector<DetectedChain> &chains)
{
    m_chainTask = nullptr;
    m_chainCount = static_cast<int>(chains.size());
    m_topChains.clear();
    for (const DetectedChain *c : topChains(chains, kTopChains))
        m_topChains.push_back(*c);
    renderChains();
}

void OverviewPanel::setChainStatus(const QString &chainId, const QString &status)
{
    for (DetectedChain &c : m_topChains)
        if (c.id == chainId)
            c.status = status;
    renderChains();
}

void OverviewPanel::chainDetectionStarted(Task *task)
{
    m_chainTask = task;
    m_chainProgress->setRange(0, 0);
    connect(task, &Task::progressChanged, m_chainProgress, [this](qint64 done, qint64 total) {
        if (total <= 0) {
            m_chainProgress->setRange(0, 0);
            return;
        }
        m_chainProgress->setRange(0, 1000);
        m_chainProgress->setValue(static_cast<int>(done * 1000 / std::max<qint64>(total, 1)));
    });
    connect(task, &Task::finished, this, [this, task](TaskState state) {
        m_chainTask = nullptr;
        m_chainMessage = state == TaskState::Done ? QString() : tr("Detection stopped: %1").arg(task->errorMessage());
        renderChains();
    });
    renderChains();
}

QString OverviewPanel::chainsText() const
{
    QStringList lines;
    for (int i = 0; i < m_chains->topLevelItemCount(); ++i) {
        QStringList cells;
        for (int c = 0; c < m_chains->columnCount(); ++c)
            cells << m_chains->topLevelItem(i)->text(c);
        lines << cells.join(QStringLiteral("  "));
    }
    return lines.join(u'\n');
}

QStringList OverviewPanel::tileTexts() const
{
    QStringList out;
    for (const QLabel *tile : m_tiles) {
        QTextDocument doc;
        doc.setHtml(tile->text());
        out << doc.toPlainText().simplified();
    }
    return out;
}

void OverviewPanel::renderTiles()
{
    const QLocale locale;
    const auto tile = [&](int index, const QString &figure, const QString &what, const QColor &colour) {
        m_tiles[index]->setText(
            QStringLiteral("<a href='section' style='text-decoration:none;color:%1'><span style='font-size:x-large;"
                           "font-weight:bold'>%2</span><br><span style='color:%4'>%3</span></a>")
                .arg(colour.isValid() ? colour.name() : palette().color(QPalette::WindowText).name(), esc(figure),
                     esc(what), palette().color(QPalette::WindowText).name()));
        m_tiles[index]->setVisible(m_file != nullptr);
    };
    const QColor alarm = GraphStyle::blocked();
    const QColor quiet;
    const CaseOverview &o = m_overview;
    const QString waiting = QStringLiteral("…");
    tile(0, m_chainCount < 0 ? waiting : locale.toString(m_chainCount),
         m_chainTask ? tr("detecting chains") : tr("chains proposed", nullptr, std::max(m_chainCount, 0)),
         m_chainCount > 0 ? alarm : quiet);
    tile(1, o.hasOwnership ? locale.toString(o.entitiesTotal) : waiting,
         tr("flagged by the ownership rules (OFAC, EU, UK)", nullptr, o.entitiesTotal),
         o.entitiesTotal > 0 ? alarm : quiet);
    qint64 parties = 0;
    for (const OverviewFlagKind &k : o.flags)
        if (!k.countries)
            parties += k.parties.size();
    tile(2, o.hasTrade ? locale.toString(parties) : waiting,
         tr("red flags on parties, %n kinds", nullptr, static_cast<int>(o.flags.size())), parties > 0 ? alarm : quiet);
    tile(3, o.hasTrade ? locale.toString(o.timeline.onChpl) : waiting,
         tr("CHPL shipments to %1").arg(o.timeline.destinations.join(QStringLiteral(", "))),
         o.timeline.onChpl > 0 ? GraphStyle::possiblyBlocked() : quiet);
    tile(4, o.hasCounts ? locale.toString(o.marks.total()) : waiting, tr("marks", nullptr, int(o.marks.total())),
         o.marks.total() > 0 ? GraphStyle::suspected() : quiet);
}

void OverviewPanel::render()
{
    renderTiles();
    renderHeader();
    renderChains();
    renderEntities();
    renderFlags();
    renderMarks();
}

void OverviewPanel::renderHeader()
{
    if (!m_file) {
        m_header->clear();
        return;
    }
    if (!m_overview.hasCounts) {
        m_header->setText(esc(tr("Computing the overview…")));
        return;
    }
    const QLocale locale;
    const CaseStats &s = m_overview.stats;
    QString html = QStringLiteral("<b>%1</b> · ").arg(esc(m_file->title()));
    html += esc(tr("%1 entities (%2 companies, %3 persons) · %4 links · %5 shipments · %6 designations")
                    .arg(locale.toString(s.entities), locale.toString(s.companies), locale.toString(s.persons),
                         locale.toString(s.links), locale.toString(s.shipments), locale.toString(s.designations)));
    QStringList sources;
    for (const SourceSummary &src : m_overview.sources)
        sources << (src.kind.isEmpty() ? src.fileName : QStringLiteral("%1 (%2)").arg(src.fileName, src.kind));
    if (!sources.isEmpty()) {
        constexpr qsizetype kShown = 6;
        QString list = QStringList(sources.mid(0, kShown)).join(QStringLiteral(", "));
        if (sources.size() > kShown)
            list += tr(" and %n more", nullptr, static_cast<int>(sources.size() - kShown));
        html += QStringLiteral("<br><span style='color:#555'>%1</span>")
                    .arg(esc(tr("%n sources: %1", nullptr, static_cast<int>(sources.size())).arg(list)));
    }
    if (isComputing())
        html += QStringLiteral(" <i>%1</i>").arg(esc(tr("(updating…)")));
    m_header->setText(html);
}

void OverviewPanel::renderChains()
{
    renderTiles();
    m_chains->clear();
    const bool running = m_chainTask != nullptr;
    m_chainProgress->setVisible(running);
    m_detect->setEnabled(m_file && !running);
    m_detect->setVisible(m_file && m_chainCount <= 0);
    if (running) {
        m_chainsTitle->setText(tr("Top chains"));
        m_chainState->setText(tr("Detecting chains…"));
    } else if (!m_chainMessage.isEmpty()) {
        m_chainsTitle->setText(tr("Top chains"));
        m_chainState->setText(m_chainMessage);
    } else if (m_chainCount < 0) {
        m_chainsTitle->setText(tr("Top chains"));
        m_chainState->setText(m_file && m_overview.hasCounts && m_overview.stats.shipments == 0
                                  ? tr("No shipments in this case yet: import shipments to look for chains.")
                                  : tr("Chains have not been detected yet."));
    } else if (m_chainCount == 0) {
        m_chainsTitle->setText(tr("Top chains: none proposed"));
        m_chainState->setText(tr("The detector proposed no chain with the case's settings (see the Chains panel)."));
    } else {
        m_chainsTitle->setText(tr("Top chains: %n proposed", nullptr, m_chainCount));
        m_chainState->setText(tr("The detector ranks; you decide. Click a chain for its graph and evidence."));
    }
    for (const DetectedChain &c : m_topChains) {
        auto *item = new QTreeWidgetItem(m_chains);
        item->setText(0, QLocale().toString(c.score, 'f', 2));
        item->setText(1, c.route);
        item->setText(2, c.chplTier.isEmpty() ? tr("HS %1").arg(c.hs) : tr("HS %1 · CHPL %2").arg(c.hs, c.chplTier));
        item->setText(3,
                      c.dates.isEmpty() ? QString() : QStringLiteral("%1 – %2").arg(c.dates.first(), c.dates.last()));
        item->setText(4, c.status);
        if (const QColor colour = markColour(c.status); colour.isValid())
            item->setForeground(4, colour);
        QFont bold = item->font(1);
        bold.setBold(true);
        item->setFont(1, bold);
        item->setTextAlignment(0, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, c.explanation);
        item->setData(0, kKindRole, static_cast<int>(ItemKind::Chain));
        item->setData(0, kIdRole, c.id);
    }
    for (int col = 0; col < m_chains->columnCount() - 1; ++col)
        m_chains->resizeColumnToContents(col);
}

void OverviewPanel::renderEntities()
{
    m_entities->clear();
    if (!m_overview.hasOwnership) {
        m_entitiesTitle->setText(tr("Blocked and possibly blocked"));
        m_rules->setText(m_file ? tr("Applying the ownership rules…") : QString());
        return;
    }
    const CaseOverview &o = m_overview;
    if (o.entitiesTotal == 0)
        m_entitiesTitle->setText(tr("Blocked and possibly blocked: none"));
    else
        m_entitiesTitle->setText(tr("Blocked and possibly blocked: %n entities", nullptr, o.entitiesTotal));
    QStringList counts;
    if (o.blocked)
        counts << tr("%n blocked under the OFAC 50% rule", nullptr, o.blocked);
    if (o.possiblyBlocked)
        counts << tr("%n possibly blocked under the OFAC 50% rule", nullptr, o.possiblyBlocked);
    if (o.needsReview)
        counts << tr("%n to review under the OFAC 50% rule", nullptr, o.needsReview);
    if (o.euOwnedOrControlled)
        counts << tr("%n owned or controlled under the EU rule", nullptr, o.euOwnedOrControlled);
    if (o.ukOwnedOrControlled)
        counts << tr("%n owned or controlled under the UK test", nullptr, o.ukOwnedOrControlled);
    m_rules->setText(counts.isEmpty() ? tr("No entity is blocked, owned or controlled through its owners as of %1.")
                                            .arg(o.asOf.toString(Qt::ISODate))
                                      : counts.join(QStringLiteral(" · ")));
    m_rules->setToolTip(
        tr("As of %1, through their owners; each rule counts only its own lists:").arg(o.asOf.toString(Qt::ISODate)) +
        u'\n' + o.ruleLists.join(u'\n'));
    for (const OverviewEntity &e : o.entities) {
        auto *item = new QTreeWidgetItem(m_entities);
        item->setText(0, e.name.isEmpty() ? e.extId : QStringLiteral("%1 (%2)").arg(e.name, e.extId));
        item->setText(1, e.country);
        item->setText(2, e.shortFindingsText());
        for (int c = 0; c < 3; ++c)
            item->setToolTip(c, e.findingsText());
        item->setIcon(0, [&e] {
            QPixmap dot(10, 10);
            dot.fill(e.isBlocked() ? GraphStyle::blocked() : GraphStyle::possiblyBlocked());
            return QIcon(dot);
        }());
        item->setData(0, kKindRole, static_cast<int>(ItemKind::Entity));
        item->setData(0, kIdRole, e.extId);
    }
    if (o.entitiesTotal > static_cast<int>(o.entities.size())) {
        auto *more = new QTreeWidgetItem(m_entities);
        more->setText(0, tr("… and %n more (see the Verdict panel)", nullptr,
                            o.entitiesTotal - static_cast<int>(o.entities.size())));
        more->setFlags(Qt::ItemIsEnabled);
    }
    fitEntityColumns();
}

void OverviewPanel::renderFlags()
{
    m_flags->clear();
    if (!m_overview.hasTrade) {
        m_flagsTitle->setText(tr("Red flags"));
        if (m_file) {
            auto *wait = new QTreeWidgetItem(m_flags);
            wait->setText(0, tr("Looking for red flags…"));
        }
        m_timeline->setTimeline({});
        return;
    }
    const CaseOverview &o = m_overview;
    m_flagsTitle->setText(o.flags.empty() ? tr("Red flags: none")
                                          : tr("Red flags: %n kinds", nullptr, static_cast<int>(o.flags.size())));
    const QLocale locale;
    for (const OverviewFlagKind &k : o.flags) {
        auto *item = new QTreeWidgetItem(m_flags);
        item->setText(0, k.name.isEmpty() ? k.code : QStringLiteral("%1 %2").arg(k.code, k.name));
        item->setText(1, k.countries ? tr("%n countries", nullptr, static_cast<int>(k.parties.size()))
                                     : tr("%n parties", nullptr, static_cast<int>(k.parties.size())));
        item->setData(0, kKindRole, static_cast<int>(ItemKind::FlagKind));
        item->setToolTip(0, tr("Click to list the parties"));
        for (qsizetype i = 0; i < k.labels.size(); ++i) {
            auto *party = new QTreeWidgetItem(item);
            party->setText(0, k.labels[i]);
            party->setToolTip(0, k.examples.value(i));
            if (!k.countries) {
                party->setData(0, kKindRole, static_cast<int>(ItemKind::FlagParty));
                party->setData(0, kIdRole, k.parties[i]);
            }
        }
        if (k.labels.size() < k.parties.size()) {
            auto *more = new QTreeWidgetItem(item);
            more->setText(0, tr("… and %n more", nullptr, static_cast<int>(k.parties.size() - k.labels.size())));
        }
    }
    m_flags->resizeColumnToContents(0);
    const OverviewTimeline &t = o.timeline;
    m_timelineTitle->setText(
        t.total == 0
            ? tr("Shipments to %1 by CHPL tier: none").arg(t.destinations.join(QStringLiteral(", ")))
            : tr("Shipments to %1 by CHPL tier: %2, %3 on the CHPL")
                  .arg(t.destinations.join(QStringLiteral(", ")), locale.toString(t.total), locale.toString(t.onChpl)));
    m_timeline->setTimeline(t);
}

void OverviewPanel::renderMarks()
{
    if (!m_overview.hasCounts) {
        m_marks->clear();
        return;
    }
    const MarkCounts &m = m_overview.marks;
    const QLocale locale;
    const auto chip = [&](int status, const QString &name) {
        const QColor colour = markColour(markStatusName(static_cast<MarkStatus>(status)));
        return QStringLiteral("<span style='color:%1;font-size:large'>■</span> <b>%2</b> %3")
            .arg(colour.name(), locale.toString(m.status(status)), esc(name));
    };
    QString html = QStringLiteral("%1 &nbsp; %2 &nbsp; %3")
                       .arg(chip(static_cast<int>(MarkStatus::Suspected), tr("suspected")),
                            chip(static_cast<int>(MarkStatus::Confirmed), tr("confirmed")),
                            chip(static_cast<int>(MarkStatus::Dismissed), tr("dismissed")));
    const auto onTarget = [&m](MarkTarget t) {
        qint64 n = 0;
        for (const qint64 c : m.byTargetStatus[static_cast<std::size_t>(t)])
            n += c;
        return n;
    };
    html += QStringLiteral("<br>%1 · <a href='marks'>%2</a>")
                .arg(esc(tr("on %1 chains, %2 entities, %3 shipments")
                             .arg(locale.toString(onTarget(MarkTarget::Chain)),
                                  locale.toString(onTarget(MarkTarget::Entity)),
                                  locale.toString(onTarget(MarkTarget::Shipment)))),
                     esc(tr("list them")));
    if (m.total() == 0)
        html = esc(tr("Nothing marked yet. Mark a chain, an entity or a shipment with Ctrl+M."));
    m_marks->setText(html);
}

void OverviewPanel::itemClicked(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const auto kind = static_cast<ItemKind>(item->data(0, kKindRole).toInt());
    const QString id = item->data(0, kIdRole).toString();
    switch (kind) {
    case ItemKind::Chain:
        Q_EMIT chainActivated(id);
        break;
    case ItemKind::Entity:
    case ItemKind::FlagParty:
        Q_EMIT entityActivated(id);
        break;
    case ItemKind::FlagKind:
        item->setExpanded(!item->isExpanded());
        break;
    }
}

} // namespace caravan
