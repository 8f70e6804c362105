#pragma once

#include "models/core/Result.h"

#include <QString>
#include <QStringList>

struct sqlite3;

namespace caravan {

// Settings for a large load inside one transaction: a page cache of a fixed size while it lasts (big
// enough for the b-trees being built, and the bound on memory however large the file), foreign-key enforcement off (the
// readers resolve every reference themselves and reject the rows whose reference dangles; SQLite cannot switch it
// inside a transaction, so construct this before the transaction), and optionally a table's secondary indexes dropped
// before the load and rebuilt after it (a sorted build is several times faster than inserting into
// them row by row). Both are undone by the transaction's rollback if the load fails.
class BulkLoad {
public:
    // cacheMiB 0 leaves the cache and foreign keys as they are (for nesting inside another BulkLoad).
    BulkLoad(sqlite3 *db, int cacheMiB);
    ~BulkLoad();
    BulkLoad(const BulkLoad &) = delete;
    BulkLoad &operator=(const BulkLoad &) = delete;

    // Drops the indexes of `table` (remembering their SQL); call inside the load's transaction.
    Status deferIndexes(const QString &table);
    // Creates the dropped indexes again, with a small page cache while it sorts (faster: see the .cpp).
    Status rebuildIndexes();

private:
    sqlite3 *m_db;
    qint64 m_previousCache = 0;
    bool m_changedSettings = false;
    bool m_foreignKeys = true;
    QStringList m_deferred;
};

} // namespace caravan
