#include "models/domain/Chpl.h"

#include <algorithm>
#include <array>
#include <vector>

namespace caravan {

namespace {

// Sorted by code, so that a lookup is a binary search.
constexpr std::array<ChplEntry, 50> kChpl{{
    {845710, "4.B"}, {845811, "4.B"}, {845891, "4.B"}, {845961, "4.B"}, {846693, "4.B"}, {847150, "3.A"},
    {847180, "4.A"}, {848210, "3.B"}, {848220, "3.B"}, {848230, "3.B"}, {848250, "3.B"}, {848610, "4.A"},
    {848620, "4.A"}, {848640, "4.A"}, {850440, "3.A"}, {851762, "2"},   {851769, "3.A"}, {852589, "3.A"},
    {852691, "2"},   {852910, "3.A"}, {852990, "3.A"}, {853221, "2"},   {853224, "2"},   {853400, "4.A"},
    {853669, "3.A"}, {853690, "3.A"}, {854110, "3.A"}, {854121, "3.A"}, {854129, "3.A"}, {854130, "3.A"},
    {854149, "3.A"}, {854151, "3.A"}, {854159, "3.A"}, {854160, "3.A"}, {854231, "1"},   {854232, "1"},
    {854233, "1"},   {854239, "1"},   {854320, "4.A"}, {854800, "2"},   {880730, "3.B"}, {901310, "3.B"},
    {901380, "3.B"}, {901420, "3.B"}, {901480, "3.B"}, {902750, "4.A"}, {903020, "4.A"}, {903032, "4.A"},
    {903039, "4.A"}, {903082, "4.A"},
}};

static_assert(std::is_sorted(kChpl.begin(), kChpl.end(),
                             [](const ChplEntry &a, const ChplEntry &b) { return a.hs6 < b.hs6; }));

// HS 2017 codes that HS 2022 renumbered, mapped to their CHPL code.
constexpr std::int32_t kHs2017AircraftParts = 880330;
constexpr std::int32_t kHs2022AircraftParts = 880730;

} // namespace

std::span<const ChplEntry> chplEntries()
{
    return kChpl;
}

const ChplEntry *chplEntry(std::int32_t hs6)
{
    // One bit per HS-6 code turns away the codes that are not on the list (most of them) without a search:
    // the red flags ask about every shipment of a case.
    constexpr std::int32_t kCodes = 1000000;
    static const std::vector<bool> onList = [] {
        std::vector<bool> bits(kCodes, false);
        for (const ChplEntry &e : kChpl)
            bits[static_cast<std::size_t>(e.hs6)] = true;
        bits[kHs2017AircraftParts] = true;
        return bits;
    }();
    if (hs6 < 0 || hs6 >= kCodes || !onList[static_cast<std::size_t>(hs6)])
        return nullptr;
    if (hs6 == kHs2017AircraftParts)
        hs6 = kHs2022AircraftParts;
    const auto it = std::lower_bound(kChpl.begin(), kChpl.end(), hs6,
                                     [](const ChplEntry &e, std::int32_t code) { return e.hs6 < code; });
    return it != kChpl.end() && it->hs6 == hs6 ? &*it : nullptr;
}

int chplTierRank(std::string_view tier)
{
    static constexpr std::array<std::string_view, 6> kOrder{"4.B", "4.A", "3.B", "3.A", "2", "1"};
    for (std::size_t i = 0; i < kOrder.size(); ++i)
        if (kOrder[i] == tier)
            return static_cast<int>(i) + 1;
    return 0;
}

bool isFoodOrMedicine(std::int32_t hs6)
{
    if (hs6 < 0)
        return false;
    const std::int32_t chapter = hs6 / 10000;
    return (chapter >= 1 && chapter <= 24) || chapter == 30;
}

} // namespace caravan
