#pragma once

#include <QJsonObject>
#include <QString>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace caravan {

class TradeSnapshot;

// Why a shipment could not take part in chain detection, the first reason that applies in this order.
enum class ExclusionReason : std::uint8_t {
    NoDate,              // the date cannot be read
    PartyUnknown,        // no exporter or no importer
    NoHsCode,            // fewer than six digits of HS code
    PartyCountryUnknown, // the exporter's or the importer's country is not known
    UnknownUnit,         // a quantity in a unit the vocabulary does not know, and no weight or value to fall back on
    NoMeasure,           // no quantity in a known unit (nor a unit at all), no net weight, no value with a currency
};
inline constexpr std::size_t kExclusionReasons = 6;

// A shipment left out, by its row id.
struct ExcludedShipment {
    qint64 rowId = 0;
    ExclusionReason reason = ExclusionReason::NoMeasure;
};

// The shipments chain detection could not use, and why: counted and listed, never dropped silently.
struct ChainExclusions {
    std::array<qint64, kExclusionReasons> counts{};
    std::map<QString, qint64> unknownUnits;  // unit as written -> shipments (all of them, used by weight or not)
    std::vector<ExcludedShipment> shipments; // in row order

    static ChainExclusions of(const TradeSnapshot &snap);

    qint64 total() const;
    qint64 count(ExclusionReason reason) const { return counts[static_cast<std::size_t>(reason)]; }
    // "no_date", "unknown_unit"...: the keys of toJson().
    static const char *key(ExclusionReason reason);
    // "no date", "unknown unit"... in the user's language.
    static QString label(ExclusionReason reason);
    // {"no_hs_code": 404, "unknown_unit": 800}: the reasons that occur.
    QJsonObject toJson() const;
    // {"бух": 12}
    QJsonObject unknownUnitsJson() const;
    // "1,204 shipments could not be used: 800 unknown unit, 404 no HS code" (largest first), then the unknown
    // spellings: "Units not recognised: "бух" (800)".
    QString summary() const;
};

} // namespace caravan
