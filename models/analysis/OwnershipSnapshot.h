#pragma once

#include "models/analysis/ListRules.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/graph/OwnershipGraph.h"

#include <QDate>
#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

struct sqlite3;

namespace caravan {

// What to load: the date the facts must hold on, and which designation lists each rule honours.
struct OwnershipLoadOptions {
    // Invalid: no date filter at all (every recorded link and designation counts).
    QDate asOf;
    // Which lists feed the OFAC, EU and UK rules. Left out: the case's own setting (ListRules::load: the
    // classifier's defaults and the investigator's choices), so every place that decides counts the same lists.
    std::optional<ListRules> listRules;
    // Overrides for one run (the CLI's --ofac-list, --eu-list, --uk-list): case-insensitive substrings of list
    // names; when given, exactly the lists matching one of them feed that rule. Empty: the setting decides.
    QStringList ofacLists;
    QStringList euLists;
    QStringList ukLists;
};

// Counts of what the loader read and set aside, so a report can say what the verdicts rest on.
struct OwnershipLoadStats {
    qint64 entities = 0;
    qint64 mergedEntities = 0;
    qint64 linksRead = 0;
    qint64 linksActive = 0;
    qint64 linksOutsideDate = 0;
    qint64 selfLinksDropped = 0; // owner and asset became one entity through a merge (own shares are kept)
    qint64 designationsRead = 0;
    qint64 designationsActive = 0;
    qint64 overlappingRecordsSetAside = 0; // other versions of one owner's stake in one asset on the date
    qint64 unreadableDates = 0;            // treated as absent
};

// A case's ownership and control links and designations as of a date, on dense entity numbers.
// Merged entities are folded into the entity they were merged into: their links and designations
// follow merged_into. Validity periods are half open: a link or designation holds from its start
// date (inclusive) until its end date (exclusive); a year or year-month stands for its first day
// as a start and for the day after its end as an end, so a partial date never shortens a stake.
// Several records of one owner's stake in one asset that hold on the date are versions of one
// stake, not stakes to add: the one in force counts (latest start, then earliest end).
struct OwnershipSnapshot {
    graph::OwnershipGraph graph;
    std::vector<qint64> rowIds;                        // dense number -> entities.id
    QStringList extIds;                                // dense number -> the id the source gave
    std::vector<qint64> stakeRowIds;                   // stake number -> links.id
    QStringList stakeExtIds;                           // stake number -> links.ext_id (may be empty)
    QList<QPair<QString, std::uint32_t>> mergedExtIds; // ids of merged entities -> the entity they joined
    QHash<std::uint32_t, QStringList> designations;    // active designations per entity: "list (program)"
    QList<CaseList> lists;                             // every list in the case and the rules it fed here
    OwnershipLoadStats stats;
    QDate asOf;

    static Result<OwnershipSnapshot> load(sqlite3 *db, const OwnershipLoadOptions &options, Progress &progress);
    // The entity with this id (a merged entity's id finds the entity it was merged into). Not thread safe.
    std::optional<std::uint32_t> find(const QString &extId) const;
    // The id a person cites for a stake: the link's own id, or "link-<row>" when the source gave none.
    QString stakeId(std::uint32_t stake) const;

private:
    mutable QHash<QString, std::uint32_t> m_byExtId;
};

// Parses "YYYY-MM-DD", "YYYY-MM" or "YYYY". A partial date is its first day, or with periodEnd the
// day after the period (for exclusive end dates). Invalid or empty text gives nullopt.
std::optional<QDate> parseCaseDate(const QString &text, bool periodEnd);

// An ownership stake from a share as a case stores it: no lower bound is an unknown share, no upper
// bound means "at least".
graph::Stake ownershipStake(std::uint32_t owner, std::uint32_t asset, std::optional<double> min,
                            std::optional<double> max);

// The first day from which the EU counts "50% or more" rather than "more than 50%".
QDate euInclusiveThresholdFrom();
// Whether the EU threshold is inclusive on the date (an invalid date: today's rule).
bool euInclusiveOn(const QDate &asOf);

} // namespace caravan
