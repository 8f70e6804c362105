#pragma once

#include "models/domain/Mark.h"

#include <QUndoCommand>

#include <optional>

namespace caravan {

class CaseDocument;

// Sets, changes or clears the mark on one chain, entity or shipment; undo puts back what was there.
class MarkCommand : public QUndoCommand {
public:
    // `after` empty: clear the mark.
    MarkCommand(CaseDocument *document, MarkTarget target, QString ref, std::optional<Mark> after);

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    void apply(const std::optional<Mark> &mark);
    CaseDocument *m_document;
    MarkTarget m_target;
    QString m_ref;
    std::optional<Mark> m_before;
    std::optional<Mark> m_after;
    bool m_failed = false;
};

} // namespace caravan
