#include "ui/panels/ReviewPanel.h"

#include "models/analysis/DecisionPreview.h"
#include "models/editing/CaseDocument.h"
#include "models/itemmodels/EntityTableModel.h"
#include "models/itemmodels/MatchCandidateModel.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/EntityDetails.h"
#include "models/tasks/RunTask.h"
#include "ui/graph/GraphCanvas.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace caravan {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A list of sourced facts as HTML lines: text, its kind and where it came from.
QString factList(const QString &title, const QList<SourcedText> &facts)
{
    if (facts.isEmpty())
        return {};
    QString html = QStringLiteral("<p><b>%1</b><br/>").arg(escaped(title));
    for (const SourcedText &f : facts) {
        html += escaped(f.text);
        if (!f.detail.isEmpty())
            html += QStringLiteral(" <i>(%1)</i>").arg(escaped(vocabularyLabel(f.detail)));
        if (!f.source.isEmpty())
            html += QStringLiteral(" <span style='color:gray'>%1</span>").arg(escaped(f.source));
        html += QStringLiteral("<br/>");
    }
    return html + QStringLiteral("</p>");
}

} // namespace

ReviewPanel::ReviewPanel(QWidget *parent)
    : QWidget(parent), m_model(new MatchCandidateModel(this)), m_kind(new QComboBox(this)),
      m_threshold(new QDoubleSpinBox(this)), m_find(new QPushButton(tr("Find Candidates"), this)),
      m_status(new QLabel(this)), m_view(new QTableView(this)), m_score(new QLabel(this)),
      m_left(new QTextBrowser(this)), m_right(new QTextBrowser(this)), m_reasons(new QLabel(this)),
      m_accept(new QPushButton(tr("Accept (A)"), this)), m_reject(new QPushButton(tr("Reject (R)"), this)),
      m_next(new QPushButton(tr("Next (N)"), this)), m_effectText(new QLabel(this)),
      m_effectGraph(new GraphCanvas(this)), m_previewBase(std::make_shared<DecisionPreviewBase>())
{
    setObjectName(QStringLiteral("ReviewPanel"));
    m_kind->addItem(tr("Screening against designated entities"), int(MatchKind::Screening));
    m_kind->addItem(tr("Duplicates inside the case"), int(MatchKind::Duplicate));
    m_threshold->setRange(0.0, 1.0);
    m_threshold->setSingleStep(0.05);
    m_threshold->setDecimals(2);
    m_threshold->setValue(Matcher::kDefaultThreshold);
    m_threshold->setPrefix(tr("Threshold "));
    m_threshold->setAccessibleName(tr("Lowest score shown"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_threshold);
    bar->addWidget(m_find);
    bar->addWidget(m_status, 1);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setAccessibleName(tr("Match candidates"));

    m_reasons->setWordWrap(true);
    m_reasons->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_left->setAccessibleName(tr("Entity"));
    m_right->setAccessibleName(tr("Candidate match"));
    m_effectText->setWordWrap(true);
    m_effectText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_effectText->setAccessibleName(tr("Effect of accepting"));
    m_effectText->installEventFilter(this);
    m_effectGraph->setAccessibleName(tr("Effect on the graph"));
    m_effectGraph->setToolTip(tr("The two entities and their neighbours as if the candidate were accepted: the "
                                 "pair in blue, what the kept entity gains and whose verdict changes in orange"));
    m_effectGraph->setMinimumSize(160, 100);
    m_effectGraph->setLegendVisible(false);
    m_effectGraph->setSizeMode(SizeMode::Uniform);
    m_effectGraph->setEmptyText(tr("Select a candidate to see what accepting it would change on the graph."));
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(m_left);
    sides->addWidget(m_right);
    sides->addWidget(m_effectGraph);
    sides->setStretchFactor(0, 2);
    sides->setStretchFactor(1, 2);
    sides->setStretchFactor(2, 3);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_score, 1);
    buttons->addWidget(m_accept);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_next);
    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(buttons);
    detailLayout->addWidget(m_effectText);
    detailLayout->addWidget(sides, 1);
    detailLayout->addWidget(m_reasons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(detail);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(split, 1);

    const auto shortcut = [this](Qt::Key key, auto slot) {
        auto *s = new QShortcut(QKeySequence(key), this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(Qt::Key_A, [this] { (void)acceptCurrent(); });
    shortcut(Qt::Key_R, [this] { (void)rejectCurrent(); });
    shortcut(Qt::Key_N, [this] { next(); });
    shortcut(Qt::Key_P, [this] { previous(); });
    connect(m_accept, &QPushButton::clicked, this, [this] { (void)acceptCurrent(); });
    connect(m_reject, &QPushButton::clicked, this, [this] { (void)rejectCurrent(); });
    connect(m_next, &QPushButton::clicked, this, &ReviewPanel::next);
    connect(m_find, &QPushButton::clicked, this, &ReviewPanel::findCandidates);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showCandidate(current.row()); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showCandidate(-1); });
    connect(m_effectGraph, &GraphCanvas::nodeActivated, this, &ReviewPanel::entityActivated);
    updateActions();
}

