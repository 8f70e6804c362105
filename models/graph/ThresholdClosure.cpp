#include "models/graph/ThresholdClosure.h"

#include <algorithm>

namespace caravan::graph {

namespace {
// Weight of a link that meets any threshold by itself (sums of two million of them still fit).
constexpr MicroPercent kDecisive = 1'000 * kHundredPercent;
} // namespace

ThresholdClosure::ThresholdClosure(const OwnershipGraph &graph, ClosureRule rule) : m_graph(graph), m_rule(rule)
{
}

MicroPercent ThresholdClosure::weight(const Stake &s) const
{
    if (!s.active)
        return 0;
    if (s.kind == StakeKind::Control)
        return m_rule.weight == StakeWeight::LowerWithControl || m_rule.weight == StakeWeight::Reach ? kDecisive : 0;
    switch (m_rule.weight) {
    case StakeWeight::Lower:
    case StakeWeight::LowerWithControl:
        return s.known ? s.min : 0;
    case StakeWeight::Upper:
        return s.known ? s.max : 0;
    case StakeWeight::Worst:
        return s.known ? s.max : kHundredPercent;
    case StakeWeight::Reach:
        return !s.known || s.max > 0 ? kDecisive : 0;
    }
    return 0;
}

void ThresholdClosure::join(std::uint32_t entity, std::uint32_t when, std::vector<std::uint32_t> &queue)
{
    m_member[entity] = 1;
    m_joinTime[entity] = when;
    queue.push_back(entity);
}

void ThresholdClosure::propagate(std::vector<std::uint32_t> &queue)
{
    // A FIFO over a growing vector: members are processed in the order they joined.
    for (std::size_t head = 0; head < queue.size(); ++head) {
        const std::uint32_t owner = queue[head];
        const std::uint32_t now = m_clock++;
        m_pushTime[owner] = now;
        ++m_work;
        m_graph.forEachOut(owner, [&](std::uint32_t index) {
            const Stake &s = m_graph.stake(index);
            const MicroPercent w = weight(s);
            if (w == 0)
                return;
            m_sum[s.asset] += w;
            if (!m_member[s.asset] && meets(m_sum[s.asset]))
                join(s.asset, now, queue);
        });
    }
    queue.clear();
}

void ThresholdClosure::run()
{
    const std::uint32_t n = m_graph.entityCount();
    m_member.assign(n, 0);
    m_sum.assign(n, 0);
    m_pushTime.assign(n, kNever);
    m_joinTime.assign(n, kNever);
    m_clock = 0;
    m_work = 0;
    std::vector<std::uint32_t> queue;
    for (std::uint32_t e = 0; e < n; ++e)
        if (isSeed(e))
            join(e, kNever, queue);
    propagate(queue);
}

void ThresholdClosure::stakeChanged(std::uint32_t index, const Stake &before)
{
    m_work = 0;
    const Stake &now = m_graph.stake(index);
    if (!processed(now.owner))
        return; // a non-member's stakes count for nothing
    const MicroPercent oldWeight = weight(before);
    const MicroPercent newWeight = weight(now);
    m_sum[now.asset] += newWeight - oldWeight;
    if (newWeight > oldWeight) {
        if (!m_member[now.asset] && meets(m_sum[now.asset])) {
            std::vector<std::uint32_t> queue;
            join(now.asset, m_clock - 1, queue);
            propagate(queue);
        }
    } else if (newWeight < oldWeight && m_member[now.asset] && !isSeed(now.asset)) {
        rederiveFrom(now.asset);
    }
}

void ThresholdClosure::seedChanged(std::uint32_t entity)
{
    m_work = 0;
    if (isSeed(entity) && !m_member[entity]) {
        std::vector<std::uint32_t> queue;
        join(entity, kNever, queue);
        propagate(queue);
    } else if (!isSeed(entity) && m_member[entity]) {
        rederiveFrom(entity);
    }
}

// Only members downstream of `start` through other non-seed members can lose their place: take
// them out with their contributions, then let the worklist bring back those that still qualify.
void ThresholdClosure::rederiveFrom(std::uint32_t start)
{
    // Region members are marked 2 while the region is collected, so that no extra array is needed.
    std::vector<std::uint32_t> region{start};
    auto mark = [&](std::uint32_t e) { m_member[e] = 2; };
    mark(start);
    for (std::size_t i = 0; i < region.size(); ++i)
        m_graph.forEachOut(region[i], [&](std::uint32_t index) {
            const Stake &s = m_graph.stake(index);
            if (m_member[s.asset] == 1 && !isSeed(s.asset) && weight(s) > 0) {
                mark(s.asset);
                region.push_back(s.asset);
            }
        });
    for (const std::uint32_t r : region) {
        m_member[r] = 0;
        if (processed(r))
            m_graph.forEachOut(r, [&](std::uint32_t index) {
                const Stake &s = m_graph.stake(index);
                m_sum[s.asset] -= weight(s);
            });
        m_pushTime[r] = kNever;
        m_joinTime[r] = kNever;
    }
    m_work = region.size();
    std::vector<std::uint32_t> queue;
    const std::uint32_t when = m_clock == 0 ? 0 : m_clock - 1;
    for (const std::uint32_t r : region)
        if (meets(m_sum[r]))
            join(r, when, queue);
    propagate(queue);
}

std::vector<std::uint32_t> ThresholdClosure::memberStakes(std::uint32_t entity) const
{
    std::vector<std::uint32_t> result;
    m_graph.forEachIn(entity, [&](std::uint32_t index) {
        const Stake &s = m_graph.stake(index);
        if (processed(s.owner) && weight(s) > 0)
            result.push_back(index);
    });
    return result;
}

std::vector<std::uint32_t> ThresholdClosure::basis(std::uint32_t entity) const
{
    std::vector<std::uint32_t> result;
    if (!m_member[entity] || isSeed(entity))
        return result;
    const std::uint32_t when = m_joinTime[entity];
    m_graph.forEachIn(entity, [&](std::uint32_t index) {
        const Stake &s = m_graph.stake(index);
        if (processed(s.owner) && m_pushTime[s.owner] <= when && weight(s) > 0)
            result.push_back(index);
    });
    return result;
}

} // namespace caravan::graph
