#pragma once

#include "models/report/ReportDocument.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>
#include <optional>

namespace caravan {

// A shipment cited as evidence. Only `id` (the declaration id) is required: the builder fills the rest
// from the case when it finds the shipment there.
struct ShipmentRef {
    QString id;
    QDate date;
    QString exporter; // cited entity ids
    QString importer;
    QString hs;
    double quantity = std::numeric_limits<double>::quiet_NaN();
    QString unit;
    double value = std::numeric_limits<double>::quiet_NaN();
    QString currency;
    QString origin;
    QString destination;
};

// A chain as a detector found it (caravan-cli chains), handed to the report by the caller.
struct ReportChain {
    QString id;
    double score = std::numeric_limits<double>::quiet_NaN();
    QStringList route; // cited entity ids, supplier first
    QString hs;
    QString chplTier; // "1", "2", "3.A"...; looked up from hs when empty
    QList<ShipmentRef> evidence;
    QStringList flags; // T3, T4, ...
    QString explanation;
    QString markStatus; // suspected, confirmed, dismissed; taken from the case's marks when empty
    QString note;       // the investigator's note; taken from the case's marks when empty
};

struct ReportOwnerShare {
    QString owner; // cited entity id
    double percent = 0;
};

// An ownership verdict (caravan-cli ownership) handed to the report by the caller.
struct ReportVerdict {
    QString entity;          // cited entity id
    QString asOf;            // ISO date
    bool designated = false; // itself on a list the OFAC 50% rule counts (then blocked as such, not through owners)
    bool blocked = false;
    bool possiblyBlocked = false;
    double aggregatePercent = 0;
    QList<ReportOwnerShare> because;
    bool euListed = false; // itself on a list the EU rule counts
    bool euOwned = false;
    bool euControlled = false;
    bool ukListed = false; // itself on a list the UK test counts
    bool ukOwned = false;  // UK test (OFSI): one designated person holds more than 50%
    bool ukControlled = false;
    double ukCombinedPercent = 0; // different UK-designated persons together (OFSI does not add them up)
    int ukHolders = 0;
    QString ukExplanation;
    QList<ReportOwnerShare> effectiveOwners;
    QString explanation;
};

// What the caller knows besides the case: detector and ownership results. Left empty, the report
// lists the marked chains by id with their notes and the case's designations.
struct ReportInputs {
    std::optional<QList<ReportChain>> chains;
    std::optional<QList<ReportVerdict>> verdicts;
    // Which lists each rule counted for the verdicts, one sentence per rule; empty: the case's own setting.
    QStringList ruleLists;
    // The shipments the chain detector could not use, and why (ChainExclusions::summary()); empty when none.
    QString chainExclusions;
};

struct ReportOptions {
    QList<ReportSectionId> sections = allReportSections();
    QString investigator;               // default: the case's "investigator" setting, else the user name
    QString classification;             // default: the case's "report.classification" setting, else a standard line
    QDateTime date;                     // default: now
    bool includeUnmarkedChains = false; // detector chains nobody marked yet
    int auditLimit = 400;               // newest audit entries shown
    int maxCharts = 4;
    int maxAnomalies = 10;    // flagged mirror flows in the anomalies table
    int maxAnomalyCharts = 3; // of which shown with their chart and companies
    // Shipments whose unit value is far from their HS-6 median (ShipmentOutliers) count in neither the summary's
    // declared value nor the charts; the report says how many were left out.
    bool leaveOutOutliers = true;
    bool logScale = false; // the charts' value axes
    // The ownership section covers marked parties and their owners; this adds every other verdict as an appendix.
    bool ownershipAppendix = false;
};

} // namespace caravan
