// The fast worklist closures against a deliberately simple fixed point on thousands of small random
// graphs, for full runs and for incremental changes.
#include "models/graph/OwnershipRules.h"

#include <catch2/catch.hpp>

#include <random>

using namespace caravan::graph;

namespace {

// Naive: repeat over every stake until nothing changes. Independent of ThresholdClosure::weight.
std::vector<bool> naiveClosure(const OwnershipGraph &g, std::uint8_t seedMask, bool upper, bool unknownAsFull,
                               bool controlDecisive, bool inclusive)
{
    const std::uint32_t n = g.entityCount();
    std::vector<bool> in(n, false);
    for (std::uint32_t e = 0; e < n; ++e)
        in[e] = (g.designations(e) & seedMask) != 0;
    for (bool changed = true; changed;) {
        changed = false;
        for (std::uint32_t e = 0; e < n; ++e) {
            if (in[e])
                continue;
            MicroPercent sum = 0;
            bool control = false;
            for (const Stake &s : g.stakes()) {
                if (!s.active || s.asset != e || !in[s.owner])
                    continue;
                if (s.kind == StakeKind::Control)
                    control = true;
                else if (s.known)
                    sum += upper ? s.max : s.min;
                else if (unknownAsFull)
                    sum += kHundredPercent;
            }
            if ((controlDecisive && control) || (inclusive ? sum >= kFiftyPercent : sum > kFiftyPercent)) {
                in[e] = true;
                changed = true;
            }
        }
    }
    return in;
}

Stake randomStake(std::mt19937 &rng, std::uint32_t n)
{
    std::uniform_int_distribution<std::uint32_t> entity(0, n - 1);
    std::uniform_int_distribution<int> kind(0, 9);
    // Shares on a coarse grid so that exact sums of 50 happen often.
    std::uniform_int_distribution<int> share(0, 10);
    const std::uint32_t owner = entity(rng);
    const std::uint32_t asset = entity(rng);
    const int k = kind(rng);
    if (k == 0)
        return Stake::control(owner, asset);
    if (k == 1)
        return Stake::unknownShare(owner, asset);
    const double lo = share(rng) * 10.0;
    if (k <= 3) {
        const double hi = std::min(100.0, lo + share(rng) * 5.0);
        return Stake::ownership(owner, asset, lo, hi);
    }
    return Stake::ownership(owner, asset, lo / 2.0); // 0, 5, 10 ... 50
}

void checkAgainstNaive(const OwnershipRules &rules, bool inclusive)
{
    const OwnershipGraph &g = rules.graph();
    const auto lower = naiveClosure(g, kOfacDesignated, false, false, false, true);
    const auto upper = naiveClosure(g, kOfacDesignated, true, false, false, true);
    const auto worst = naiveClosure(g, kOfacDesignated, true, true, false, true);
    const auto euOwned = naiveClosure(g, kEuDesignated, false, false, false, inclusive);
    const auto euControl = naiveClosure(g, kEuDesignated, false, false, true, inclusive);
    for (std::uint32_t e = 0; e < g.entityCount(); ++e) {
        INFO("entity " << e);
        const OfacVerdict v = rules.ofac(e);
        REQUIRE(v.blocked == lower[e]);
        REQUIRE(v.possiblyBlocked == upper[e]);
        REQUIRE(v.needsReview == (!lower[e] && worst[e] && (!upper[e] || !v.unknownShares.empty())));
        const EuVerdict eu = rules.eu(e);
        REQUIRE(eu.owned == (euOwned[e] && !eu.listed));
        REQUIRE(eu.controlled == (euControl[e] && !eu.listed && (!eu.controlBy.empty() || !eu.owned)));
        // The explanation of a blocked entity is well founded and each step really meets 50%.
        if (v.blocked) {
            for (const ExplanationStep &step : rules.explainBlocked(e)) {
                if (step.designated)
                    continue;
                MicroPercent sum = 0;
                for (const std::uint32_t s : step.stakes)
                    sum += g.stake(s).min;
                REQUIRE(sum >= kFiftyPercent);
            }
        }
    }
}

OwnershipGraph randomGraph(std::mt19937 &rng)
{
    std::uniform_int_distribution<std::uint32_t> size(2, 9);
    const std::uint32_t n = size(rng);
    OwnershipGraph g(n);
    std::uniform_int_distribution<int> bits(0, 5);
    for (std::uint32_t e = 0; e < n; ++e) {
        const int b = bits(rng);
        g.setDesignations(e, b == 0 ? kOfacDesignated : b == 1 ? kEuDesignated : b == 2 ? 3 : 0);
    }
    std::uniform_int_distribution<std::uint32_t> edges(0, 3 * n);
    for (std::uint32_t i = edges(rng); i > 0; --i)
        g.addStake(randomStake(rng, n));
    return g;
}

} // namespace

TEST_CASE("property: the worklist closures equal a naive repeat-until-stable fixed point")
{
    std::mt19937 rng(20240703);
    for (int round = 0; round < 3000; ++round) {
        INFO("round " << round);
        const bool inclusive = round % 2 == 0;
        OwnershipRules rules(randomGraph(rng), OwnershipRuleOptions{inclusive});
        rules.run();
        checkAgainstNaive(rules, inclusive);
    }
}

TEST_CASE("property: incremental changes give what a full run gives")
{
    std::mt19937 rng(1955);
    for (int round = 0; round < 1500; ++round) {
        INFO("round " << round);
        const bool inclusive = round % 3 != 0;
        OwnershipRules rules(randomGraph(rng), OwnershipRuleOptions{inclusive});
        rules.run();
        const std::uint32_t n = rules.graph().entityCount();
        for (int change = 0; change < 6; ++change) {
            std::uniform_int_distribution<int> what(0, 3);
            const int w = what(rng);
            const std::size_t stakes = rules.graph().stakeCount();
            if (w == 0 || stakes == 0) {
                rules.addStake(randomStake(rng, n));
            } else if (w == 1) {
                const auto index = std::uniform_int_distribution<std::uint32_t>(0, std::uint32_t(stakes - 1))(rng);
                rules.removeStake(index);
            } else if (w == 2) {
                const auto index = std::uniform_int_distribution<std::uint32_t>(0, std::uint32_t(stakes - 1))(rng);
                const Stake old = rules.graph().stake(index);
                Stake changed = randomStake(rng, n);
                changed.owner = old.owner;
                changed.asset = old.asset;
                rules.replaceStake(index, changed);
            } else {
                const auto e = std::uniform_int_distribution<std::uint32_t>(0, n - 1)(rng);
                rules.setDesignations(e, static_cast<std::uint8_t>(std::uniform_int_distribution<int>(0, 3)(rng)));
            }
            checkAgainstNaive(rules, inclusive);
        }
    }
}
