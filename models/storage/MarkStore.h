#pragma once

#include "models/core/Result.h"
#include "models/domain/Mark.h"

#include <QHash>

#include <optional>

namespace caravan {

class CaseFile;

// Reads and writes investigators' marks. Every write is one transaction with its audit entry.
namespace markstore {

std::optional<Mark> find(CaseFile &file, MarkTarget target, const QString &ref);
// Every mark's state as one text per "target kind<TAB>cited id": what changes when a mark is set, changed or cleared.
QHash<QString, QString> states(CaseFile &file);
// Inserts or replaces the mark on (target, ref); the audit log records the change.
Status put(CaseFile &file, const Mark &mark);
// Removes the mark on (target, ref), if any.
Status remove(CaseFile &file, MarkTarget target, const QString &ref);
// Whether `ref` names something that exists in the case (entities and shipments by their cited ids;
// chains cannot be checked here and are accepted).
bool targetExists(CaseFile &file, MarkTarget target, const QString &ref);
// The audit log's words for a mark: "confirmed (confidence 0.80): note".
QString describe(const Mark &mark);

} // namespace markstore
} // namespace caravan
