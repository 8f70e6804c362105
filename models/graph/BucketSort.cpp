#include "models/graph/BucketSort.h"

#include <numeric>

namespace caravan::graph {

std::vector<std::size_t> countingSortStable(std::vector<std::uint32_t> &order, const std::vector<std::int32_t> &key,
                                            std::int32_t minKey, std::int32_t maxKey)
{
    if (maxKey < minKey)
        maxKey = minKey - 1;
    const auto groups = static_cast<std::size_t>(static_cast<std::int64_t>(maxKey) - minKey + 1);
    std::vector<std::size_t> offsets(groups + 1, 0);
    auto slot = [&](std::uint32_t i) -> std::int64_t {
        const std::int32_t k = key[i];
        return k < minKey || k > maxKey ? -1 : static_cast<std::int64_t>(k) - minKey;
    };
    for (std::uint32_t i : order)
        if (const std::int64_t s = slot(i); s >= 0)
            ++offsets[static_cast<std::size_t>(s) + 1];
    for (std::size_t g = 0; g < groups; ++g)
        offsets[g + 1] += offsets[g];
    std::vector<std::size_t> cursor(offsets.begin(), offsets.end() - 1);
    std::vector<std::uint32_t> sorted(offsets[groups]);
    for (std::uint32_t i : order)
        if (const std::int64_t s = slot(i); s >= 0)
            sorted[cursor[static_cast<std::size_t>(s)]++] = i;
    order.swap(sorted);
    return offsets;
}

std::vector<std::uint32_t> identityOrder(std::size_t n)
{
    std::vector<std::uint32_t> order(n);
    std::iota(order.begin(), order.end(), 0u);
    return order;
}

} // namespace caravan::graph
