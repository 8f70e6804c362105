#pragma once

// The red-flag rules, one function each, sharing a Context; used by RedFlags.cpp only.

#include "models/analysis/RedFlags.h"
#include "models/analysis/ShadowSanctions.h"
#include "models/analysis/TradeSnapshot.h"
#include "models/graph/ChainSearch.h"

#include <unordered_map>

namespace caravan::flagrules {

// Shipment indices grouped by one party (exporter or importer), each group sorted by day.
struct PartyIndex {
    std::vector<std::size_t> offsets;
    std::vector<std::uint32_t> ids;

    // With `indexed` (by entity index), only the shipments of those parties; empty: every shipment.
    static PartyIndex build(const TradeSnapshot &snap, const std::vector<std::int32_t> &party,
                            const std::vector<char> &indexed);
    std::size_t begin(std::int32_t entity) const { return offsets[static_cast<std::size_t>(entity)]; }
    std::size_t end(std::int32_t entity) const { return offsets[static_cast<std::size_t>(entity) + 1]; }
};

// What every rule reads, and where it writes its flags.
struct Context {
    sqlite3 *db = nullptr;
    const TradeSnapshot &snap;
    const ChainSettings &settings;
    const RedFlagThresholds &thresholds;
    graph::ChainSearchParams params; // the country sets as bitmaps
    PartyIndex byExporter;
    PartyIndex byImporter;
    SanctionExposure exposure;    // T6: the parties' sanctions status by date
    std::int32_t invasionDay = 0; // 2022-02-24
    ShipmentIdLookup *ids = nullptr;
    std::vector<char> focus; // by entity index; empty: every entity
    std::vector<RedFlag> &out;

    bool inTransit(std::int32_t e) const;
    bool inDestination(std::int32_t e) const;
    bool isListed(std::int32_t e) const;
    // Whether the run flags this entity at all (see computeRedFlags' onlyEntities).
    bool inFocus(std::int32_t e) const;
    // "Name (ext id, KZ)"
    QString label(std::int32_t e) const;
    // "DECL-1 of 2023-01-10"
    QString shipmentLabel(std::size_t shipment) const;
    void flag(std::int32_t entity, const char *code, const QString &explanation, std::vector<qint64> shipments = {});
};

void shadowSanctioned(Context &c);                                                // T6
void newIntermediary(Context &c);                                                 // T4
Status sharedAddressOrDirector(Context &c);                                       // T5
void fanInHub(Context &c);                                                        // T14
void priceAnomaly(Context &c);                                                    // T9
void supplierSwitch(Context &c);                                                  // T8
Status foreignSubsidiary(Context &c);                                             // T7
void countryDisagreement(Context &c);                                             // T15
Status tradeStatistics(Context &c, std::vector<RedFlagReport::CountryFlag> &out); // T1, T2

} // namespace caravan::flagrules
