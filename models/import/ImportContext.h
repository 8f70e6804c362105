#pragma once

#include "models/core/IssueLog.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/import/ColumnMapping.h"
#include "models/import/EntityIdCache.h"
#include "models/storage/CaseWriter.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace caravan {

// What the person asked for; empty fields mean "detect".
struct ImportOptions {
    QString format;                       // caravan-csv, csv, ofac-sdn, ftm, ...
    QString kind;                         // entities, links, shipments, sanctions
    QString encoding;                     // canonical or user-typed name
    bool force = false;                   // import even if a source with the same SHA-256 is in the case
    std::optional<ColumnMapping> mapping; // format csv: how the file's columns become Caravan CSV fields
};

// What a reader decided about one row.
class RowOutcome {
public:
    enum class Kind { Imported, Rejected, Skipped, Failed };
    static RowOutcome imported() { return RowOutcome(Kind::Imported); }
    static RowOutcome skipped() { return RowOutcome(Kind::Skipped); }
    static RowOutcome rejected(QString reason) { return RowOutcome(Kind::Rejected, std::move(reason)); }
    static RowOutcome failed(Error error) { return RowOutcome(Kind::Failed, std::move(error.message), error.code); }
    Kind kind() const { return m_kind; }
    const QString &reason() const { return m_reason; }
    Error error() const { return makeError(m_code, m_reason); }

private:
    explicit RowOutcome(Kind kind, QString reason = {}, ErrorCode code = ErrorCode::Database)
        : m_kind(kind), m_reason(std::move(reason)), m_code(code)
    {
    }
    Kind m_kind;
    QString m_reason;
    ErrorCode m_code;
};

// Everything a reader needs while it writes one source into a case: the writer, the source's id for
// provenance, the row counters, rejected-row storage, entity lookups, and progress with cancel.
class ImportContext {
public:
    ImportContext(sqlite3 *db, CaseWriter &writer, qint64 sourceId, qint64 totalBytes, Progress &progress);

    sqlite3 *database() const { return m_db; }

    CaseWriter &writer() { return m_writer; }
    qint64 sourceId() const { return m_sourceId; }
    Provenance at(qint64 row) const { return Provenance{m_sourceId, row}; }
    IssueLog &issues() { return m_issues; }

    // Counts one row read and what became of it; a rejected row is stored verbatim. Returns an error
    // only when storing failed or the outcome was Failed.
    Status count(const RowOutcome &outcome, qint64 line, const QString &raw);
    // Stores a rejected row (one read row) found outside the main loop (e.g. a dangling alias).
    Status reject(qint64 line, const QString &reason, const QString &raw);

    // Reports `bytesDone` of the whole source (main file and companions); Cancelled when asked to stop.
    Status advance(qint64 bytesDone);
    bool isCancelled() const { return m_progress.isCancelled(); }
    Progress &progress() { return m_progress; }

    // The case row id of an entity by the id its source gave, or 0. Cached, with a bounded cache.
    qint64 entity(const QString &extId);
    qint64 entity(QByteArrayView utf8ExtId);
    void rememberEntity(const QString &extId, qint64 rowId);

    qint64 rowsRead() const { return m_imported + m_rejected + m_skipped; }
    qint64 imported() const { return m_imported; }
    qint64 rejected() const { return m_rejected; }
    qint64 skipped() const { return m_skipped; }

private:
    sqlite3 *m_db;
    CaseWriter &m_writer;
    qint64 m_sourceId;
    qint64 m_totalBytes;
    Progress &m_progress;
    IssueLog m_issues;
    EntityIdCache m_entityCache; // by UTF-8 ext id

    qint64 m_imported = 0;
    qint64 m_rejected = 0;
    qint64 m_skipped = 0;
    qint64 m_lastReported = -1;
    int m_sinceCancelCheck = 0;
};

} // namespace caravan
