#include "models/graph/EffectiveOwnership.h"

#include <catch2/catch.hpp>

#include <map>
#include <random>

using namespace caravan::graph;

namespace {

std::map<std::uint32_t, double> lowerShares(const EffectiveOwnership &result)
{
    std::map<std::uint32_t, double> m;
    for (const EffectiveOwner &o : result.owners)
        m[o.owner] = o.lower;
    return m;
}

// A different method: sums over simple paths by dynamic programming over (visited set, current entity).
std::map<std::uint32_t, std::pair<double, double>> subsetDp(const OwnershipGraph &g, std::uint32_t target)
{
    const std::uint32_t n = g.entityCount();
    std::vector<bool> root(n, true);
    for (const Stake &s : g.stakes())
        if (s.isOwnership() && s.owner != s.asset)
            root[s.asset] = false;
    const std::size_t masks = std::size_t{1} << n;
    std::vector<std::vector<std::pair<double, double>>> dp(masks, std::vector<std::pair<double, double>>(n));
    dp[std::size_t{1} << target][target] = {1.0, 1.0};
    std::map<std::uint32_t, std::pair<double, double>> result;
    for (std::size_t mask = 1; mask < masks; ++mask)
        for (std::uint32_t v = 0; v < n; ++v) {
            const auto [lo, hi] = dp[mask][v];
            if (lo == 0.0 && hi == 0.0)
                continue;
            if (root[v] && v != target) {
                result[v].first += lo;
                result[v].second += hi;
            }
            for (const Stake &s : g.stakes()) {
                if (!s.isOwnership() || s.asset != v || (mask >> s.owner) & 1U)
                    continue;
                const double l = s.known ? toPercent(s.min) / 100.0 : 0.0;
                const double h = s.known ? toPercent(s.max) / 100.0 : 1.0;
                auto &next = dp[mask | (std::size_t{1} << s.owner)][s.owner];
                next.first += lo * l;
                next.second += hi * h;
            }
        }
    return result;
}

} // namespace

TEST_CASE("effective ownership on a diamond sums the products of both paths")
{
    // P owns 60% of A and 40% of B; A and B each own 50% of C: P holds 30 + 20 = 50% of C.
    enum : std::uint32_t { P, A, B, C };
    OwnershipGraph g(4);
    g.addStake(Stake::ownership(P, A, 60));
    g.addStake(Stake::ownership(P, B, 40));
    g.addStake(Stake::ownership(A, C, 50));
    g.addStake(Stake::ownership(B, C, 50));
    g.finalize();
    const EffectiveOwnership c = effectiveOwnership(g, C);
    REQUIRE(c.owners.size() == 1);
    CHECK(c.owners[0].owner == P);
    CHECK(c.owners[0].lower == Approx(50.0));
    CHECK(c.owners[0].paths == 2);
    CHECK(c.complete);
    CHECK_FALSE(c.cycleSkipped);
    // An entity nobody owns has no effective owners.
    CHECK(effectiveOwnership(g, P).owners.empty());
}

TEST_CASE("effective ownership on a cycle neither hangs nor double counts")
{
    // P owns 80% of A, A owns 50% of B, B owns 30% of A, Q owns 50% of B.
    enum : std::uint32_t { P, Q, A, B };
    OwnershipGraph g(4);
    g.addStake(Stake::ownership(P, A, 80));
    g.addStake(Stake::ownership(A, B, 50));
    g.addStake(Stake::ownership(B, A, 30));
    g.addStake(Stake::ownership(Q, B, 50));
    g.finalize();
    const EffectiveOwnership a = effectiveOwnership(g, A);
    CHECK(a.complete);
    CHECK(a.cycleSkipped);
    const auto sa = lowerShares(a);
    CHECK(sa.at(P) == Approx(80.0));
    CHECK(sa.at(Q) == Approx(15.0)); // Q -> B -> A only
    const auto sb = lowerShares(effectiveOwnership(g, B));
    CHECK(sb.at(P) == Approx(40.0)); // P -> A -> B; the way round the cycle is not simple
    CHECK(sb.at(Q) == Approx(50.0));
}

TEST_CASE("effective ownership: a pure cycle has no ultimate owner, ranges and unknown shares give bounds")
{
    enum : std::uint32_t { P, A, B, C };
    OwnershipGraph g(4);
    g.addStake(Stake::ownership(A, B, 100));
    g.addStake(Stake::ownership(B, A, 100));
    g.addStake(Stake::ownership(P, C, 25, 50));
    g.addStake(Stake::unknownShare(P, C));
    g.finalize();
    CHECK(effectiveOwnership(g, A).owners.empty());
    const EffectiveOwnership c = effectiveOwnership(g, C);
    REQUIRE(c.owners.size() == 1);
    CHECK(c.owners[0].lower == Approx(25.0));
    CHECK(c.owners[0].upper == Approx(150.0)); // an upper bound: 50 plus an unknown share of up to 100
    CHECK(c.owners[0].unknownShare);
}

TEST_CASE("effective ownership reports when its budget stops it")
{
    OwnershipGraph g(30);
    for (std::uint32_t i = 0; i + 1 < 30; ++i)
        g.addStake(Stake::ownership(i, i + 1, 100));
    g.finalize();
    CHECK(effectiveOwnership(g, 29).complete);
    CHECK(effectiveOwnership(g, 29).owners.at(0).lower == Approx(100.0));
    EffectiveOwnershipBudget shallow;
    shallow.maxDepth = 10;
    const EffectiveOwnership cut = effectiveOwnership(g, 29, shallow);
    CHECK_FALSE(cut.complete);
    CHECK(cut.owners.empty());
}

TEST_CASE("property: effective ownership equals a subset dynamic programme on random small graphs")
{
    std::mt19937 rng(25);
    for (int round = 0; round < 2000; ++round) {
        const std::uint32_t n = std::uniform_int_distribution<std::uint32_t>(2, 8)(rng);
        OwnershipGraph g(n);
        std::uniform_int_distribution<std::uint32_t> entity(0, n - 1);
        std::uniform_int_distribution<int> share(0, 20);
        for (std::uint32_t i = std::uniform_int_distribution<std::uint32_t>(0, 2 * n)(rng); i > 0; --i) {
            const int k = share(rng);
            if (k == 0)
                g.addStake(Stake::unknownShare(entity(rng), entity(rng)));
            else if (k == 1)
                g.addStake(Stake::control(entity(rng), entity(rng)));
            else
                g.addStake(Stake::ownership(entity(rng), entity(rng), k * 5.0 - 10.0, std::min(100.0, k * 5.0)));
        }
        g.finalize();
        for (std::uint32_t t = 0; t < n; ++t) {
            INFO("round " << round << " entity " << t);
            const EffectiveOwnership fast = effectiveOwnership(g, t);
            REQUIRE(fast.complete);
            const auto slow = subsetDp(g, t);
            std::map<std::uint32_t, std::pair<double, double>> got;
            for (const EffectiveOwner &o : fast.owners)
                got[o.owner] = {o.lower, o.upper};
            for (const auto &[owner, bounds] : slow) {
                if (bounds.second == 0.0)
                    continue; // only zero-share paths: not reported
                REQUIRE(got.count(owner) == 1);
                CHECK(got[owner].first == Approx(bounds.first * 100.0).margin(1e-9));
                CHECK(got[owner].second == Approx(bounds.second * 100.0).margin(1e-9));
            }
            for (const auto &[owner, bounds] : got)
                REQUIRE(slow.count(owner) == 1);
        }
    }
}
