#pragma once

#include "models/core/Result.h"

#include <QString>

struct sqlite3;

namespace caravan {

// A bulk write by the only connection to a case, in rollback-journal mode instead of WAL: pages appended past the
// file's original end are not journaled, so a large import is written to the disk once (WAL writes every page
// twice: to the log, then to the file at the checkpoint). Construct it outside any transaction; it switches only
// when SQLite lets it (the change out of WAL is refused while another connection has the case open, as in the
// GUI, and an encrypted case in memory is never in WAL), and switches back to WAL on restore() or destruction.
// A crash in between leaves a hot journal that the next open rolls back (recoverInterruptedWrite()).
class RollbackJournal {
public:
    explicit RollbackJournal(sqlite3 *db);
    ~RollbackJournal();
    RollbackJournal(const RollbackJournal &) = delete;
    RollbackJournal &operator=(const RollbackJournal &) = delete;

    bool isActive() const { return m_active; }
    // Back to WAL (call after the commit or rollback).
    void restore();

    // Rolls back the hot journal a killed rollback-mode write left next to `path` (SQLite does it on the first
    // read, but a read-only connection cannot, and the file's header may not describe it until then).
    static void recoverInterruptedWrite(const QString &path);

private:
    sqlite3 *m_db;
    bool m_active = false;
};

} // namespace caravan
