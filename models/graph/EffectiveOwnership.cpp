#include "models/graph/EffectiveOwnership.h"

#include <algorithm>
#include <unordered_map>

namespace caravan::graph {

namespace {

// Depth-first walk up the owners, keeping the path so that no entity is visited twice on it.
class PathWalker {
public:
    PathWalker(const OwnershipGraph &graph, const EffectiveOwnershipBudget &budget, EffectiveOwnership &result)
        : m_graph(graph), m_budget(budget), m_result(result)
    {
    }

    void walk(std::uint32_t entity, double lower, double upper, bool unknown)
    {
        if (!m_result.complete)
            return;
        bool hasOwner = false;
        m_path.push_back(entity);
        m_graph.forEachIn(entity, [&](std::uint32_t index) {
            const Stake &s = m_graph.stake(index);
            if (!s.isOwnership() || !m_result.complete || s.owner == entity)
                return; // own shares (a company holding itself) neither own it nor end a path
            hasOwner = true;
            if (std::find(m_path.begin(), m_path.end(), s.owner) != m_path.end()) {
                m_result.cycleSkipped = true;
                return;
            }
            const double up = upper * (s.known ? toPercent(s.max) / 100.0 : 1.0);
            if (up <= 0.0)
                return; // a zero share contributes nothing on either bound
            if (++m_result.steps > m_budget.maxSteps || m_path.size() > m_budget.maxDepth) {
                m_result.complete = false;
                return;
            }
            walk(s.owner, lower * (s.known ? toPercent(s.min) / 100.0 : 0.0), up, unknown || !s.known);
        });
        m_path.pop_back();
        if (!hasOwner && !m_path.empty())
            record(entity, lower, upper, unknown);
    }

private:
    void record(std::uint32_t owner, double lower, double upper, bool unknown)
    {
        auto [it, inserted] = m_index.try_emplace(owner, m_result.owners.size());
        if (inserted)
            m_result.owners.push_back(EffectiveOwner{owner, 0.0, 0.0, 0, false});
        EffectiveOwner &o = m_result.owners[it->second];
        o.lower += lower * 100.0;
        o.upper += upper * 100.0;
        ++o.paths;
        o.unknownShare = o.unknownShare || unknown;
    }

    const OwnershipGraph &m_graph;
    const EffectiveOwnershipBudget &m_budget;
    EffectiveOwnership &m_result;
    std::vector<std::uint32_t> m_path;
    std::unordered_map<std::uint32_t, std::size_t> m_index;
};

} // namespace

EffectiveOwnership effectiveOwnership(const OwnershipGraph &graph, std::uint32_t entity,
                                      const EffectiveOwnershipBudget &budget)
{
    EffectiveOwnership result;
    PathWalker(graph, budget, result).walk(entity, 1.0, 1.0, false);
    std::sort(result.owners.begin(), result.owners.end(), [](const EffectiveOwner &a, const EffectiveOwner &b) {
        return a.lower != b.lower ? a.lower > b.lower : a.owner < b.owner;
    });
    return result;
}

} // namespace caravan::graph
