#pragma once

#include "models/core/Result.h"
#include "models/domain/MatchDecision.h"

#include <QList>

#include <optional>

namespace caravan {

class CaseFile;

// Stores decisions on match candidates (match_decisions) and carries out what an accepted one means:
// - screening accepted: every designation of the listed entity (b) is copied onto the screened entity (a),
//   each copy keeping the original's list, program, dates and provenance and naming the decision
//   (designations.via_decision), so the entity counts as designated everywhere and the copies go with the decision;
// - duplicate accepted: b is merged into a. Every name, identifier, address, property, designation, link end and
//   shipment party of b moves to a, each move recorded in merge_moves; b's own name becomes a name of a;
//   entities.merged_into of b points at a. Revoking the decision moves exactly those rows back.
// Every write is one transaction with its audit entry. Nothing is ever merged without a decision.
namespace decisionstore {

// The decision on the pair (for duplicates also the pair the other way round).
std::optional<MatchDecision> find(CaseFile &file, MatchKind kind, const QString &aRef, const QString &bRef);
QList<MatchDecision> list(CaseFile &file);
// Records the decision (replacing one on the same pair, whose effect is revoked first) and applies it.
Status put(CaseFile &file, const MatchDecision &decision);
// Revokes the decision on the pair and forgets it.
Status remove(CaseFile &file, MatchKind kind, const QString &aRef, const QString &bRef);
// Applies every accepted decision again: rows a re-import added to an absorbed entity move to its survivor,
// designations a listed entity gained are copied. Call after an import.
Status reapply(CaseFile &file);
// The entity an entity was merged into, following merged_into to the end (the entity itself if not merged).
qint64 survivorOf(CaseFile &file, qint64 entity);

} // namespace decisionstore
} // namespace caravan
