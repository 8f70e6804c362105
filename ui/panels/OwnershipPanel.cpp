#include "ui/panels/OwnershipPanel.h"

#include "models/analysis/OwnershipAnalysis.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/tasks/RunTask.h"

#include <QCoreApplication>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace caravan {

namespace {

QString esc(const QString &t)
{
    return t.toHtmlEscaped();
}

QString percent(double lo, double hi)
{
    const QLocale locale;
    if (hi > lo + 1e-9)
        return QStringLiteral("%1–%2%").arg(locale.toString(lo, 'g', 4), locale.toString(hi, 'g', 4));
    return QStringLiteral("%1%").arg(locale.toString(lo, 'g', 4));
}

QString entityLink(const QString &extId)
{
    return QStringLiteral("<a href='entity:%1'>%1</a>").arg(esc(extId));
}

// An owner's status under the rule of the list it is in, in words ("EU-listed", not "eu_listed").
QString ownerStatusText(const QString &key)
{
    static const QHash<QString, const char *> words = {
        {QStringLiteral("designated"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "designated")},
        {QStringLiteral("blocked"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "blocked")},
        {QStringLiteral("possibly_blocked"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "possibly blocked")},
        {QStringLiteral("eu_listed"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "EU-listed")},
        {QStringLiteral("eu_owned"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "EU-owned")},
        {QStringLiteral("eu_controlled"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "EU-controlled")},
        {QStringLiteral("uk_listed"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "UK-listed")},
        {QStringLiteral("uk_owned"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "UK-owned")},
        {QStringLiteral("uk_controlled"), QT_TRANSLATE_NOOP("caravan::OwnershipPanel", "UK-controlled")},
    };
    const auto it = words.constFind(key);
    return it == words.constEnd() ? key : QCoreApplication::translate("caravan::OwnershipPanel", it.value());
}

QString stakes(const QList<StakeShare> &list)
{
    QStringList rows;
    for (const StakeShare &s : list) {
        QString row = entityLink(s.owner) + QStringLiteral(" ");
        row += s.control ? OwnershipPanel::tr("control (no share)")
                         : (s.known ? percent(s.percent, s.percentMax) : OwnershipPanel::tr("unknown share"));
        if (!s.ownerStatus.isEmpty())
            row += QStringLiteral(" <i>(%1)</i>").arg(esc(ownerStatusText(s.ownerStatus)));
        rows << row;
    }
    return rows.isEmpty() ? QString()
                          : QStringLiteral("<ul style='margin-top:0'><li>%1</li></ul>")
                                .arg(rows.join(QStringLiteral("</li><li>")));
}

} // namespace

OwnershipPanel::OwnershipPanel(QWidget *parent)
    : QWidget(parent), m_date(new QDateEdit(QDate::currentDate(), this)), m_state(new QLabel(this)),
      m_text(new QTextBrowser(this)), m_showOwnership(new QPushButton(tr("Show ownership"), this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("As of:"), this));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setAccessibleName(tr("Evaluate ownership as of this date"));
    row->addWidget(m_date);
    auto *today = new QPushButton(tr("Today"), this);
    row->addWidget(today);
    row->addStretch(1);
    m_showOwnership->setToolTip(tr("Show the entity's owners and holdings on the Ownership tab"));
    m_showOwnership->setEnabled(false);
    layout->addLayout(row);
    // On a row of its own, so that the dock stays narrow enough for a 1366-pixel screen in every language.
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_showOwnership);
    m_listRules = new QPushButton(tr("Lists and rules…"), this);
    m_listRules->setToolTip(tr("Choose which designation lists the OFAC, EU and UK rules count in this case"));
    m_listRules->setEnabled(false);
    actions->addWidget(m_listRules);
    connect(m_listRules, &QPushButton::clicked, this, &OwnershipPanel::listRulesRequested);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_state->setWordWrap(true);
    layout->addWidget(m_state);
    layout->addWidget(m_text, 1);
    m_text->setOpenLinks(false);
    m_text->setAccessibleName(tr("Ownership verdict"));
    connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"entity")
            Q_EMIT entityActivated(url.path());
    });
    connect(m_showOwnership, &QPushButton::clicked, this, [this] {
        if (!m_entity.isEmpty())
            Q_EMIT ownershipViewRequested(m_entity);
    });
    connect(today, &QPushButton::clicked, this, [this] { m_date->setDate(QDate::currentDate()); });
    connect(m_date, &QDateEdit::dateChanged, this, &OwnershipPanel::recompute);
    render();
}

OwnershipPanel::~OwnershipPanel()
{
    if (m_task)
        m_task->abandon();
}

