#include "models/editing/CaseDocument.h"

#include "models/editing/MarkCommand.h"
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
    auto *command = new MarkCommand(this, target, ref, std::move(mark));
    m_undoStack.push(command); // runs redo()
    if (m_undoStack.command(m_undoStack.index() - 1) == command && command->failed()) {
        command->setObsolete(true); // undo() then drops it from the stack
        m_undoStack.undo();
        return makeError(ErrorCode::Database, tr("The mark could not be stored."));
    }
    return {};
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
