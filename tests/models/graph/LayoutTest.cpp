#include "models/graph/ForceLayout.h"
#include "models/graph/HierarchyLayout.h"
#include "models/graph/Paths.h"
#include "models/graph/SpatialGrid.h"

#include <catch2/catch.hpp>

#include <cmath>
#include <random>
#include <set>

using namespace caravan::graph;

namespace {

// Clusters of 30 vertices, dense inside, a few bridges between them: layouts should show the clusters.
EdgeList clusteredGraph(std::uint32_t clusters, std::uint32_t size, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<std::uint32_t> pick(0, size - 1);
    EdgeList edges;
    for (std::uint32_t c = 0; c < clusters; ++c) {
        for (std::uint32_t i = 0; i < size * 3; ++i)
            edges.emplace_back(c * size + pick(random), c * size + pick(random));
        if (c > 0)
            edges.emplace_back((c - 1) * size + pick(random), c * size + pick(random));
    }
    return edges;
}

double meanDistance(const std::vector<Point> &p, const EdgeList &pairs)
{
    double sum = 0;
    for (const auto &[a, b] : pairs)
        sum += std::hypot(p[a].x - p[b].x, p[a].y - p[b].y);
    return sum / static_cast<double>(pairs.size());
}

} // namespace

TEST_CASE("force layout: finite, distinct positions, connected vertices nearer than unconnected pairs")
{
    const std::uint32_t n = 300;
    const EdgeList edges = clusteredGraph(10, 30, 5);
    ForceLayout layout(n, edges, ForceLayoutOptions{});
    CHECK(layout.levelCount() > 1);
    std::uint64_t calls = 0;
    layout.run([&](std::uint64_t done, std::uint64_t total) {
        CHECK(done <= total);
        ++calls;
        return true;
    });
    CHECK(layout.finished());
    CHECK(calls > 10);
    const std::vector<Point> p = layout.positions();
    REQUIRE(p.size() == n);
    CHECK(layoutIsValid(p, 1e-6));
    // Connected pairs against pairs with no edge between them.
    std::set<std::pair<std::uint32_t, std::uint32_t>> linked;
    for (auto [a, b] : edges)
        linked.insert({std::min(a, b), std::max(a, b)});
    EdgeList unconnected;
    std::mt19937_64 random(11);
    std::uniform_int_distribution<std::uint32_t> pick(0, n - 1);
    while (unconnected.size() < 2000) {
        const std::uint32_t a = pick(random), b = pick(random);
        if (a != b && !linked.count({std::min(a, b), std::max(a, b)}))
            unconnected.emplace_back(a, b);
    }
    CHECK(meanDistance(p, edges) < 0.5 * meanDistance(p, unconnected));
    CHECK(layoutQuality(p, edges) < 0.4);
}

TEST_CASE("force layout is deterministic for a seed and differs for another")
{
    const EdgeList edges = clusteredGraph(4, 25, 9);
    ForceLayout a(100, edges, ForceLayoutOptions{42});
    ForceLayout b(100, edges, ForceLayoutOptions{42});
    ForceLayout c(100, edges, ForceLayoutOptions{43});
    a.run();
    b.run();
    c.run();
    const auto pa = a.positions(), pb = b.positions(), pc = c.positions();
    bool same = true, differs = false;
    for (std::size_t i = 0; i < pa.size(); ++i) {
        same = same && pa[i].x == pb[i].x && pa[i].y == pb[i].y;
        differs = differs || pa[i].x != pc[i].x;
    }
    CHECK(same);
    CHECK(differs);
}

TEST_CASE("force layout publishes positions while it runs, keeps pinned vertices and handles edge cases")
{
    const EdgeList edges = clusteredGraph(3, 30, 1);
    ForceLayout layout(90, edges);
    layout.step();
    const auto early = layout.positions();
    REQUIRE(early.size() == 90);
    for (const Point &p : early)
        CHECK(std::isfinite(p.x));

    // Continue from given positions with vertex 0 pinned.
    std::vector<Point> start(90);
    for (std::uint32_t i = 0; i < 90; ++i)
        start[i] = {std::cos(i * 0.7) * 100.0, std::sin(i * 1.3) * 100.0};
    std::vector<char> pinned(90, 0);
    pinned[0] = 1;
    ForceLayout refine(90, edges, ForceLayoutOptions{}, start, pinned);
    CHECK(refine.levelCount() == 1);
    refine.run();
    CHECK(refine.positions()[0].x == start[0].x);
    CHECK(refine.positions()[0].y == start[0].y);
    CHECK(layoutIsValid(refine.positions()));

    // No vertices, one vertex, vertices without edges, self-loops and duplicates.
    ForceLayout empty(0, {});
    CHECK_FALSE(empty.step());
    ForceLayout single(1, {{0, 0}});
    single.run();
    CHECK(single.positions().size() == 1);
    ForceLayout isolated(50, {{0, 1}, {0, 1}, {2, 2}});
    isolated.run();
    CHECK(layoutIsValid(isolated.positions(), 1e-6));
}

