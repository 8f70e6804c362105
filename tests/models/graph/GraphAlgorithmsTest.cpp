#include "models/graph/BlockedStatus.h"
#include "models/graph/Centrality.h"
#include "models/graph/OwnershipRules.h"
#include "models/graph/Paths.h"

#include <catch2/catch.hpp>

#include <tuple>

using namespace caravan::graph;

namespace {
EdgeList pathGraph(std::uint32_t n)
{
    EdgeList edges;
    for (std::uint32_t i = 0; i + 1 < n; ++i)
        edges.emplace_back(i, i + 1);
    return edges;
}
EdgeList star(std::uint32_t leaves)
{
    EdgeList edges;
    for (std::uint32_t i = 1; i <= leaves; ++i)
        edges.emplace_back(0, i);
    return edges;
}
} // namespace

TEST_CASE("shortest paths follow edge direction unless asked not to")
{
    // 0 -> 1 -> 2 -> 3, and a shortcut 0 -> 3 backwards: 3 -> 0.
    const EdgeList edges{{0, 1}, {1, 2}, {2, 3}, {3, 0}, {4, 5}};
    const Adjacency directed(6, edges, Direction::Directed);
    CHECK(shortestPath(directed, 0, 3) == Path{0, 1, 2, 3});
    CHECK(shortestPath(directed, 3, 2) == Path{3, 0, 1, 2});
    CHECK(shortestPath(directed, 0, 4).empty());
    CHECK(shortestPath(directed, 2, 2) == Path{2});
    const Adjacency undirected(6, edges, Direction::Undirected);
    CHECK(shortestPath(undirected, 0, 3) == Path{0, 3});
    CHECK(shortestPath(undirected, 2, 0).size() == 3);
    CHECK(shortestPath(undirected, 5, 4) == Path{5, 4});
    CHECK(shortestPath(undirected, 0, 99).empty());
}

TEST_CASE("all simple paths up to k hops, shortest first, and the limit on their number")
{
    // A diamond 0 -> {1, 2} -> 3 plus a long way 0 -> 4 -> 5 -> 6 -> 3 and a cycle 1 -> 0.
    const EdgeList edges{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {0, 4}, {4, 5}, {5, 6}, {6, 3}, {1, 0}};
    const Adjacency directed(7, edges, Direction::Directed);
    auto paths = allSimplePaths(directed, 0, 3, 2);
    REQUIRE(paths.size() == 2);
    CHECK(paths[0] == Path{0, 1, 3});
    CHECK(paths[1] == Path{0, 2, 3});
    paths = allSimplePaths(directed, 0, 3, 4);
    REQUIRE(paths.size() == 3);
    CHECK(paths[2] == Path{0, 4, 5, 6, 3});
    CHECK(allSimplePaths(directed, 3, 0, 5).empty());
    // Undirected: 3 reaches 0 through 1, 2 and the long way.
    const Adjacency undirected(7, edges, Direction::Undirected);
    CHECK(allSimplePaths(undirected, 3, 0, 5).size() == 3);
    bool truncated = false;
    CHECK(allSimplePaths(undirected, 3, 0, 5, 2, &truncated).size() == 2);
    CHECK(truncated);
}

TEST_CASE("k-hop neighbourhoods grow one ring at a time")
{
    const Adjacency path(6, pathGraph(6), Direction::Undirected);
    CHECK(neighbourhood(path, {2}, 0) == std::vector<std::uint32_t>{2});
    CHECK(neighbourhood(path, {2}, 1) == std::vector<std::uint32_t>{1, 2, 3});
    CHECK(neighbourhood(path, {2}, 2) == std::vector<std::uint32_t>{0, 1, 2, 3, 4});
    CHECK(neighbourhood(path, {0, 5}, 1) == std::vector<std::uint32_t>{0, 1, 4, 5});
    const std::vector<int> d = hopDistances(path, {0}, 10);
    CHECK(d == std::vector<int>{0, 1, 2, 3, 4, 5});
    const Adjacency directed(6, pathGraph(6), Direction::Directed);
    CHECK(neighbourhood(directed, {3}, 5) == std::vector<std::uint32_t>{3, 4, 5});
}