ReviewPanel::~ReviewPanel()
{
    if (m_task)
        m_task->abandon();
    if (m_previewTask)
        m_previewTask->abandon();
}

void ReviewPanel::setDocument(CaseDocument *document)
{
    if (m_task) {
        m_task->cancel();
        waitForSearch();
    }
    if (m_previewTask)
        m_previewTask->abandon(); // its effect belongs to the case that goes
    m_previewTask = nullptr;
    m_effect.reset();
    showEffect();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_previewBase = std::make_shared<DecisionPreviewBase>();
    m_model->setCandidates({});
    m_status->clear();
    if (m_document) {
        connect(m_document, &CaseDocument::decisionsChanged, this, &ReviewPanel::onDecisionsChanged);
        // Another list setting changes what a decision would do: previews read the case again.
        connect(m_document, &CaseDocument::listRulesChanged, this, [this] {
            m_previewBase = std::make_shared<DecisionPreviewBase>();
            if (currentRow() >= 0)
                showCandidate(currentRow());
        });
        connect(m_document, &CaseDocument::contentChanged, this, [this] {
            // An import or a decision changed the case: effects are worked out on it afresh.
            m_previewBase = std::make_shared<DecisionPreviewBase>();
        });
    }
    updateActions();
}

MatchKind ReviewPanel::kind() const
{
    return MatchKind(m_kind->currentData().toInt());
}

void ReviewPanel::setKind(MatchKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(int(kind)));
}

void ReviewPanel::setThreshold(double threshold)
{
    m_threshold->setValue(threshold);
}

int ReviewPanel::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void ReviewPanel::setCurrentRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    m_view->setCurrentIndex(m_model->index(row, 0));
}

void ReviewPanel::findCandidates()
{
    if (!m_document || m_task)
        return;
    const MatchKind kind = this->kind();
    MatchOptions options;
    options.threshold = m_threshold->value();
    const CaseFile *owner = &m_document->file();
    m_task = runTask<QList<CaseMatch>>(
        this, TaskKind::FindCandidates, tr("Finding match candidates"),
        [owner, kind, options](Progress &progress) -> Result<QList<CaseMatch>> {
            auto worker = CaseFile::openForWorker(*owner);
            if (!worker)
                return worker.error();
            return kind == MatchKind::Screening ? casematching::screen(**worker, options, progress)
                                                : casematching::duplicates(**worker, options, progress);
        },
        [this](TaskResult<QList<CaseMatch>> found) {
            m_task = nullptr;
            const bool ok = found.isDone();
            const QString message = found.error().message;
            if (ok) {
                m_model->setCandidates(found.takeValue());
                const int n = m_model->rowCount();
                m_status->setText(tr("%n candidates", nullptr, n));
                const int first = m_model->nextUndecided(-1);
                setCurrentRow(first >= 0 ? first : 0);
            } else {
                m_status->setText(message);
            }
            updateActions();
            Q_EMIT searchFinished(ok, ok ? m_status->text() : message);
        });
    connect(m_task, &Task::statusChanged, m_status, &QLabel::setText);
    m_status->setText(tr("Searching…"));
    updateActions();
}

