#include "models/import/EntityIdCache.h"

#include <QHashFunctions>

#include <cstring>

namespace caravan {

namespace {

constexpr std::size_t kInitialSlots = 1024;
// Offsets are 32-bit: past this many key bytes the cache starts again.
constexpr qsizetype kMaxKeyBytes = qsizetype(1) << 30;

} // namespace

std::size_t EntityIdCache::slotOf(QByteArrayView key, std::size_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &s = m_slots[i];
        if (s.rowId == 0)
            return i;
        if (s.hash == hash && s.length == static_cast<std::uint32_t>(key.size()) &&
            std::memcmp(m_keys.constData() + s.offset, key.data(), static_cast<std::size_t>(key.size())) == 0)
            return i;
    }
}

qint64 EntityIdCache::find(QByteArrayView key) const
{
    if (m_slots.empty())
        return 0;
    return m_slots[slotOf(key, qHash(key))].rowId;
}

void EntityIdCache::insert(QByteArrayView key, qint64 rowId)
{
    if (rowId <= 0)
        return;
    if (m_keys.size() + key.size() > kMaxKeyBytes)
        clear();
    if (static_cast<std::size_t>(m_size + 1) * 2 > m_slots.size())
        grow();
    const std::size_t hash = qHash(key);
    Slot &s = m_slots[slotOf(key, hash)];
    if (s.rowId == 0) {
        s.hash = hash;
        s.offset = static_cast<std::uint32_t>(m_keys.size());
        s.length = static_cast<std::uint32_t>(key.size());
        m_keys.append(key);
        ++m_size;
    }
    s.rowId = rowId;
}

void EntityIdCache::clear()
{
    m_slots.clear();
    m_keys.clear();
    m_size = 0;
}

void EntityIdCache::grow()
{
    std::vector<Slot> old(std::max(kInitialSlots, m_slots.size() * 2));
    old.swap(m_slots);
    const std::size_t mask = m_slots.size() - 1;
    for (const Slot &s : old) {
        if (s.rowId == 0)
            continue;
        std::size_t i = s.hash & mask;
        while (m_slots[i].rowId != 0)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

} // namespace caravan
