#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/graph/Layout.h"

#include <QMutex>

#include <cstdint>
#include <vector>

namespace caravan {

enum class LayoutKind { Force, ForceRefine, Hierarchy, Radial };

// What to lay out: a plain copy of the graph, so the worker never touches the view's data.
struct LayoutRequest {
    LayoutKind kind = LayoutKind::Force;
    std::uint32_t vertexCount = 0;
    graph::EdgeList edges;             // directed (owner -> asset) for the hierarchy
    std::vector<graph::Point> initial; // for ForceRefine; one per vertex
    std::vector<char> pinned;          // for ForceRefine
    std::uint32_t focus = 0;           // for Radial
    std::uint64_t seed = 1;
    double spacing = 40; // spring length / node spacing in world units
    double aspect = 1.6; // Hierarchy: width / height of the space the packed components should fill (the canvas)
};

// Where a layout worker leaves its latest positions for the GUI to pick up (any thread).
class LayoutChannel {
public:
    void publish(std::vector<graph::Point> positions);
    // Moves the latest positions out if any arrived since the last call.
    bool take(std::vector<graph::Point> &positions);

private:
    QMutex m_mutex;
    std::vector<graph::Point> m_positions;
    bool m_fresh = false;
};

// Runs a layout to the end on the calling (worker) thread: reports progress, stops when cancelled, and
// publishes positions about every publishEveryMs so that the view moves as the layout proceeds.
Result<QString> runLayout(const LayoutRequest &request, LayoutChannel &channel, Progress &progress,
                          int publishEveryMs = 150);

} // namespace caravan