TEST_CASE("connected components, largest first, isolated vertices their own")
{
    const Components c = connectedComponents(8, {{0, 1}, {2, 3}, {3, 4}, {4, 2}, {6, 5}});
    REQUIRE(c.count() == 4);
    CHECK(c.sizes == std::vector<std::uint32_t>{3, 2, 2, 1});
    CHECK(c.componentOf[2] == 0);
    CHECK(c.componentOf[4] == 0);
    CHECK(c.componentOf[0] == 1); // ties go to the component with the smaller vertex
    CHECK(c.componentOf[1] == 1);
    CHECK(c.componentOf[5] == 2);
    CHECK(c.componentOf[7] == 3);
    CHECK(connectedComponents(0, {}).count() == 0);
}

TEST_CASE("betweenness of a star and of a path graph has known values")
{
    // Star with 5 leaves: the centre lies on every one of the C(5,2) = 10 leaf pairs.
    const Betweenness s = betweenness(Adjacency(6, star(5), Direction::Undirected));
    CHECK_FALSE(s.approximate);
    CHECK(s.scores[0] == Approx(10.0));
    for (std::uint32_t v = 1; v <= 5; ++v)
        CHECK(s.scores[v] == Approx(0.0));
    // Path 0-1-2-3-4: vertex i is between i * (4 - i) pairs.
    const Betweenness p = betweenness(Adjacency(5, pathGraph(5), Direction::Undirected));
    CHECK(p.scores == std::vector<double>{0, 3, 4, 3, 0});
    // Directed path: ordered pairs, so the same counts (only one direction exists).
    const Betweenness d = betweenness(Adjacency(5, pathGraph(5), Direction::Directed));
    CHECK(d.scores == std::vector<double>{0, 3, 4, 3, 0});
    // A 4-cycle: two shortest paths between opposite vertices, each middle vertex gets half.
    const Betweenness c = betweenness(Adjacency(4, {{0, 1}, {1, 2}, {2, 3}, {3, 0}}, Direction::Undirected));
    for (double x : c.scores)
        CHECK(x == Approx(0.5));
}

TEST_CASE("sampled betweenness says it is approximate and stays close on a regular structure")
{
    // A long path: the exact middle score is 50 * 49 = 2450 for 100 vertices; sampling half the sources
    // estimates it within a loose bound and ranks the middle above the ends.
    const Adjacency adjacency(100, pathGraph(100), Direction::Undirected);
    const Betweenness exact = betweenness(adjacency);
    CHECK(exact.scores[50] == Approx(50.0 * 49.0));
    const Betweenness sampled = betweenness(adjacency, BetweennessOptions{50, 3});
    CHECK(sampled.approximate);
    CHECK(sampled.sourcesUsed == 50);
    CHECK(sampled.scores[50] == Approx(exact.scores[50]).epsilon(0.25));
    CHECK(sampled.scores[50] > sampled.scores[3]);
    // Cancelling stops early.
    int calls = 0;
    const Betweenness cancelled = betweenness(adjacency, {}, [&](std::uint64_t, std::uint64_t) { return ++calls < 2; });
    CHECK(cancelled.cancelled);
    CHECK(cancelled.sourcesUsed < 100);
}

TEST_CASE("degree counts neighbour entries")
{
    const Adjacency undirected(6, star(5), Direction::Undirected);
    const auto d = degreeCentrality(undirected);
    CHECK(d[0] == 5);
    CHECK(d[3] == 1);
    const Adjacency directed(6, star(5), Direction::Directed);
    CHECK(degreeCentrality(directed)[3] == 0);
}

