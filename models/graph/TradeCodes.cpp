// The compact codes the chain search compares by (declared in ChainSearch.h): countries as two packed letters and
// sets of them, currencies as three, and a hop's part in the mixed measure.
#include "models/graph/ChainSearch.h"

#include <limits>

namespace caravan::graph {

CountryCode countryCode(std::string_view code)
{
    if (code.size() != 2)
        return 0;
    auto upper = [](char c) -> int {
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 'A';
        if (c >= 'A' && c <= 'Z')
            return c;
        return -1;
    };
    const int a = upper(code[0]);
    const int b = upper(code[1]);
    if (a < 0 || b < 0)
        return 0;
    return static_cast<CountryCode>((a << 8) | b);
}

int CountrySet::slot(CountryCode code)
{
    const int a = (code >> 8) - 'A';
    const int b = (code & 0xff) - 'A';
    if (a < 0 || a >= 26 || b < 0 || b >= 26)
        return -1;
    return a * 26 + b;
}

void CountrySet::insert(CountryCode code)
{
    if (const int s = slot(code); s >= 0)
        m_bits.set(static_cast<std::size_t>(s));
}

bool CountrySet::contains(CountryCode code) const
{
    const int s = slot(code);
    return s >= 0 && m_bits.test(static_cast<std::size_t>(s));
}

std::int32_t currencyCode(std::string_view code)
{
    if (code.size() != 3)
        return -1;
    std::int32_t packed = 0;
    for (char c : code) {
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z')
            return -1;
        packed = packed << 8 | c;
    }
    return packed;
}

MixedPart mixedPart(std::int32_t unit, double quantity, double weight, std::int32_t receivedUnit, double receivedPerKg)
{
    if (unit == receivedUnit && quantity > 0)
        return {quantity, false};
    return {weight > 0 ? weight * receivedPerKg : std::numeric_limits<double>::quiet_NaN(), true};
}

} // namespace caravan::graph
