#include "models/editing/CaseDocument.h"

#include "models/editing/DecisionCommand.h"
#include "models/editing/ListRulesCommand.h"
#include "models/editing/MarkCommand.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/MarkStore.h"

namespace caravan {

CaseDocument::CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent) : QObject(parent), m_file(std::move(file))
{
    refreshStats();
}

CaseDocument::~CaseDocument()
{
    // Commands may refer to the file: drop them first.
    m_undoStack.clear();
}

bool CaseDocument::isEmpty() const
{
    return m_stats.entities == 0 && m_stats.shipments == 0 && m_stats.links == 0 && m_stats.designations == 0 &&
           m_stats.tradeStats == 0;
}

void CaseDocument::refreshStats()
{
    if (auto s = readCaseStats(m_file->handle()))
        m_stats = s.value();
    Q_EMIT statsChanged();
}

Status CaseDocument::mark(MarkTarget target, const QString &ref, std::optional<Mark> mark)
{
    if (m_file->isReadOnly())
        return makeError(ErrorCode::InvalidInput, tr("The case is open read-only."));
    if (!markstore::targetExists(*m_file, target, ref))
        return makeError(ErrorCode::NotFound,
                         tr("There is no %1 with the id %2 in this case.").arg(markTargetName(target), ref));
    if (mark) {
        mark->target = target;
        mark->targetRef = ref;
    }
    return pushCommand(
        new MarkCommand(this, target, ref, std::move(mark)),
        [](QUndoCommand *c) { return static_cast<MarkCommand *>(c)->failed(); },
        [] { return tr("The mark could not be stored."); });
}

Status CaseDocument::setListRules(const ListRules &rules)
{
    if (m_file->isReadOnly())
        return makeError(ErrorCode::InvalidInput, tr("The case is open read-only."));
    auto before = ListRules::load(m_file->handle());
    if (!before)
        return before.error();
    if (*before == rules)
        return {};
    return pushCommand(
        new ListRulesCommand(this, before.takeValue(), rules),
        [](QUndoCommand *c) { return static_cast<ListRulesCommand *>(c)->failed(); },
        [this] { return tr("The list setting could not be stored: %1").arg(m_lastError); });
}

Status CaseDocument::applyListRules(const ListRules &rules, const ListRules &before)
{
    Status result = rules.store(*m_file, before);
    if (!result) {
        m_lastError = result.error().message;
        return result;
    }
    Q_EMIT listRulesChanged();
    return result;
}

Status CaseDocument::pushCommand(QUndoCommand *command, bool (*failed)(QUndoCommand *),
                                 const std::function<QString()> &message)
{
    m_lastError.clear();
    m_undoStack.push(command); // runs redo()
    if (m_undoStack.command(m_undoStack.index() - 1) == command && failed(command)) {
        const QString text = message(); // before undo() deletes the command and clears the reason
        command->setObsolete(true);     // undo() then drops it from the stack
        m_undoStack.undo();
        return makeError(ErrorCode::Database, text);
    }
    return {};
}

Status CaseDocument::decide(MatchDecision decision)
{
    if (m_file->isReadOnly())
        return makeError(ErrorCode::InvalidInput, tr("The case is open read-only."));
    const MatchKind kind = decision.kind;
    const QString a = decision.aRef, b = decision.bRef;
    return pushCommand(
        new DecisionCommand(this, kind, a, b, std::move(decision)),
        [](QUndoCommand *c) { return static_cast<DecisionCommand *>(c)->failed(); },
        [this, a, b] { return tr("The decision on %1 and %2 could not be stored: %3").arg(a, b, m_lastError); });
}

Status CaseDocument::withdrawDecision(MatchKind kind, const QString &aRef, const QString &bRef)
{
    if (m_file->isReadOnly())
        return makeError(ErrorCode::InvalidInput, tr("The case is open read-only."));
    return pushCommand(
        new DecisionCommand(this, kind, aRef, bRef, std::nullopt),
        [](QUndoCommand *c) { return static_cast<DecisionCommand *>(c)->failed(); },
        [this, aRef, bRef] {
            return tr("The decision on %1 and %2 could not be withdrawn: %3").arg(aRef, bRef, m_lastError);
        });
}

Status CaseDocument::applyDecision(MatchKind kind, const QString &aRef, const QString &bRef,
                                   const std::optional<MatchDecision> &decision)
{
    Status result =
        decision ? decisionstore::put(*m_file, *decision) : decisionstore::remove(*m_file, kind, aRef, bRef);
    if (!result)
        m_lastError = result.error().message;
    if (result) {
        refreshStats();
        Q_EMIT decisionsChanged(kind, aRef, bRef);
        Q_EMIT contentChanged();
    }
    return result;
}

Status CaseDocument::applyMark(MarkTarget target, const QString &ref, const std::optional<Mark> &mark)
{
    Status result = mark ? markstore::put(*m_file, *mark) : markstore::remove(*m_file, target, ref);
    if (result) {
        refreshStats();
        Q_EMIT marksChanged(target, ref);
    }
    return result;
}

} // namespace caravan
