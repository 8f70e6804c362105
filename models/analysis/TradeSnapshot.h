#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/graph/ChainSearch.h"

#include <QString>
#include <QStringList>

#include <climits>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace caravan {

struct ShipmentChunk;

// What the detectors need to know about an entity, by its dense index in a TradeSnapshot.
struct SnapshotEntity {
    // "RU", "RU (from 12 shipments' destination)" when inferred, empty when unknown.
    QString countryText() const
    {
        return countryBasis.isEmpty() ? country : QStringLiteral("%1 (%2)").arg(country, countryBasis);
    }

    qint64 rowId = 0;
    QString extId;
    QString name;
    QString country; // as registered, or inferred from the shipments (see countryBasis)
    // Empty when `country` is the entity's own; else what it was inferred from (PartyCountries), such as
    // "from 12 shipments' destination".
    QString countryBasis;
    std::int32_t birthDay = INT_MIN; // days since 1970-01-01; INT_MIN when unknown
};

// Every shipment of a case loaded once into plain columns (graph::TradeArrays) with the SQLite C API,
// plus the entity facts the explanations cite. Entities merged into another stand for the survivor.
// The detectors (chains, red flags) read this instead of querying shipment by shipment.
class TradeSnapshot {
public:
    // From `parallelFrom` shipments on, several threads read row-id ranges on their own connections.
    static constexpr std::int64_t kParallelLoadRows = 200000;
    static Result<TradeSnapshot> load(sqlite3 *db, Progress &progress, std::int64_t parallelFrom = kParallelLoadRows);

    graph::TradeArrays trade;          // quantities and units canonical (models/domain/Units)
    std::vector<qint64> shipmentRowId; // by shipment index
    std::vector<SnapshotEntity> entities;
    // By shipment, a unit the vocabulary does not know, as written: an index into `units` (-1: none, or a
    // known unit, whose spelling ShipmentIdLookup reads for the few shipments an explanation cites).
    std::vector<std::int32_t> unknownUnit;
    std::vector<std::string> units;
    // By shipment, the countries the declaration names (0 when none): where it was delivered and where it was
    // dispatched from. PartyCountries reads them; the origin is read only where it decides (originCountries).
    std::vector<graph::CountryCode> destinationCountry;
    std::vector<graph::CountryCode> dispatchCountry;
    std::vector<qint64> undatedRowIds; // shipments left out because their date cannot be read

    std::size_t shipmentCount() const { return trade.shipmentCount(); }
    // The dense index of an entity row id (after merges), or -1. Inline: the loader calls it twice a row.
    std::int32_t entityIndex(qint64 rowId) const
    {
        return rowId <= 0 || static_cast<std::size_t>(rowId) >= m_indexOfRow.size()
                   ? -1
                   : m_indexOfRow[static_cast<std::size_t>(rowId)];
    }
    const SnapshotEntity &entity(std::int32_t index) const { return entities[static_cast<std::size_t>(index)]; }
    // The canonical unit of a shipment ("kg", "piece"...; empty when unknown).
    QString canonicalUnitName(std::size_t shipment) const;
    // The origin country of these shipments (by index; 0 when none), read from the case row by row.
    std::vector<graph::CountryCode> originCountries(sqlite3 *db, const std::vector<std::uint32_t> &shipments) const;

private:
    friend struct ShipmentChunk;
    void appendChunks(std::vector<ShipmentChunk> &chunks);
    std::vector<std::int32_t> m_indexOfRow; // entity row id -> index
};

// Day numbers (days since 1970-01-01) and ISO dates.
std::int32_t dayFromIso(const char *text, std::size_t length, bool *ok = nullptr);
QString isoFromDay(std::int32_t day);

// The ext ids of shipment rows for citing them (a declaration number; "#<row>" when a row has none), and
// their units as written.
class ShipmentIdLookup {
public:
    explicit ShipmentIdLookup(sqlite3 *db);
    ~ShipmentIdLookup();
    ShipmentIdLookup(const ShipmentIdLookup &) = delete;
    ShipmentIdLookup &operator=(const ShipmentIdLookup &) = delete;
    QString extId(qint64 rowId);
    // Reads the ext ids of these rows at once (in row order), so that cached() finds them.
    void prefetch(std::vector<qint64> rowIds);
    // The ext id of a row read before ("#<row>" when it was not): const, so several threads may ask at once.
    QString cached(qint64 rowId) const;
    // The unit as written of a row read before (empty when none or not read).
    QString cachedUnit(qint64 rowId) const;

private:
    struct Row {
        QString extId;
        QString unit;
    };
    struct Statement;
    std::unique_ptr<Statement> m_st;
    std::unordered_map<qint64, Row> m_cache;
};

} // namespace caravan
