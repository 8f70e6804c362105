#pragma once

#include "models/graph/Adjacency.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace caravan::graph {

// Called by long algorithms with work done and total; returning false cancels the run.
using ProgressFn = std::function<bool(std::uint64_t done, std::uint64_t total)>;

// Number of neighbour entries per vertex (out-degree when directed, degree when undirected).
std::vector<double> degreeCentrality(const Adjacency &adjacency);

struct BetweennessOptions {
    // Sources to run from; 0 or >= vertexCount means every vertex (exact). Fewer gives an estimate
    // scaled by vertexCount / sources (Brandes and Pich 2007), and the result says it is approximate.
    std::uint32_t sampleSources = 0;
    std::uint64_t seed = 1;
};

struct Betweenness {
    std::vector<double> scores; // raw pair counts as igraph gives them: undirected graphs count each pair once
    bool approximate = false;
    std::uint32_t sourcesUsed = 0;
    bool cancelled = false;
};

// Brandes' algorithm on unweighted edges, O(n m) exact or O(k m) sampled.
Betweenness betweenness(const Adjacency &adjacency, const BetweennessOptions &options = {},
                        const ProgressFn &progress = {});

} // namespace caravan::graph
