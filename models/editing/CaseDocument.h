#pragma once

#include "models/analysis/ListRules.h"
#include "models/domain/Mark.h"
#include "models/domain/MatchDecision.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseStats.h"
#include "models/storage/ServerReplica.h"

#include <QHash>
#include <QObject>
#include <QUndoStack>

#include <functional>
#include <memory>
#include <optional>

namespace caravan {

class ServerLink;

// An open case as the application sees it: the file, its undo stack and its current counts.
// Item models and undo commands change the case through it; views listen to its signals.
class CaseDocument : public QObject {
    Q_OBJECT
public:
    explicit CaseDocument(std::unique_ptr<CaseFile> file, QObject *parent = nullptr);
    // A server case: `replica` is its local replica (open read-only), `link` the server its writes go to. Colleagues'
    // changes arrive as syncs of the replica, and reach the views as the signals below.
    CaseDocument(std::unique_ptr<CaseFile> replica, std::unique_ptr<ServerLink> link, QObject *parent = nullptr);
    ~CaseDocument() override;

    CaseFile &file() const { return *m_file; }
    // The server case's link, or nullptr for a case file.
    ServerLink *server() const { return m_server.get(); }
    // Hands the server link over to the document that replaces this one (after a full copy replaced the replica).
    std::unique_ptr<ServerLink> takeServer();
    // Whether marks and decisions may be changed: a case file open read-write, or a server case the user is an
    // analyst or owner of (the server decides in the end).
    bool isWritable() const;
    QUndoStack *undoStack() { return &m_undoStack; }
    const CaseStats &stats() const { return m_stats; }
    bool isEmpty() const;

    // Re-reads the counts; call after anything that adds or removes rows.
    void refreshStats();

    // Marks (or, with no mark, unmarks) a chain, entity or shipment as an undoable step.
    Status mark(MarkTarget target, const QString &ref, std::optional<Mark> mark);
    // The mutator undo commands call: writes the mark (or removes it) and tells the views.
    Status applyMark(MarkTarget target, const QString &ref, const std::optional<Mark> &mark);

    // Accepts or rejects a match candidate as an undoable step (an accepted duplicate merges b into a).
    Status decide(MatchDecision decision);
    // Withdraws the decision on a pair as an undoable step.
    Status withdrawDecision(MatchKind kind, const QString &aRef, const QString &bRef);
    // The mutator undo commands call: stores the decision (or removes it) with its effect and tells the views.
    Status applyDecision(MatchKind kind, const QString &aRef, const QString &bRef,
                         const std::optional<MatchDecision> &decision);

    // Changes which designation lists each ownership rule counts, as an undoable, audited step.
    Status setListRules(const ListRules &rules);
    // The mutator the undo command calls: stores `rules` (audited as a change from `before`) and tells the views.
    Status applyListRules(const ListRules &rules, const ListRules &before);

Q_SIGNALS:
    void statsChanged();
    // Rows were added or changed (an import finished): tables reload.
    void contentChanged();
    // A mark was set, changed or cleared.
    void marksChanged(caravan::MarkTarget target, const QString &ref);
    // A match decision was taken, changed or withdrawn (entities may have merged or unmerged).
    void decisionsChanged(caravan::MatchKind kind, const QString &aRef, const QString &bRef);
    // The lists each ownership rule counts changed: every verdict may differ.
    void listRulesChanged();

private:
    // After the replica followed the server: tells the views what the sync changed (each mark and decision that
    // differs, new facts, new counts).
    void onSynced(const ReplicaSync &sync);
    // Writes that went to the server show once the replica has them.
    Status afterServerWrite(Status written);
    void rememberServerState();
    // Pushes a command; if its redo() failed, takes it off again and returns message() as the error.
    Status pushCommand(QUndoCommand *command, bool (*failed)(QUndoCommand *), const std::function<QString()> &message);
    std::unique_ptr<CaseFile> m_file;
    QUndoStack m_undoStack;
    CaseStats m_stats;
    QString m_lastError; // why the last decision the store refused was refused
    std::unique_ptr<ServerLink> m_server;
    QHash<QString, QString> m_markStates;     // server case: the marks the views show ("kind<TAB>ref" -> state)
    QHash<QString, QString> m_decisionStates; // server case: the decisions the views show
};

} // namespace caravan
