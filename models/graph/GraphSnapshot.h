#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>
#include <unordered_map>
#include <vector>

namespace caravan::graph {

enum class NodeKind : std::uint8_t { Company, Person, Organization, Vessel, Country, Other };

// Facts about a node that the canvas colours by; combined as bits in GraphNode::flags.
enum class NodeFlag : std::uint32_t {
    Designated = 1u << 0,      // listed by an authority at the snapshot date
    Blocked = 1u << 1,         // blocked under the 50% rule (lower bound of the shares)
    PossiblyBlocked = 1u << 2, // blocked only if ranges are at their upper bound
    MarkSuspected = 1u << 3,
    MarkConfirmed = 1u << 4,
    MarkDismissed = 1u << 5,
    Focus = 1u << 6,          // the entity the view was built around
    OfacDesignated = 1u << 7, // designated on a list the OFAC 50% rule counts (the case's list setting)
};

constexpr std::uint32_t flagBit(NodeFlag f)
{
    return static_cast<std::uint32_t>(f);
}
constexpr bool hasFlag(std::uint32_t flags, NodeFlag f)
{
    return (flags & flagBit(f)) != 0;
}

enum class EdgeKind : std::uint8_t { Ownership, Directorship, Control, Other, Trade };

// One vertex of a snapshot: an entity (or a country in the country-level trade view).
struct GraphNode {
    std::int64_t id = 0; // the entity's row id in the case (or a synthetic id)
    std::string key;     // the id the source gave (entity ext id, country code): what reports cite
    std::string label;   // UTF-8, any script
    NodeKind kind = NodeKind::Company;
    std::string country; // ISO 3166-1 alpha-2 or empty
    std::uint32_t flags = 0;
    double weight = 0; // e.g. trade value through the node
};

// One directed edge: owner -> asset, director -> company, exporter -> importer.
struct GraphEdge {
    std::uint32_t from = 0;
    std::uint32_t to = 0;
    EdgeKind kind = EdgeKind::Ownership;
    std::int64_t id = 0;                                        // the link row id, or 0 for aggregated trade edges
    double weight = 1;                                          // trade value, or 1
    double shareMin = std::numeric_limits<double>::quiet_NaN(); // percent; NaN when unknown
    double shareMax = std::numeric_limits<double>::quiet_NaN();
    std::int64_t count = 1; // shipments aggregated into a trade edge
    std::string startDate;  // ISO dates, empty when open
    std::string endDate;

    bool hasShare() const { return !std::isnan(shareMin); }
};

// A graph taken from a case at a moment: plain data that algorithms, layouts and exporters read.
struct GraphSnapshot {
    std::string title;
    std::vector<GraphNode> nodes;
    std::vector<GraphEdge> edges;

    std::uint32_t nodeCount() const { return static_cast<std::uint32_t>(nodes.size()); }
    // Adds a node or returns the index of the node with that id.
    std::uint32_t addNode(const GraphNode &node);
    // Index of the node with this id, or nodeCount() when absent.
    std::uint32_t indexOf(std::int64_t id) const;

private:
    std::unordered_map<std::int64_t, std::uint32_t> m_index;
};

// Undirected or directed edge list as index pairs, for algorithms and benchmarks.
std::vector<std::pair<std::uint32_t, std::uint32_t>> edgePairs(const GraphSnapshot &snapshot);

const char *nodeKindName(NodeKind kind);
const char *edgeKindName(EdgeKind kind);

} // namespace caravan::graph