bool ReviewPanel::isSearching() const
{
    return m_task != nullptr;
}

void ReviewPanel::waitForSearch()
{
    if (m_task)
        m_task->waitForFinished();
}

Status ReviewPanel::acceptCurrent()
{
    return decideCurrent(MatchVerdict::Accepted);
}

Status ReviewPanel::rejectCurrent()
{
    return decideCurrent(MatchVerdict::Rejected);
}

Status ReviewPanel::decideCurrent(MatchVerdict verdict)
{
    const CaseMatch *m = m_model->candidateAt(currentRow());
    if (!m_document || !m)
        return makeError(ErrorCode::InvalidInput, tr("No candidate is selected."));
    MatchDecision d;
    d.kind = m->kind;
    d.aRef = m->aRef;
    d.bRef = m->bRef;
    d.verdict = verdict;
    d.score = m->score;
    const Status done = m_document->decide(d);
    if (!done) {
        m_status->setText(done.error().message);
        return done;
    }
    next();
    return done;
}

void ReviewPanel::next()
{
    const int row = m_model->nextUndecided(currentRow());
    if (row >= 0)
        setCurrentRow(row);
    else if (currentRow() + 1 < m_model->rowCount())
        setCurrentRow(currentRow() + 1);
}

void ReviewPanel::previous()
{
    if (currentRow() > 0)
        setCurrentRow(currentRow() - 1);
}

void ReviewPanel::onDecisionsChanged(MatchKind kind, const QString &aRef, const QString &bRef)
{
    m_previewBase = std::make_shared<DecisionPreviewBase>();
    const int row = m_model->rowOf(kind, aRef, bRef);
    if (row < 0 || !m_document)
        return;
    const auto stored = decisionstore::find(m_document->file(), kind, aRef, bRef);
    m_model->setDecision(row, stored ? std::optional<MatchVerdict>(stored->verdict) : std::nullopt);
    if (row == currentRow())
        showCandidate(row);
}

QString ReviewPanel::describeEntity(const QString &extId) const
{
    if (!m_document)
        return {};
    sqlite3 *db = m_document->file().handle();
    auto details = loadEntityDetails(db, findEntityByExtId(db, extId));
    if (!details)
        return escaped(details.error().message);
    const EntityDetails &e = details.value();
    QString html = QStringLiteral("<h3>%1</h3><p>%2 · %3")
                       .arg(escaped(e.name), escaped(e.extId), escaped(vocabularyLabel(e.type)));
    if (!e.country.isEmpty())
        html += QStringLiteral(" · ") + escaped(e.country);
    if (!e.birthDate.isEmpty())
        html += QStringLiteral(" · ") + escaped(e.birthDate);
    html += QStringLiteral("<br/><span style='color:gray'>%1</span></p>").arg(escaped(tr("Source: %1").arg(e.source)));
    html += factList(tr("Names"), e.names);
    html += factList(tr("Identifiers"), e.identifiers);
    html += factList(tr("Addresses"), e.addresses);
    // Several dates of birth or incorporation: each one counts in the score, so each one is shown.
    if (e.dates.size() > 1)
        html += factList(e.type == u"Person" ? tr("Dates of birth") : tr("Dates of incorporation"), e.dates);
    html += factList(tr("Designations"), e.designations);
    return html;
}

