#include "models/analysis/OwnershipAnalysis.h"

#include "models/graph/CompactDigraph.h"

#include <unordered_set>

namespace caravan {

namespace {

double lowerSum(const graph::OwnershipGraph &g, const std::vector<std::uint32_t> &stakes)
{
    graph::MicroPercent sum = 0;
    for (const std::uint32_t s : stakes)
        sum += g.stake(s).min;
    return graph::toPercent(sum);
}

} // namespace

QString OwnershipVerdict::status() const
{
    if (blocked)
        return QStringLiteral("blocked");
    if (possiblyBlocked)
        return QStringLiteral("possibly_blocked");
    if (needsReview)
        return QStringLiteral("needs_review");
    return QStringLiteral("not_blocked");
}

OwnershipAnalysis::OwnershipAnalysis(OwnershipSnapshot snapshot, OwnershipOptions options)
    : m_snapshot(std::move(snapshot)), m_options(std::move(options))
{
    graph::OwnershipRuleOptions ruleOptions;
    ruleOptions.euInclusive = euInclusiveOn(m_snapshot.asOf);
    // The graph moves into the rules; m_snapshot keeps the ids.
    m_rules = std::make_unique<graph::OwnershipRules>(std::move(m_snapshot.graph), ruleOptions);
    m_rules->run();
}

void OwnershipAnalysis::indexLinks()
{
    if (m_stakeByLink.isEmpty())
        for (std::uint32_t i = 0; i < m_snapshot.stakeRowIds.size(); ++i)
            m_stakeByLink.insert(m_snapshot.stakeRowIds[i], i);
}

Result<std::uint32_t> OwnershipAnalysis::stakeOfLink(qint64 linkRowId)
{
    indexLinks();
    const auto it = m_stakeByLink.constFind(linkRowId);
    if (it == m_stakeByLink.constEnd())
        return makeError(ErrorCode::NotFound, QStringLiteral("link %1 is not an ownership or control link on %2")
                                                  .arg(linkRowId)
                                                  .arg(m_snapshot.asOf.toString(Qt::ISODate)));
    return *it;
}

Status OwnershipAnalysis::changeShare(qint64 linkRowId, const Share &share)
{
    const auto stake = stakeOfLink(linkRowId);
    if (!stake)
        return stake.error();
    const graph::Stake &old = m_rules->graph().stake(stake.value());
    if (old.kind != graph::StakeKind::Ownership)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("link %1 carries no share").arg(linkRowId));
    m_rules->replaceStake(stake.value(), ownershipStake(old.owner, old.asset, share.min, share.max));
    m_effective.reset();
    return {};
}

Status OwnershipAnalysis::removeLink(qint64 linkRowId)
{
    const auto stake = stakeOfLink(linkRowId);
    if (!stake)
        return stake.error();
    m_rules->removeStake(stake.value());
    m_effective.reset();
    return {};
}

Status OwnershipAnalysis::addOwnership(qint64 linkRowId, const QString &owner, const QString &asset, const Share &share)
{
    const auto from = find(owner);
    const auto to = find(asset);
    if (!from || !to)
        return makeError(ErrorCode::NotFound, QStringLiteral("no entity with id '%1'").arg(from ? asset : owner));
    indexLinks();
    const std::uint32_t index = m_rules->addStake(ownershipStake(*from, *to, share.min, share.max));
    m_snapshot.stakeRowIds.push_back(linkRowId);
    m_snapshot.stakeExtIds.push_back(QString());
    m_stakeByLink.insert(linkRowId, index);
    m_effective.reset();
    return {};
}

Result<std::unique_ptr<OwnershipAnalysis>> OwnershipAnalysis::load(sqlite3 *db, const OwnershipOptions &options,
                                                                   Progress &progress)
{
    auto snapshot = OwnershipSnapshot::load(db, options.load, progress);
    if (!snapshot)
        return snapshot.error();
    progress.setStatus(QStringLiteral("Applying the ownership rules"));
    return std::make_unique<OwnershipAnalysis>(snapshot.takeValue(), options);
}

std::vector<std::uint32_t> OwnershipAnalysis::entitiesWithOwners() const
{
    const graph::OwnershipGraph &g = m_rules->graph();
    std::vector<std::uint32_t> result;
    for (std::uint32_t e = 0; e < g.entityCount(); ++e) {
        bool owned = false;
        g.forEachIn(e, [&](std::uint32_t s) { owned = owned || g.stake(s).active; });
        if (owned)
            result.push_back(e);
    }
    return result;
}

