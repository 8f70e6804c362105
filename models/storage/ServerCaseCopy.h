#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/storage/ServerSchema.h"

#include <QHash>
#include <QString>

#include <optional>

struct sqlite3;

namespace caravan {

class CaseAddress;
class CaseFile;
class PgConnection;

// Moving a whole case between a file and a server: every table, every row, with its row ids, so that a case copied
// file -> server -> file has the same content digest (models/storage/CaseDigest) as the one it came from.
namespace servercopy {

// What a copy moved.
struct CopyCount {
    qint64 tables = 0;
    qint64 rows = 0;
};

// Creates the server case `target` (which must not exist) from the case file `source`. The rows go in with COPY, in
// one transaction; indexes and foreign keys are built after them. The caller becomes the new case's owner.
Result<CopyCount> fileToServer(CaseFile &source, const CaseAddress &target, Progress &progress);
// Creates the case file `targetPath` (which must not exist) from the server case `source`; a reader may do this.
Result<CopyCount> serverToFile(const CaseAddress &source, const QString &targetPath, Progress &progress);

// Copies every table of the server case open on `pg` (in the caller's transaction and snapshot) into the case file
// `file`, replacing what its tables held, inside the caller's file transaction.
Result<CopyCount> copyCaseOut(PgConnection &pg, CaseFile &file, Progress &progress);
// Copies one table's rows from the server case open on `pg` into the file `db`: all of them, replacing the table's
// rows, or (with `aboveId`) only the rows whose id is above it, added to what the table holds. `rows` counts them.
Status copyRowsOut(PgConnection &pg, sqlite3 *db, const serverschema::FileTable &table, Progress &progress,
                   qint64 &rows, std::optional<qint64> aboveId = std::nullopt);

// An import into a server case goes through a staging case file: the readers write it as they write any case file,
// then what they added goes to the server with COPY, in the server transaction the staging began in.
struct Staging {
    QHash<QString, qint64> highestId; // per staging table: the highest row id before the import
};
// Fills the new, empty staging case file `staging` with the server case's rows an import looks up: its sources (a
// file imported before is skipped), its entities and their identifiers (references resolve to the server's ids, and
// entities added take ids after the server's). Takes the case's import lock, held until the transaction ends, so that
// imports into one case go one after another. The caller holds a transaction on `pg`.
Result<Staging> pullForImport(PgConnection &pg, const QString &caseName, sqlite3 *staging, Progress &progress);
// Sends with COPY the rows the import added to the staging file: sources and entities with their ids, the other
// facts numbered by the server. The importing database user is left to the server (sources.imported_by and
// audit_log.user take current_user). The caller commits.
Result<CopyCount> pushImported(sqlite3 *staging, PgConnection &pg, const Staging &marks, Progress &progress);

// A load of `rows` shipments large enough (and at least as large as what the case holds) sets the shipments' secondary
// indexes and foreign keys aside until rebuildShipments(); true when it did. The caller holds a transaction on `pg`.
Result<bool> setShipmentsAsideFor(PgConnection &pg, qint64 rows);
// Builds the shipments' indexes and foreign keys set aside, checking every row's references in one pass each.
Status rebuildShipments(PgConnection &pg);

} // namespace servercopy
} // namespace caravan
