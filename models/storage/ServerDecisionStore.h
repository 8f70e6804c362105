#pragma once

#include "models/core/Result.h"
#include "models/domain/MatchDecision.h"

#include <QList>

namespace caravan {

class ServerCase;

// Decisions on match candidates in a server case: the same rows and effects as decisionstore (models/storage/
// DecisionStore) in a file (an accepted screening copies the listed entity's designations, an accepted duplicate
// merges b into a, recorded in merge_moves), with the author stamped by the server.
//
// Many analysts decide at once, so the first commit wins: a decision takes the server's transaction locks on both
// entities, then looks for a decision already on the pair (for duplicates either way round). If another analyst's
// decision committed first with another verdict, the write stops with an InvalidInput error that says who decided what
// and when, and nothing is written. The same verdict again changes nothing. To decide differently, withdraw first.
namespace serverdecisions {

// Records and applies the decision in one transaction with its audit entry.
Status put(ServerCase &serverCase, const MatchDecision &decision);
// Withdraws the decision on the pair: its effect is revoked and it is forgotten.
Status remove(ServerCase &serverCase, MatchKind kind, const QString &aRef, const QString &bRef);
// Every decision, in the order they were made.
Result<QList<MatchDecision>> list(ServerCase &serverCase);

} // namespace serverdecisions
} // namespace caravan
