#include "models/graph/UkOwnership.h"

#include <algorithm>

namespace caravan::graph {

namespace {
constexpr std::uint8_t kOwned = 1;
constexpr std::uint8_t kControlled = 2;
constexpr std::uint8_t kPossiblyOwned = 4;
} // namespace

UkOwnership::UkOwnership(const OwnershipGraph &graph)
    : m_graph(graph), m_state(graph.entityCount(), 0), m_best(graph.entityCount()), m_holding(graph.entityCount(), 0),
      m_member(graph.entityCount(), 0)
{
    for (std::uint32_t p = 0; p < graph.entityCount(); ++p)
        if (graph.designations(p) & kUkDesignated) {
            runFrom(p, false);
            runFrom(p, true);
        }
}

// One designated person: the entities the person holds more than 50% of (counting what the entities the person
// owns or controls hold, in full), or controls through a control link, as a least fixed point.
void UkOwnership::runFrom(std::uint32_t person, bool upper)
{
    m_touched.assign(1, person);
    m_member[person] = kOwned;
    std::vector<std::uint32_t> queue{person};
    while (!queue.empty()) {
        const std::uint32_t m = queue.back();
        queue.pop_back();
        m_graph.forEachOut(m, [&](std::uint32_t index) {
            const Stake &s = m_graph.stake(index);
            const std::uint32_t a = s.asset;
            if (!s.active || a == person)
                return;
            if (m_holding[a] == 0 && m_member[a] == 0)
                m_touched.push_back(a);
            if (s.isControl()) {
                if (m_member[a] == 0) {
                    m_member[a] = kControlled;
                    queue.push_back(a);
                }
                return;
            }
            if (!s.known)
                return;
            m_holding[a] += upper ? s.max : s.min;
            if (m_holding[a] > kFiftyPercent && m_member[a] != kOwned) {
                if (m_member[a] == 0)
                    queue.push_back(a);
                m_member[a] = kOwned;
            }
        });
    }
    for (const std::uint32_t t : m_touched) {
        if (t != person) {
            Best &best = m_best[t];
            if (upper) {
                if (m_member[t] == kOwned)
                    m_state[t] |= kPossiblyOwned;
                best.largestUpper = std::max(best.largestUpper, m_holding[t]);
            } else {
                if (m_member[t] == kOwned)
                    m_state[t] |= kOwned;
                else if (m_member[t] == kControlled)
                    m_state[t] |= kControlled;
                if (m_holding[t] > best.largest) {
                    best.person = person;
                    best.largest = m_holding[t];
                    best.because.clear();
                    m_graph.forEachIn(t, [&](std::uint32_t index) {
                        const Stake &s = m_graph.stake(index);
                        if (s.isOwnership() && s.known && s.min > 0 && m_member[s.owner] != 0)
                            best.because.push_back(index);
                    });
                }
            }
        }
    }
    for (const std::uint32_t t : m_touched) {
        m_holding[t] = 0;
        m_member[t] = 0;
    }
}

UkVerdict UkOwnership::verdict(std::uint32_t entity) const
{
    UkVerdict v;
    v.entity = entity;
    v.listed = (m_graph.designations(entity) & kUkDesignated) != 0;
    const std::uint8_t state = m_state[entity];
    v.owned = !v.listed && (state & kOwned) != 0;
    v.possiblyOwned = !v.listed && (state & (kOwned | kPossiblyOwned)) != 0;
    v.controlled = !v.listed && !v.owned && (state & kControlled) != 0;
    const Best &best = m_best[entity];
    v.person = best.person;
    v.largest = best.largest;
    v.largestUpper = std::max(best.largestUpper, best.largest);
    v.because = best.because;
    std::vector<std::uint32_t> holders;
    m_graph.forEachIn(entity, [&](std::uint32_t index) {
        const Stake &s = m_graph.stake(index);
        const bool sanctioned =
            (m_graph.designations(s.owner) & kUkDesignated) != 0 || (m_state[s.owner] & (kOwned | kControlled)) != 0;
        if (!sanctioned)
            return;
        if (s.isControl())
            v.controlBy.push_back(index);
        else if (s.isOwnership() && s.known && s.min > 0) {
            v.combined += s.min;
            holders.push_back(s.owner);
        }
    });
    std::sort(holders.begin(), holders.end());
    v.holders = static_cast<std::uint32_t>(std::unique(holders.begin(), holders.end()) - holders.begin());
    return v;
}

} // namespace caravan::graph
