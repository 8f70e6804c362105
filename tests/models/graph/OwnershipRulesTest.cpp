#include "models/graph/OwnershipRules.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace caravan::graph;

namespace {

enum : std::uint32_t { X = 0, Y = 1, A = 2, B = 3, C = 4, D = 5 };

OwnershipGraph sdnGraph(std::initializer_list<std::uint32_t> designated, std::uint8_t bits = kOfacDesignated)
{
    OwnershipGraph g(6);
    for (const std::uint32_t e : designated)
        g.setDesignations(e, bits);
    return g;
}

std::vector<std::uint32_t> owners(const OwnershipGraph &g, const std::vector<std::uint32_t> &stakes)
{
    std::vector<std::uint32_t> result;
    for (const std::uint32_t s : stakes)
        result.push_back(g.stake(s).owner);
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

TEST_CASE("OFAC example 1: X owns 50% of A, A owns 50% of B: A and B are blocked")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::ownership(X, A, 50));
    g.addStake(Stake::ownership(A, B, 50));
    OwnershipRules rules(std::move(g));
    rules.run();
    CHECK(rules.isBlocked(X));
    CHECK(rules.isBlocked(A));
    CHECK(rules.isBlocked(B));
    const OfacVerdict b = rules.ofac(B);
    CHECK(b.aggregateLower == 50 * kMicroPerPercent);
    CHECK(owners(rules.graph(), b.because) == std::vector<std::uint32_t>{A});
    CHECK_FALSE(b.designated);
    CHECK(rules.ofac(X).designated);
    // The explanation goes down to the designated person.
    const auto steps = rules.explainBlocked(B);
    REQUIRE(steps.size() == 3);
    CHECK(steps[0].entity == B);
    CHECK(steps[1].entity == A);
    CHECK(steps[2].entity == X);
    CHECK(steps[2].designated);
    CHECK(steps[2].stakes.empty());
}

TEST_CASE("OFAC example 2: A and B (50% each by X) each own 25% of C: C is blocked by aggregation")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::ownership(X, A, 50));
    g.addStake(Stake::ownership(X, B, 50));
    g.addStake(Stake::ownership(A, C, 25));
    g.addStake(Stake::ownership(B, C, 25));
    OwnershipRules rules(std::move(g));
    rules.run();
    const OfacVerdict c = rules.ofac(C);
    CHECK(c.blocked);
    CHECK(c.aggregateLower == 50 * kMicroPerPercent);
    CHECK(owners(rules.graph(), c.because) == std::vector<std::uint32_t>{A, B});
    const auto steps = rules.explainBlocked(C);
    REQUIRE(steps.size() == 4); // C, A, B, X: X listed once
    CHECK(steps.back().entity == X);
}

TEST_CASE("OFAC example 3: X owns 50% of A and 10% of B, A owns 40% of B: B is blocked (10 + 40)")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::ownership(X, A, 50));
    g.addStake(Stake::ownership(X, B, 10));
    g.addStake(Stake::ownership(A, B, 40));
    OwnershipRules rules(std::move(g));
    rules.run();
    const OfacVerdict b = rules.ofac(B);
    CHECK(b.blocked);
    CHECK(b.aggregateLower == 50 * kMicroPerPercent);
    CHECK(owners(rules.graph(), b.because) == std::vector<std::uint32_t>{X, A});
}

TEST_CASE("counter-case: X owns 40% of A, A owns 100% of B: neither is blocked, both flagged for caution")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::ownership(X, A, 40));
    g.addStake(Stake::ownership(A, B, 100));
    OwnershipRules rules(std::move(g));
    rules.run();
    const OfacVerdict a = rules.ofac(A);
    const OfacVerdict b = rules.ofac(B);
    CHECK_FALSE(a.blocked);
    CHECK_FALSE(a.possiblyBlocked);
    CHECK_FALSE(b.blocked);
    CHECK(a.aggregateLower == 40 * kMicroPerPercent);
    CHECK(a.caution == kBlockedMinority);
    CHECK(b.caution == kIndirectBlockedInterest);
    // Never multiplied: 40% x 100% would be 40% either way, but B's blocked owners hold nothing.
    CHECK(b.aggregateLower == 0);
}

TEST_CASE("stakes are added, never multiplied along a chain")
{
    // Multiplying would give C 0.6 * 0.6 = 36%; the rule blocks A, then counts A's full 60% in C.
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::ownership(X, A, 60));
    g.addStake(Stake::ownership(A, C, 60));
    OwnershipRules rules(std::move(g));
    rules.run();
    CHECK(rules.ofac(C).blocked);
    CHECK(rules.ofac(C).aggregateLower == 60 * kMicroPerPercent);
}

