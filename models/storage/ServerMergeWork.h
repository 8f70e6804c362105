#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

namespace caravan {

class CaseFile;
class ServerCase;

// Bringing back work done offline in a file copy of a server case (`caravan-cli copy --merge-work FILE URI`). A copy
// taken from a server case keeps the case's identity and the server's time of the copy in its settings (the keys
// below); marks (with their notes) and decisions the file gained or changed after that time are added to the server
// case with their authors. What changed on both sides since (the same target marked differently, the same candidate
// decided differently) is a conflict: listed, never overwritten.
namespace servermerge {

// Settings of a file copied from a server case (left out of the content digest: where a copy came from is no fact).
inline constexpr const char *kCaseKey = "server_copy.case";
inline constexpr const char *kCaseIdKey = "server_copy.case_id";
inline constexpr const char *kCopiedAtKey = "server_copy.copied_at";
inline constexpr const char *kPrefix = "server_copy.";

struct Conflict {
    QString kind;   // "mark" or "decision"
    QString target; // chain:ID, entity:ID, duplicate:A ~ B...
    QString inFile; // what the file says, with its author
    QString onServer;
};

struct Report {
    int marksAdded = 0;
    int marksChanged = 0;
    int decisionsAdded = 0;
    int unchanged = 0; // work already on the server as it is in the file
    QList<Conflict> conflicts;
};

// Writes the origin settings into a file copied from `server`; `copiedAt` is the server's time (ISO, UTC, ms).
Status recordOrigin(CaseFile &file, const QString &caseName, const QString &caseId, const QString &copiedAt);
// Adds the file's work since its copy to the server case. Each mark and decision is one server transaction with its
// audit entry, so an interrupted merge can simply be run again. The file is only read.
Result<Report> mergeWork(CaseFile &file, ServerCase &server);

} // namespace servermerge
} // namespace caravan
