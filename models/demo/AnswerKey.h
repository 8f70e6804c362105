#pragma once

#include "models/core/Result.h"

#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace caravan::demo {

// One planted item of a training case, or a decoy (a near miss a trainee should not flag): the
// pattern it teaches, the entity to mark, the records that show it (ext ids) and why.
struct AnswerItem {
    QString code;    // "T3-001", stable inside a case
    QString pattern; // T3, T4, T5, T6, cycle, duplicate
    QString subject; // ext id of the entity a trainee should mark (or leave alone, for a decoy)
    QString refKind; // "shipments" or "entities"
    QString refs;    // ext ids: ';' inside a hop of a chain, " > " between hops
    bool isDecoy = false;
    QString breaks; // for a decoy: the one rule it breaks (window, hs, quantity, destination, goods, ...)
    QString explanation;

    // The hops of `refs`, each a list of ext ids.
    std::vector<QStringList> hops() const;
    QStringList allRefs() const;
};

Status writeAnswerKey(sqlite3 *db, const std::vector<AnswerItem> &items);
// The answer key of a case; empty when the case was not generated.
Result<std::vector<AnswerItem>> readAnswerKey(sqlite3 *db);

} // namespace caravan::demo
