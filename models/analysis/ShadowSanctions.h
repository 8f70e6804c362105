#pragma once

#include "models/analysis/OwnershipAnalysis.h"
#include "models/analysis/OwnershipHistory.h"
#include "models/core/Result.h"

#include <QString>

#include <cstdint>
#include <memory>
#include <unordered_map>
#include <unordered_set>
#include <vector>

struct sqlite3;

namespace caravan {

// Why a party is shadow-sanctioned (T6) on a date: designated, blocked under the OFAC 50% rule, or
// owned or controlled under the EU rule, with the explanation a flag cites.
struct ShadowVerdict {
    bool designated = false;
    bool ofacBlocked = false;
    bool euOwned = false;
    bool euControlled = false;
    QString explanation;
};

// The sanctions status of shipment parties through time, for the T6 flag. The rules are the ownership
// analysis' (OFAC 50% rule with indirect ownership through blocked entities, EU ownership and control);
// a party's status only changes on a date where a link or a designation upstream of it starts or ends,
// so the rules run once per such period that a shipment falls in, on the part of the ownership graph
// upstream of the parties, and a shipment's date is then a look-up.
class SanctionExposure {
public:
    // partyRows: entities.id of the parties to evaluate; lists: which designation lists each rule honours
    // (empty: every list counts for both, as in the ownership command).
    static Result<SanctionExposure> load(sqlite3 *db, const std::vector<qint64> &partyRows,
                                         const OwnershipLoadOptions &lists, Progress &progress);

    // Whether the entity row carries a designation, on any list at any date.
    bool isListed(qint64 rowId) const { return m_listed.count(rowId) != 0; }
    // Whether a designation reaches the party through ownership or control at some date: only then can
    // it ever be shadow-sanctioned.
    bool isExposed(qint64 rowId) const { return m_partyDense.count(rowId) != 0; }
    // The party's verdict on the day (days since 1970-01-01); nullptr when it is not sanctioned then.
    const ShadowVerdict *on(qint64 rowId, std::int32_t day);
    // How many periods the rules were run for so far (for tests and benchmarks).
    int evaluations() const { return m_evaluations; }

private:
    // The verdicts of the exposed parties that are sanctioned in one period, by dense entity number.
    struct Period {
        bool evaluated = false;
        std::unordered_map<std::uint32_t, ShadowVerdict> verdicts;
    };
    void evaluate(std::size_t period, std::int32_t day);

    std::unique_ptr<OwnershipHistory> m_history; // upstream of the exposed parties only
    OwnershipOptions m_options;
    std::vector<std::int32_t> m_changeDays; // sorted; period k starts on m_changeDays[k - 1]
    std::vector<Period> m_periods;          // m_changeDays.size() + 1
    std::unordered_map<qint64, std::uint32_t> m_partyDense;
    std::unordered_set<qint64> m_listed;
    int m_evaluations = 0;
};

} // namespace caravan
