#pragma once

#include <cstdint>
#include <vector>

#ifdef __linux__
#include <sys/mman.h>
#endif

namespace caravan::graph {

// Asks the kernel to back a large column with transparent huge pages (Linux, where THP is on or in
// "madvise" mode): a million-row column then faults in 2 MB at a time instead of 4 KB, which spares
// most of the page faults of a load. Call it after reserve() and before the column is written. A hint
// only: elsewhere, or when the kernel declines, nothing changes.
template <typename T> void adviseHugePages(std::vector<T> &column)
{
#ifdef MADV_HUGEPAGE
    constexpr std::uintptr_t kHuge = std::uintptr_t{2} << 20;
    const auto begin = reinterpret_cast<std::uintptr_t>(column.data());
    const std::uintptr_t end = begin + column.capacity() * sizeof(T);
    const std::uintptr_t from = (begin + kHuge - 1) & ~(kHuge - 1);
    if (column.data() && end >= from + kHuge)
        madvise(reinterpret_cast<void *>(from), (end - from) & ~(kHuge - 1), MADV_HUGEPAGE);
#else
    (void)column;
#endif
}

} // namespace caravan::graph
