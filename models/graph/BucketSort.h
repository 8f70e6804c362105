#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace caravan::graph {

// Reorders `order` (indices into `key`) stably by key, in O(n + range) with one counting pass: for bounded
// integer keys (days, HS-6 codes, entity indices) this beats a comparison sort on a million rows. Indices
// whose key lies outside [minKey, maxKey] are dropped. Returns where each key's run starts: the run of key
// k is [offsets[k - minKey], offsets[k - minKey + 1]).
std::vector<std::size_t> countingSortStable(std::vector<std::uint32_t> &order, const std::vector<std::int32_t> &key,
                                            std::int32_t minKey, std::int32_t maxKey);

// 0, 1, ..., n - 1.
std::vector<std::uint32_t> identityOrder(std::size_t n);

} // namespace caravan::graph
