// The UK test on plain graphs: more than 50%, one designated person at a time (OFSI General Guidance 4.14),
// a person's holdings through entities the person owns or controls counted in full.
#include "models/graph/OwnershipRules.h"

#include <catch2/catch.hpp>

using namespace caravan::graph;

TEST_CASE("UK test: per designated person, more than 50%, indirect holdings in full, control, cycles")
{
    enum : std::uint32_t { P, Q, A, B, C, D, E, N };
    OwnershipGraph g(N);
    g.setDesignations(P, kUkDesignated);
    g.setDesignations(Q, kUkDesignated | kEuDesignated);
    g.addStake(Stake::ownership(P, A, 51)); // A owned by P
    g.addStake(Stake::ownership(A, B, 30)); // B: P holds 30 (through A) + 21 directly = 51
    g.addStake(Stake::ownership(P, B, 21));
    g.addStake(Stake::ownership(P, C, 40)); // C: P 40, Q 40 -> 80 together, but neither alone
    g.addStake(Stake::ownership(Q, C, 40));
    g.addStake(Stake::control(Q, D));           // D: controlled by Q
    g.addStake(Stake::ownership(D, E, 60));     // E: owned through D, which Q controls
    g.addStake(Stake::ownership(E, D, 10));     // a cycle back
    g.addStake(Stake::ownership(P, E, 20, 70)); // a range: only its upper bound reaches
    g.finalize();
    OwnershipRules rules(std::move(g));
    rules.run();
    CHECK(rules.uk(P).listed);
    CHECK(rules.uk(A).owned);
    const UkVerdict b = rules.uk(B);
    CHECK(b.owned);
    CHECK(b.person == P);
    CHECK(b.largest == 51 * kMicroPerPercent);
    const UkVerdict c = rules.uk(C);
    CHECK_FALSE(c.owned);
    CHECK_FALSE(c.possiblyOwned);
    CHECK(c.largest == 40 * kMicroPerPercent);
    CHECK(c.combined == 80 * kMicroPerPercent);
    CHECK(c.holders == 2);
    const UkVerdict d = rules.uk(D);
    CHECK(d.controlled);
    CHECK_FALSE(d.owned);
    CHECK(d.controlBy.size() == 1);
    CHECK(rules.uk(E).owned); // Q holds D's 60% of E in full
    CHECK(rules.uk(E).person == Q);
    // No OFAC seed: nothing is blocked under the OFAC rule; Q's EU listing does not make C EU owned (40%).
    CHECK_FALSE(rules.isBlocked(C));
    CHECK_FALSE(rules.isEuOwned(C));
    // A change is seen by the next verdict.
    rules.setDesignations(Q, kNotDesignated);
    CHECK_FALSE(rules.uk(D).controlled);
    CHECK_FALSE(rules.uk(E).owned);
    CHECK(rules.uk(E).possiblyOwned); // P: 20-70 directly
}