TEST_CASE("aggregation across several designated persons and just below the threshold")
{
    OwnershipGraph g = sdnGraph({X, Y});
    g.addStake(Stake::ownership(X, A, 25));
    g.addStake(Stake::ownership(Y, A, 25));
    g.addStake(Stake::ownership(X, B, 25));
    g.addStake(Stake::ownership(Y, B, 24.999999));
    g.addStake(Stake::ownership(X, C, 12.5));
    g.addStake(Stake::ownership(Y, C, 37.5));
    OwnershipRules rules(std::move(g));
    rules.run();
    CHECK(rules.isBlocked(A));
    CHECK_FALSE(rules.isBlocked(B));
    CHECK(rules.isBlocked(C));
}

TEST_CASE("control alone does not block, and is flagged")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::control(X, A));
    g.addStake(Stake::ownership(A, B, 100));
    OwnershipRules rules(std::move(g));
    rules.run();
    const OfacVerdict a = rules.ofac(A);
    CHECK_FALSE(a.blocked);
    CHECK_FALSE(a.possiblyBlocked);
    CHECK_FALSE(a.needsReview);
    CHECK(a.caution == kControlledByBlocked);
    CHECK(owners(rules.graph(), a.controlByBlocked) == std::vector<std::uint32_t>{X});
    CHECK_FALSE(rules.isBlocked(B));
    CHECK(rules.ofac(B).caution == kIndirectBlockedInterest);
}

TEST_CASE("cycles: the fixed point ends, and a cycle that nothing blocked feeds stays unblocked")
{
    SECTION("A and B own each other 60% and 60%, X owns 10% of A: nothing blocked")
    {
        OwnershipGraph g = sdnGraph({X});
        g.addStake(Stake::ownership(A, B, 60));
        g.addStake(Stake::ownership(B, A, 60));
        g.addStake(Stake::ownership(X, A, 10));
        OwnershipRules rules(std::move(g));
        rules.run();
        CHECK_FALSE(rules.isBlocked(A));
        CHECK_FALSE(rules.isBlocked(B));
    }
    SECTION("a cycle through blocked entities: X 50% of A, A 50% of B, B 30% of A")
    {
        OwnershipGraph g = sdnGraph({X});
        g.addStake(Stake::ownership(X, A, 50));
        g.addStake(Stake::ownership(A, B, 50));
        const std::uint32_t back = g.addStake(Stake::ownership(B, A, 30));
        OwnershipRules rules(std::move(g));
        rules.run();
        CHECK(rules.isBlocked(A));
        CHECK(rules.isBlocked(B));
        const OfacVerdict a = rules.ofac(A);
        CHECK(a.aggregateLower == 80 * kMicroPerPercent); // X's 50 and blocked B's 30
        // The explanation is well founded: A is blocked by X alone, not by B (which A blocks).
        const auto steps = rules.explainBlocked(A);
        REQUIRE(steps.size() == 2);
        CHECK(owners(rules.graph(), steps[0].stakes) == std::vector<std::uint32_t>{X});
        // If X's stake falls to 20%, A would need B's 30%, and B needs A: the least fixed point drops both.
        rules.replaceStake(0, Stake::ownership(X, A, 20));
        CHECK_FALSE(rules.isBlocked(A));
        CHECK_FALSE(rules.isBlocked(B));
        (void)back;
    }
    SECTION("a self-owning entity")
    {
        OwnershipGraph g = sdnGraph({X});
        g.addStake(Stake::ownership(A, A, 100));
        g.addStake(Stake::ownership(X, A, 49));
        OwnershipRules rules(std::move(g));
        rules.run();
        CHECK_FALSE(rules.isBlocked(A));
    }
}

TEST_CASE("share ranges: lower bounds block, upper bounds possibly block")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::ownership(X, A, 25, 50));  // possibly blocked only
    g.addStake(Stake::ownership(X, B, 50, 75));  // blocked
    g.addStake(Stake::ownership(A, C, 75, 100)); // possibly blocked, through A
    g.addStake(Stake::ownership(X, D, 10, 25));  // neither
    OwnershipRules rules(std::move(g));
    rules.run();
    const OfacVerdict a = rules.ofac(A);
    CHECK_FALSE(a.blocked);
    CHECK(a.possiblyBlocked);
    CHECK(a.aggregateLower == 25 * kMicroPerPercent);
    CHECK(a.aggregateUpper == 50 * kMicroPerPercent);
    CHECK_FALSE(a.needsReview);
    const OfacVerdict b = rules.ofac(B);
    CHECK(b.blocked);
    CHECK(b.possiblyBlocked);
    const OfacVerdict c = rules.ofac(C);
    CHECK_FALSE(c.blocked);
    CHECK(c.possiblyBlocked);
    CHECK(owners(rules.graph(), c.possiblyBecause) == std::vector<std::uint32_t>{A});
    CHECK_FALSE(rules.ofac(D).possiblyBlocked);
    CHECK(rules.ofac(D).caution == kBlockedMinority);
}

