#pragma once

#include "models/analysis/ChainExclusions.h"
#include "models/analysis/ChainSettings.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/graph/ChainSearch.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace caravan {

// One visible term of a chain's score: its name, what it adds, and why.
struct ScorePart {
    QString name;
    double value = 0;
    QString why;
};

// A proposed re-export chain (T3) with everything a report cites: the shipments in route order, the
// parties, the goods, the dates and quantities, the flags of its parties, and the score's parts.
struct DetectedChain {
    QString id; // stable: derived from the ordered shipment ext ids, so marks survive re-detection
    double score = 0;
    std::vector<ScorePart> parts;
    QStringList shipments;          // ext ids: inbound, [middle hop], onward shipments by date
    QStringList entities;           // ext ids: supplier, intermediaries, final importers
    QString hs;                     // HS-6 of the inbound shipment
    int hsDigits = 6;               // the weakest HS match along the chain
    QString chplTier;               // "1", "3.A"...; empty when not on the CHPL
    QString route;                  // "DE -> KZ -> RU"
    QStringList dates;              // by shipment
    std::vector<double> quantities; // by shipment, in the canonical unit (NaN when unknown or unconvertible)
    std::vector<double> weights;    // by shipment, net kg (NaN when unknown)
    std::vector<double> values;     // by shipment, as declared (NaN when unknown)
    QString unit;                   // the canonical unit of the inbound quantity ("kg", "piece"...)
    QStringList units;              // by shipment, the canonical unit of its quantity (empty when unknown)
    QStringList unitsWritten;       // by shipment, as its file wrote it
    QString measure;                // what compared the hops: "quantity", "net_weight" or "value" (the weakest)
    std::vector<int> dayGaps;       // by shipment after the first: days since the hop it continues
    int intermediaries = 1;
    QStringList flags; // "T3" and the red flags of its parties
    QString explanation;
    QString status; // the investigator's mark ("suspected", "confirmed", "dismissed"), if any

    QJsonObject toJson() const;
    // The same as toJson() printed as a compact document, written directly (a run prints thousands).
    QByteArray toCompactJson() const;
};

struct ChainRunOptions {
    bool includeDismissed = false; // dismissed chains are left out unless asked for
};

// The result of one detection run: the chains that reach the minimum score, ranked, and what was left out.
struct ChainRun {
    ChainSettings settings;
    std::vector<DetectedChain> chains;
    int dismissedHidden = 0;
    int belowMinScore = 0;
    qint64 shipments = 0;
    graph::ChainSearchStats stats;
    ChainExclusions excluded; // the shipments that could not take part, and why
    QJsonObject timingsMs;    // wall time per phase
    QJsonObject cpuMs;        // CPU time per phase, all threads

    // {"chains":[...], "excluded":{...}, "settings":{...}, "stats":{...}, "unknown_units":{...}} as CLI.md's chains
    // command prints it.
    QJsonObject toJson() const;
    // toJson() as one compact JSON document, serialised chain by chain on a few threads (for large runs).
    QByteArray toCompactJson() const;
    // {"excluded":{...}, "settings":{...}, "stats":{...}, "unknown_units":{...}}
    QJsonObject summaryJson() const;
};

// Loads the case's shipments once, searches chains on plain arrays, computes its parties' red flags,
// scores, ranks and explains every chain. Cancellable through `progress`.
Result<ChainRun> detectChains(sqlite3 *db, const ChainSettings &settings, const ChainRunOptions &options,
                              Progress &progress);

// "ch-" and 16 hex digits of the SHA-256 of the ordered shipment ext ids.
QString chainIdOf(const QStringList &shipmentExtIds);

// The marks on chains: chain id -> status.
Result<QHash<QString, QString>> loadChainMarks(sqlite3 *db);

} // namespace caravan
