#pragma once

#include <cstdint>
#include <span>
#include <string_view>

namespace caravan {

// One code of the Common High Priority List (23 Feb 2024): an HS-6 code and its tier
// ("1", "2", "3.A", "3.B", "4.A", "4.B"; tier 1 = integrated circuits, the highest priority).
struct ChplEntry {
    std::int32_t hs6 = 0;
    std::string_view tier;
};

// The 50 CHPL codes, as in ../shared/data/trade/chpl/chpl_hs6_2024-02.csv.
std::span<const ChplEntry> chplEntries();

// The CHPL entry of an HS-6 code (854231), or nullptr. 8803.30 (HS 2017) maps to 8807.30 (HS 2022).
const ChplEntry *chplEntry(std::int32_t hs6);

// Priority of a tier for ranking: tier 1 -> 6 down to tier 4.B -> 1; 0 for no tier.
int chplTierRank(std::string_view tier);

// Food (HS chapters 01-24) and medicine (chapter 30): not sanctioned, ranked lowest.
bool isFoodOrMedicine(std::int32_t hs6);

} // namespace caravan
