#pragma once

#include "models/graph/Layout.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace caravan::graph {

struct ForceLayoutOptions {
    std::uint64_t seed = 1;
    double springLength = 10.0; // the natural edge length K, in layout units
    double theta = 1.5;         // Barnes-Hut opening criterion: larger is faster and coarser
    int finestIterations = 40;  // iteration cap on the full graph
    int coarseIterations = 40;  // iteration cap on each coarser level (cheap: they are smaller)
    bool multilevel = true;     // coarsen by edge matching, lay out the coarsest graph, refine
    double gravity = 0.02;      // pull towards the centre, so that separate components stay near
    double tolerance = 0.005;   // a level has converged when the mean move is below tolerance * K
};

// Spring-electrical force-directed layout (Hu 2005): attraction along edges, repulsion between all pairs
// approximated with a Barnes-Hut quadtree in O(n log n), adaptive step length, and a multilevel scheme
// (coarsen by matching, lay out coarse, prolong, refine). It runs in steps so that a worker can report
// progress, stop when asked and publish positions as it goes; a seed makes it deterministic.
class ForceLayout {
public:
    // `initial` (optional) starts from known positions and skips the multilevel phase; `pinned` vertices
    // keep their initial positions.
    ForceLayout(std::uint32_t vertexCount, const EdgeList &edges, const ForceLayoutOptions &options = {},
                std::vector<Point> initial = {}, std::vector<char> pinned = {});
    ~ForceLayout();
    ForceLayout(const ForceLayout &) = delete;
    ForceLayout &operator=(const ForceLayout &) = delete;

    // One iteration; returns false once the layout is finished.
    bool step();
    bool finished() const;
    // Runs to the end; `onStep(done, total)` may return false to stop early.
    template <typename Fn> void run(Fn &&onStep)
    {
        while (step())
            if (!onStep(stepsDone(), totalSteps()))
                return;
    }
    void run()
    {
        while (step()) {
        }
    }

    std::uint64_t stepsDone() const { return m_stepsDone; }
    // Upper bound on steps (levels that converge early skip the rest of their budget).
    std::uint64_t totalSteps() const { return m_totalSteps; }
    int levelCount() const;
    int currentLevel() const;
    // Positions of every vertex of the full graph now (coarse positions while coarse levels run).
    std::vector<Point> positions() const;

private:
    struct Level;
    class QuadTree;
    void buildLevels(std::uint32_t vertexCount, const EdgeList &edges);
    void startLevel(int level, bool fromCoarser);
    void finishLevel();

    ForceLayoutOptions m_options;
    std::vector<std::unique_ptr<Level>> m_levels; // 0 is the full graph
    std::unique_ptr<QuadTree> m_tree;
    std::vector<char> m_pinned;
    std::vector<std::uint32_t> m_order; // vertices of the current level in spatial order
    int m_level = 0;
    int m_levelStep = 0;
    double m_step = 0;
    double m_energy = 0;
    int m_progress = 0;
    double m_k = 1;
    bool m_finished = false;
    std::uint64_t m_stepsDone = 0;
    std::uint64_t m_totalSteps = 0;
    std::vector<std::uint64_t> m_levelEndStep;
};

} // namespace caravan::graph
