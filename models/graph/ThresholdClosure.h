#pragma once

#include "models/graph/OwnershipGraph.h"

#include <cstdint>
#include <vector>

namespace caravan::graph {

// How a stake counts towards the threshold in one closure.
enum class StakeWeight : std::uint8_t {
    Lower,            // ownership: the lower bound of the share; unknown and control count 0
    Upper,            // ownership: the upper bound; unknown and control count 0
    Worst,            // ownership: the upper bound, an unknown share as 100%; control 0
    LowerWithControl, // ownership: the lower bound; a control link alone meets the threshold
    Reach,            // any ownership (share above 0 or unknown) or control link meets the threshold
};

// What one closure counts: the stake weights, the threshold, and the designations that seed it.
struct ClosureRule {
    StakeWeight weight = StakeWeight::Lower;
    MicroPercent threshold = kFiftyPercent;
    bool inclusive = true;                   // true: sum >= threshold; false: sum > threshold
    std::uint8_t seedMask = kOfacDesignated; // entities with any of these designation bits are seeds
};

// The least fixed point "seeds, then every entity in which members hold the threshold in
// aggregate", computed with a worklist: each member's stakes are visited once, so a full run is
// linear in the stakes held by members. Stakes are added, never multiplied.
//
// It also keeps what an explanation needs: the order in which members were processed and the moment
// each joined, so that the stakes that made an entity join (its basis) are those held by members
// processed no later than that moment. That ordering is well founded, even on cycles.
//
// After one stake or designation changes, update() revises the closure incrementally: increases
// resume the worklist; decreases re-derive only the members downstream of the change.
class ThresholdClosure {
public:
    ThresholdClosure(const OwnershipGraph &graph, ClosureRule rule);

    void run();
    // Call after graph.replaceStake()/addStake() with the stake as it was before (inactive if new).
    void stakeChanged(std::uint32_t index, const Stake &before);
    // Call after graph.setDesignations() changed the entity's bits.
    void seedChanged(std::uint32_t entity);

    bool contains(std::uint32_t entity) const { return m_member[entity] != 0; }
    bool isSeed(std::uint32_t entity) const { return (m_graph.designations(entity) & m_rule.seedMask) != 0; }
    MicroPercent weight(const Stake &stake) const;
    const ClosureRule &rule() const { return m_rule; }

    // The aggregate that members hold in the entity, and the stakes that make it up.
    MicroPercent memberSum(std::uint32_t entity) const { return m_sum[entity]; }
    std::vector<std::uint32_t> memberStakes(std::uint32_t entity) const;
    // The stakes that brought the entity in (empty for a seed or a non-member).
    std::vector<std::uint32_t> basis(std::uint32_t entity) const;
    // How many entities the last run or update visited (for benchmarks).
    std::size_t lastWork() const { return m_work; }

private:
    static constexpr std::uint32_t kNever = UINT32_MAX;
    bool meets(MicroPercent sum) const { return m_rule.inclusive ? sum >= m_rule.threshold : sum > m_rule.threshold; }
    void join(std::uint32_t entity, std::uint32_t when, std::vector<std::uint32_t> &queue);
    void propagate(std::vector<std::uint32_t> &queue);
    void rederiveFrom(std::uint32_t start);
    bool processed(std::uint32_t entity) const { return m_pushTime[entity] != kNever; }

    const OwnershipGraph &m_graph;
    ClosureRule m_rule;
    std::vector<std::uint8_t> m_member;
    // Sum of the weights of stakes held in the entity by processed members (members and others).
    std::vector<MicroPercent> m_sum;
    std::vector<std::uint32_t> m_pushTime;
    std::vector<std::uint32_t> m_joinTime;
    std::uint32_t m_clock = 0;
    std::size_t m_work = 0;
};

} // namespace caravan::graph
