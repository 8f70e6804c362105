#pragma once

#include "models/analysis/OwnershipSnapshot.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace caravan {

// A validity period as the ownership rules read it: from start (inclusive) to end (exclusive);
// an invalid date is an open end.
struct OwnershipPeriod {
    QDate start;
    QDate end;
    // Whether the period holds on the date; an invalid date means "no date filter" (always true).
    bool holdsOn(const QDate &asOf) const
    {
        return !asOf.isValid() || (!(start.isValid() && asOf < start) && !(end.isValid() && !(asOf < end)));
    }
};

// Every ownership and control link and every designation of a case with its validity period, on
// dense entity numbers (merged entities folded into the entity they joined), read once. at(date)
// gives the OwnershipSnapshot the rules run on for one date without reading the case again, so a
// caller that needs many dates (the T6 flag) pays for the reading once.
struct OwnershipHistory {
    struct Designation {
        std::uint32_t entity = 0;
        std::uint8_t bits = graph::kNotDesignated; // which rules honour its list
        QString label;                             // "list (program)"
        OwnershipPeriod period;
    };
    struct Record {
        graph::Stake stake;
        qint64 row = 0;
        QString extId;
        OwnershipPeriod period;
        bool mergedSelf = false; // owner and asset became one entity through a merge
    };

    std::vector<qint64> rowIds;                        // dense number -> entities.id
    QStringList extIds;                                // dense number -> the id the source gave
    QList<QPair<QString, std::uint32_t>> mergedExtIds; // ids of merged entities -> the entity they joined
    std::vector<Designation> designations;
    std::vector<Record> records;
    QList<CaseList> lists;    // every list in the case (any date) and the rules it fed
    OwnershipLoadStats stats; // what reading counted (entities, rows read, unreadable dates)

    static Result<OwnershipHistory> load(sqlite3 *db, const OwnershipLoadOptions &options, Progress &progress);

    std::uint32_t entityCount() const { return static_cast<std::uint32_t>(rowIds.size()); }
    // The dense number of an entities.id (a merged entity's row gives the entity it joined).
    std::optional<std::uint32_t> denseOfRow(qint64 rowId) const;
    // The links and designations that hold on the date, as the rules read them (see OwnershipSnapshot).
    OwnershipSnapshot at(const QDate &asOf) const;
    // Only the given entities and everything that owns or controls them, directly or indirectly, at any
    // date, renumbered densely: the part of the case their verdicts can depend on. Its cost follows the
    // part kept, not the whole case (the index it walks is built on the first call: not thread safe).
    // Ids of merged entities are not carried over (denseOfRow() knows the kept entities' own rows).
    OwnershipHistory upstreamOf(const std::vector<std::uint32_t> &entities) const;
    // The entities a designation reaches through ownership or control links at any date (designated
    // entities included): the only ones any rule can ever block, own or control.
    std::vector<bool> reachableFromDesignations() const;
    // Every date on which a link or a designation starts or ends, sorted, once each.
    std::vector<QDate> changeDates() const;

private:
    std::vector<std::pair<qint64, std::uint32_t>> m_denseByRow; // sorted by row id
    // Built by the first upstreamOf(): records by asset and designations by entity, in compressed rows.
    mutable std::vector<std::size_t> m_recordOffsets, m_designationOffsets;
    mutable std::vector<std::uint32_t> m_recordsByAsset, m_designationsByEntity;
};

} // namespace caravan
