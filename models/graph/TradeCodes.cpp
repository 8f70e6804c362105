// The compact codes the chain search compares by (declared in ChainSearch.h): countries as two packed letters,
// currencies as three.
#include "models/graph/ChainSearch.h"

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

} // namespace caravan::graph
