#pragma once

#include "models/graph/OwnershipGraph.h"
#include "models/graph/ThresholdClosure.h"
#include "models/graph/UkOwnership.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace caravan::graph {

// Reasons to look closer at an entity that the 50% rule does not block.
inline constexpr std::uint8_t kNoCaution = 0;
inline constexpr std::uint8_t kBlockedMinority = 1;         // blocked owners hold some, under 50% in aggregate
inline constexpr std::uint8_t kControlledByBlocked = 2;     // a blocked owner controls it (control does not block)
inline constexpr std::uint8_t kIndirectBlockedInterest = 4; // blocked persons reach it through unblocked entities
inline constexpr std::uint8_t kUnknownBlockedInterest = 8;  // a blocked owner holds a share nobody recorded

// The OFAC 50% rule for one entity, with the stakes behind each part of the verdict.
struct OfacVerdict {
    std::uint32_t entity = 0;
    bool designated = false;
    bool blocked = false;         // lower bounds of shares: blocked persons hold >= 50% in aggregate
    bool possiblyBlocked = false; // upper bounds of ranges reach 50% (true when blocked too)
    bool needsReview = false;     // an unknown share could make it blocked
    std::uint8_t caution = kNoCaution;
    MicroPercent aggregateLower = 0;             // what blocked owners hold, lower bounds
    MicroPercent aggregateUpper = 0;             // what possibly blocked owners hold, upper bounds
    std::vector<std::uint32_t> because;          // stakes held by blocked owners
    std::vector<std::uint32_t> possiblyBecause;  // stakes held by possibly blocked owners
    std::vector<std::uint32_t> unknownShares;    // unknown-share stakes whose owners could be blocked
    std::vector<std::uint32_t> controlByBlocked; // control links held by blocked owners
};

// The EU ownership and control tests for one entity.
struct EuVerdict {
    std::uint32_t entity = 0;
    bool listed = false;
    bool owned = false;      // listed persons (and entities they own) hold the threshold in aggregate
    bool controlled = false; // a control link from a listed, owned or controlled entity leads to it
    MicroPercent aggregate = 0;
    std::vector<std::uint32_t> because;   // ownership stakes held by listed or owned entities
    std::vector<std::uint32_t> controlBy; // control links from listed, owned or controlled entities
};

// One step of an explanation: the entity and the stakes that made it join (none for a designated one).
struct ExplanationStep {
    std::uint32_t entity = 0;
    bool designated = false;
    std::vector<std::uint32_t> stakes;
};

// How the rules are set up for the date being evaluated.
struct OwnershipRuleOptions {
    // EU: 50% or more from 3 July 2024, more than 50% before; the caller decides from the date.
    bool euInclusive = true;
};

// Runs the OFAC 50% rule (lower, upper and unknown-share readings), the caution reach, the EU
// ownership and control tests and the UK test on one ownership graph, and keeps them current as links change.
class OwnershipRules {
public:
    explicit OwnershipRules(OwnershipGraph graph, OwnershipRuleOptions options = {});
    OwnershipRules(const OwnershipRules &) = delete;
    OwnershipRules &operator=(const OwnershipRules &) = delete;

    void run();
    const OwnershipGraph &graph() const { return m_graph; }

    // One change, then incremental revision of every rule (only the region downstream is re-derived).
    void replaceStake(std::uint32_t index, const Stake &stake);
    std::uint32_t addStake(const Stake &stake);
    void removeStake(std::uint32_t index);
    void setDesignations(std::uint32_t entity, std::uint8_t bits);

    bool isBlocked(std::uint32_t e) const { return m_lower.contains(e); }
    bool isPossiblyBlocked(std::uint32_t e) const { return m_upper.contains(e); }
    // Blocked if ranges were at their upper bounds and unknown shares were 100% (blocked or possibly blocked).
    bool couldBeBlocked(std::uint32_t e) const { return m_worst.contains(e); }
    bool isEuOwned(std::uint32_t e) const;
    OfacVerdict ofac(std::uint32_t entity) const;
    EuVerdict eu(std::uint32_t entity) const;
    // The UK test (see UkOwnership): computed for the whole graph on the first call after a change.
    UkVerdict uk(std::uint32_t entity) const;
    // Why the entity is blocked, down to the designated persons: the entity first, each owner once.
    std::vector<ExplanationStep> explainBlocked(std::uint32_t entity) const;
    std::vector<ExplanationStep> explainEuOwned(std::uint32_t entity) const;
    // Entities visited by the last run or change, over all rules (for benchmarks).
    std::size_t lastWork() const;

private:
    void stakeChanged(std::uint32_t index, const Stake &before);
    std::vector<ExplanationStep> explain(const ThresholdClosure &closure, std::uint32_t entity) const;

    OwnershipGraph m_graph;
    ThresholdClosure m_lower, m_upper, m_worst, m_reach, m_euOwned, m_euControl;
    mutable std::unique_ptr<UkOwnership> m_uk; // not thread safe, like the rest of the verdict calls
};

} // namespace caravan::graph
