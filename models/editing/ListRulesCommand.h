#pragma once

#include "models/analysis/ListRules.h"

#include <QUndoCommand>

namespace caravan {

class CaseDocument;

// Changes which lists each ownership rule counts; undo puts back the setting that was there. Both ways are
// stored in the case and written to its audit log.
class ListRulesCommand : public QUndoCommand {
public:
    ListRulesCommand(CaseDocument *document, ListRules before, ListRules after);

    void redo() override;
    void undo() override;
    bool failed() const { return m_failed; }

private:
    CaseDocument *m_document;
    ListRules m_before;
    ListRules m_after;
    bool m_failed = false;
};

} // namespace caravan
