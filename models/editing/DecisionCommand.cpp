#include "models/editing/DecisionCommand.h"

#include "models/editing/CaseDocument.h"
#include "models/storage/DecisionStore.h"

#include <QCoreApplication>

namespace caravan {

DecisionCommand::DecisionCommand(CaseDocument *document, MatchKind kind, QString aRef, QString bRef,
                                 std::optional<MatchDecision> after)
    : m_document(document), m_kind(kind), m_aRef(std::move(aRef)), m_bRef(std::move(bRef)), m_after(std::move(after))
{
    m_before = decisionstore::find(document->file(), m_kind, m_aRef, m_bRef);
    const auto tr = [](const char *text) { return QCoreApplication::translate("caravan::DecisionCommand", text); };
    if (!m_after)
        setText(tr("Withdraw decision on %1 and %2").arg(m_aRef, m_bRef));
    else if (m_after->verdict == MatchVerdict::Rejected)
        setText(tr("Reject match %1 and %2").arg(m_aRef, m_bRef));
    else if (m_kind == MatchKind::Duplicate)
        setText(tr("Merge %2 into %1").arg(m_aRef, m_bRef));
    else
        setText(tr("Accept %1 as listed %2").arg(m_aRef, m_bRef));
}

void DecisionCommand::apply(const std::optional<MatchDecision> &decision)
{
    m_failed = !m_document->applyDecision(m_kind, m_aRef, m_bRef, decision).ok();
}

void DecisionCommand::redo()
{
    apply(m_after);
}

void DecisionCommand::undo()
{
    apply(m_before);
}

} // namespace caravan
