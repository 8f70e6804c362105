#include "models/graph/CompactDigraph.h"

#include <catch2/catch.hpp>

using namespace caravan::graph;

TEST_CASE("a compact digraph lists each vertex's out-edges with their ids")
{
    const CompactDigraph g(4, {{0, 1, 10}, {0, 2, 11}, {2, 3, 12}});
    CHECK(g.vertexCount() == 4);
    CHECK(g.edgeCount() == 3);
    CHECK(g.outEnd(0) - g.outBegin(0) == 2);
    CHECK(g.outEnd(1) - g.outBegin(1) == 0);
    REQUIRE(g.outEnd(2) - g.outBegin(2) == 1);
    CHECK(g.targets()[g.outBegin(2)] == 3);
    CHECK(g.edgeIds()[g.outBegin(2)] == 12);
}

TEST_CASE("ownership cycles are found, self-loops included, acyclic parts ignored")
{
    // 0 -> 1 -> 2 -> 0 is a cycle; 3 owns itself; 4 -> 5 is not a cycle.
    const CompactDigraph g(6, {{0, 1, 0}, {1, 2, 1}, {2, 0, 2}, {3, 3, 3}, {4, 5, 4}, {2, 4, 5}});
    const auto cycles = g.cycles();
    REQUIRE(cycles.size() == 2);
    CHECK(cycles[0] == std::vector<std::uint32_t>{0, 1, 2});
    CHECK(cycles[1] == std::vector<std::uint32_t>{3});
    CHECK(CompactDigraph(3, {{0, 1, 0}, {1, 2, 1}}).cycles().empty());
}