TEST_CASE("hierarchy layout puts owners above their assets and breaks cycles")
{
    // 0 owns 1 and 2; 1 and 2 own 3; 3 owns 4; 4 owns 1 (a cycle); 5 is alone.
    const EdgeList edges{{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}, {4, 1}};
    const HierarchyResult h = hierarchyLayout(6, edges);
    CHECK(h.reversedEdges == 1);
    CHECK(h.layer[0] == 0);
    CHECK(h.layer[1] == 1);
    CHECK(h.layer[3] == 2);
    CHECK(h.layer[4] == 3);
    for (auto [a, b] : edges)
        if (!(a == 4 && b == 1))
            CHECK(h.positions[a].y < h.positions[b].y);
    CHECK(layoutIsValid(h.positions));

    // Barycentre ordering: two families side by side do not cross.
    const HierarchyResult f = hierarchyLayout(6, {{0, 3}, {1, 4}, {2, 5}, {0, 2}});
    CHECK(layoutIsValid(f.positions));
    CHECK((f.positions[0].x < f.positions[1].x) == (f.positions[3].x < f.positions[4].x));
}

TEST_CASE("radial layout places rings by hop distance around the focus")
{
    // Focus 0 with children 1, 2, 3; 1 has children 4, 5; 6 is not connected.
    const EdgeList edges{{0, 1}, {0, 2}, {3, 0}, {1, 4}, {1, 5}};
    const auto p = radialLayout(7, edges, 0, 100, 10);
    auto r = [&](std::uint32_t v) { return std::hypot(p[v].x, p[v].y); };
    CHECK(r(0) == Approx(0).margin(1e-9));
    CHECK(r(1) == Approx(100));
    CHECK(r(3) == Approx(100));
    CHECK(r(4) == Approx(200));
    CHECK(r(6) == Approx(300));
    CHECK(layoutIsValid(p));
    // Children sit inside their parent's wedge: 4 and 5 closer to 1 than to 2.
    auto d = [&](std::uint32_t a, std::uint32_t b) { return std::hypot(p[a].x - p[b].x, p[a].y - p[b].y); };
    CHECK(d(4, 1) < d(4, 2));
    CHECK(d(5, 1) < d(5, 3));
}

TEST_CASE("layout helpers: quality measure and separating coincident points")
{
    std::vector<Point> p{{0, 0}, {0, 0}, {1, 0}, {0, 0}};
    CHECK_FALSE(layoutIsValid(p));
    CHECK(separateCoincident(p, 0.01) >= 2);
    CHECK(layoutIsValid(p, 0.01));
    std::vector<Point> bad{{0, 0}, {std::nan(""), 1}};
    CHECK_FALSE(layoutIsValid(bad));
    // Edges between near points on a line give a low ratio.
    std::vector<Point> line;
    EdgeList edges;
    for (std::uint32_t i = 0; i < 100; ++i) {
        line.push_back({static_cast<double>(i), 0});
        if (i > 0)
            edges.emplace_back(i - 1, i);
    }
    CHECK(layoutQuality(line, edges) == Approx(1.0 / 33.67).epsilon(0.1));
}

TEST_CASE("the spatial grid finds the nearest point and the points in a rectangle")
{
    std::vector<Point> points;
    for (int y = 0; y < 50; ++y)
        for (int x = 0; x < 50; ++x)
            points.push_back({x * 10.0, y * 10.0});
    SpatialGrid grid;
    grid.build(points);
    auto any = [](std::uint32_t, double) { return true; };
    CHECK(grid.nearest(21, 29, 5, any) == 3 * 50 + 2);
    CHECK(grid.nearest(25, 25, 3, any) == -1);
    CHECK(grid.nearest(-100, -100, 5, any) == -1);
    // The predicate can skip hidden points.
    CHECK(grid.nearest(0, 0, 15, [](std::uint32_t i, double) { return i != 0; }) != 0);
    const auto inside = grid.inRect(5, 5, 25, 15);
    CHECK(inside == std::vector<std::uint32_t>{51, 52});
    CHECK(grid.inRect(-10, -10, 1000, 1000).size() == 2500);
    SpatialGrid empty;
    empty.build({});
    CHECK(empty.nearest(0, 0, 10, any) == -1);
    CHECK(empty.inRect(0, 0, 1, 1).empty());
}
