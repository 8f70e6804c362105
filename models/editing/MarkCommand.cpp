#include "models/editing/MarkCommand.h"

#include "models/editing/CaseDocument.h"
#include "models/storage/MarkStore.h"

#include <QCoreApplication>

namespace caravan {

MarkCommand::MarkCommand(CaseDocument *document, MarkTarget target, QString ref, std::optional<Mark> after)
    : m_document(document), m_target(target), m_ref(std::move(ref)), m_after(std::move(after))
{
    m_before = markstore::find(document->file(), m_target, m_ref);
    if (m_after)
        setText(QCoreApplication::translate("caravan::MarkCommand", "Mark %1 %2")
                    .arg(m_ref, markStatusName(m_after->status)));
    else
        setText(QCoreApplication::translate("caravan::MarkCommand", "Clear mark on %1").arg(m_ref));
}

void MarkCommand::apply(const std::optional<Mark> &mark)
{
    m_failed = !m_document->applyMark(m_target, m_ref, mark).ok();
}

void MarkCommand::redo()
{
    apply(m_after);
}

void MarkCommand::undo()
{
    apply(m_before);
}

} // namespace caravan
