#pragma once

#include "models/analysis/MirrorParty.h"
#include "models/analysis/TradeCharts.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <map>
#include <optional>
#include <vector>

struct sqlite3;

namespace caravan {

class CaseFile;

enum class MirrorLevel { Hs6, Hs4, Hs2, Tier };
enum class MirrorPeriod { Month, Quarter, Year };

struct MirrorSettings {
    QString hsPrefix; // only HS codes starting with it
    QString from, to; // YYYY-MM, inclusive; empty: open
    MirrorLevel level = MirrorLevel::Hs6;
    MirrorPeriod period = MirrorPeriod::Year;
    QString currency;           // empty: USD if the case holds USD rates, else the currency of the first row
    double cifFobMargin = 0.05; // imports (CIF) are expected this much above exports (FOB)
    int lagMonths = 1;          // an importer may record a month's exports up to this many months later
    double gapPct = 25;         // a mirror gap is flagged at this share of the expected imports or more
    int baselineFrom = 2019, baselineTo = 2021;
    double surgeFactor = 2.0;     // growth against the baseline monthly mean flagged as a surge
    double surgeFactorChpl = 1.5; // the same for CHPL tiers 1 and 2 (flagged sooner)
    double reexportRatio = 0.5;   // a hub's exports to RU/BY at this share of its coalition imports or more
    QStringList hubs{QStringLiteral("KZ"), QStringLiteral("KG"), QStringLiteral("AM"),
                     QStringLiteral("GE"), QStringLiteral("AE"), QStringLiteral("TR"),
                     QStringLiteral("UZ"), QStringLiteral("TJ"), QStringLiteral("AZ")};
    bool flaggedOnly = false;
    // Statistics with at least this many row ids are read and compared by several threads (tests lower it).
    qint64 parallelFrom = 200000;

    static std::optional<MirrorLevel> levelOf(const QString &name);
    static std::optional<MirrorPeriod> periodOf(const QString &name);

    // The CIF/FOB margin and the reporting lag the case holds ("mirror.*" keys), over the defaults where it holds
    // none: the command line and the Anomalies view start from them. An unreadable stored value is an error.
    Status loadStored(const CaseFile &file);
    // Stores the margin and the lag where they differ from what the case holds (the case audits each change).
    Status saveStored(CaseFile &file) const;
    // Parsers shared by loadStored() and the command line: a percent from 0 to 100, whole months from 0 to 6.
    static std::optional<double> parseMarginPercent(const QString &text);
    static std::optional<int> parseLagMonths(const QString &text);
    static constexpr int kMaxLagMonths = 6;
};

// The setting keys of the stored mirror settings.
namespace mirrorkeys {
inline constexpr const char *cifFobMarginPercent = "mirror.cif_fob_margin_percent";
inline constexpr const char *lagMonths = "mirror.lag_months";
} // namespace mirrorkeys

// One exporter-country -> importer-country x HS code x period, compared.
struct MirrorFlow {
    QString exporter, importer;                             // ISO alpha-2, or an aggregate's code (EU27_2020)
    QString hs;                                             // 854231, 8542, 85, "tier 1", or TOTAL as reported
    QString period;                                         // 2023, 2023-Q1, 2023-01
    QString chplTier;                                       // "1".."4.B" where the code is on the CHPL
    std::optional<double> exportsReported, importsReported; // in the comparison currency; none where not reported
    bool comparable = false;                                // both countries report for the period
    int lagMonths = 0;                                      // the shift of the importer's months that compared best
    std::optional<double> gap;                              // exports x (1 + margin) - imports
    std::optional<double> gapPct;
    std::optional<double> growth;                          // against the baseline monthly mean
    std::optional<double> baseline;                        // the baseline monthly mean
    std::optional<double> coalitionImports, exportsToRuBy; // for a hub's flow to RU/BY
    QStringList flags;                                     // mirror_gap, surge, reexport
    QString explanation;
    QStringList shipments, companies;
    // The shipments' value in the comparison currency (those with a rate) and each company's part of it.
    std::optional<double> shipmentsValue;
    std::map<QString, double> companyValues;
    std::map<QString, int> companyShipments; // each company's shipments under the flow
    std::map<QString, int> companySides;     // 1: it exports them, 2: it imports them, 3: both
    std::vector<MirrorParty> parties;        // filled by describeMirrorParties()
    double magnitude = 0; // for ranking: the gap, the value above the baseline, or the re-exported value
    int tierRank = 0;

    enum class Confidence { None, Low, Medium, High };
    // How much a flag rests on: High where both countries report the flow and it is flagged twice, or by a gap of
    // half the expected imports or more, or by growth of 3x or more; Medium where both report it (or two rules flag
    // it); Low where one side's figures alone raise it. None without a flag.
    Confidence confidence() const;
    static QString confidenceName(Confidence c); // "high", "medium", "low", ""
    // The monthly mirror chart of the flow's country pair and code (the whole pair for a CHPL tier), with the
    // sanctions packages marked.
    ChartRequest chartRequest() const;
    QString title() const; // "DE → KZ 854231 2023"
};

struct MirrorResult {
    QString currency;
    std::vector<MirrorFlow> flows; // ranked
    qint64 rows = 0;               // statistics rows read
    qint64 unconverted = 0;        // rows left out: no exchange rate for their currency and period
    QStringList hubs;              // the settings' hubs
    QString partiesAsOf;           // the date of the parties' verdicts (describeMirrorParties), ISO
    QJsonObject toJson() const;
};

// Mirror statistics (issue 20): what exporters report sending against what importers report receiving, surges
// against a baseline, and hubs' re-export balance, each flow with the case's shipments and companies that carry it.
// Aggregates (EU27_2020, EA20, WORLD) are flows of their own, never added to their members.
Result<MirrorResult> compareMirror(sqlite3 *db, const MirrorSettings &settings, Progress &progress);

} // namespace caravan
