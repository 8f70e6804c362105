#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/graph/GraphSnapshot.h"

#include <QDate>
#include <QStringList>

#include <optional>
#include <vector>

struct sqlite3;

namespace caravan {

// What goes into an ownership and control snapshot.
struct OwnershipGraphOptions {
    QDate at; // links and designations valid on this day; invalid: every link, every designation
    bool directorships = true;
    bool control = true;
    bool otherLinks = true;
};

// TradeGraphOptions::chplTier for goods of any CHPL tier.
inline constexpr QStringView kAnyChplTier = u"*";

// What goes into a trade snapshot: shipments aggregated per (exporter, importer) or per (origin, destination).
struct TradeGraphOptions {
    QDate from;                // inclusive; invalid: open
    QDate to;                  // inclusive; invalid: open
    QString hsPrefix;          // digits of the HS code the goods must start with; empty: all goods
    QString chplTier;          // only goods on the CHPL: a tier ("1", "3.A"...), kAnyChplTier for every tier, or empty
    QStringList countries;     // keep shipments touching one of these countries (either party, origin or destination)
    bool countryLevel = false; // nodes are countries instead of companies
    QStringList parties;       // companies: keep shipments from or to one of these (ext ids); empty: all
};

// First and last dates found on links and shipments: the range of the time slider.
struct CaseDateSpan {
    QDate first;
    QDate last;
};

// Reads a case into graph snapshots for the canvas and the algorithms of caravan_graph. All SQL of the graph
// views lives here; the snapshot carries entity row ids, names, kinds, countries and status flags
// (designated at the date, blocked by the 50% rule, marks).
class GraphBuilder {
public:
    explicit GraphBuilder(sqlite3 *db) : m_db(db) {}

    Result<graph::GraphSnapshot> ownership(const OwnershipGraphOptions &options, Progress &progress) const;
    Result<graph::GraphSnapshot> trade(const TradeGraphOptions &options, Progress &progress) const;
    // The companies trading under these options (their level aside), counted up to limit + 1 only: a view can
    // decide to group by country without aggregating the company network first. Stops within the first rows of a
    // large case.
    Result<std::uint32_t> tradeParties(const TradeGraphOptions &options, std::uint32_t limit, Progress &progress) const;
    // The centres (entity row ids), their links valid at the date (any kind, either direction) and their trade
    // partners (shipments aggregated per exporter and importer), plus the extra entities with the links that join
    // them to those; nodes described as in the other snapshots, without the 50% rule (the graph is partial).
    Result<graph::GraphSnapshot> around(const std::vector<qint64> &centres, const std::vector<qint64> &extra,
                                        const QDate &at, Progress &progress) const;
    CaseDateSpan dateSpan() const;

private:
    Status describeNodes(graph::GraphSnapshot &snapshot, const QDate &at, Progress &progress) const;
    sqlite3 *m_db;
};

// The vertices of a snapshot reached from `seed` within `hops` links (either direction), as a new snapshot.
graph::GraphSnapshot neighbourhoodSnapshot(const graph::GraphSnapshot &snapshot, std::int64_t seedId, int hops);

// The entity's owners up to its ultimate owners and its holdings down to the last ones (ancestors and descendants
// over ownership and control links), with the ownership and control links between them, as a new snapshot; the
// entity carries NodeFlag::Focus. Empty when the entity is not in the snapshot.
graph::GraphSnapshot lineageSnapshot(const graph::GraphSnapshot &snapshot, std::int64_t entityId);

} // namespace caravan
