#include "models/editing/CaseDocument.h"

#include "models/editing/DecisionCommand.h"
#include "models/editing/ListRulesCommand.h"
#include "models/editing/MarkCommand.h"
#include "models/editing/ServerLink.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/MarkStore.h"
#include "models/storage/ServerDecisionStore.h"
#include "models/storage/ServerMarkStore.h"

namespace caravan {

namespace {
// The keys whose value differs between two states, or that only one of them has.
QStringList changedKeys(const QHash<QString, QString> &before, const QHash<QString, QString> &after)
{
    QStringList changed;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        if (before.value(it.key()) != it.value())
            changed << it.key();
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (!after.contains(it.key()))
            changed << it.key();
    return changed;
}
} // namespace

CaseDocument::CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent) : QObject(parent), m_file(std::move(file))
{
    refreshStats();
}

CaseDocument::CaseDocument(std::unique_ptr<CaseFile> replica, std::unique_ptr<ServerLink> link, QObject *parent)
    : QObject(parent), m_file(std::move(replica)), m_server(std::move(link))
{
    refreshStats();
    rememberServerState();
    connect(m_server.get(), &ServerLink::synced, this, &CaseDocument::onSynced);
}

std::unique_ptr<ServerLink> CaseDocument::takeServer()
{
    if (m_server)
        disconnect(m_server.get(), nullptr, this, nullptr);
    return std::move(m_server);
}

bool CaseDocument::isWritable() const
{
    if (m_server)
        return m_server->role() != CaseRole::Reader;
    return !m_file->isReadOnly();
}

void CaseDocument::rememberServerState()
{
    m_markStates = markstore::states(*m_file);
    m_decisionStates.clear();
    for (const MatchDecision &d : decisionstore::list(*m_file))
        m_decisionStates.insert(
            matchKindName(d.kind) + u'\t' + d.aRef + u'\t' + d.bRef,
            QStringLiteral("%1|%2|%3|%4")
                .arg(d.rowId)
                .arg(matchVerdictName(d.verdict), d.author, d.decidedAt.toString(Qt::ISODateWithMs)));
}

void CaseDocument::onSynced(const ReplicaSync &sync)
{
    if (sync.tables.isEmpty())
        return;
    const auto marksBefore = m_markStates;
    const auto decisionsBefore = m_decisionStates;
    rememberServerState();
    // What is not marks, decisions or bookkeeping is new facts (an import, a merge's moves): every table reloads.
    static const QStringList kNotFacts{QStringLiteral("marks"), QStringLiteral("match_decisions"),
                                       QStringLiteral("audit_log"), QStringLiteral("settings"), QStringLiteral("meta")};
    const bool facts =
        std::any_of(sync.tables.cbegin(), sync.tables.cend(), [](const QString &t) { return !kNotFacts.contains(t); });
    refreshStats();
    for (const QString &key : changedKeys(marksBefore, m_markStates))
        if (const auto target = markTargetFromName(key.section(u'\t', 0, 0)))
            Q_EMIT marksChanged(*target, key.section(u'\t', 1));
    const QStringList decided = changedKeys(decisionsBefore, m_decisionStates);
    for (const QString &key : decided) {
        const QStringList parts = key.split(u'\t');
        if (const auto kind = matchKindFromName(parts.value(0)))
            Q_EMIT decisionsChanged(*kind, parts.value(1), parts.value(2));
    }
    if (facts || !decided.isEmpty())
        Q_EMIT contentChanged();
}

Status CaseDocument::afterServerWrite(Status written)
{
    if (!written)
        m_lastError = written.error().message;
    // Refused or not, the view shows what the server holds now (a colleague's decision that came first, say).
    if (auto synced = m_server->syncNow(); !synced && written)
        return synced.error();
    return written;
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
    if (!isWritable())
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
        return makeError(ErrorCode::InvalidInput, m_server ? tr("Which lists the rules count cannot be changed on a "
                                                                "server case yet.")
                                                           : tr("The case is open read-only."));
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
    if (!isWritable())
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
    if (!isWritable())
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
    if (m_server)
        // The first commit wins: a colleague's decision on the pair refuses this one, and the sync shows theirs.
        return afterServerWrite(decision ? serverdecisions::put(m_server->server(), *decision)
                                         : serverdecisions::remove(m_server->server(), kind, aRef, bRef));
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
    if (m_server)
        return afterServerWrite(mark ? servermarks::put(m_server->server(), *mark)
                                     : servermarks::remove(m_server->server(), target, ref));
    Status result = mark ? markstore::put(*m_file, *mark) : markstore::remove(*m_file, target, ref);
    if (result) {
        refreshStats();
        Q_EMIT marksChanged(target, ref);
    }
    return result;
}

} // namespace caravan
