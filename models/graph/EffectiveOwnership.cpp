#include "models/graph/EffectiveOwnership.h"

#include <algorithm>

namespace caravan::graph {

namespace {
constexpr std::uint32_t kNoSlot = UINT32_MAX;
}

EffectiveOwnershipCalculator::EffectiveOwnershipCalculator(const OwnershipGraph &graph, EffectiveOwnershipBudget budget)
    : m_graph(graph), m_budget(budget), m_onPath(graph.entityCount(), 0), m_slot(graph.entityCount(), kNoSlot)
{
}

EffectiveOwnership EffectiveOwnershipCalculator::compute(std::uint32_t entity)
{
    m_result = EffectiveOwnership{};
    walk(entity, 1.0, 1.0, false, 0);
    for (const EffectiveOwner &o : m_result.owners)
        m_slot[o.owner] = kNoSlot;
    std::sort(m_result.owners.begin(), m_result.owners.end(), [](const EffectiveOwner &a, const EffectiveOwner &b) {
        return a.lower != b.lower ? a.lower > b.lower : a.owner < b.owner;
    });
    return std::move(m_result);
}

// Depth first up the owners; m_onPath keeps the current path so that no entity is visited twice on it.
void EffectiveOwnershipCalculator::walk(std::uint32_t entity, double lower, double upper, bool unknown,
                                        std::uint32_t depth)
{
    bool hasOwner = false;
    m_onPath[entity] = 1;
    m_graph.forEachIn(entity, [&](std::uint32_t index) {
        const Stake &s = m_graph.stake(index);
        if (!s.isOwnership() || !m_result.complete || s.owner == entity)
            return; // own shares (a company holding itself) neither own it nor end a path
        hasOwner = true;
        if (m_onPath[s.owner]) {
            m_result.cycleSkipped = true;
            return;
        }
        const double up = upper * (s.known ? toPercent(s.max) / 100.0 : 1.0);
        if (up <= 0.0)
            return; // a zero share contributes nothing on either bound
        if (++m_result.steps > m_budget.maxSteps || depth >= m_budget.maxDepth) {
            m_result.complete = false;
            return;
        }
        walk(s.owner, lower * (s.known ? toPercent(s.min) / 100.0 : 0.0), up, unknown || !s.known, depth + 1);
    });
    m_onPath[entity] = 0;
    if (!hasOwner && depth > 0)
        record(entity, lower, upper, unknown);
}

void EffectiveOwnershipCalculator::record(std::uint32_t owner, double lower, double upper, bool unknown)
{
    if (m_slot[owner] == kNoSlot) {
        m_slot[owner] = static_cast<std::uint32_t>(m_result.owners.size());
        m_result.owners.push_back(EffectiveOwner{owner, 0.0, 0.0, 0, false});
    }
    EffectiveOwner &o = m_result.owners[m_slot[owner]];
    o.lower += lower * 100.0;
    o.upper += upper * 100.0;
    ++o.paths;
    o.unknownShare = o.unknownShare || unknown;
}

EffectiveOwnership effectiveOwnership(const OwnershipGraph &graph, std::uint32_t entity,
                                      const EffectiveOwnershipBudget &budget)
{
    return EffectiveOwnershipCalculator(graph, budget).compute(entity);
}

} // namespace caravan::graph
