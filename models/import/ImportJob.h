#pragma once

#include "models/core/IssueLog.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/import/ImportReader.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace caravan {

class CaseFile;
class ShipmentSink;

// What importing one source file did.
struct ImportSummary {
    QString file;
    QString sha256;
    QString format;
    QString kind;
    QString encoding;
    qint64 sourceId = 0;
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 rejected = 0;
    qint64 skipped = 0;
    bool skippedDuplicate = false;
    QList<Issue> issues;

    // The object CLI.md defines for one entry of "sources".
    QJsonObject toJson() const;
};

// Imports one source file into a case as one transaction: prepared first (format, encoding, header
// checked; nothing written), then run: the SHA-256 is compared with the sources already in the case,
// the rows are written with provenance, rejected rows stored, counts and an audit entry recorded, and
// all of it committed, or rolled back on error or cancel so the case is left as it was.
class ImportJob {
public:
    static Result<std::unique_ptr<ImportJob>> prepare(const QString &path, ImportOptions options);

    const QString &path() const { return m_path; }
    QString format() const { return m_reader->format(); }
    QString kind() const { return m_reader->kind(); }
    QString encoding() const { return m_reader->encoding(); }
    // The mapping a csv file is read through; proposed() when nobody gave one (MappingProposal).
    const std::optional<ColumnMapping> &mapping() const { return m_options.mapping; }
    bool proposed() const { return m_proposed; }

    // `shipments`, when given, takes the shipments the reader adds instead of `file` (an import into a server case).
    Result<ImportSummary> run(CaseFile &file, Progress &progress, ShipmentSink *shipments = nullptr);
    // The bytes of every file the source is made of.
    qint64 totalBytes() const;

private:
    ImportJob() = default;
    QString m_path;
    ImportOptions m_options;
    std::unique_ptr<ImportReader> m_reader;
    bool m_proposed = false;
};

// The SHA-256 (hex) of the bytes of `paths`, read in order; cancellable.
Result<QString> sha256OfFiles(const QStringList &paths, Progress &progress);

} // namespace caravan