QString OwnershipAnalysis::euStatus(std::uint32_t entity) const
{
    const graph::EuVerdict v = m_rules->eu(entity);
    if (v.listed)
        return QStringLiteral("eu_listed");
    if (v.owned)
        return QStringLiteral("eu_owned");
    if (v.controlled)
        return QStringLiteral("eu_controlled");
    return {};
}

QString OwnershipAnalysis::ukStatus(std::uint32_t entity) const
{
    const graph::UkVerdict v = m_rules->uk(entity);
    if (v.listed)
        return QStringLiteral("uk_listed");
    if (v.owned)
        return QStringLiteral("uk_owned");
    if (v.controlled)
        return QStringLiteral("uk_controlled");
    return {};
}

void OwnershipAnalysis::fillUk(OwnershipVerdict &v, std::uint32_t entity) const
{
    const graph::UkVerdict uk = m_rules->uk(entity);
    v.ukListed = uk.listed;
    v.ukOwned = uk.owned;
    v.ukPossiblyOwned = uk.possiblyOwned;
    v.ukControlled = uk.controlled;
    v.ukLargestPercent = graph::toPercent(uk.largest);
    v.ukLargestPercentMax = graph::toPercent(uk.largestUpper);
    v.ukCombinedPercent = graph::toPercent(uk.combined);
    v.ukHolders = static_cast<int>(uk.holders);
    if (uk.person != graph::UkVerdict::kNobody)
        v.ukPerson = m_snapshot.extIds[uk.person];
    v.ukBecause = sharesWith(uk.because, &OwnershipAnalysis::ukStatus);
    v.ukControlBy = sharesWith(uk.controlBy, &OwnershipAnalysis::ukStatus);
    // OFSI's General Guidance for Financial Sanctions, 4.14: different designated persons' holdings are not
    // simply aggregated (unless held jointly, under a joint arrangement, or one controls the other's rights).
    QStringList text;
    if (uk.listed) {
        text << QStringLiteral("%1 is designated on a list the UK test counts.").arg(v.entity);
    } else if (uk.owned) {
        text << QStringLiteral("%1 is owned under the UK test (OFSI): %2 holds %3, more than 50%, directly or through "
                               "entities it owns or controls (%4).")
                    .arg(v.entity, v.ukPerson, percentText(v.ukLargestPercent), describeStakes(v.ukBecause));
    } else {
        if (uk.controlled)
            text << QStringLiteral("%1 is controlled under the UK test (OFSI) through %2.")
                        .arg(v.entity, describeStakes(v.ukControlBy));
        if (v.ukPerson.isEmpty())
            text << QStringLiteral("%1 is not owned under the UK test: no UK-designated person holds a known share "
                                   "in it.")
                        .arg(v.entity);
        else
            text << QStringLiteral("%1 is not owned under the UK test: the largest holding of one UK-designated "
                                   "person is %2 (%3); more than 50% is needed.")
                        .arg(v.entity, percentText(v.ukLargestPercent), v.ukPerson);
        if (uk.holders > 1 && uk.combined > graph::kFiftyPercent)
            text << QStringLiteral("Review: different UK-designated persons (or entities they own) hold %1 together. "
                                   "OFSI does not aggregate different designated persons' holdings unless they hold "
                                   "them jointly, under a joint arrangement, or one controls the other's rights "
                                   "(General Guidance for Financial Sanctions, 4.14); the case records no such "
                                   "arrangement.")
                        .arg(percentText(v.ukCombinedPercent));
        if (uk.possiblyOwned)
            text << QStringLiteral("Possibly owned: with the upper bounds of share ranges one person holds %1.")
                        .arg(percentText(v.ukLargestPercentMax));
    }
    v.ukExplanationText = text.join(u' ');
}

void OwnershipAnalysis::fillLists(OwnershipVerdict &v, std::uint32_t entity) const
{
    for (const CaseList &l : m_snapshot.lists) {
        if (l.rules & graph::kOfacDesignated)
            v.ofacListsCounted << l.key;
        if (l.rules & graph::kEuDesignated)
            v.euListsCounted << l.key;
        if (l.rules & graph::kUkDesignated)
            v.ukListsCounted << l.key;
    }
    v.ofacListsText = describeRuleLists(OwnershipRule::Ofac, m_snapshot.lists);
    v.euListsText = describeRuleLists(OwnershipRule::Eu, m_snapshot.lists);
    v.ukListsText = describeRuleLists(OwnershipRule::Uk, m_snapshot.lists);
    const graph::OwnershipGraph &g = m_rules->graph();
    g.forEachIn(entity, [&](std::uint32_t index) {
        const graph::Stake &s = g.stake(index);
        if (!s.active || (g.designations(s.owner) & graph::kOfacDesignated))
            return;
        const QStringList lists = m_snapshot.designations.value(s.owner);
        if (lists.isEmpty())
            return;
        StakeShare share = this->share(index);
        share.ownerLists = lists;
        v.ofacUncountedOwners.append(share);
    });
}

