#pragma once

#include "models/core/Result.h"
#include "models/graph/ChainSearch.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace caravan {

class CaseFile;

// The parameters of the chain detector and the red flags (DOMAIN.md, T3 and the flags), saved with the
// case under "chains.*" keys so that a result can be reproduced; command-line options override them.
struct ChainSettings {
    int windowDays = 90;
    double qtyTolerancePercent = 20;   // quantities, and net weights where quantities do not compare
    double valueTolerancePercent = 35; // declared values, where neither quantities nor weights compare
    QStringList transit = defaultTransit();
    QStringList destination = {QStringLiteral("RU"), QStringLiteral("BY")};
    int hsDigits = 4; // 6: exact HS-6 only; 4: HS-4 matches as well, at a lower score
    double minScore = 0.3;
    int maxIntermediaries = 2;

    static QStringList defaultTransit();

    // The settings stored in the case (defaults for keys not stored); an unreadable stored value is an error.
    static Result<ChainSettings> load(const CaseFile &file);
    // Stores every value that differs from what the case holds (each change is audited by the case).
    Status save(CaseFile &file) const;
    Status validate() const;

    // Parsers shared by load() and the command line; they reject what validate() would.
    static Result<QStringList> parseCountries(const QString &text, const QString &what);
    static Result<double> parsePercent(const QString &text);

    graph::ChainSearchParams searchParams() const;
    QJsonObject toJson() const;
    // "window 90 days, quantity and weight tolerance 20%, value tolerance 35%, HS match 6 or 4 digits, transit AM,...,
    // destination RU,BY"
    QString describe() const;
    bool operator==(const ChainSettings &) const = default;
};

// The setting keys, for tests and for the lead's settings dialog.
namespace chainkeys {
inline constexpr const char *windowDays = "chains.window_days";
inline constexpr const char *qtyTolerance = "chains.qty_tolerance_percent";
inline constexpr const char *valueTolerance = "chains.value_tolerance_percent";
inline constexpr const char *transit = "chains.transit";
inline constexpr const char *destination = "chains.destination";
inline constexpr const char *hsDigits = "chains.hs_digits";
inline constexpr const char *minScore = "chains.min_score";
inline constexpr const char *maxIntermediaries = "chains.max_intermediaries";
} // namespace chainkeys

} // namespace caravan
