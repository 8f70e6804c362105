#pragma once

#include "models/analysis/ChainSettings.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/storage/CaseStats.h"
#include "models/storage/OverviewRows.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>
#include <vector>

struct sqlite3;

namespace caravan {

struct DetectedChain;

// What an ownership rule says of an entity, one verdict per rule at most: each rule counts only its own lists
// (ListRules), so an entity owned by an EU-listed person is "owned under the EU rule", never "blocked under the
// OFAC 50% rule".
enum class OverviewFinding : std::uint8_t {
    OfacBlocked,         // blocked persons hold 50% or more (lower bounds of shares)
    OfacPossiblyBlocked, // only the upper bounds of share ranges reach 50%
    OfacNeedsReview,     // a blocked person holds a share of unknown size that could decide it
    EuOwned,
    EuControlled,
    UkOwned,
    UkPossiblyOwned, // only with share ranges at their upper bounds
    UkControlled,
};

// An entity that the ownership rules block, possibly block or find owned or controlled through its owners (an
// entity on a list is "listed", not here), with the figures its findings state.
struct OverviewEntity {
    QString extId;
    QString name;
    QString country;
    std::vector<OverviewFinding> findings; // OFAC first, then EU, then UK
    double ofacPercent = 0;                // held by blocked persons (lower bounds)
    double ofacPercentMax = 0;             // held by possibly blocked persons (upper bounds)
    double euPercent = 0;
    double ukPercent = 0; // the largest holding of one UK-designated person
    QString ukPerson;

    bool has(OverviewFinding f) const;
    // The strongest finding decides the colour: blocked (red) or possibly blocked, owned, controlled (orange).
    bool isBlocked() const { return has(OverviewFinding::OfacBlocked); }
    // "Blocked under the OFAC 50% rule (62.5% held by blocked persons); owned under the EU rule (60% held by
    // listed persons)": each finding with the rule that made it.
    QString findingsText() const;
    static QString findingText(OverviewFinding finding, const OverviewEntity &entity);
    // The same, short, for a list column: "OFAC 50% rule: blocked, 62.5%; EU rule: owned, 60%".
    QString shortFindingsText() const;
};

// The red flags of one kind (T6, T15...) over the whole case: the parties (or countries) that carry it.
struct OverviewFlagKind {
    QString code;
    QString name;         // in the user's language
    QStringList parties;  // cited entity ids, by name; countries for the country-level flags (T1, T2)
    QStringList labels;   // "Name (id, KZ)" by party
    QStringList examples; // one explanation per party, for tooltips
    bool countries = false;
};

// Shipments to the destinations (RU, BY) by period and CHPL tier: a small stacked timeline.
struct OverviewTimeline {
    QStringList periods;                    // "2023 Q1" (quarters), or years when the span is long
    QStringList tiers;                      // "1", "2", "3.A", "3.B", "4.A", "4.B", then "" for goods off the list
    std::vector<std::vector<qint64>> count; // [tier][period]
    QStringList destinations;               // the countries counted (the chain settings' destinations)
    qint64 total = 0;
    qint64 onChpl = 0;

    qint64 inTier(qsizetype tier) const;
};

// What the case overview computes, and on which parts: the cheap counts, the ownership rules, the trade
// (red flags and timeline). A part not asked for is left empty.
struct CaseOverviewOptions {
    QDate asOf = QDate::currentDate(); // of the ownership rules (the Verdict dock's date)
    ChainSettings chains;              // destinations and red-flag parameters, as the case stores them
    bool counts = true;                // size, sources, marks
    bool ownership = true;
    bool trade = true;
    int maxEntities = 100;
    int maxPartiesPerFlag = 50;
};

// The figures of the first screen of a case: what it holds, who the ownership rules block, the red flags by kind,
// the investigator's marks, and a timeline of shipments to Russia and Belarus by CHPL tier. Computed off the GUI
// thread on a connection of the worker's own; the chains come from the chain detector's own run.
struct CaseOverview {
    bool hasCounts = false, hasOwnership = false, hasTrade = false;

    CaseStats stats;
    QList<SourceSummary> sources;
    MarkCounts marks;

    QDate asOf;
    std::vector<OverviewEntity> entities; // blocked first, then by the share that decides
    int entitiesTotal = 0;                // before maxEntities
    int blocked = 0, possiblyBlocked = 0, needsReview = 0, euOwnedOrControlled = 0, ukOwnedOrControlled = 0;
    QStringList ruleLists; // which lists each rule counted, one sentence per rule (OFAC, EU, UK)

    std::vector<OverviewFlagKind> flags; // most parties first
    OverviewTimeline timeline;

    static Result<CaseOverview> compute(sqlite3 *db, const CaseOverviewOptions &options, Progress &progress);
    // Takes the parts `newer` computed, keeps the others.
    void update(CaseOverview newer);
};

// The chains an overview shows first: not dismissed, highest score first (ties by id), at most `count`.
std::vector<const DetectedChain *> topChains(const std::vector<DetectedChain> &chains, std::size_t count);

} // namespace caravan
