#include "models/graph/OutIndex.h"

#include "models/graph/BucketSort.h"
#include "models/graph/HugePages.h"
#include "models/graph/Parallel.h"

#include <algorithm>
#include <numeric>

namespace caravan::graph {

OutIndex buildIndex(const TradeArrays &t)
{
    OutIndex ix;
    const std::size_t n = t.shipmentCount();
    // One counting pass groups the shipments by exporter (reading the exporter column in order), one
    // gather copies the columns the hops read into that order, and each small group is then sorted by
    // (HS-6, day) on its own contiguous data. Shipments without an exporter drop out. The gather and the
    // group sorts touch disjoint ranges: large cases split them over a few threads (same result).
    ix.id = identityOrder(n);
    ix.offsets = countingSortStable(ix.id, t.exporter, 0, static_cast<std::int32_t>(t.entityCount()) - 1);
    const std::size_t m = ix.id.size();
    for (auto *column : {&ix.hs, &ix.day, &ix.importer}) {
        column->reserve(m);
        adviseHugePages(*column);
        column->resize(m);
    }
    constexpr std::size_t kParallelFrom = 200000;
    onThreads(threadsFor(m, kParallelFrom), [&](unsigned part, unsigned count) {
        // This part's exporters: those whose shipments start in its share of the positions.
        const std::size_t groups = ix.offsets.size() - 1;
        auto firstGroup = [&](unsigned k) {
            const std::size_t target = m / count * k;
            return k == 0 ? std::size_t{0}
                   : k == count
                       ? groups
                       : static_cast<std::size_t>(std::lower_bound(ix.offsets.begin(), ix.offsets.end() - 1, target) -
                                                  ix.offsets.begin());
        };
        const std::size_t fromGroup = firstGroup(part), toGroup = firstGroup(part + 1);
        for (std::size_t p = ix.offsets[fromGroup]; p < ix.offsets[toGroup]; ++p) {
            const std::uint32_t s = ix.id[p];
            ix.hs[p] = t.hs6[s];
            ix.day[p] = t.day[s];
            ix.importer[p] = t.importer[s];
        }
        std::vector<std::uint32_t> perm;
        std::vector<std::int32_t> ints;
        std::vector<std::uint32_t> ids;
        for (std::size_t e = fromGroup; e < toGroup; ++e) {
            const std::size_t b = ix.offsets[e], len = ix.offsets[e + 1] - b;
            auto less = [&](std::size_t x, std::size_t y) {
                if (ix.hs[x] != ix.hs[y])
                    return ix.hs[x] < ix.hs[y];
                if (ix.day[x] != ix.day[y])
                    return ix.day[x] < ix.day[y];
                return ix.id[x] < ix.id[y];
            };
            bool sorted = true;
            for (std::size_t k = 1; k < len && sorted; ++k)
                sorted = !less(b + k, b + k - 1);
            if (sorted)
                continue;
            perm.resize(len);
            std::iota(perm.begin(), perm.end(), 0u);
            std::sort(perm.begin(), perm.end(), [&](std::uint32_t x, std::uint32_t y) { return less(b + x, b + y); });
            auto apply = [&](auto &column, auto &buffer) {
                buffer.resize(len);
                for (std::size_t k = 0; k < len; ++k)
                    buffer[k] = column[b + perm[k]];
                std::copy(buffer.begin(), buffer.end(), column.begin() + static_cast<std::ptrdiff_t>(b));
            };
            apply(ix.hs, ints);
            apply(ix.day, ints);
            apply(ix.importer, ints);
            apply(ix.id, ids);
        }
    });
    return ix;
}

} // namespace caravan::graph