void OwnershipPanel::setCase(CaseFile *file)
{
    if (m_task) {
        m_task->cancel();
        m_task->waitForFinished();
    }
    m_file = file;
    m_entity.clear();
    m_showOwnership->setEnabled(false);
    m_listRules->setEnabled(file != nullptr);
    m_analysis.reset();
    m_statuses.clear();
    recompute();
}

void OwnershipPanel::setAsOf(const QDate &date)
{
    m_date->setDate(date);
}

QDate OwnershipPanel::asOf() const
{
    return m_date->date();
}

QString OwnershipPanel::plainText() const
{
    return m_text->toPlainText();
}

bool OwnershipPanel::isComputing() const
{
    return m_task != nullptr;
}

void OwnershipPanel::showEntity(const QString &extId)
{
    m_entity = extId;
    m_showOwnership->setEnabled(!m_entity.isEmpty());
    render();
}

void OwnershipPanel::refresh()
{
    recompute();
}

void OwnershipPanel::recompute()
{
    const quint64 generation = ++m_generation;
    m_analysis.reset();
    if (!m_file) {
        render();
        return;
    }
    const QString path = m_file->path();
    const QDate date = m_date->date();
    // The analysis and the statuses of the entities it flags.
    using Analysed = std::pair<std::shared_ptr<OwnershipAnalysis>, QHash<QString, QString>>;
    m_task = runTask<Analysed>(
        this, TaskKind::Ownership, tr("Ownership rules"),
        [path, date](Progress &progress) -> Result<Analysed> {
            auto connection = Connection::open(path, Connection::Mode::ReadOnly);
            if (!connection)
                return connection.error();
            OwnershipOptions options;
            options.load.asOf = date;
            auto analysis = OwnershipAnalysis::load((*connection)->handle(), options, progress);
            if (!analysis)
                return analysis.error();
            QHash<QString, QString> statuses;
            for (const std::uint32_t e : (*analysis)->entitiesWithOwners()) {
                const OwnershipVerdict v = (*analysis)->verdict(e);
                if (v.blocked || v.possiblyBlocked || v.needsReview)
                    statuses.insert(v.entity, v.status());
            }
            return Analysed{std::shared_ptr<OwnershipAnalysis>(analysis.takeValue()), std::move(statuses)};
        },
        [this, generation](TaskResult<Analysed> analysed) {
            if (generation != m_generation)
                return;
            m_task = nullptr;
            if (!analysed.isDone()) {
                m_state->setText(tr("The ownership rules could not run: %1").arg(analysed.error().message));
                return;
            }
            std::tie(m_analysis, m_statuses) = analysed.takeValue();
            render();
            Q_EMIT analysisReady();
        });
    m_state->setText(tr("Applying the ownership rules as of %1…").arg(date.toString(Qt::ISODate)));
}

void OwnershipPanel::render()
{
    if (!m_file) {
        m_state->clear();
        m_text->clear();
        return;
    }
    if (m_analysis)
        m_state->setText(tr("%n entities blocked or to review as of %1", nullptr, static_cast<int>(m_statuses.size()))
                             .arg(m_date->date().toString(Qt::ISODate)));
    if (m_entity.isEmpty()) {
        m_text->setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                            .arg(esc(tr("Select an entity to see whether it is blocked under the OFAC 50% rule, "
                                        "owned or controlled under the EU rule or the UK test, and who really owns "
                                        "it."))));
        return;
    }
    if (!m_analysis)
        return;
    const auto index = m_analysis->find(m_entity);
    if (!index) {
        m_text->setHtml(QStringLiteral("<p>%1</p>").arg(esc(tr("%1 is not in the ownership network.").arg(m_entity))));
        return;
    }
    m_text->setHtml(renderVerdict(m_analysis->verdict(*index)));
}

