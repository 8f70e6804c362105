#include "models/report/ReportBuilder.h"
#include "models/report/ReportBuilderSupport.h"

#include "models/report/AuditSummary.h"

#include "models/analysis/Chpl.h"
#include "models/analysis/ListRules.h"
#include "models/analysis/MirrorComparison.h"
#include "models/analysis/RedFlags.h"
#include "models/analysis/ShipmentOutliers.h"
#include "models/analysis/TradeCharts.h"
#include "models/domain/Mark.h"
#include "models/itemmodels/AnomalyTableModel.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseStats.h"
#include "models/storage/Connection.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace caravan {

void ReportBuilder::addVerdicts(ReportSection &section, const QList<ReportVerdict> &verdicts)
{
    ReportTable table;
    table.header = {tr("Entity"), tr("OFAC 50% rule"), tr("Aggregate"), tr("EU"), tr("UK"), tr("Effective owners")};
    table.widths = {2.2, 1.1, 1.0, 0.9, 0.9, 2.0};
    for (const ReportVerdict &v : verdicts) {
        QStringList owners;
        for (const ReportOwnerShare &o : v.effectiveOwners)
            owners << QStringLiteral("%1 %2%").arg(entityLabel(o.owner), number(o.percent, 1));
        // An entity on a list a rule counts is shown as listed under that rule, not as "no": its own listing, not
        // its owners, decides.
        const QString ofac = v.designated        ? tr("designated")
                             : v.blocked         ? tr("blocked")
                             : v.possiblyBlocked ? tr("possibly blocked")
                                                 : tr("not blocked");
        QStringList eu;
        if (v.euListed)
            eu << tr("listed");
        if (v.euOwned)
            eu << tr("owned");
        if (v.euControlled)
            eu << tr("controlled");
        const bool ukReview = !v.ukOwned && !v.ukControlled && v.ukHolders > 1 && v.ukCombinedPercent > 50.0;
        const QString uk = v.ukListed       ? tr("listed")
                           : v.ukOwned      ? tr("owned")
                           : v.ukControlled ? tr("controlled")
                           : ukReview
                               ? tr("no; %1 held by several persons: review").arg(number(v.ukCombinedPercent, 1) + u'%')
                               : tr("no");
        table.rows << QStringList{entityLabel(v.entity),
                                  ofac,
                                  number(v.aggregatePercent, 1) + u'%',
                                  eu.isEmpty() ? tr("no") : eu.join(QStringLiteral(", ")),
                                  uk,
                                  owners.isEmpty() ? QStringLiteral("—") : owners.join(QStringLiteral("; "))};
    }
    if (!table.rows.isEmpty())
        section.blocks << table;
    for (const ReportVerdict &v : verdicts) {
        QStringList because;
        for (const ReportOwnerShare &o : v.because)
            because << QStringLiteral("%1 (%2%)").arg(entityLabel(o.owner), number(o.percent, 1));
        if (v.explanation.isEmpty() && because.isEmpty())
            continue;
        section.blocks << ReportHeading{entityLabel(v.entity)};
        if (!because.isEmpty())
            section.blocks << ReportParagraph{
                tr("Stakes held by blocked owners%1: %2.")
                    .arg(v.asOf.isEmpty() ? QString() : tr(" on %1").arg(v.asOf), because.join(QStringLiteral(", ")))};
        if (!v.explanation.isEmpty())
            section.blocks << ReportParagraph{v.explanation};
        if ((v.ukOwned || v.ukControlled || (v.ukHolders > 1 && v.ukCombinedPercent > 50.0)) &&
            !v.ukExplanation.isEmpty())
            section.blocks << ReportParagraph{v.ukExplanation};
    }
}

Result<QSet<QString>> ReportBuilder::markedParties()
{
    QSet<QString> parties;
    auto marked = readMarkedRefs(m_db);
    if (!marked)
        return marked.error();
    parties = marked->entities;
    if (m_inputs.chains)
        for (const ReportChain &c : *m_inputs.chains) {
            const QString status = c.markStatus.isEmpty() ? marked->chainStatus.value(c.id) : c.markStatus;
            if (statusRank(status) <= 1)
                for (const QString &party : c.route)
                    parties.insert(party);
        }
    return parties;
}

Status ReportBuilder::addOwnershipAppendix(ReportSection &section)
{
    section.blocks << ReportParagraph{tr("The ownership verdicts of the case's entities that no marked chain or "
                                         "marked entity involves, for completeness."),
                                      ReportParagraph::Style::Note};
    addVerdicts(section, m_otherVerdicts);
    return {};
}

