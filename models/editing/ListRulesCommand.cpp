#include "models/editing/ListRulesCommand.h"

#include "models/editing/CaseDocument.h"

#include <QCoreApplication>

namespace caravan {

ListRulesCommand::ListRulesCommand(CaseDocument *document, ListRules before, ListRules after)
    : m_document(document), m_before(std::move(before)), m_after(std::move(after))
{
    setText(QCoreApplication::translate("caravan::ListRulesCommand", "Change which lists each rule counts"));
}

void ListRulesCommand::redo()
{
    m_failed = !m_document->applyListRules(m_after, m_before).ok();
}

void ListRulesCommand::undo()
{
    m_failed = !m_document->applyListRules(m_before, m_after).ok();
}

} // namespace caravan
