#pragma once

#include "models/core/Result.h"
#include "models/domain/Mark.h"

#include <QList>

namespace caravan {

class ServerCase;

// Investigators' marks in a server case: the same rows as markstore (models/storage/MarkStore) writes in a file, with
// the author stamped by the server (current_user). Each write is one transaction with its audit entry; the server's
// grants decide who may write, so a reader's write fails with nothing changed.
namespace servermarks {

// `keepAuthor`: the mark's own author is sent (work brought back from a file copy); the server keeps it for the case's
// owners and stamps anyone else's writes with their own name all the same.
Status put(ServerCase &serverCase, const Mark &mark, bool keepAuthor = false);
Status remove(ServerCase &serverCase, MarkTarget target, const QString &ref);
// Whether `ref` names something in the case (chains are accepted, as in a file).
Result<bool> targetExists(ServerCase &serverCase, MarkTarget target, const QString &ref);
// Every mark, by target kind and id.
Result<QList<Mark>> all(ServerCase &serverCase);

} // namespace servermarks
} // namespace caravan
