#include "models/graph/OwnershipRules.h"

#include <unordered_set>

namespace caravan::graph {

namespace {
ClosureRule ofacRule(StakeWeight weight)
{
    return ClosureRule{weight, kFiftyPercent, true, kOfacDesignated};
}
ClosureRule euRule(StakeWeight weight, bool inclusive)
{
    return ClosureRule{weight, kFiftyPercent, inclusive, kEuDesignated};
}
} // namespace

OwnershipRules::OwnershipRules(OwnershipGraph graph, OwnershipRuleOptions options)
    : m_graph(std::move(graph)), m_lower(m_graph, ofacRule(StakeWeight::Lower)),
      m_upper(m_graph, ofacRule(StakeWeight::Upper)), m_worst(m_graph, ofacRule(StakeWeight::Worst)),
      m_reach(m_graph, ofacRule(StakeWeight::Reach)),
      m_euOwned(m_graph, euRule(StakeWeight::Lower, options.euInclusive)),
      m_euControl(m_graph, euRule(StakeWeight::LowerWithControl, options.euInclusive))
{
    if (!m_graph.isFinalized())
        m_graph.finalize();
}

void OwnershipRules::run()
{
    for (ThresholdClosure *c : {&m_lower, &m_upper, &m_worst, &m_reach, &m_euOwned, &m_euControl})
        c->run();
}

void OwnershipRules::stakeChanged(std::uint32_t index, const Stake &before)
{
    m_uk.reset();
    for (ThresholdClosure *c : {&m_lower, &m_upper, &m_worst, &m_reach, &m_euOwned, &m_euControl})
        c->stakeChanged(index, before);
}

void OwnershipRules::replaceStake(std::uint32_t index, const Stake &stake)
{
    const Stake before = m_graph.stake(index);
    m_graph.replaceStake(index, stake);
    stakeChanged(index, before);
}

std::uint32_t OwnershipRules::addStake(const Stake &stake)
{
    const std::uint32_t index = m_graph.addStake(stake);
    Stake before = stake;
    before.active = false;
    stakeChanged(index, before);
    return index;
}

void OwnershipRules::removeStake(std::uint32_t index)
{
    Stake removed = m_graph.stake(index);
    removed.active = false;
    replaceStake(index, removed);
}

void OwnershipRules::setDesignations(std::uint32_t entity, std::uint8_t bits)
{
    m_graph.setDesignations(entity, bits);
    m_uk.reset();
    for (ThresholdClosure *c : {&m_lower, &m_upper, &m_worst, &m_reach, &m_euOwned, &m_euControl})
        c->seedChanged(entity);
}

std::size_t OwnershipRules::lastWork() const
{
    std::size_t work = 0;
    for (const ThresholdClosure *c : {&m_lower, &m_upper, &m_worst, &m_reach, &m_euOwned, &m_euControl})
        work += c->lastWork();
    return work;
}

bool OwnershipRules::isEuOwned(std::uint32_t e) const
{
    return m_euOwned.contains(e) && !m_euOwned.isSeed(e);
}

OfacVerdict OwnershipRules::ofac(std::uint32_t entity) const
{
    OfacVerdict v;
    v.entity = entity;
    v.designated = m_lower.isSeed(entity);
    v.blocked = m_lower.contains(entity);
    v.possiblyBlocked = m_upper.contains(entity);
    v.aggregateLower = m_lower.memberSum(entity);
    v.aggregateUpper = m_upper.memberSum(entity);
    v.because = m_lower.memberStakes(entity);
    v.possiblyBecause = m_upper.memberStakes(entity);
    m_graph.forEachIn(entity, [&](std::uint32_t index) {
        const Stake &s = m_graph.stake(index);
        if (s.isOwnership() && !s.known && m_worst.contains(s.owner))
            v.unknownShares.push_back(index);
        if (s.isControl() && m_lower.contains(s.owner))
            v.controlByBlocked.push_back(index);
    });
    if (!v.blocked) {
        // An unknown share decides when only it can reach 50%, or when ranges leave the question open.
        v.needsReview = m_worst.contains(entity) && (!v.possiblyBlocked || !v.unknownShares.empty());
        if (v.aggregateLower > 0)
            v.caution |= kBlockedMinority;
        if (!v.controlByBlocked.empty())
            v.caution |= kControlledByBlocked;
        for (const std::uint32_t index : v.unknownShares)
            if (m_lower.contains(m_graph.stake(index).owner))
                v.caution |= kUnknownBlockedInterest;
        if (v.caution == kNoCaution && m_reach.contains(entity))
            v.caution |= kIndirectBlockedInterest;
    }
    return v;
}

EuVerdict OwnershipRules::eu(std::uint32_t entity) const
{
    EuVerdict v;
    v.entity = entity;
    v.listed = m_euOwned.isSeed(entity);
    v.owned = m_euOwned.contains(entity) && !v.listed;
    v.aggregate = m_euOwned.memberSum(entity);
    v.because = m_euOwned.memberStakes(entity);
    m_graph.forEachIn(entity, [&](std::uint32_t index) {
        const Stake &s = m_graph.stake(index);
        if (s.isControl() && m_euControl.contains(s.owner))
            v.controlBy.push_back(index);
    });
    // Inside the control closure but not owned: a control link upstream brought it in.
    v.controlled = !v.listed && m_euControl.contains(entity) && (!v.controlBy.empty() || !v.owned);
    return v;
}

UkVerdict OwnershipRules::uk(std::uint32_t entity) const
{
    if (!m_uk)
        m_uk = std::make_unique<UkOwnership>(m_graph);
    return m_uk->verdict(entity);
}

std::vector<ExplanationStep> OwnershipRules::explain(const ThresholdClosure &closure, std::uint32_t entity) const
{
    std::vector<ExplanationStep> steps;
    if (!closure.contains(entity))
        return steps;
    std::unordered_set<std::uint32_t> seen{entity};
    std::vector<std::uint32_t> pending{entity};
    for (std::size_t i = 0; i < pending.size(); ++i) {
        ExplanationStep step;
        step.entity = pending[i];
        step.designated = closure.isSeed(step.entity);
        step.stakes = closure.basis(step.entity);
        for (const std::uint32_t index : step.stakes)
            if (seen.insert(m_graph.stake(index).owner).second)
                pending.push_back(m_graph.stake(index).owner);
        steps.push_back(std::move(step));
    }
    return steps;
}

std::vector<ExplanationStep> OwnershipRules::explainBlocked(std::uint32_t entity) const
{
    return explain(m_lower, entity);
}

std::vector<ExplanationStep> OwnershipRules::explainEuOwned(std::uint32_t entity) const
{
    return explain(m_euOwned, entity);
}

} // namespace caravan::graph
