#pragma once

#include "models/graph/OwnershipGraph.h"

#include <cstdint>
#include <limits>
#include <vector>

namespace caravan::graph {

// The UK ownership and control verdict for one entity (OFSI).
struct UkVerdict {
    static constexpr std::uint32_t kNobody = std::numeric_limits<std::uint32_t>::max();
    std::uint32_t entity = 0;
    bool listed = false;
    bool owned = false;                   // one designated person holds more than 50%, directly or indirectly
    bool possiblyOwned = false;           // with the upper bounds of share ranges (true when owned too)
    bool controlled = false;              // not owned, but a control link leads to it from a person's holdings
    std::uint32_t person = kNobody;       // the designated person with the largest holding
    MicroPercent largest = 0;             // that person's holding (lower bounds)
    MicroPercent largestUpper = 0;        // the largest holding of one person with upper bounds
    std::vector<std::uint32_t> because;   // the stakes that make up that holding
    std::vector<std::uint32_t> controlBy; // control links from a person or an entity the person owns or controls
    MicroPercent combined = 0;            // what different designated persons hold together: never aggregated
    std::uint32_t holders = 0;            // how many different designated persons hold some of it
};

// The UK test (the Russia (Sanctions) (EU Exit) Regulations 2019, reg. 7 and Schedule 1, as OFSI's General
// Guidance for Financial Sanctions, chapter 4 "Ownership and control", explains it): an entity is owned or
// controlled by a designated person who holds, directly or indirectly, MORE than 50% of its shares or voting
// rights, or who can appoint or remove a majority of its board. A share is held indirectly through an entity in
// which the person holds a majority stake, or through a chain of such entities; such stakes count in full, they
// are not multiplied along the chain.
//
// Aggregation: OFSI's General Guidance, paragraph 4.14 (added 23 March 2022), says it "would not simply
// aggregate different designated persons' holdings in a company, unless, for example, the shares or rights are
// subject to a joint arrangement between the designated parties or one party controls the rights of another".
// So each designated person is assessed alone: two persons holding 30% each do not make the company owned. A
// case records no joint arrangements, so such a company is reported with the combined figure as a matter to
// review, never as owned. One person's holdings do add up across the entities that person owns or controls.
//
// Designated persons are the entities carrying kUkDesignated. Computed for the whole graph at once: for each
// designated person, a worklist over what the person's holdings reach, linear in that region.
class UkOwnership {
public:
    explicit UkOwnership(const OwnershipGraph &graph);
    UkVerdict verdict(std::uint32_t entity) const;
    bool isOwnedOrControlled(std::uint32_t entity) const { return m_state[entity] != 0; }

private:
    struct Best {
        std::uint32_t person = UkVerdict::kNobody;
        MicroPercent largest = 0;
        MicroPercent largestUpper = 0;
        std::vector<std::uint32_t> because;
    };
    void runFrom(std::uint32_t person, bool upper);

    const OwnershipGraph &m_graph;
    std::vector<std::uint8_t> m_state; // bit 1 owned, 2 controlled, 4 possibly owned
    std::vector<Best> m_best;
    // Scratch of one person's run.
    std::vector<MicroPercent> m_holding;
    std::vector<std::uint8_t> m_member; // 0 no, 1 owned (or the person), 2 controlled
    std::vector<std::uint32_t> m_touched;
};

} // namespace caravan::graph
