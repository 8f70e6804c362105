#pragma once

#include "models/analysis/ChainSettings.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QJsonObject>
#include <QString>

#include <cstdint>
#include <vector>

struct sqlite3;

namespace caravan {

class TradeSnapshot;

// One red flag on one entity (DOMAIN.md, "Circumvention patterns"): the pattern's id, why, and the
// shipments it rests on, so that a report can cite them.
struct RedFlag {
    std::int32_t entity = -1; // index in the TradeSnapshot
    QString code;             // "T6"
    QString explanation;
    std::vector<qint64> shipmentRows; // cited shipments (row ids)
    QStringList shipments;            // their ext ids, filled by computeRedFlags()
};

// The thresholds of the red flags that are not chain settings; quoted in every explanation.
struct RedFlagThresholds {
    int newIntermediaryMonths = 12; // T4
    int fanInMinSuppliers = 5;      // T14
    int fanInMaxBuyers = 3;         // T14
    int priceMinGroup = 20;         // T9: shipments needed in an (HS-6, year, unit) group for a band
    double priceFactor = 3.0;       // T9: and a unit value at least this many times above or below the group median
    double surgeFactor = 3.0;       // T1
    double mirrorGapPercent = 50.0; // T2
};

// The flags of every entity, and for each entity index the flags it carries.
struct RedFlagReport {
    std::vector<RedFlag> flags;
    std::vector<std::vector<std::uint32_t>> byEntity;
    // Country-level findings from trade statistics (T1 surge, T2 mirror gap): no entity, a country.
    struct CountryFlag {
        QString country;
        QString code;
        QString explanation;
    };
    std::vector<CountryFlag> countryFlags;

    QStringList codesOf(std::int32_t entity) const;
};

// How much each flag adds to a chain's score when one of its parties carries it.
double redFlagWeight(const QString &code);
// A flag's name in the user's language ("T15" -> "registered country contradicted by shipments"); empty when
// the code is unknown.
QString redFlagName(const QString &code);
// "T3, T15: re-export through a third country; registered country contradicted by shipments"
QString redFlagNames(const QStringList &codes);

// Runs T6, T4, T5, T14, T9, T8, T7 on the snapshot and T1, T2 on trade_stats when present. With
// onlyEntities (snapshot indices), only those entities are flagged, and the rules skip the others' work:
// the chain detector asks for the parties of its chains only.
Result<RedFlagReport> computeRedFlags(sqlite3 *db, const TradeSnapshot &snapshot, const ChainSettings &settings,
                                      Progress &progress, const std::vector<std::int32_t> &onlyEntities = {},
                                      const RedFlagThresholds &thresholds = {});

QJsonObject redFlagJson(const RedFlag &flag, const TradeSnapshot &snapshot);

} // namespace caravan