void ReviewPanel::showCandidate(int row)
{
    const CaseMatch *m = m_model->candidateAt(row);
    if (!m) {
        m_left->clear();
        m_right->clear();
        m_reasons->clear();
        m_score->clear();
        m_effect.reset();
        showEffect();
        updateActions();
        return;
    }
    m_left->setHtml(describeEntity(m->aRef));
    m_right->setHtml(describeEntity(m->bRef));
    QString score = tr("Score %1").arg(m->score, 0, 'f', 2) + QStringLiteral(" — ") +
                    MatchCandidateModel::bandText(Matcher::band(m->score));
    if (m->decision)
        score += QStringLiteral(" — ") + (*m->decision == MatchVerdict::Accepted ? tr("accepted") : tr("rejected"));
    m_score->setText(score);
    m_reasons->setText(tr("Why: %1").arg(m->reasons.join(QStringLiteral("; "))));
    updateActions();
    previewCurrent();
}

void ReviewPanel::previewCurrent()
{
    const CaseMatch *m = m_model->candidateAt(currentRow());
    if (!m_document || !m)
        return;
    if (m_previewTask) { // one preview at a time: the running one stops, then the current candidate follows
        m_previewAgain = true;
        m_previewTask->cancel();
        return;
    }
    m_previewAgain = false;
    const CaseFile *owner = &m_document->file();
    const MatchKind kind = m->kind;
    const QString a = m->aRef, b = m->bRef;
    auto base = m_previewBase;
    m_previewTask = runTask<DecisionEffect>(
        this, TaskKind::PreviewDecision, tr("Working out the effect"),
        [owner, base, kind, a, b](Progress &progress) {
            auto worker = CaseFile::openForWorker(*owner);
            if (!worker)
                return Result<DecisionEffect>(worker.error());
            return previewDecision(**worker, *base, kind, a, b, QDate::currentDate(), progress);
        },
        [this](TaskResult<DecisionEffect> worked) {
            m_previewTask = nullptr;
            if (m_previewAgain) {
                previewCurrent();
                return;
            }
            const bool ok = worked.isDone();
            m_effect = ok ? std::make_shared<DecisionEffect>(worked.takeValue()) : nullptr;
            showEffect();
            if (!ok)
                m_effectText->setText(tr("The effect could not be worked out: %1").arg(worked.error().message));
            Q_EMIT effectReady();
        });
    m_effectText->setText(tr("Working out what accepting would change…"));
}

void ReviewPanel::showEffect()
{
    if (!m_effect) {
        m_effectText->clear();
        fitEffectText();
        m_effectGraph->setSnapshot({});
        return;
    }
    const DecisionEffect &e = *m_effect;
    m_effectText->setText(e.summary());
    fitEffectText();
    std::vector<QPointF> positions;
    positions.reserve(e.positions.size());
    for (const graph::Point &p : e.positions)
        positions.emplace_back(p.x, p.y);
    m_effectGraph->setSnapshot(e.graph, std::move(positions));
    m_effectGraph->highlight(e.changedNodes, e.gainedEdges);
    m_effectGraph->selectNodes(e.mergingNodes);
    m_effectGraph->fitToView();
}

void ReviewPanel::fitEffectText()
{
    // The splitter above does not pass height-for-width down: give the wrapped text the lines it needs.
    const int height = m_effectText->text().isEmpty() ? 0 : m_effectText->heightForWidth(m_effectText->width());
    m_effectText->setMinimumHeight(std::max(height, 0));
}

bool ReviewPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_effectText && event->type() == QEvent::Resize &&
        static_cast<QResizeEvent *>(event)->oldSize().width() != m_effectText->width())
        QTimer::singleShot(0, this, &ReviewPanel::fitEffectText);
    return QWidget::eventFilter(watched, event);
}

QString ReviewPanel::effectText() const
{
    return m_effect ? m_effect->summary() : QString();
}

bool ReviewPanel::isPreviewing() const
{
    return m_previewTask != nullptr;
}

void ReviewPanel::updateActions()
{
    const bool open = m_document != nullptr;
    const bool writable = open && !m_document->file().isReadOnly();
    const bool selected = m_model->candidateAt(currentRow()) != nullptr;
    m_find->setEnabled(open && !m_task);
    m_accept->setEnabled(writable && selected);
    m_reject->setEnabled(writable && selected);
    m_next->setEnabled(selected);
}

} // namespace caravan
