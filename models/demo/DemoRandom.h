#pragma once

#include <cstdint>
#include <random>
#include <vector>

namespace caravan::demo {

// The generator's only source of randomness: a seeded std::mt19937_64 (whose output sequence the
// standard fixes) with our own distribution code, because std::uniform_int_distribution and friends
// may give different numbers on another standard library. Never seeded from the clock.
class DemoRandom {
public:
    explicit DemoRandom(std::uint64_t seed) : m_engine(seed) {}

    std::uint64_t next() { return m_engine(); }

    // Uniform integer in [lo, hi] (inclusive), without modulo bias.
    std::int64_t between(std::int64_t lo, std::int64_t hi)
    {
        if (hi <= lo)
            return lo;
        const std::uint64_t span = static_cast<std::uint64_t>(hi - lo) + 1;
        const std::uint64_t limit = UINT64_MAX - UINT64_MAX % span;
        std::uint64_t x = next();
        while (x >= limit)
            x = next();
        return lo + static_cast<std::int64_t>(x % span);
    }
    int intBetween(int lo, int hi) { return static_cast<int>(between(lo, hi)); }

    // Uniform in [0, 1) with 53 random bits.
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    double real(double lo, double hi) { return lo + (hi - lo) * unit(); }
    bool chance(double p) { return unit() < p; }

    // An index in [0, size).
    std::size_t index(std::size_t size)
    {
        return static_cast<std::size_t>(between(0, static_cast<std::int64_t>(size) - 1));
    }
    template <typename T> const T &pick(const std::vector<T> &items) { return items[index(items.size())]; }
    template <typename T, std::size_t N> const T &pick(const T (&items)[N]) { return items[index(N)]; }

    // An index drawn with the given non-negative weights.
    std::size_t weighted(const std::vector<double> &weights)
    {
        double total = 0;
        for (double w : weights)
            total += w;
        double r = unit() * total;
        for (std::size_t i = 0; i < weights.size(); ++i) {
            if (r < weights[i])
                return i;
            r -= weights[i];
        }
        return weights.empty() ? 0 : weights.size() - 1;
    }

    // A child generator for an independent stream (planting does not shift the background).
    DemoRandom fork(std::uint64_t salt) { return DemoRandom(next() ^ (salt * 0x9E3779B97F4A7C15ULL)); }

private:
    std::mt19937_64 m_engine;
};

} // namespace caravan::demo