QList<StakeShare> OwnershipAnalysis::sharesWith(const std::vector<std::uint32_t> &stakes,
                                                QString (OwnershipAnalysis::*status)(std::uint32_t) const) const
{
    QList<StakeShare> list;
    for (const std::uint32_t s : stakes) {
        StakeShare share = this->share(s);
        share.ownerStatus = (this->*status)(m_rules->graph().stake(s).owner);
        list.append(share);
    }
    return list;
}

QList<StakeShare> OwnershipAnalysis::euShares(const std::vector<std::uint32_t> &stakes) const
{
    return sharesWith(stakes, &OwnershipAnalysis::euStatus);
}

QString OwnershipAnalysis::ofacStatus(std::uint32_t entity) const
{
    const graph::OfacVerdict v = m_rules->ofac(entity);
    if (v.designated)
        return QStringLiteral("designated");
    if (v.blocked)
        return QStringLiteral("blocked");
    if (v.possiblyBlocked)
        return QStringLiteral("possibly_blocked");
    return {};
}

StakeShare OwnershipAnalysis::share(std::uint32_t stake) const
{
    const graph::Stake &s = m_rules->graph().stake(stake);
    StakeShare share;
    share.owner = m_snapshot.extIds[s.owner];
    share.link = m_snapshot.stakeId(stake);
    share.control = s.kind == graph::StakeKind::Control;
    share.known = s.known && !share.control;
    share.percent = graph::toPercent(s.min);
    share.percentMax = graph::toPercent(s.max);
    return share;
}

QList<StakeShare> OwnershipAnalysis::shares(const std::vector<std::uint32_t> &stakes) const
{
    return sharesWith(stakes, &OwnershipAnalysis::ofacStatus);
}

