#pragma once

#include <cmath>
#include <cstdint>
#include <unordered_map>
#include <vector>

namespace caravan::graph {

// Shares are held as integer millionths of a percent so that aggregation is exact: 25 + 25 is 50,
// and "50% or more" versus "more than 50%" is decided without rounding noise.
using MicroPercent = std::int64_t;
inline constexpr MicroPercent kMicroPerPercent = 1'000'000;
inline constexpr MicroPercent kHundredPercent = 100 * kMicroPerPercent;
inline constexpr MicroPercent kFiftyPercent = 50 * kMicroPerPercent;

inline MicroPercent toMicroPercent(double percent)
{
    return static_cast<MicroPercent>(std::llround(percent * static_cast<double>(kMicroPerPercent)));
}
inline double toPercent(MicroPercent micro)
{
    return static_cast<double>(micro) / static_cast<double>(kMicroPerPercent);
}

// Ownership carries a share (or an unknown one); control carries none.
enum class StakeKind : std::uint8_t { Ownership, Control };

// One link between two entities: an ownership stake with a share range [min, max] (or unknown),
// or a control link (power to appoint the board, dominant influence) that carries no share.
struct Stake {
    std::uint32_t owner = 0;
    std::uint32_t asset = 0;
    MicroPercent min = 0;
    MicroPercent max = 0;
    StakeKind kind = StakeKind::Ownership;
    bool known = true;  // false: an ownership stake whose share nobody recorded
    bool active = true; // false: removed (kept so that stake numbers stay stable)

    static Stake ownership(std::uint32_t owner, std::uint32_t asset, double minPercent, double maxPercent);
    static Stake ownership(std::uint32_t owner, std::uint32_t asset, double percent)
    {
        return ownership(owner, asset, percent, percent);
    }
    static Stake unknownShare(std::uint32_t owner, std::uint32_t asset);
    static Stake control(std::uint32_t owner, std::uint32_t asset);

    bool isOwnership() const { return active && kind == StakeKind::Ownership; }
    bool isControl() const { return active && kind == StakeKind::Control; }
};

// Which authorities' designations an entity carries, as bits; each rule picks the lists it honours.
inline constexpr std::uint8_t kNotDesignated = 0;
inline constexpr std::uint8_t kOfacDesignated = 1;
inline constexpr std::uint8_t kEuDesignated = 2;
inline constexpr std::uint8_t kUkDesignated = 4;

// The ownership graph the rules run on: dense entity numbers 0..n-1, stakes numbered in insertion
// order, and designation bits per entity. Adjacency in both directions is kept in compressed rows;
// stakes added after finalize() go to small overflow lists so that one change does not rebuild it.
class OwnershipGraph {
public:
    OwnershipGraph() = default;
    explicit OwnershipGraph(std::uint32_t entityCount);

    std::uint32_t entityCount() const { return static_cast<std::uint32_t>(m_designations.size()); }
    std::size_t stakeCount() const { return m_stakes.size(); }
    const Stake &stake(std::uint32_t index) const { return m_stakes[index]; }
    const std::vector<Stake> &stakes() const { return m_stakes; }

    std::uint8_t designations(std::uint32_t entity) const { return m_designations[entity]; }
    void setDesignations(std::uint32_t entity, std::uint8_t bits) { m_designations[entity] = bits; }

    // Adds a stake; returns its number. Before finalize() this is a plain append.
    std::uint32_t addStake(const Stake &stake);
    // Replaces a stake's share, kind or activity; owner and asset must stay the same.
    void replaceStake(std::uint32_t index, const Stake &stake);
    // Builds the adjacency; call once after the bulk of addStake() calls.
    void finalize();
    bool isFinalized() const { return m_finalized; }

    // Calls f(stakeIndex) for every stake the entity holds (outgoing) or that is held in it (incoming),
    // inactive stakes included: callers look at the stake.
    template <typename F> void forEachOut(std::uint32_t entity, F &&f) const
    {
        forEach(m_outOffsets, m_outStakes, m_extraOut, entity, f);
    }
    template <typename F> void forEachIn(std::uint32_t entity, F &&f) const
    {
        forEach(m_inOffsets, m_inStakes, m_extraIn, entity, f);
    }

private:
    using Overflow = std::unordered_map<std::uint32_t, std::vector<std::uint32_t>>;
    template <typename F>
    static void forEach(const std::vector<std::uint32_t> &offsets, const std::vector<std::uint32_t> &rows,
                        const Overflow &extra, std::uint32_t entity, F &f)
    {
        for (std::uint32_t i = offsets[entity], end = offsets[entity + 1]; i < end; ++i)
            f(rows[i]);
        if (!extra.empty())
            if (const auto it = extra.find(entity); it != extra.end())
                for (const std::uint32_t s : it->second)
                    f(s);
    }

    std::vector<Stake> m_stakes;
    std::vector<std::uint8_t> m_designations;
    std::vector<std::uint32_t> m_outOffsets, m_outStakes, m_inOffsets, m_inStakes;
    Overflow m_extraOut, m_extraIn;
    bool m_finalized = false;
};

} // namespace caravan::graph