TEST_CASE("blocked colouring follows OFAC's own 50% examples")
{
    auto snapshot = [](std::uint32_t n, std::vector<std::tuple<std::uint32_t, std::uint32_t, double, double>> stakes) {
        GraphSnapshot s;
        for (std::uint32_t i = 0; i < n; ++i) {
            GraphNode node;
            node.id = i;
            node.flags = i == 0 ? flagBit(NodeFlag::Designated) | flagBit(NodeFlag::OfacDesignated) : 0u;
            s.addNode(node);
        }
        for (auto [a, b, lo, hi] : stakes) {
            GraphEdge e;
            e.from = a;
            e.to = b;
            e.shareMin = lo;
            e.shareMax = hi;
            s.edges.push_back(e);
        }
        applyFiftyPercentRule(s);
        return s;
    };
    auto blocked = [](const GraphSnapshot &s, std::uint32_t v) { return hasFlag(s.nodes[v].flags, NodeFlag::Blocked); };
    auto possibly = [](const GraphSnapshot &s, std::uint32_t v) {
        return hasFlag(s.nodes[v].flags, NodeFlag::PossiblyBlocked);
    };
    // X owns 50% of A, A owns 50% of B: both blocked.
    auto s = snapshot(3, {{0, 1, 50, 50}, {1, 2, 50, 50}});
    CHECK(blocked(s, 0));
    CHECK(blocked(s, 1));
    CHECK(blocked(s, 2));
    // X owns 50% of A and B, each owns 25% of C: C blocked.
    s = snapshot(4, {{0, 1, 50, 50}, {0, 2, 50, 50}, {1, 3, 25, 25}, {2, 3, 25, 25}});
    CHECK(blocked(s, 3));
    // X owns 50% of A and 10% of B, A owns 40% of B: B blocked.
    s = snapshot(3, {{0, 1, 50, 50}, {0, 2, 10, 10}, {1, 2, 40, 40}});
    CHECK(blocked(s, 2));
    // X owns 40% of A, A owns 100% of B: neither.
    s = snapshot(3, {{0, 1, 40, 40}, {1, 2, 100, 100}});
    CHECK_FALSE(blocked(s, 1));
    CHECK_FALSE(blocked(s, 2));
    CHECK_FALSE(possibly(s, 2));
    // A range 25-50 is only possibly blocking; so is an unknown share.
    s = snapshot(3, {{0, 1, 25, 50}});
    CHECK_FALSE(blocked(s, 1));
    CHECK(possibly(s, 1));
    GraphSnapshot u = snapshot(2, {});
    GraphEdge unknown;
    unknown.to = 1;
    u.edges.push_back(unknown);
    applyFiftyPercentRule(u);
    CHECK(possibly(u, 1));
}

TEST_CASE("canvas colours come from the ownership rules", "[graph][ofac]")
{
    GraphSnapshot s;
    for (std::int64_t i = 0; i < 6; ++i) {
        GraphNode n;
        n.id = i + 1;
        s.addNode(n);
    }
    s.nodes[0].flags = flagBit(NodeFlag::Designated) | flagBit(NodeFlag::OfacDesignated);
    auto edge = [&](std::uint32_t from, std::uint32_t to, EdgeKind kind, double lo, double hi) {
        GraphEdge e;
        e.from = from;
        e.to = to;
        e.kind = kind;
        e.shareMin = lo;
        e.shareMax = hi;
        s.edges.push_back(e);
    };
    const double unknown = std::numeric_limits<double>::quiet_NaN();
    edge(0, 1, EdgeKind::Ownership, 30, 30);           // X 30% of A
    edge(0, 2, EdgeKind::Ownership, 60, 60);           // X 60% of B
    edge(2, 1, EdgeKind::Ownership, 20, 20);           // B 20% of A: A blocked by aggregation
    edge(0, 3, EdgeKind::Control, unknown, unknown);   // control alone never blocks
    edge(0, 4, EdgeKind::Ownership, 10, 60);           // range: possibly blocked
    edge(4, 5, EdgeKind::Ownership, unknown, unknown); // unknown share of a possibly blocked owner
    edge(1, 1, EdgeKind::Ownership, 100, 100);         // self-loops are ignored
    CHECK(applyFiftyPercentRule(s) == 2);

    OwnershipRules rules(ownershipGraphOf(s));
    rules.run();
    for (std::uint32_t v = 0; v < s.nodeCount(); ++v) {
        INFO("node " << v);
        CHECK(hasFlag(s.nodes[v].flags, NodeFlag::Blocked) == rules.isBlocked(v));
        CHECK(hasFlag(s.nodes[v].flags, NodeFlag::PossiblyBlocked) == (!rules.isBlocked(v) && rules.couldBeBlocked(v)));
    }
    CHECK(hasFlag(s.nodes[1].flags, NodeFlag::Blocked));
    CHECK(hasFlag(s.nodes[2].flags, NodeFlag::Blocked));
    CHECK(s.nodes[3].flags == 0);
    CHECK(hasFlag(s.nodes[4].flags, NodeFlag::PossiblyBlocked));
    CHECK(hasFlag(s.nodes[5].flags, NodeFlag::PossiblyBlocked));
    CHECK(rules.ofac(3).caution & kControlledByBlocked);
}