OwnershipVerdict OwnershipAnalysis::verdict(std::uint32_t entity) const
{
    const graph::OwnershipGraph &g = m_rules->graph();
    const graph::OfacVerdict o = m_rules->ofac(entity);
    OwnershipVerdict v;
    v.entity = m_snapshot.extIds[entity];
    v.lists = m_snapshot.designations.value(entity);
    v.designated = o.designated;
    v.blocked = o.blocked;
    v.possiblyBlocked = o.possiblyBlocked;
    v.needsReview = o.needsReview;
    v.aggregatePercent = graph::toPercent(o.aggregateLower);
    v.aggregatePercentMax = graph::toPercent(o.aggregateUpper);
    v.because = shares(o.because);
    v.possiblyBecause = shares(o.possiblyBecause);
    v.unknownShares = shares(o.unknownShares);
    v.controlByBlocked = shares(o.controlByBlocked);
    v.caution = o.caution != graph::kNoCaution;
    if (o.caution & graph::kBlockedMinority)
        v.cautionReasons << QStringLiteral("blocked_minority_interest");
    if (o.caution & graph::kControlledByBlocked)
        v.cautionReasons << QStringLiteral("controlled_by_blocked");
    if (o.caution & graph::kUnknownBlockedInterest)
        v.cautionReasons << QStringLiteral("blocked_unknown_interest");
    if (o.caution & graph::kIndirectBlockedInterest)
        v.cautionReasons << QStringLiteral("indirect_blocked_interest");

    // Why: the entity's own stakes, then each blocked owner's, down to the designated persons.
    std::unordered_set<std::uint32_t> seen{entity};
    std::vector<graph::ExplanationStep> steps;
    if (o.blocked) {
        steps = m_rules->explainBlocked(entity);
    } else {
        steps.push_back(graph::ExplanationStep{entity, false, o.because});
        for (const std::uint32_t s : o.because)
            for (graph::ExplanationStep &step : m_rules->explainBlocked(g.stake(s).owner))
                if (seen.insert(step.entity).second)
                    steps.push_back(std::move(step));
    }
    // The chain of blocked entities first, the designated persons it rests on last.
    QStringList text, chain, listed;
    for (const graph::ExplanationStep &step : steps) {
        ExplanationEntry entry{m_snapshot.extIds[step.entity], step.designated,
                               m_snapshot.designations.value(step.entity), shares(step.stakes)};
        if (entry.designated)
            listed
                << QStringLiteral("%1 is designated (%2).").arg(entry.entity, entry.lists.join(QStringLiteral("; ")));
        else if (step.entity != entity || o.blocked)
            chain << QStringLiteral("%1 is blocked: blocked owners hold %2 (%3).")
                         .arg(entry.entity, percentText(lowerSum(g, step.stakes)), describeStakes(entry.because));
        v.explanation.append(entry);
    }
    fillLists(v, entity);
    if (!o.blocked) {
        QString head =
            QStringLiteral("OFAC 50% rule: %1 is not blocked; blocked owners hold %2 in aggregate, below 50%")
                .arg(v.entity, percentText(v.aggregatePercent));
        if (!v.because.isEmpty())
            head += QStringLiteral(" (") + describeStakes(v.because) + u')';
        text << head + u'.';
        if (!v.ofacUncountedOwners.isEmpty()) {
            QStringList owners;
            for (const StakeShare &s : v.ofacUncountedOwners)
                owners << describeStakes({s}) + QStringLiteral(" listed by ") + s.ownerLists.join(QStringLiteral("; "));
            text << QStringLiteral("Owners on lists the OFAC 50% rule does not count: %1.")
                        .arg(owners.join(QStringLiteral(", ")));
        }
    }
    text << chain << listed;
    if (!o.blocked) {
        if (o.possiblyBlocked)
            text << QStringLiteral("Possibly blocked: with the upper bounds of share ranges, owners hold %1 (%2).")
                        .arg(percentText(v.aggregatePercentMax), describeStakes(v.possiblyBecause, true));
        if (o.needsReview)
            text << QStringLiteral("Needs review: an unknown share could make it blocked%1.")
                        .arg(v.unknownShares.isEmpty() ? QStringLiteral(" (through its owners)")
                                                       : QStringLiteral(" (") + describeStakes(v.unknownShares) + u')');
        if (o.caution & graph::kControlledByBlocked)
            text << QStringLiteral("Caution: controlled by blocked owners (%1); control alone does not block.")
                        .arg(describeStakes(v.controlByBlocked));
        if (o.caution & graph::kIndirectBlockedInterest)
            text << QStringLiteral("Caution: blocked persons hold interests upstream through entities that are not "
                                   "blocked.");
    }
    v.explanationText = text.join(u' ');

    const graph::EuVerdict eu = m_rules->eu(entity);
    v.euListed = eu.listed;
    v.euOwned = eu.owned;
    v.euControlled = eu.controlled;
    v.euInclusive = euInclusiveOn(m_snapshot.asOf);
    v.euAggregatePercent = graph::toPercent(eu.aggregate);
    v.euBecause = euShares(eu.because);
    v.euControlBy = euShares(eu.controlBy);
    if (eu.owned)
        for (const graph::ExplanationStep &step : m_rules->explainEuOwned(entity))
            v.euExplanation.append(ExplanationEntry{m_snapshot.extIds[step.entity], step.designated,
                                                    m_snapshot.designations.value(step.entity), euShares(step.stakes)});

    fillUk(v, entity);

    if (!m_effective)
        m_effective =
            std::make_unique<graph::EffectiveOwnershipCalculator>(m_rules->graph(), m_options.effectiveBudget);
    const graph::EffectiveOwnership eff = m_effective->compute(entity);
    v.effectiveComplete = eff.complete;
    v.effectiveCycleSkipped = eff.cycleSkipped;
    for (const graph::EffectiveOwner &e : eff.owners) {
        constexpr double kRounding = 1e-9; // products of exact shares land a hair below the threshold
        if (!m_options.allEffectiveOwners && e.upper < m_options.effectiveThreshold - kRounding) {
            ++v.effectiveOwnersBelowThreshold;
            continue;
        }
        v.effectiveOwners.append(EffectiveShare{m_snapshot.extIds[e.owner], e.lower, e.upper, e.paths, e.unknownShare,
                                                e.lower >= m_options.effectiveThreshold - kRounding});
    }
    return v;
}

Result<QList<QStringList>> ownershipCycles(sqlite3 *db, const QDate &asOf, Progress &progress)
{
    OwnershipLoadOptions options;
    options.asOf = asOf;
    auto snapshot = OwnershipSnapshot::load(db, options, progress);
    if (!snapshot)
        return snapshot.error();
    const graph::OwnershipGraph &g = snapshot->graph;
    std::vector<graph::Edge> edges;
    for (std::uint32_t i = 0; i < g.stakeCount(); ++i)
        if (g.stake(i).isOwnership())
            edges.push_back({g.stake(i).owner, g.stake(i).asset, i});
    QList<QStringList> result;
    for (const auto &group : graph::CompactDigraph(g.entityCount(), edges).cycles()) {
        QStringList ids;
        for (const std::uint32_t v : group)
            ids << snapshot->extIds[v];
        ids.sort();
        result.append(ids);
    }
    return result;
}

} // namespace caravan
