#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

struct sqlite3;

namespace caravan {

class CaseAddress;

// The case schema on a PostgreSQL server: the same tables as the case file (models/storage/Schema.cpp), derived from
// it so that the two cannot drift apart, with the dialect differences kept here. A case is one PostgreSQL schema,
// owned by the role <case>_owner; <case>_analyst and <case>_reader are the group roles users are granted.
namespace serverschema {

// One table of a case file as the copy between file and server sees it: its columns in order and their declared
// SQLite types (INTEGER, REAL, TEXT), which decide how a value read back from the server is stored in a file.
struct FileTable {
    QString name;
    QStringList columns;
    QStringList declaredTypes;
    bool hasRowId = false; // an `id INTEGER PRIMARY KEY` the server keeps as an identity column
};

// The tables of the case file `db`, in the order they were created; full-text (virtual) tables and their shadow
// tables are left out: they are indexes a file rebuilds, not facts.
Result<QList<FileTable>> fileTables(sqlite3 *db);

// The statements that make a case's schema, in phases so that a bulk load can go between tables and indexes. Every
// statement runs with search_path set to the case's schema, as its owner role.
struct Ddl {
    QStringList tables;      // tables with their defaults, checks and unique keys
    QStringList primaryKeys; // the row ids' primary keys, built after a bulk load like the indexes
    QStringList indexes;     // secondary indexes (built after a bulk load: about 4.5 times faster than before)
    QStringList foreignKeys; // checked in one pass each after a bulk load
    QStringList policy;      // who may do what, authors by DEFAULT current_user, the append-only audit log, NOTIFY
};
Result<Ddl> caseDdl(const CaseAddress &address);

// The comment that marks a schema as a Caravan case, with its schema version ("caravan case schema 7").
QString schemaComment();
// The schema version a comment names, or -1 when the comment is not one of Caravan's.
int versionFromComment(const QString &comment);
// The channel a case's NOTIFY goes to; the payload names the table that changed (marks, match_decisions, ...).
QString notifyChannel(const QString &caseName);

// The server-only table that records which tables each transaction changed (table name, INSERT / UPDATE / DELETE /
// TRUNCATE, the transaction's xid8), for incremental syncs of read replicas. Readers may read it.
QString changesTable();

// The tables an analyst writes (imports, marks, decisions, settings); a reader only reads; the audit log takes
// INSERT and SELECT from everyone and UPDATE or DELETE from nobody.
QStringList analystDeletableTables();

} // namespace serverschema
} // namespace caravan
