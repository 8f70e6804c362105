#pragma once

#include "models/analysis/OwnershipAnalysis.h"
#include "models/analysis/OwnershipHistory.h"
#include "models/core/Result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;

namespace caravan {

// Why a party is shadow-sanctioned (T6) on a date: designated, blocked under the OFAC 50% rule, or
// owned or controlled under the EU rule or the UK test, with the explanation a flag cites. Each rule counts
// only the lists the case's setting gives it (ListRules).
struct ShadowVerdict {
    bool designated = false;
    bool ofacBlocked = false;
    bool euOwned = false;
    bool euControlled = false;
    bool ukOwned = false;
    bool ukControlled = false;
    QString explanation;
};

// The sanctions status of shipment parties through time, for the T6 flag. The rules are the ownership
// analysis' (OFAC 50% rule with indirect ownership through blocked entities, EU ownership and control). A
// party's status can only change on a date where a link or a designation upstream of it starts or ends, so
// each party gets its own timeline: the part of the ownership graph upstream of it, and the periods between
// those dates; the rules run once per period that one of its shipments falls in, and a shipment's date is
// then a look-up.
class SanctionExposure {
public:
    // partyRows: entities.id of the parties to evaluate; lists: which designation lists each rule honours
    // (left out: the case's setting, as in the ownership command).
    static Result<SanctionExposure> load(sqlite3 *db, const std::vector<qint64> &partyRows,
                                         const OwnershipLoadOptions &lists, Progress &progress);

    // Whether the entity row carries a designation, on any sanctions or export-control list at any date (not
    // on a register that is no sanction, such as the UK Insolvency Service's disqualifications).
    bool isListed(qint64 rowId) const { return m_listed.count(rowId) != 0; }
    // Whether a designation reaches the party through ownership or control at some date: only then can
    // it ever be shadow-sanctioned.
    bool isExposed(qint64 rowId) const { return m_partyDense.count(rowId) != 0; }
    // The party's verdict on the day (days since 1970-01-01); nullptr when it is not sanctioned then.
    const ShadowVerdict *on(qint64 rowId, std::int32_t day);
    // How many times the rules ran so far (for tests and benchmarks).
    int evaluations() const { return m_evaluations; }

private:
    // One party: what lies upstream of it, the dates its status may change on, and the verdict of each
    // period between them once evaluated (period k starts on changeDays[k - 1]).
    struct Timeline {
        OwnershipHistory upstream;
        std::uint32_t party = 0; // in upstream
        std::vector<std::int32_t> changeDays;
        std::vector<char> evaluated;
        std::vector<std::optional<ShadowVerdict>> verdicts;
    };
    Timeline &timeline(std::uint32_t party);

    std::unique_ptr<OwnershipHistory> m_history; // upstream of the exposed parties only
    OwnershipOptions m_options;
    std::unordered_map<qint64, std::uint32_t> m_partyDense; // exposed parties: row id -> m_history
    std::unordered_map<std::uint32_t, Timeline> m_timelines;
    std::unordered_set<qint64> m_listed;
    int m_evaluations = 0;
};

} // namespace caravan
