#include "models/graph/ComponentLayout.h"

#include <catch2/catch.hpp>

#include <cmath>

using namespace caravan::graph;

namespace {

// Three ownership groups of 1 + 6, 1 + 2 and 1 + 1 companies (vertex numbers interleaved so that the largest is
// not the first found), and two companies with no link at all.
EdgeList threeGroups()
{
    return {{0, 3}, {0, 4}, {1, 5}, {1, 6}, {1, 7}, {1, 8}, {1, 9}, {1, 10}, {2, 11}};
}

bool sameLayout(const std::vector<Point> &a, const std::vector<Point> &b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].x != b[i].x || a[i].y != b[i].y)
            return false;
    return true;
}

} // namespace

TEST_CASE("components: largest first, ties by smallest vertex, members ascending", "[layout][components]")
{
    const ComponentGroups c = componentGroups(14, threeGroups());
    REQUIRE(c.members.size() == 5);
    CHECK(c.members[0] == std::vector<std::uint32_t>{1, 5, 6, 7, 8, 9, 10});
    CHECK(c.members[1] == std::vector<std::uint32_t>{0, 3, 4});
    CHECK(c.members[2] == std::vector<std::uint32_t>{2, 11});
    CHECK(c.members[3] == std::vector<std::uint32_t>{12});
    CHECK(c.members[4] == std::vector<std::uint32_t>{13});
    CHECK(c.of[9] == 0);
    CHECK(c.of[4] == 1);
    CHECK(c.of[13] == 4);
}

TEST_CASE("packed hierarchy: components apart, largest first in the top-left cell, deterministic",
          "[layout][components]")
{
    PackedHierarchyOptions options;
    options.hierarchy.nodeSpacing = 100;
    options.hierarchy.layerSpacing = 100;
    options.pack.gap = 100;
    const PackedHierarchyResult r = packedHierarchyLayout(14, threeGroups(), options);
    REQUIRE(r.boxes.size() == 5);
    REQUIRE(r.positions.size() == 14);
    CHECK(layoutIsValid(r.positions, 50));
    // Boxes, grown by half the gap on each side, still do not overlap: at least a gap between any two.
    for (std::size_t a = 0; a < r.boxes.size(); ++a)
        for (std::size_t b = a + 1; b < r.boxes.size(); ++b) {
            Box ga = r.boxes[a], gb = r.boxes[b];
            ga.left -= 49.9, ga.top -= 49.9, ga.width += 99.8, ga.height += 99.8;
            gb.left -= 49.9, gb.top -= 49.9, gb.width += 99.8, gb.height += 99.8;
            CHECK_FALSE(ga.overlaps(gb));
        }
    // Every vertex inside its component's box.
    for (std::uint32_t v = 0; v < 14; ++v) {
        const Box &box = r.boxes[r.components.of[v]];
        CHECK(r.positions[v].x >= box.left - 1e-9);
        CHECK(r.positions[v].x <= box.right() + 1e-9);
        CHECK(r.positions[v].y >= box.top - 1e-9);
        CHECK(r.positions[v].y <= box.bottom() + 1e-9);
    }
    // The largest group is the first cell: top-left, the owner above its six companies.
    CHECK(r.boxes[0].left == 0);
    CHECK(r.boxes[0].top == 0);
    for (std::size_t c = 1; c < r.boxes.size(); ++c)
        CHECK((r.boxes[c].top > r.boxes[0].top || r.boxes[c].left > r.boxes[0].left));
    CHECK(r.positions[1].y == 0);
    for (std::uint32_t v = 5; v <= 10; ++v)
        CHECK(r.positions[v].y == 100);
    // 1 + 6 is one owner over one row of six: 500 wide, 100 high.
    CHECK(r.boxes[0].width == Approx(500));
    CHECK(r.boxes[0].height == Approx(100));
    // Reading order: each next cell is right of the previous one in the same row, or in a lower row.
    for (std::size_t c = 1; c < r.boxes.size(); ++c) {
        const bool sameRow = r.boxes[c].top == r.boxes[c - 1].top;
        CHECK((sameRow ? r.boxes[c].left > r.boxes[c - 1].right() : r.boxes[c].top > r.boxes[c - 1].bottom()));
    }
    const PackedHierarchyResult again = packedHierarchyLayout(14, threeGroups(), options);
    CHECK(sameLayout(r.positions, again.positions));
}

TEST_CASE("packed hierarchy: a wide layer wraps into a block, many components make a grid not a strip",
          "[layout][components]")
{
    // One holding company owning 40 subsidiaries.
    EdgeList star;
    for (std::uint32_t v = 1; v <= 40; ++v)
        star.emplace_back(0, v);
    PackedHierarchyOptions options;
    options.hierarchy.nodeSpacing = 100;
    options.hierarchy.layerSpacing = 100;
    options.maxLayerWidth = 10;
    const PackedHierarchyResult wrapped = packedHierarchyLayout(41, star, options);
    // Ten across (with the half step of the shifted rows), four rows of subsidiaries under the owner.
    CHECK(wrapped.boxes[0].width == Approx(950));
    CHECK(wrapped.boxes[0].height == Approx(100 + 3 * 60));
    CHECK(layoutIsValid(wrapped.positions, 50));

    // 60 separate pairs: the whole drawing is about as wide as the wanted aspect, not one long row.
    EdgeList pairs;
    for (std::uint32_t p = 0; p < 60; ++p)
        pairs.emplace_back(2 * p, 2 * p + 1);
    const PackedHierarchyResult grid = packedHierarchyLayout(120, pairs, options);
    double right = 0, bottom = 0;
    for (const Box &b : grid.boxes) {
        right = std::max(right, b.right());
        bottom = std::max(bottom, b.bottom());
    }
    CHECK(right / bottom > 0.8);
    CHECK(right / bottom < 3.0);
    CHECK(layoutIsValid(grid.positions, 50));
}
