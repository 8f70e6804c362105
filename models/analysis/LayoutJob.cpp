#include "models/analysis/LayoutJob.h"

#include "models/graph/ComponentLayout.h"
#include "models/graph/ForceLayout.h"
#include "models/graph/HierarchyLayout.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace caravan {

void LayoutChannel::publish(std::vector<graph::Point> positions)
{
    QMutexLocker lock(&m_mutex);
    m_positions = std::move(positions);
    m_fresh = true;
}

bool LayoutChannel::take(std::vector<graph::Point> &positions)
{
    QMutexLocker lock(&m_mutex);
    if (!m_fresh)
        return false;
    positions = std::move(m_positions);
    m_positions.clear();
    m_fresh = false;
    return true;
}

Result<QString> runLayout(const LayoutRequest &request, LayoutChannel &channel, Progress &progress, int publishEveryMs)
{
    const std::uint32_t n = request.vertexCount;
    switch (request.kind) {
    case LayoutKind::Hierarchy: {
        progress.setStatus(QStringLiteral("Layered layout"));
        // Each connected component as its own layered drawing, packed in a grid with the largest first, so
        // that a whole network reads at fit instead of making one thin strip.
        graph::PackedHierarchyOptions options;
        options.hierarchy.nodeSpacing = request.spacing * 2.5;
        options.hierarchy.layerSpacing = request.spacing * 2.5;
        options.pack.gap = request.spacing * 3;
        options.pack.aspect = request.aspect;
        graph::PackedHierarchyResult result = graph::packedHierarchyLayout(n, request.edges, options);
        channel.publish(std::move(result.positions));
        progress.setProgress(1, 1);
        return result.reversedEdges > 0
                   ? QStringLiteral("Layered layout of %1 nodes; %2 edges turned to break ownership cycles")
                         .arg(n)
                         .arg(result.reversedEdges)
                   : QStringLiteral("Layered layout of %1 nodes").arg(n);
    }
    case LayoutKind::Radial: {
        progress.setStatus(QStringLiteral("Radial layout"));
        channel.publish(graph::radialLayout(n, request.edges, request.focus, request.spacing * 3, request.spacing));
        progress.setProgress(1, 1);
        return QStringLiteral("Radial layout of %1 nodes").arg(n);
    }
    case LayoutKind::Force:
    case LayoutKind::ForceRefine:
        break;
    }
    progress.setStatus(QStringLiteral("Force-directed layout"));
    graph::ForceLayoutOptions options;
    options.seed = request.seed;
    options.springLength = request.spacing;
    const bool refine = request.kind == LayoutKind::ForceRefine && request.initial.size() == n;
    graph::ForceLayout layout(n, request.edges, options, refine ? request.initial : std::vector<graph::Point>{},
                              refine ? request.pinned : std::vector<char>{});
    QElapsedTimer clock;
    clock.start();
    while (layout.step()) {
        progress.setProgress(static_cast<std::int64_t>(layout.stepsDone()),
                             static_cast<std::int64_t>(layout.totalSteps()));
        if (progress.isCancelled()) {
            channel.publish(layout.positions());
            return makeError(ErrorCode::Cancelled, QStringLiteral("layout stopped; the view keeps where it got to"));
        }
        if (clock.elapsed() >= publishEveryMs) {
            channel.publish(layout.positions());
            clock.restart();
        }
    }
    channel.publish(layout.positions());
    progress.setProgress(1, 1);
    return QCoreApplication::translate("caravan::LayoutJob", "Force-directed layout of %1 nodes in %2 steps")
        .arg(n)
        .arg(layout.stepsDone());
}

} // namespace caravan