Status ReportBuilder::addOwnership(ReportSection &section)
{
    sqlite3 *db = m_db;
    auto focus = markedParties();
    if (!focus)
        return focus.error();
    QSet<QString> shownIds = *focus;
    if (m_inputs.verdicts) {
        // Which lists each rule counted: an OFAC verdict rests on OFAC SDN listings only, and says so.
        QStringList ruleLists = m_inputs.ruleLists;
        if (ruleLists.isEmpty()) {
            auto rules = ListRules::load(db);
            auto lists = rules ? rules->caseLists(db) : Result<QList<CaseList>>(rules.error());
            if (!lists)
                return lists.error();
            for (const OwnershipRule rule : {OwnershipRule::Ofac, OwnershipRule::Eu, OwnershipRule::Uk})
                ruleLists << describeRuleLists(rule, *lists);
        }
        // One sentence per rule, so that each verdict's basis can be read at a glance.
        for (qsizetype i = 0; i < ruleLists.size(); ++i)
            section.blocks << ReportParagraph{
                i == 0 ? tr("Lists counted by each rule (the case's setting): %1").arg(ruleLists.at(i))
                       : ruleLists.at(i),
                ReportParagraph::Style::Note};
        if (m_inputs.verdicts->isEmpty())
            section.blocks << ReportParagraph{tr("No entity of the case is blocked or owned by listed persons.")};
        // The section is about what the investigator marked: the parties of marked chains, marked entities, and
        // the owners their verdicts name. The verdicts of every other entity go to an appendix when asked for.
        for (const ReportVerdict &v : *m_inputs.verdicts)
            if (focus->contains(v.entity)) {
                for (const ReportOwnerShare &o : v.because)
                    shownIds.insert(o.owner);
                for (const ReportOwnerShare &o : v.effectiveOwners)
                    shownIds.insert(o.owner);
            }
        QList<ReportVerdict> shown;
        m_otherVerdicts.clear();
        for (const ReportVerdict &v : *m_inputs.verdicts)
            (shownIds.contains(v.entity) ? shown : m_otherVerdicts) << v;
        if (!m_inputs.verdicts->isEmpty() && focus->isEmpty())
            section.blocks << ReportParagraph{tr("No chain or entity is marked confirmed or suspected, so no verdict "
                                                 "is about a marked party."),
                                              ReportParagraph::Style::Quote};
        addVerdicts(section, shown);
        if (!m_otherVerdicts.isEmpty())
            section.blocks << ReportParagraph{
                m_options.ownershipAppendix
                    ? tr("%n further verdict(s), on entities that no marked chain or marked entity involves, are "
                         "listed in the appendix \"Ownership of every other entity\".",
                         nullptr, static_cast<int>(m_otherVerdicts.size()))
                    : tr("%n further verdict(s), on entities that no marked chain or marked entity involves, are left "
                         "out; ask for the ownership appendix to list them.",
                         nullptr, static_cast<int>(m_otherVerdicts.size())),
                ReportParagraph::Style::Note};
    } else {
        section.blocks << ReportParagraph{
            tr("Ownership verdicts (OFAC 50% rule, EU and UK ownership and control) were not "
               "among this report's inputs. The designations of the marked parties follow."),
            ReportParagraph::Style::Note};
    }
    // Designations too: those of the marked parties and of the owners shown; every designation is in the appendix.
    auto marked = designationRows(&shownIds, kMaxDesignationRows);
    if (!marked)
        return marked.error();
    m_otherDesignations = marked->others;
    if (marked->matching == 0 && marked->others == 0) {
        section.blocks << ReportParagraph{tr("No designation is recorded in the case.")};
        return {};
    }
    if (marked->matching > 0) {
        marked->table.caption = tr("Designations of the marked parties and their owners");
        section.blocks << marked->table;
        if (marked->matching > kMaxDesignationRows)
            section.blocks << ReportParagraph{
                tr("The first %1 of %2 designations are shown.").arg(kMaxDesignationRows).arg(marked->matching),
                ReportParagraph::Style::Note};
    } else {
        section.blocks << ReportParagraph{tr("No marked party, and no owner shown above, is designated.")};
    }
    if (marked->others > 0)
        section.blocks << ReportParagraph{
            m_options.ownershipAppendix
                ? tr("%n further designation(s), of entities that no marked chain or marked entity involves, are "
                     "listed in the appendix \"Designations in the case\".",
                     nullptr, static_cast<int>(marked->others))
                : tr("%n further designation(s), of entities that no marked chain or marked entity involves, are "
                     "left out; ask for the ownership appendix to list them.",
                     nullptr, static_cast<int>(marked->others)),
            ReportParagraph::Style::Note};
    return {};
}

Result<ReportBuilder::DesignationRows> ReportBuilder::designationRows(const QSet<QString> *only, qint64 maxRows)
{
    DesignationRows out;
    out.table.caption = tr("Designations in the case");
    out.table.header = {tr("Entity"), tr("List"), tr("Program"), tr("Listed")};
    out.table.widths = {3.2, 1.2, 1.8, 1.0};
    SqliteStatement st(m_db, "SELECT e.ext_id, d.list, coalesce(d.program, ''), coalesce(d.listed_date, '') "
                             "FROM designations d JOIN entities e ON e.id = d.entity_id ORDER BY e.name, d.list");
    while (st.step()) {
        const QString extId = st.text(0);
        if (only && !only->contains(extId)) {
            ++out.others;
            continue;
        }
        if (++out.matching <= maxRows)
            out.table.rows << QStringList{entityLabel(extId), st.text(1), st.text(2), st.text(3)};
    }
    if (st.failed())
        return dbError(m_db, tr("reading designations failed"));
    return out;
}

Status ReportBuilder::addDesignationsAppendix(ReportSection &section)
{
    auto every = designationRows(nullptr, kMaxAppendixDesignationRows);
    if (!every)
        return every.error();
    section.blocks << ReportParagraph{tr("Every designation recorded in the case, for completeness."),
                                      ReportParagraph::Style::Note};
    section.blocks << every->table;
    if (every->matching > kMaxAppendixDesignationRows)
        section.blocks << ReportParagraph{
            tr("The first %1 of %2 designations are shown.").arg(kMaxAppendixDesignationRows).arg(every->matching),
            ReportParagraph::Style::Note};
    return {};
}

} // namespace caravan
