#pragma once

#include "models/core/Result.h"

#include <QString>

#include <climits>
#include <cstdint>
#include <unordered_map>
#include <vector>

struct sqlite3;

namespace caravan {

// A validity period in days since 1970-01-01, open at either end when unknown.
struct DayRange {
    std::int32_t from = INT_MIN;
    std::int32_t to = INT_MAX;
    bool contains(std::int32_t day) const { return day >= from && day <= to; }
};

// How directly an entity touches the sanctions lists: its own listings, and the ownership stakes that
// listed owners hold in it. This is the simple aggregated check the T6 flag uses (listed, or >= 50%
// owned in aggregate by listed owners, directly); the full OFAC 50% rule (indirect ownership through
// blocked entities, share ranges, the EU control test) belongs to the ownership analysis, and this
// struct is the one place to swap for it.
struct SanctionExposure {
    struct Listing {
        QString list;
        QString program;
        DayRange period;
    };
    struct Stake {
        qint64 owner = 0;
        QString ownerExtId;
        QString ownerName;
        double percent = 0; // lower bound of the share; 0 when unknown
        bool shareKnown = true;
        DayRange period;
        std::vector<Listing> ownerListings;
    };
    std::vector<Listing> listings;
    std::vector<Stake> stakes;

    bool listedOn(std::int32_t day) const;
    // The sum of the stakes held on `day` by owners listed on that day.
    double listedOwnershipOn(std::int32_t day) const;
    bool shadowSanctionedOn(std::int32_t day) const { return listedOn(day) || listedOwnershipOn(day) >= 50.0; }
    // Why, on `day`, in one paragraph; ends by naming the ownership analysis as the full test.
    QString explainOn(std::int32_t day) const;
};

// Every entity that is listed or has a listed owner, by entity row id.
Result<std::unordered_map<qint64, SanctionExposure>> loadSanctionExposure(sqlite3 *db);

} // namespace caravan
