#pragma once

#include <algorithm>
#include <bitset>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <limits>
#include <string_view>
#include <vector>

namespace caravan::graph {

// A two-letter country code packed into 16 bits ('K' << 8 | 'Z'); 0 means unknown.
using CountryCode = std::uint16_t;

// Packs "KZ" into a CountryCode; anything that is not two letters A-Z (any case) gives 0.
CountryCode countryCode(std::string_view code);

// A set of countries as a bitmap over the 26 x 26 two-letter codes: membership is one bit test.
// Inline: the chain search tests membership in its innermost loops.
class CountrySet {
public:
    void insert(CountryCode code)
    {
        if (const int s = slot(code); s >= 0)
            m_bits.set(static_cast<std::size_t>(s));
    }
    bool contains(CountryCode code) const
    {
        const int s = slot(code);
        return s >= 0 && m_bits.test(static_cast<std::size_t>(s));
    }
    bool empty() const { return m_bits.none(); }

private:
    static int slot(CountryCode code)
    {
        const int a = (code >> 8) - 'A';
        const int b = (code & 0xff) - 'A';
        if (a < 0 || a >= 26 || b < 0 || b >= 26)
            return -1;
        return a * 26 + b;
    }
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
    std::vector<double> quantity;   // in the canonical unit (models/domain/Units); NaN when unknown or unconvertible
    std::vector<std::int32_t> unit; // the canonical unit; -1 when none or unknown: such quantities are never compared
    // The fallback measures. Either may be empty (as if every cell were unknown).
    std::vector<double> weight;         // net weight in kg; NaN when unknown
    std::vector<double> value;          // declared value; NaN when unknown
    std::vector<std::int32_t> currency; // currencyCode(); -1 when unknown

    std::size_t shipmentCount() const { return day.size(); }
    std::size_t entityCount() const { return entityCountry.size(); }
};

// A three-letter currency code packed into an int ("USD" any case); -1 for anything else.
std::int32_t currencyCode(std::string_view code);

// What decided that the hops of a chain carry the same goods, from the strongest to the weakest evidence.
enum class Measure : std::uint8_t {
    Quantity, // quantities in one canonical unit
    Weight,   // net weights, where a leg has no comparable quantity
    Mixed,    // a split hop whose parts give a quantity or only a net weight: quantities, weights converted at the
              // quantity per kg of the shipment received
    Value,    // declared values in one currency, where weights are missing too (wider tolerance, lower score)
};

// A part of a split hop in Measure::Mixed, counted in the unit of the shipment received: its own quantity when it
// gives one in that unit, else its net weight at the quantity per kg the received shipment declared (NaN when it
// gives neither). The search and the chain's explanation count a part with this one rule.
struct MixedPart {
    double amount;
    bool byWeight;
};
inline MixedPart mixedPart(std::int32_t unit, double quantity, double weight, std::int32_t receivedUnit,
                           double receivedPerKg)
{
    if (unit == receivedUnit && quantity > 0)
        return {quantity, false};
    return {weight > 0 ? weight * receivedPerKg : std::numeric_limits<double>::quiet_NaN(), true};
}

// The T3 rule's parameters (DOMAIN.md): window, quantity tolerance, country sets, HS level.
struct ChainSearchParams {
    int windowDays = 90;
    double qtyTolerance = 0.20;   // a fraction: 0.2 accepts onward quantities (or weights) within 20% of the inbound
    double valueTolerance = 0.35; // the same for declared values, where neither quantities nor weights compare
    CountrySet transit;
    CountrySet destination;
    int hsDigits = 4;          // 6: exact HS-6 only; 4: HS-4 matches too (scored lower)
    int maxIntermediaries = 2; // 1 or 2
    int maxSplits = 12;        // at most this many onward shipments are summed
    // Threads that search ranges of suppliers at once (same result as one); 0 chooses by the case's size.
    unsigned threads = 0;
};

// A proposed chain: shipment indices in route order (inbound, [middle hop], onward shipments by date).
struct ChainCandidate {
    std::vector<std::uint32_t> shipments;
    std::uint8_t intermediaries = 1;
    std::uint8_t onwardCount = 1;
    std::uint8_t hsDigits = 6;              // the weakest HS match along the chain: 6 or 4
    Measure measure = Measure::Quantity;    // what the onward hop was compared by
    Measure midMeasure = Measure::Quantity; // what the middle hop was compared by (two intermediaries)
    Measure weakest() const { return intermediaries == 2 ? std::max(measure, midMeasure) : measure; }
};

struct ChainSearchStats {
    std::int64_t inboundConsidered = 0; // shipments into a transit country from outside it
    std::int64_t hs6Pairs = 0;          // inbound -> onward-to-destination pairs at HS-6 within the window
    std::int64_t suppressedSubchains = 0;
    // Candidate hops that only values could have compared, declared in different currencies (no rates are known).
    std::int64_t currencyMismatches = 0;
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
