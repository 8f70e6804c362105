#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace caravan::graph {

// How many threads a job of `items` gets: one below `parallelFrom`, else one per core (at most 4).
inline unsigned threadsFor(std::size_t items, std::size_t parallelFrom)
{
    return items < parallelFrom ? 1u : std::clamp(std::thread::hardware_concurrency(), 1u, 4u);
}

// Runs work(part, parts) for part = 0..parts-1 on as many threads (the calling thread takes part 0) and
// waits for all: for jobs whose parts touch disjoint data.
template <typename Work> void onThreads(unsigned parts, Work &&work)
{
    std::vector<std::thread> pool;
    for (unsigned k = 1; k < parts; ++k)
        pool.emplace_back([&work, k, parts] { work(k, parts); });
    work(0u, parts);
    for (std::thread &th : pool)
        th.join();
}

} // namespace caravan::graph
