#pragma once

#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <string_view>
#include <vector>

namespace caravan::graph {

// A two-letter country code packed into 16 bits ('K' << 8 | 'Z'); 0 means unknown.
using CountryCode = std::uint16_t;

// Packs "KZ" into a CountryCode; anything that is not two letters A-Z (any case) gives 0.
CountryCode countryCode(std::string_view code);

// A set of countries as a bitmap over the 26 x 26 two-letter codes: membership is one bit test.
class CountrySet {
public:
    void insert(CountryCode code);
    bool contains(CountryCode code) const;
    bool empty() const { return m_bits.none(); }

private:
    static int slot(CountryCode code);
    std::bitset<26 * 26> m_bits;
};

// The shipments of a case as parallel columns (structure of arrays), loaded once. Entities are dense
// indices 0..n-1 with a country each; a shipment refers to them by index (-1 when unknown).
struct TradeArrays {
    std::vector<CountryCode> entityCountry;
    std::vector<std::int32_t> exporter;
    std::vector<std::int32_t> importer;
    std::vector<std::int32_t> day;  // days since 1970-01-01
    std::vector<std::int32_t> hs6;  // 854231; -1 when unknown
    std::vector<double> quantity;   // NaN when unknown
    std::vector<std::int32_t> unit; // interned unit name; -1 when unknown

    std::size_t shipmentCount() const { return day.size(); }
    std::size_t entityCount() const { return entityCountry.size(); }
};

// The T3 rule's parameters (DOMAIN.md): window, quantity tolerance, country sets, HS level.
struct ChainSearchParams {
    int windowDays = 90;
    double qtyTolerance = 0.20; // a fraction: 0.2 accepts onward quantities within 20% of the inbound
    CountrySet transit;
    CountrySet destination;
    int hsDigits = 4;          // 6: exact HS-6 only; 4: HS-4 matches too (scored lower)
    int maxIntermediaries = 2; // 1 or 2
    int maxSplits = 12;        // at most this many onward shipments are summed
};

// A proposed chain: shipment indices in route order (inbound, [middle hop], onward shipments by date).
struct ChainCandidate {
    std::vector<std::uint32_t> shipments;
    std::uint8_t intermediaries = 1;
    std::uint8_t onwardCount = 1;
    std::uint8_t hsDigits = 6; // the weakest HS match along the chain: 6 or 4
};

struct ChainSearchStats {
    std::int64_t inboundConsidered = 0; // shipments into a transit country from outside it
    std::int64_t hs6Pairs = 0;          // inbound -> onward-to-destination pairs at HS-6 within the window
    std::int64_t suppressedSubchains = 0;
};

struct ChainSearchResult {
    std::vector<ChainCandidate> chains;
    ChainSearchStats stats;
    bool cancelled = false;
};

// The re-export chain search (T3) on plain arrays: shipments are bucketed by exporter and sorted by
// (HS-6, day) so that each hop is a binary search plus a short scan. keepGoing(done, total) is called
// now and then; returning false stops the search (result.cancelled).
ChainSearchResult findChains(const TradeArrays &trade, const ChainSearchParams &params,
                             const std::function<bool(std::size_t, std::size_t)> &keepGoing = {});

} // namespace caravan::graph
