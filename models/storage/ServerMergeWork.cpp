#include "models/storage/ServerMergeWork.h"

#include "models/storage/CaseFile.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/MarkStore.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerDecisionStore.h"
#include "models/storage/ServerMarkStore.h"
#include "models/storage/Sqlite.h"

#include <QDateTime>
#include <QHash>

namespace caravan::servermerge {

namespace {

QDateTime parseTime(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

QList<Mark> fileMarks(CaseFile &file)
{
    QList<Mark> marks;
    SqliteStatement st(file.handle(), "SELECT target_kind, target_ref, status, confidence, note, author, updated_at "
                                      "FROM marks ORDER BY id");
    while (st.step()) {
        Mark m;
        m.target = markTargetFromName(st.text(0)).value_or(MarkTarget::Entity);
        m.targetRef = st.text(1);
        m.status = markStatusFromName(st.text(2)).value_or(MarkStatus::Suspected);
        if (!st.isNull(3))
            m.confidence = st.real(3);
        m.note = st.text(4);
        m.author = st.text(5);
        m.updated = parseTime(st.text(6));
        marks << m;
    }
    return marks;
}

bool sameMark(const Mark &a, const Mark &b)
{
    const auto rounded = [](const std::optional<double> &c) { return c ? qRound(*c * 1000.0) : -1; };
    return a.status == b.status && rounded(a.confidence) == rounded(b.confidence) && a.note == b.note;
}

QString markKey(MarkTarget target, const QString &ref)
{
    return markTargetName(target) + u':' + ref;
}

QString withAuthor(const QString &what, const QString &author, const QDateTime &at)
{
    return QStringLiteral("%1 (by %2 at %3)")
        .arg(what, author.isEmpty() ? QStringLiteral("?") : author, at.toString(Qt::ISODate));
}

Status mergeMarks(CaseFile &file, ServerCase &server, const QDateTime &copiedAt, Report &report)
{
    auto onServer = servermarks::all(server);
    if (!onServer)
        return onServer.error();
    QHash<QString, Mark> serverMarks;
    for (const Mark &m : *onServer)
        serverMarks.insert(markKey(m.target, m.targetRef), m);
    for (const Mark &mine : fileMarks(file)) {
        if (!mine.updated.isValid() || mine.updated <= copiedAt)
            continue; // not touched in the file since the copy
        const QString key = markKey(mine.target, mine.targetRef);
        const auto theirs = serverMarks.constFind(key);
        if (theirs != serverMarks.cend()) {
            if (sameMark(mine, *theirs)) {
                ++report.unchanged;
                continue;
            }
            if (theirs->updated > copiedAt) {
                report.conflicts << Conflict{QStringLiteral("mark"), key,
                                             withAuthor(markstore::describe(mine), mine.author, mine.updated),
                                             withAuthor(markstore::describe(*theirs), theirs->author, theirs->updated)};
                continue;
            }
        }
        if (auto st = servermarks::put(server, mine, true); !st)
            return st;
        ++(theirs == serverMarks.cend() ? report.marksAdded : report.marksChanged);
    }
    return {};
}

Status mergeDecisions(CaseFile &file, ServerCase &server, const QDateTime &copiedAt, Report &report)
{
    auto onServer = serverdecisions::list(server);
    if (!onServer)
        return onServer.error();
    const auto serverDecision = [&](const MatchDecision &d) -> const MatchDecision * {
        for (const MatchDecision &s : *onServer)
            if (s.kind == d.kind && ((s.aRef == d.aRef && s.bRef == d.bRef) ||
                                     (d.kind == MatchKind::Duplicate && s.aRef == d.bRef && s.bRef == d.aRef)))
                return &s;
        return nullptr;
    };
    for (const MatchDecision &mine : decisionstore::list(file)) {
        if (!mine.decidedAt.isValid() || mine.decidedAt <= copiedAt)
            continue;
        if (const MatchDecision *theirs = serverDecision(mine)) {
            if (theirs->verdict == mine.verdict && theirs->aRef == mine.aRef)
                ++report.unchanged;
            else
                report.conflicts << Conflict{
                    QStringLiteral("decision"),
                    matchKindName(mine.kind) + u':' + mine.aRef + QStringLiteral(" ~ ") + mine.bRef,
                    withAuthor(matchVerdictName(mine.verdict), mine.author, mine.decidedAt),
                    withAuthor(
                        QStringLiteral("%1 %2 ~ %3").arg(matchVerdictName(theirs->verdict), theirs->aRef, theirs->bRef),
                        theirs->author, theirs->decidedAt)};
            continue;
        }
        // A decision that came to the server since (first commit wins) is a conflict too: put says so.
        MatchDecision d = mine;
        d.note = mine.note.isEmpty() ? QStringLiteral("offline, by %1").arg(mine.author)
                                     : QStringLiteral("%1 (offline, by %2)").arg(mine.note, mine.author);
        if (auto st = serverdecisions::put(server, d); !st) {
            if (server.connection().lastWasPermissionDenied())
                return st;
            report.conflicts << Conflict{
                QStringLiteral("decision"),
                matchKindName(mine.kind) + u':' + mine.aRef + QStringLiteral(" ~ ") + mine.bRef,
                withAuthor(matchVerdictName(mine.verdict), mine.author, mine.decidedAt), st.error().message};
            continue;
        }
        ++report.decisionsAdded;
    }
    return {};
}

} // namespace

Status recordOrigin(CaseFile &file, const QString &caseName, const QString &caseId, const QString &copiedAt)
{
    for (const auto &[key, value] :
         {std::pair{kCaseKey, caseName}, std::pair{kCaseIdKey, caseId}, std::pair{kCopiedAtKey, copiedAt}})
        if (auto st = file.setSetting(QString::fromLatin1(key), value); !st)
            return st;
    return {};
}

Result<Report> mergeWork(CaseFile &file, ServerCase &server)
{
    const QString caseId = file.setting(QString::fromLatin1(kCaseIdKey));
    const QDateTime copiedAt = parseTime(file.setting(QString::fromLatin1(kCopiedAtKey)));
    if (caseId.isEmpty() || !copiedAt.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 was not copied from a server case (caravan-cli copy URI FILE): there is no "
                                        "work to bring back")
                             .arg(file.path()));
    auto id = server.connection().query(QStringLiteral("SELECT value FROM meta WHERE key = 'case_id'"));
    if (!id)
        return id.error();
    // The case's id travels with its copies (a case file copied to two server cases gives both its id): the name too.
    if (id->rows() == 0 || id->text(0, 0) != caseId ||
        file.setting(QString::fromLatin1(kCaseKey)) != server.address().caseName())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is a copy of the case %2, not of %3: nothing was merged")
                .arg(file.path(), file.setting(QString::fromLatin1(kCaseKey)), server.address().caseName()));
    Report report;
    if (auto st = mergeMarks(file, server, copiedAt, report); !st)
        return server.refused(st.error(), QStringLiteral("bring work back"));
    if (auto st = mergeDecisions(file, server, copiedAt, report); !st)
        return server.refused(st.error(), QStringLiteral("bring work back"));
    if (auto st = server.audit(QStringLiteral("case.merge_work"), file.path(),
                               QStringLiteral("%1 marks added, %2 changed, %3 decisions added, %4 conflicts")
                                   .arg(report.marksAdded)
                                   .arg(report.marksChanged)
                                   .arg(report.decisionsAdded)
                                   .arg(report.conflicts.size()));
        !st)
        return server.refused(st.error(), QStringLiteral("bring work back"));
    return report;
}

} // namespace caravan::servermerge
