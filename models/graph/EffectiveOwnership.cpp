#include "models/graph/EffectiveOwnership.h"

#include <algorithm>

namespace caravan::graph {

namespace {
constexpr std::uint32_t kNoSlot = UINT32_MAX;

// Own shares (a company holding itself) neither own it nor end a path; control is not ownership.
bool counts(const Stake &s)
{
    return s.isOwnership() && s.owner != s.asset;
}
} // namespace

EffectiveOwnershipCalculator::EffectiveOwnershipCalculator(const OwnershipGraph &graph, EffectiveOwnershipBudget budget)
    : m_budget(budget), m_offsets(graph.entityCount() + 1, 0), m_onPath(graph.entityCount(), 0),
      m_slot(graph.entityCount(), kNoSlot)
{
    for (const Stake &s : graph.stakes())
        if (counts(s))
            ++m_offsets[s.asset + 1];
    for (std::uint32_t v = 0; v < graph.entityCount(); ++v)
        m_offsets[v + 1] += m_offsets[v];
    m_holdings.resize(m_offsets.back());
    std::vector<std::uint32_t> cursor(m_offsets.begin(), m_offsets.end() - 1);
    for (const Stake &s : graph.stakes())
        if (counts(s))
            m_holdings[cursor[s.asset]++] = Holding{s.owner, s.known, s.known ? toPercent(s.min) / 100.0 : 0.0,
                                                    s.known ? toPercent(s.max) / 100.0 : 1.0};
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

// Depth first up the owners; m_onPath marks the current path so that no entity is visited twice on it.
void EffectiveOwnershipCalculator::walk(std::uint32_t entity, double lower, double upper, bool unknown,
                                        std::uint32_t depth)
{
    const std::uint32_t begin = m_offsets[entity];
    const std::uint32_t end = m_offsets[entity + 1];
    if (begin == end) {
        if (depth > 0)
            record(entity, lower, upper, unknown); // an ultimate owner: nobody owns it
        return;
    }
    m_onPath[entity] = 1;
    for (std::uint32_t i = begin; i < end && m_result.complete; ++i) {
        const Holding &h = m_holdings[i];
        if (m_onPath[h.owner]) {
            m_result.cycleSkipped = true;
            continue;
        }
        const double up = upper * h.upper;
        if (up <= 0.0)
            continue; // a zero share contributes nothing on either bound
        if (++m_result.steps > m_budget.maxSteps || depth >= m_budget.maxDepth) {
            m_result.complete = false;
            break;
        }
        walk(h.owner, lower * h.lower, up, unknown || !h.known, depth + 1);
    }
    m_onPath[entity] = 0;
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
