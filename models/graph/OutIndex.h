#pragma once

#include "models/graph/ChainSearch.h"

#include <cstdint>
#include <vector>

namespace caravan::graph {

// The shipments bucketed by exporter (CSR offsets) and sorted by (HS-6, day) inside each bucket, with
// the columns every scan reads copied into that order so that the scans stay in cache. The measures are read
// only for the few candidates a scan finds, through `id`, from the snapshot's own columns.
struct OutIndex {
    std::vector<std::size_t> offsets;
    std::vector<std::int32_t> hs;
    std::vector<std::int32_t> day;
    std::vector<std::int32_t> importer;
    std::vector<std::uint32_t> id;
};

// Builds the index of `t`'s shipments.
OutIndex buildIndex(const TradeArrays &t);

} // namespace caravan::graph
