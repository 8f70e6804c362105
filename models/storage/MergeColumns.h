#pragma once

namespace caravan::mergecolumns {

// Every place an entity's row id is stored, other than entities itself: what accepting a duplicate moves from the
// absorbed entity to its survivor, in a case file (DecisionStore) and in a server case (ServerDecisionStore) alike.
struct EntityColumn {
    const char *table;
    const char *column;
};
inline constexpr EntityColumn kEntityColumns[] = {
    {"entity_names", "entity_id"},
    {"entity_identifiers", "entity_id"},
    {"entity_addresses", "entity_id"},
    {"entity_dates", "entity_id"},
    {"entity_properties", "entity_id"},
    {"designations", "entity_id"},
    {"links", "owner_id"},
    {"links", "asset_id"},
    {"shipments", "exporter_id"},
    {"shipments", "importer_id"},
};
// merge_moves.column_name of a row the merge added rather than moved.
inline constexpr const char *kAdded = "+";

} // namespace caravan::mergecolumns
