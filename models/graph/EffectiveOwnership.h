#pragma once

#include "models/graph/OwnershipGraph.h"

#include <cstdint>
#include <vector>

namespace caravan::graph {

// Limits on the path enumeration: simple paths are counted exactly until one of them is hit, and the
// result then says it is incomplete (a lower bound made of the paths seen).
struct EffectiveOwnershipBudget {
    std::uint32_t maxDepth = 32;        // links on one path
    std::uint64_t maxSteps = 1'000'000; // links followed for one entity
};

// One ultimate owner (an entity nobody owns) and its effective share in the entity.
struct EffectiveOwner {
    std::uint32_t owner = 0;
    double lower = 0.0;        // percent, from the lower bounds of shares; unknown shares count 0
    double upper = 0.0;        // percent, from the upper bounds; unknown shares count 100
    std::uint32_t paths = 0;   // simple ownership paths from the owner to the entity
    bool unknownShare = false; // a path crosses a share nobody recorded
};

// Every ultimate owner of one entity, and whether the enumeration saw all simple paths.
struct EffectiveOwnership {
    std::vector<EffectiveOwner> owners; // largest lower share first
    bool complete = true;               // false: the budget stopped the enumeration
    bool cycleSkipped = false;          // a path ran into itself and was not followed (no double count)
    std::uint64_t steps = 0;
};

// Effective (beneficial) ownership, AML style: the sum over all simple ownership paths from an
// ultimate owner (an entity nobody else owns) to the entity of the product of the shares along the
// path. Simple paths never revisit an entity, so cycles neither hang the walk nor count twice.
// Control links are ignored. Independent of the 50% rule: never mix the two figures.
//
// The calculator copies the ownership stakes into compact incoming rows (owner and share bounds side
// by side, so a walk touches memory in order) and keeps scratch arrays the size of the graph, so a
// pass over every entity allocates nothing per entity. It reads the graph once, when constructed:
// build a new one after the graph changes. One calculator per thread.
class EffectiveOwnershipCalculator {
public:
    explicit EffectiveOwnershipCalculator(const OwnershipGraph &graph, EffectiveOwnershipBudget budget = {});
    EffectiveOwnership compute(std::uint32_t entity);

private:
    // One stake held in an entity: its owner and its share bounds as fractions.
    struct Holding {
        std::uint32_t owner = 0;
        bool known = true;
        double lower = 0.0; // unknown: 0
        double upper = 0.0; // unknown: 1
    };

    void walk(std::uint32_t entity, double lower, double upper, bool unknown, std::uint32_t depth);
    void record(std::uint32_t owner, double lower, double upper, bool unknown);

    EffectiveOwnershipBudget m_budget;
    std::vector<std::uint32_t> m_offsets; // entity -> its holdings in m_holdings
    std::vector<Holding> m_holdings;
    std::vector<std::uint8_t> m_onPath;
    std::vector<std::uint32_t> m_slot; // owner -> index in m_result.owners, or none
    EffectiveOwnership m_result;
};

// One entity, with a calculator of its own (allocates scratch the size of the graph).
EffectiveOwnership effectiveOwnership(const OwnershipGraph &graph, std::uint32_t entity,
                                      const EffectiveOwnershipBudget &budget = {});

} // namespace caravan::graph
