#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace caravan {

// The case row ids of entities by the ids their source gave them (UTF-8), for the references of an
// import (a million shipment parties). A flat open-addressing table over one byte arena: a lookup
// touches one slot and its key's bytes, not a hash node and a separately allocated key.
class EntityIdCache {
public:
    // The row id held for `key`, or 0.
    qint64 find(QByteArrayView key) const;
    // Holds `rowId` (> 0) for `key`, replacing what it held.
    void insert(QByteArrayView key, qint64 rowId);
    qsizetype size() const { return m_size; }
    void clear();

private:
    struct Slot {
        std::size_t hash = 0;
        qint64 rowId = 0; // 0: empty
        std::uint32_t offset = 0;
        std::uint32_t length = 0;
    };
    // The slot holding `key`, or the empty slot where it would go.
    std::size_t slotOf(QByteArrayView key, std::size_t hash) const;
    void grow();

    std::vector<Slot> m_slots; // a power of two in size, at most half full
    QByteArray m_keys;
    qsizetype m_size = 0;
};

} // namespace caravan
