#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

#include <optional>

struct sqlite3;

namespace caravan {

class CaseFile;

// Reads and writes the case's list-to-rule setting (which designation lists each ownership rule counts) and
// counts the designations per list. The setting is JSON in the settings table; every change is audited.
namespace listrulestore {

// The settings key the mapping is stored under.
inline constexpr const char *kSettingKey = "ownership.list_rules";

// How many designations a case holds under one list name and program.
struct ListCount {
    QString list;
    QString program;
    qint64 designations = 0;
    qint64 entities = 0; // distinct entities
};

// The stored mapping (JSON text), or nullopt when the case never stored one (or has no settings table).
std::optional<QString> read(sqlite3 *db);
// Every (list, program) with its designation count, ordered by list then program.
Result<QList<ListCount>> listCounts(sqlite3 *db);
// Stores the mapping and its audit entry ("list_rules.change", detail: what changed) in one transaction.
Status write(CaseFile &file, const QString &json, const QString &auditDetail);

} // namespace listrulestore
} // namespace caravan
