#pragma once

#include "models/core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>

struct sqlite3;

namespace caravan {

// One imported file as the case overview lists it.
struct SourceSummary {
    QString fileName;
    QString kind;   // "entities", "shipments", "sanctions"... as the import recorded it (may be empty)
    QString format; // "csv", "ftm", ...
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
    QString importedAt; // ISO date and time
};

// The investigator's marks counted by what they mark (chain, entity, shipment) and their status
// (suspected, confirmed, dismissed), in the order of MarkTarget and MarkStatus.
struct MarkCounts {
    std::array<std::array<qint64, 3>, 3> byTargetStatus{};

    qint64 status(int status) const;
    qint64 total() const;
};

// A readable label of an entity for the overview: its name and registered country.
struct EntityLabel {
    QString name;
    QString country;
};

// The few reads the case overview makes besides the analyses' own.
namespace overviewrows {

// Every source of the case, oldest first.
Result<QList<SourceSummary>> sources(sqlite3 *db);
Result<MarkCounts> markCounts(sqlite3 *db);
// Names and countries of these entities (cited ids); ids not in the case are left out.
Result<QHash<QString, EntityLabel>> entityLabels(sqlite3 *db, const QStringList &extIds);

} // namespace overviewrows
} // namespace caravan
