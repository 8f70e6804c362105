// How ownership verdicts are written out: a verdict and a whole run as JSON (the run streamed verdict by verdict),
// the case's lists with the rules they feed, and the percent and stake wording the explanations use.
#include "models/analysis/OwnershipAnalysis.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace caravan {

namespace {

double rounded(double percent)
{
    return std::round(percent * 1e6) / 1e6;
}

QJsonArray toJson(const QList<StakeShare> &list)
{
    QJsonArray a;
    for (const StakeShare &s : list) {
        QJsonObject o{{QStringLiteral("owner"), s.owner},
                      {QStringLiteral("link"), s.link},
                      {QStringLiteral("kind"), s.control ? QStringLiteral("control") : QStringLiteral("ownership")},
                      {QStringLiteral("known"), s.known},
                      {QStringLiteral("owner_status"), s.ownerStatus}};
        if (s.known) {
            o.insert(QStringLiteral("percent"), rounded(s.percent));
            o.insert(QStringLiteral("percent_max"), rounded(s.percentMax));
        }
        a.append(o);
    }
    return a;
}

QJsonArray toJson(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QJsonArray toJson(const QList<ExplanationEntry> &steps)
{
    QJsonArray a;
    for (const ExplanationEntry &step : steps)
        a.append(QJsonObject{{QStringLiteral("entity"), step.entity},
                             {QStringLiteral("designated"), step.designated},
                             {QStringLiteral("lists"), toJson(step.lists)},
                             {QStringLiteral("because"), toJson(step.because)}});
    return a;
}

// What the verdicts rest on: how many facts held on the date and how many were set aside.
QJsonObject statsJson(const OwnershipLoadStats &stats)
{
    return QJsonObject{{QStringLiteral("entities"), stats.entities},
                       {QStringLiteral("merged_entities"), stats.mergedEntities},
                       {QStringLiteral("links_read"), stats.linksRead},
                       {QStringLiteral("links_active"), stats.linksActive},
                       {QStringLiteral("links_outside_date"), stats.linksOutsideDate},
                       {QStringLiteral("overlapping_records_set_aside"), stats.overlappingRecordsSetAside},
                       {QStringLiteral("self_links_dropped"), stats.selfLinksDropped},
                       {QStringLiteral("designations_read"), stats.designationsRead},
                       {QStringLiteral("designations_active"), stats.designationsActive},
                       {QStringLiteral("unreadable_dates"), stats.unreadableDates}};
}

} // namespace

QJsonArray listsJson(const QList<CaseList> &lists)
{
    QJsonArray a;
    for (const CaseList &l : lists) {
        QJsonArray rules;
        for (const QString &r : ListRules::rulesText(l.rules).split(u','))
            if (r != u"none")
                rules.append(r);
        QJsonObject o{{QStringLiteral("list"), l.key},
                      {QStringLiteral("class"), authorityKey(l.cls.authority)},
                      {QStringLiteral("label"), l.cls.label},
                      {QStringLiteral("rules"), rules},
                      {QStringLiteral("default_rules"), ListRules::rulesText(l.cls.rules)},
                      {QStringLiteral("overridden"), l.overridden},
                      {QStringLiteral("designations"), l.designations}};
        if (l.entities > 0)
            o.insert(QStringLiteral("entities"), l.entities);
        a.append(o);
    }
    return a;
}

QString percentText(double percent)
{
    return QString::number(rounded(percent), 'g', 10) + u'%';
}

QString describeStakes(const QList<StakeShare> &list, bool upper)
{
    QStringList parts;
    for (const StakeShare &s : list) {
        QString share;
        if (s.control)
            share = QStringLiteral("control");
        else if (!s.known)
            share = QStringLiteral("an unknown share");
        else if (s.percentMax == s.percent)
            share = percentText(s.percent);
        else if (upper)
            share = percentText(s.percentMax) + QStringLiteral(" at most");
        else
            share = percentText(s.percent) + u'-' + percentText(s.percentMax);
        parts << QStringLiteral("%1 %2 [%3]").arg(s.owner, share, s.link);
    }
    return parts.join(QStringLiteral(", "));
}

QJsonObject OwnershipVerdict::toJson() const
{
    QJsonArray effective;
    for (const EffectiveShare &e : effectiveOwners)
        effective.append(QJsonObject{{QStringLiteral("owner"), e.owner},
                                     {QStringLiteral("percent"), rounded(e.percent)},
                                     {QStringLiteral("percent_max"), rounded(e.percentMax)},
                                     {QStringLiteral("paths"), static_cast<qint64>(e.paths)},
                                     {QStringLiteral("unknown_share"), e.unknownShare},
                                     {QStringLiteral("above_threshold"), e.aboveThreshold}});
    return QJsonObject{
        {QStringLiteral("entity"), entity},
        {QStringLiteral("status"), status()},
        {QStringLiteral("designated"), designated},
        {QStringLiteral("lists"), caravan::toJson(lists)},
        {QStringLiteral("blocked"), blocked},
        {QStringLiteral("possibly_blocked"), possiblyBlocked},
        {QStringLiteral("needs_review"), needsReview},
        {QStringLiteral("aggregate_percent"), rounded(aggregatePercent)},
        {QStringLiteral("aggregate_percent_max"), rounded(aggregatePercentMax)},
        {QStringLiteral("because"), caravan::toJson(because)},
        {QStringLiteral("possibly_because"), caravan::toJson(possiblyBecause)},
        {QStringLiteral("unknown_shares"), caravan::toJson(unknownShares)},
        {QStringLiteral("control_by_blocked"), caravan::toJson(controlByBlocked)},
        {QStringLiteral("caution"), caution},
        {QStringLiteral("caution_reasons"), caravan::toJson(cautionReasons)},
        {QStringLiteral("explanation"), caravan::toJson(explanation)},
        {QStringLiteral("explanation_text"), explanationText},
        {QStringLiteral("eu_listed"), euListed},
        {QStringLiteral("eu_owned"), euOwned},
        {QStringLiteral("eu_controlled"), euControlled},
        {QStringLiteral("eu_threshold"), euInclusive ? QStringLiteral(">=50") : QStringLiteral(">50")},
        {QStringLiteral("eu_aggregate_percent"), rounded(euAggregatePercent)},
        {QStringLiteral("eu_because"), caravan::toJson(euBecause)},
        {QStringLiteral("eu_control_by"), caravan::toJson(euControlBy)},
        {QStringLiteral("eu_explanation"), caravan::toJson(euExplanation)},
        {QStringLiteral("uk_listed"), ukListed},
        {QStringLiteral("uk_owned"), ukOwned},
        {QStringLiteral("uk_possibly_owned"), ukPossiblyOwned},
        {QStringLiteral("uk_controlled"), ukControlled},
        {QStringLiteral("uk_threshold"), QStringLiteral(">50 one designated person")},
        {QStringLiteral("uk_person"), ukPerson},
        {QStringLiteral("uk_largest_percent"), rounded(ukLargestPercent)},
        {QStringLiteral("uk_largest_percent_max"), rounded(ukLargestPercentMax)},
        {QStringLiteral("uk_combined_percent"), rounded(ukCombinedPercent)},
        {QStringLiteral("uk_designated_holders"), ukHolders},
        {QStringLiteral("uk_because"), caravan::toJson(ukBecause)},
        {QStringLiteral("uk_control_by"), caravan::toJson(ukControlBy)},
        {QStringLiteral("uk_explanation_text"), ukExplanationText},
        {QStringLiteral("lists_used"), QJsonObject{{QStringLiteral("ofac"), caravan::toJson(ofacListsCounted)},
                                                   {QStringLiteral("eu"), caravan::toJson(euListsCounted)},
                                                   {QStringLiteral("uk"), caravan::toJson(ukListsCounted)}}},
        {QStringLiteral("lists_text"), QJsonObject{{QStringLiteral("ofac"), ofacListsText},
                                                   {QStringLiteral("eu"), euListsText},
                                                   {QStringLiteral("uk"), ukListsText}}},
        {QStringLiteral("ofac_uncounted_owners"), caravan::toJson(ofacUncountedOwners)},
        {QStringLiteral("effective_owners"), effective},
        {QStringLiteral("effective_complete"), effectiveComplete},
        {QStringLiteral("effective_cycle_skipped"), effectiveCycleSkipped},
        {QStringLiteral("effective_owners_below_threshold"), effectiveOwnersBelowThreshold},
    };
}

Status OwnershipAnalysis::writeJson(QIODevice &out, const std::vector<std::uint32_t> &entities,
                                    Progress &progress) const
{
    const QJsonObject head{
        {QStringLiteral("as_of"), m_snapshot.asOf.isValid() ? m_snapshot.asOf.toString(Qt::ISODate) : QString()},
        {QStringLiteral("eu_threshold"),
         euInclusiveOn(m_snapshot.asOf) ? QStringLiteral(">=50") : QStringLiteral(">50")},
        {QStringLiteral("effective_threshold"), m_options.effectiveThreshold},
        {QStringLiteral("effective_max_depth"), static_cast<qint64>(m_options.effectiveBudget.maxDepth)},
        {QStringLiteral("stats"), statsJson(m_snapshot.stats)},
        {QStringLiteral("lists"), listsJson(m_snapshot.lists)},
    };
    // One object, written verdict by verdict: a million verdicts never sit in memory at once.
    QByteArray bytes = QJsonDocument(head).toJson(QJsonDocument::Compact);
    bytes.chop(1); // the closing brace
    bytes += ",\"verdicts\":[";
    std::int64_t done = 0;
    for (const std::uint32_t e : entities) {
        if ((done & 0x3FF) == 0) {
            progress.setProgress(done, static_cast<std::int64_t>(entities.size()));
            if (progress.isCancelled())
                return makeError(ErrorCode::Cancelled, QStringLiteral("ownership verdicts cancelled"));
        }
        if (done++ > 0)
            bytes += ',';
        bytes += QJsonDocument(verdict(e).toJson()).toJson(QJsonDocument::Compact);
        if (bytes.size() > (1 << 20)) {
            if (out.write(bytes) != bytes.size())
                return makeError(ErrorCode::Io, out.errorString());
            bytes.clear();
        }
    }
    bytes += "]}\n";
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, out.errorString());
    return {};
}

} // namespace caravan
