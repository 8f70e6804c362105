#include "models/graph/OwnershipGraph.h"

#include <cassert>

namespace caravan::graph {

Stake Stake::ownership(std::uint32_t owner, std::uint32_t asset, double minPercent, double maxPercent)
{
    Stake s;
    s.owner = owner;
    s.asset = asset;
    s.min = toMicroPercent(minPercent);
    s.max = toMicroPercent(maxPercent);
    return s;
}

Stake Stake::unknownShare(std::uint32_t owner, std::uint32_t asset)
{
    Stake s;
    s.owner = owner;
    s.asset = asset;
    s.known = false;
    return s;
}

Stake Stake::control(std::uint32_t owner, std::uint32_t asset)
{
    Stake s;
    s.owner = owner;
    s.asset = asset;
    s.kind = StakeKind::Control;
    return s;
}

OwnershipGraph::OwnershipGraph(std::uint32_t entityCount)
    : m_designations(entityCount, kNotDesignated), m_outOffsets(entityCount + 1, 0), m_inOffsets(entityCount + 1, 0)
{
}

std::uint32_t OwnershipGraph::addStake(const Stake &stake)
{
    assert(stake.owner < entityCount() && stake.asset < entityCount());
    const auto index = static_cast<std::uint32_t>(m_stakes.size());
    m_stakes.push_back(stake);
    if (m_finalized) {
        m_extraOut[stake.owner].push_back(index);
        m_extraIn[stake.asset].push_back(index);
    }
    return index;
}

void OwnershipGraph::replaceStake(std::uint32_t index, const Stake &stake)
{
    assert(m_stakes[index].owner == stake.owner && m_stakes[index].asset == stake.asset);
    m_stakes[index] = stake;
}

static void buildRows(std::uint32_t entityCount, const std::vector<Stake> &stakes, bool byOwner,
                      std::vector<std::uint32_t> &offsets, std::vector<std::uint32_t> &rows)
{
    offsets.assign(entityCount + 1, 0);
    for (const Stake &s : stakes)
        ++offsets[(byOwner ? s.owner : s.asset) + 1];
    for (std::uint32_t v = 0; v < entityCount; ++v)
        offsets[v + 1] += offsets[v];
    rows.resize(stakes.size());
    std::vector<std::uint32_t> cursor(offsets.begin(), offsets.end() - 1);
    for (std::uint32_t i = 0; i < stakes.size(); ++i)
        rows[cursor[byOwner ? stakes[i].owner : stakes[i].asset]++] = i;
}

void OwnershipGraph::finalize()
{
    buildRows(entityCount(), m_stakes, true, m_outOffsets, m_outStakes);
    buildRows(entityCount(), m_stakes, false, m_inOffsets, m_inStakes);
    m_extraOut.clear();
    m_extraIn.clear();
    m_finalized = true;
}

} // namespace caravan::graph
