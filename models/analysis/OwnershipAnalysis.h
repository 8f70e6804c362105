#pragma once

#include "models/analysis/OwnershipSnapshot.h"
#include "models/domain/Link.h"
#include "models/graph/EffectiveOwnership.h"
#include "models/graph/OwnershipRules.h"

#include <QHash>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <memory>

namespace caravan {

// The date, lists and thresholds an ownership analysis runs with.
struct OwnershipOptions {
    OwnershipLoadOptions load;
    double effectiveThreshold = 25.0; // percent: beneficial owners at or above it are marked
    // false: list only the ultimate owners whose effective share can reach the threshold (its upper
    // bound does), and count the others; true: list every ultimate owner.
    bool allEffectiveOwners = false;
    graph::EffectiveOwnershipBudget effectiveBudget;
};

// One stake in a verdict, with the ids a report cites.
struct StakeShare {
    QString owner;
    QString link;
    double percent = 0.0;    // lower bound (what counts for "blocked")
    double percentMax = 0.0; // upper bound
    bool known = true;       // false: an unknown share, or a control link
    bool control = false;    // a control link (no share)
    QString ownerStatus;     // "designated", "blocked", "possibly_blocked", "eu_listed", "eu_owned", "eu_controlled",
                             // "uk_listed", "uk_owned", "uk_controlled" or ""
    QStringList ownerLists;  // the owner's active designations (filled where a verdict names uncounted lists)
};

// One step of "why": an entity, and the stakes that made it blocked or EU owned (none for a listed one).
struct ExplanationEntry {
    QString entity;
    bool designated = false;
    QStringList lists; // its active designations
    QList<StakeShare> because;
};

// One ultimate owner's effective share in a verdict, with the ids a report cites.
struct EffectiveShare {
    QString owner;
    double percent = 0.0;
    double percentMax = 0.0;
    quint32 paths = 0;
    bool unknownShare = false;
    bool aboveThreshold = false;
};

// Everything the ownership rules say about one entity, with ext ids, ready to show or print.
struct OwnershipVerdict {
    QString entity;
    bool designated = false;
    QStringList lists;
    bool blocked = false;
    bool possiblyBlocked = false;
    bool needsReview = false;
    bool caution = false;
    QStringList cautionReasons;
    double aggregatePercent = 0.0;
    double aggregatePercentMax = 0.0;
    QList<StakeShare> because;
    QList<StakeShare> possiblyBecause;
    QList<StakeShare> unknownShares;
    QList<StakeShare> controlByBlocked;
    QList<ExplanationEntry> explanation;
    QString explanationText;

    bool euListed = false;
    bool euOwned = false;
    bool euControlled = false;
    bool euInclusive = true;
    double euAggregatePercent = 0.0;
    QList<StakeShare> euBecause;
    QList<StakeShare> euControlBy;
    QList<ExplanationEntry> euExplanation; // down to the listed persons, when owned

    // UK ownership and control (OFSI): one designated person holding more than 50%, never several together.
    bool ukListed = false;
    bool ukOwned = false;
    bool ukPossiblyOwned = false; // with share ranges at their upper bounds
    bool ukControlled = false;
    QString ukPerson;              // the designated person with the largest holding
    double ukLargestPercent = 0.0; // that holding, direct and through entities the person owns or controls
    double ukLargestPercentMax = 0.0;
    double ukCombinedPercent = 0.0; // what different designated persons (and what they own) hold together
    int ukHolders = 0;
    QList<StakeShare> ukBecause;
    QList<StakeShare> ukControlBy;
    QString ukExplanationText;

    // Which lists each rule counted (the case's setting): keys, and the sentence a verdict shows.
    QStringList ofacListsCounted, euListsCounted, ukListsCounted;
    QString ofacListsText, euListsText, ukListsText;
    // Direct owners listed only on lists the OFAC 50% rule does not count (EU, UK, UN, BIS, ...).
    QList<StakeShare> ofacUncountedOwners;