TEST_CASE("an unknown share held by a blocked owner needs review")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::unknownShare(X, A));
    g.addStake(Stake::ownership(A, B, 100));
    g.addStake(Stake::unknownShare(C, D)); // C is not blocked: nothing to review
    OwnershipRules rules(std::move(g));
    rules.run();
    const OfacVerdict a = rules.ofac(A);
    CHECK_FALSE(a.blocked);
    CHECK_FALSE(a.possiblyBlocked);
    CHECK(a.needsReview);
    CHECK(owners(rules.graph(), a.unknownShares) == std::vector<std::uint32_t>{X});
    CHECK(a.caution == kUnknownBlockedInterest);
    CHECK(rules.ofac(B).needsReview); // B is blocked if A is
    CHECK(rules.ofac(B).caution == kIndirectBlockedInterest);
    CHECK_FALSE(rules.ofac(D).needsReview);
    CHECK(rules.ofac(D).caution == kNoCaution);
}

TEST_CASE("a possibly blocked entity with an unknown share from a blocked owner also needs review")
{
    OwnershipGraph g = sdnGraph({X});
    g.addStake(Stake::ownership(X, A, 25, 50));
    g.addStake(Stake::unknownShare(X, A));
    OwnershipRules rules(std::move(g));
    rules.run();
    const OfacVerdict a = rules.ofac(A);
    CHECK(a.possiblyBlocked);
    CHECK(a.needsReview);
}

TEST_CASE("EU: 50% or more in aggregate from 3 July 2024, more than 50% before")
{
    for (const bool inclusive : {true, false}) {
        OwnershipGraph g = sdnGraph({X, Y}, kEuDesignated);
        g.addStake(Stake::ownership(X, A, 30));
        g.addStake(Stake::ownership(Y, A, 20)); // exactly 50% in aggregate
        g.addStake(Stake::ownership(X, B, 50.5));
        g.addStake(Stake::ownership(B, C, 50)); // exactly 50% through an owned entity
        OwnershipRules rules(std::move(g), OwnershipRuleOptions{inclusive});
        rules.run();
        INFO("inclusive " << inclusive);
        const EuVerdict a = rules.eu(A);
        CHECK(a.owned == inclusive);
        CHECK(a.aggregate == 50 * kMicroPerPercent);
        CHECK(rules.eu(B).owned);
        CHECK(rules.eu(C).owned == inclusive);
        CHECK(rules.eu(X).listed);
        CHECK_FALSE(rules.eu(X).owned);
        // The OFAC rule honours only OFAC designations.
        CHECK_FALSE(rules.isBlocked(A));
    }
}

TEST_CASE("EU control is its own verdict, and follows control links from owned entities")
{
    OwnershipGraph g = sdnGraph({X}, kEuDesignated);
    g.addStake(Stake::control(X, A));       // controlled, not owned
    g.addStake(Stake::ownership(X, B, 60)); // owned
    g.addStake(Stake::control(B, C));       // controlled through an owned entity
    g.addStake(Stake::ownership(A, D, 60)); // majority owned by a controlled entity
    OwnershipRules rules(std::move(g));
    rules.run();
    CHECK(rules.eu(A).controlled);
    CHECK_FALSE(rules.eu(A).owned);
    CHECK(owners(rules.graph(), rules.eu(A).controlBy) == std::vector<std::uint32_t>{X});
    CHECK(rules.eu(B).owned);
    CHECK_FALSE(rules.eu(B).controlled);
    CHECK(rules.eu(C).controlled);
    CHECK(rules.eu(D).controlled);
    CHECK_FALSE(rules.eu(D).owned);
}

TEST_CASE("designation bits decide which rule sees a person")
{
    OwnershipGraph g = sdnGraph({X}, kOfacDesignated | kEuDesignated);
    g.setDesignations(Y, kEuDesignated);
    g.addStake(Stake::ownership(Y, A, 60));
    g.addStake(Stake::ownership(X, B, 60));
    OwnershipRules rules(std::move(g));
    rules.run();
    CHECK_FALSE(rules.isBlocked(A));
    CHECK(rules.eu(A).owned);
    CHECK(rules.isBlocked(B));
    CHECK(rules.eu(B).owned);
}

TEST_CASE("incremental changes match a full run")
{
    OwnershipGraph g = sdnGraph({X});
    const std::uint32_t xa = g.addStake(Stake::ownership(X, A, 50));
    g.addStake(Stake::ownership(A, B, 50));
    g.addStake(Stake::ownership(B, C, 100));
    OwnershipRules rules(std::move(g));
    rules.run();
    REQUIRE(rules.isBlocked(C));
    rules.replaceStake(xa, Stake::ownership(X, A, 49));
    CHECK_FALSE(rules.isBlocked(A));
    CHECK_FALSE(rules.isBlocked(B));
    CHECK_FALSE(rules.isBlocked(C));
    const std::uint32_t ya = rules.addStake(Stake::ownership(X, A, 1));
    CHECK(rules.isBlocked(C));
    rules.removeStake(ya);
    CHECK_FALSE(rules.isBlocked(C));
    rules.setDesignations(B, kOfacDesignated);
    CHECK(rules.isBlocked(C));
    CHECK(rules.ofac(B).designated);
    rules.setDesignations(B, kNotDesignated);
    CHECK_FALSE(rules.isBlocked(C));
}