QString OwnershipPanel::renderVerdict(const OwnershipVerdict &v) const
{
    struct Look {
        QString colour;
        QString text;
    };
    Look look{QStringLiteral("#607d8b"), tr("Not blocked under the OFAC 50% rule")};
    if (v.designated)
        look = {QStringLiteral("#8b0000"),
                tr("Designated on a list the OFAC 50% rule counts: %1").arg(v.lists.join(QStringLiteral(", ")))};
    else if (v.blocked)
        look = {QStringLiteral("#d32f2f"), tr("Blocked under the OFAC 50% rule (%1 held by blocked persons)")
                                               .arg(percent(v.aggregatePercent, v.aggregatePercent))};
    else if (v.possiblyBlocked)
        look = {QStringLiteral("#ef6c00"), tr("Possibly blocked: up to %1 held by blocked persons")
                                               .arg(percent(v.aggregatePercent, v.aggregatePercentMax))};
    else if (v.needsReview)
        look = {QStringLiteral("#ef6c00"), tr("Needs review: a blocked person holds a share of unknown size")};
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3><p style='color:white;background:%2;"
                                  "padding:4px'><b>%3</b></p>")
                       .arg(esc(v.entity), look.colour, esc(look.text));
    if (!v.designated && !v.lists.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Listed: %1").arg(v.lists.join(QStringLiteral(", ")))));
    if (!v.because.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(esc(tr("Stakes held by blocked owners"))) + stakes(v.because);
    if (!v.possiblyBecause.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(esc(tr("Ranges that could reach 50%"))) + stakes(v.possiblyBecause);
    if (!v.unknownShares.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(esc(tr("Stakes of unknown size"))) + stakes(v.unknownShares);
    if (!v.controlByBlocked.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(esc(tr("Control by blocked persons (does not block; flag it)"))) +
                stakes(v.controlByBlocked);
    if (!v.explanation.isEmpty() && (v.blocked || v.possiblyBlocked)) {
        QStringList steps;
        for (const ExplanationEntry &e : v.explanation)
            steps << (e.designated ? tr("%1 is designated (%2)").arg(entityLink(e.entity), esc(e.lists.join(u',')))
                                   : tr("%1 is blocked through:").arg(entityLink(e.entity)) + stakes(e.because));
        html += QStringLiteral("<b>%1</b><ol style='margin-top:0'><li>%2</li></ol>")
                    .arg(esc(tr("Why, down to the listed persons")), steps.join(QStringLiteral("</li><li>")));
    }
    if (!v.explanationText.isEmpty())
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(v.explanationText));
    if (v.caution)
        html += QStringLiteral("<p style='color:#ef6c00'>%1</p>").arg(esc(v.cautionReasons.join(u' ')));
    const QString listsStyle = QStringLiteral("<p style='color:#555;font-size:small'>%1</p>");
    html += listsStyle.arg(esc(v.ofacListsText));

    QString eu = v.euListed  ? tr("Listed by the EU")
                 : v.euOwned ? tr("Owned under the EU rule (%1 held by listed persons)")
                                   .arg(percent(v.euAggregatePercent, v.euAggregatePercent))
                 : v.euControlled ? tr("Controlled under the EU rule")
                                  : tr("Neither owned nor controlled under the EU rule");
    html += QStringLiteral("<h4 style='margin-bottom:0'>%1</h4><p>%2</p>").arg(esc(tr("EU rule")), esc(eu));
    if (!v.euBecause.isEmpty())
        html += stakes(v.euBecause);
    if (!v.euControlBy.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(esc(tr("Control"))) + stakes(v.euControlBy);
    html += listsStyle.arg(esc(v.euListsText));

    const QString uk = v.ukListed  ? tr("Listed by the UK")
                       : v.ukOwned ? tr("Owned under the UK test (%1 held by one designated person, %2)")
                                         .arg(percent(v.ukLargestPercent, v.ukLargestPercent), v.ukPerson)
                       : v.ukControlled ? tr("Controlled under the UK test")
                                        : tr("Neither owned nor controlled under the UK test");
    html += QStringLiteral("<h4 style='margin-bottom:0'>%1</h4><p>%2</p>")
                .arg(esc(tr("UK test (OFSI: more than 50%, one designated person)")), esc(uk));
    if (!v.ukBecause.isEmpty())
        html += stakes(v.ukBecause);
    if (!v.ukControlBy.isEmpty())
        html += QStringLiteral("<b>%1</b>").arg(esc(tr("Control"))) + stakes(v.ukControlBy);
    if (!v.ukExplanationText.isEmpty() && !v.ukListed)
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(v.ukExplanationText));
    html += listsStyle.arg(esc(v.ukListsText));

    html += QStringLiteral("<h4 style='margin-bottom:0'>%1</h4>").arg(esc(tr("Effective (beneficial) owners")));
    if (v.effectiveOwners.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("None at or above the threshold.")));
    } else {
        QStringList rows;
        for (const EffectiveShare &e : v.effectiveOwners)
            rows << QStringLiteral("%1 %2 <span style='color:#777'>(%3)</span>")
                        .arg(entityLink(e.owner), percent(e.percent, e.percentMax),
                             esc(tr("%n paths", nullptr, static_cast<int>(e.paths))));
        html += QStringLiteral("<ul style='margin-top:0'><li>%1</li></ul>").arg(rows.join(QStringLiteral("</li><li>")));
    }
    html += QStringLiteral("<p style='color:#777'>%1</p>")
                .arg(esc(tr("The 50% rule adds the stakes of blocked owners; effective ownership multiplies shares "
                            "along each path and adds the paths. The two figures are never mixed.")));
    return html;
}

} // namespace caravan