    QList<EffectiveShare> effectiveOwners;
    int effectiveOwnersBelowThreshold = 0; // ultimate owners left out of the list (see allEffectiveOwners)
    bool effectiveComplete = true;
    bool effectiveCycleSkipped = false;

    // "blocked", "possibly_blocked", "needs_review" or "not_blocked": the strongest that applies.
    QString status() const;
    QJsonObject toJson() const;
};

// The ownership rules run on a case as of a date: OFAC 50% rule, EU ownership and control, UK ownership and
// control, and effective ownership, with verdicts that name the ids the sources gave.
class OwnershipAnalysis {
public:
    OwnershipAnalysis(OwnershipSnapshot snapshot, OwnershipOptions options);

    static Result<std::unique_ptr<OwnershipAnalysis>> load(sqlite3 *db, const OwnershipOptions &options,
                                                           Progress &progress);

    const OwnershipSnapshot &snapshot() const { return m_snapshot; }
    const graph::OwnershipRules &rules() const { return *m_rules; }
    std::optional<std::uint32_t> find(const QString &extId) const { return m_snapshot.find(extId); }
    // Entities with at least one ownership or control link held in them on the date.
    std::vector<std::uint32_t> entitiesWithOwners() const;
    OwnershipVerdict verdict(std::uint32_t entity) const;
    // Writes {"as_of":..,"eu_threshold":..,"stats":{..},"verdicts":[..]} and a newline for the given
    // entities, one verdict at a time.
    Status writeJson(QIODevice &out, const std::vector<std::uint32_t> &entities, Progress &progress) const;

    // One link edited after loading (an investigator's what-if, or an edit just saved), named by its
    // links.id: the rules revise only what lies downstream of it instead of running again.
    Status changeShare(qint64 linkRowId, const Share &share);
    Status removeLink(qint64 linkRowId);
    Status addOwnership(qint64 linkRowId, const QString &owner, const QString &asset, const Share &share);

private:
    StakeShare share(std::uint32_t stake) const;
    QList<StakeShare> shares(const std::vector<std::uint32_t> &stakes) const;
    QString ofacStatus(std::uint32_t entity) const;
    QString euStatus(std::uint32_t entity) const;
    QString ukStatus(std::uint32_t entity) const;
    void fillUk(OwnershipVerdict &v, std::uint32_t entity) const;
    void fillLists(OwnershipVerdict &v, std::uint32_t entity) const;
    QList<StakeShare> euShares(const std::vector<std::uint32_t> &stakes) const;
    // The stakes with their owners' status under one rule (ofacStatus, euStatus or ukStatus).
    QList<StakeShare> sharesWith(const std::vector<std::uint32_t> &stakes,
                                 QString (OwnershipAnalysis::*status)(std::uint32_t) const) const;
    void indexLinks();
    Result<std::uint32_t> stakeOfLink(qint64 linkRowId);

    OwnershipSnapshot m_snapshot;
    OwnershipOptions m_options;
    std::unique_ptr<graph::OwnershipRules> m_rules;
    QHash<qint64, std::uint32_t> m_stakeByLink; // built on the first edit
    // Scratch for effective ownership, rebuilt after an edit: verdict() is const but not safe to call
    // from two threads at once.
    mutable std::unique_ptr<graph::EffectiveOwnershipCalculator> m_effective;
};

// [{"list":..,"class":..,"label":..,"rules":["ofac",..],"default_rules":"ofac","overridden":bool,
//   "designations":N}]: the lists of a case and the rules they feed.
QJsonArray listsJson(const QList<CaseList> &lists);
// "12.5%": a share as the verdicts print it.
QString percentText(double percent);
// "A 50% [l2], X 10% [l1]": stakes as the explanations cite them; with upper, ranges by their upper bound.
QString describeStakes(const QList<StakeShare> &stakes, bool upper = false);

// Ownership cycles (strongly connected groups of ownership links) as ext ids, largest first. With a
// valid date only links that hold on it count; otherwise every recorded ownership link does.
Result<QList<QStringList>> ownershipCycles(sqlite3 *db, const QDate &asOf, Progress &progress);

} // namespace caravan
