#pragma once

#include "models/domain/MatchDecision.h"

#include <QUndoCommand>

#include <optional>

namespace caravan {

class CaseDocument;

// Accepts or rejects a match candidate (or withdraws the decision); undo puts back the decision that was there,
// and with it the case as it was (a merge undone restores every moved row).
class DecisionCommand : public QUndoCommand {
public:
    // `after` empty: withdraw the decision on (kind, aRef, bRef).
    DecisionCommand(CaseDocument *document, MatchKind kind, QString aRef, QString bRef,
                    std::optional<MatchDecision> after);

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const std::optional<MatchDecision> &decision);
    CaseDocument *m_document;
    MatchKind m_kind;
    QString m_aRef;
    QString m_bRef;
    std::optional<MatchDecision> m_before;
    std::optional<MatchDecision> m_after;
    bool m_failed = false;
};

} // namespace caravan
