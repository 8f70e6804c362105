#include "models/import/ImportJob.h"

#include "models/core/Sha256.h"
#include "models/import/BulkLoad.h"
#include "models/import/ImportFormats.h"
#include "models/import/MappingProposal.h"
#include "models/import/TextEncoding.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/Connection.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/RollbackJournal.h"
#include "models/storage/Sqlite.h"

#include <QFile>
#include <QFileInfo>

#include <future>

namespace caravan {

QJsonObject ImportSummary::toJson() const
{
    return QJsonObject{{QStringLiteral("file"), file},         {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("format"), format},     {QStringLiteral("kind"), kind},
                       {QStringLiteral("encoding"), encoding}, {QStringLiteral("rows_read"), rowsRead},
                       {QStringLiteral("imported"), imported}, {QStringLiteral("rejected"), rejected},
                       {QStringLiteral("skipped"), skipped},   {QStringLiteral("skipped_duplicate"), skippedDuplicate}};
}

namespace {

constexpr int kImportCacheMiB = 32;
// Smaller sources are hashed before the import starts; larger ones while it runs, on another core.
constexpr qint64 kHashFirstBelow = 16 * 1024 * 1024;

// The id of a source in the case with this SHA-256 (other than `except`), or 0.
qint64 sourceWithHash(sqlite3 *db, const QString &sha256, qint64 except)
{
    SqliteStatement seen(db, "SELECT id FROM sources WHERE sha256 = ? AND id <> ? LIMIT 1");
    seen.bind(1, sha256);
    seen.bind(2, except);
    return seen.step() ? seen.int64(0) : 0;
}

Status setSourceHash(sqlite3 *db, qint64 source, const QString &sha256)
{
    SqliteStatement st(db, "UPDATE sources SET sha256 = ? WHERE id = ?");
    st.bind(1, sha256);
    st.bind(2, source);
    if (!st.execute())
        return makeError(ErrorCode::Database, st.errorMessage());
    return {};
}

} // namespace

Result<QString> sha256OfFiles(const QStringList &paths, Progress &progress)
{
    Sha256 hash;
    QByteArray buffer(1 << 20, Qt::Uninitialized);
    for (const QString &path : paths) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
        for (;;) {
            const qint64 n = f.read(buffer.data(), buffer.size());
            if (n < 0)
                return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
            if (n == 0)
                break;
            hash.addData(QByteArrayView(buffer.constData(), n));
            if (progress.isCancelled())
                return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled; the case is unchanged"));
        }
    }
    return QString::fromLatin1(hash.result().toHex());
}

Result<std::unique_ptr<ImportJob>> ImportJob::prepare(const QString &path, ImportOptions options)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: no such file").arg(path));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: not a readable file").arg(path));
    if (!options.encoding.isEmpty()) {
        const auto canonical = encoding::canonicalName(options.encoding);
        if (!canonical)
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("unknown encoding '%1' (known: %2)").arg(options.encoding, encoding::supportedNames()));
        options.encoding = *canonical;
    }
    // CLI.md lists trade-stats among the kinds of a plain CSV: it has a reader of its own.
    if (options.kind == u"trade-stats" && (options.format.isEmpty() || options.format == u"csv"))
        options.format = QStringLiteral("trade-stats");
    if (options.kind == u"exchange-rates" && (options.format.isEmpty() || options.format == u"csv"))
        options.format = QStringLiteral("exchange-rates");
    if (options.format.isEmpty()) {
        auto detected = importformats::detect(path);
        if (!detected)
            return detected.error();
        options.format = *detected;
    }
    // A CSV in somebody else's layout, with no mapping: the proposal from its header and values, or a refusal
    // that names what it could not map.
    const bool propose =
        options.format == u"csv" && !options.mapping && !importformats::isCaravanCsv(path, options.encoding);
    if (propose) {
        auto proposal = MappingProposal::forFile(path, options.kind, options.encoding);
        if (!proposal)
            return proposal.error();
        if (!proposal->isComplete())
            return makeError(ErrorCode::InvalidInput, proposal->refusal(info.fileName()));
        options.mapping = proposal->mapping;
        if (!options.encoding.isEmpty())
            options.mapping->encoding = options.encoding;
    }
    auto reader = importformats::createReader(options.format);
    if (!reader)
        return reader.error();
    if (auto prepared = (*reader)->prepare(path, options); !prepared)
        return prepared.error();
    std::unique_ptr<ImportJob> job(new ImportJob);
    job->m_path = path;
    job->m_options = std::move(options);
    job->m_reader = reader.takeValue();
    job->m_proposed = propose;
    return job;
}

qint64 ImportJob::totalBytes() const
{
    qint64 total = 0;
    for (const QString &f : m_reader->files())
        total += QFileInfo(f).size();
    return total;
}

Result<ImportSummary> ImportJob::run(CaseFile &file, Progress &progress, ShipmentSink *shipments)
{
    ImportSummary summary;
    summary.file = QFileInfo(m_path).absoluteFilePath();
    summary.format = m_reader->format();
    summary.kind = m_reader->kind();
    summary.encoding = m_reader->encoding();
    const QString name = QFileInfo(m_path).fileName();
    if (file.isReadOnly())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the case is open read-only"));

    const QStringList files = m_reader->files();
    const qint64 totalBytes = this->totalBytes();
    sqlite3 *db = file.handle();

    std::future<Result<QString>> hashing;
    if (totalBytes < kHashFirstBelow) {
        progress.setStatus(QStringLiteral("hashing %1").arg(name));
        auto sha = sha256OfFiles(files, progress);
        if (!sha)
            return sha.error();
        summary.sha256 = *sha;
        if (!m_options.force)
            if (const qint64 seen = sourceWithHash(db, summary.sha256, 0)) {
                summary.sourceId = seen;
                summary.skippedDuplicate = true;
                return summary;
            }
    } else {
        hashing = std::async(std::launch::async, [files, &progress] { return sha256OfFiles(files, progress); });
    }

    // A fixed page cache: measured on 1M shipments, 32 MB costs no more time than 128 MB, and it
    // bounds the import's memory (the deferred indexes are sorted in 1 MB runs: BulkLoad::rebuildIndexes).
    // The only connection to the case (the CLI) writes the load once, in rollback mode; others share the WAL.
    RollbackJournal journal(db);
    BulkLoad bulk(db, kImportCacheMiB);
    Transaction tx(db);
    if (!tx.isActive())
        return makeError(ErrorCode::Locked,
                         QStringLiteral("cannot start writing to the case: %1").arg(sqliteError(db)));
    CaseWriter writer(db);
    writer.setShipmentSink(shipments);
    // A source hashed while importing gets its hash at the end (the column is NOT NULL).
    auto source = writer.addSource(SourceRecord{name, summary.file,
                                                summary.sha256.isEmpty() ? QStringLiteral("-") : summary.sha256,
                                                summary.format, summary.kind, summary.encoding});
    if (!source)
        return source.error();
    summary.sourceId = *source;

    progress.setStatus(QStringLiteral("importing %1").arg(name));
    ImportContext context(db, writer, summary.sourceId, totalBytes, progress);
    const Status read = m_reader->read(context);
    const bool hashedLate = hashing.valid();
    if (hashedLate) {
        auto sha = hashing.get(); // waited for even when reading failed: it uses `progress`
        if (!sha)
            return sha.error();
        summary.sha256 = *sha;
    }
    if (!read)
        return read.error();
    if (progress.isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled; the case is unchanged"));
    if (hashedLate) {
        if (!m_options.force)
            if (const qint64 seen = sourceWithHash(db, summary.sha256, summary.sourceId)) {
                // Rolled back by the transaction: the case is as it was.
                ImportSummary skipped = summary;
                skipped.sourceId = seen;
                skipped.skippedDuplicate = true;
                return skipped;
            }
        if (auto st = setSourceHash(db, summary.sourceId, summary.sha256); !st)
            return st.error();
    }
    summary.rowsRead = context.rowsRead();
    summary.imported = context.imported();
    summary.rejected = context.rejected();
    summary.skipped = context.skipped();
    summary.issues = context.issues().issues();
    for (const auto &[spelling, rows] : writer.unknownUnits())
        summary.issues.append(Issue{IssueSeverity::Warning, name,
                                    QStringLiteral("unit \"%1\" in %2 row(s) is not a unit Caravan knows: kept as "
                                                   "written, its quantities are not compared (weights or values are)")
                                        .arg(QString::fromStdString(spelling))
                                        .arg(rows)});
    if (auto st = writer.finishSource(summary.sourceId, summary.rowsRead, summary.imported, summary.rejected,
                                      summary.skipped);
        !st)
        return st.error();
    const QString detail = QStringLiteral("%1 %2, sha256 %3: %4 rows read, %5 imported, %6 rejected, %7 skipped")
                               .arg(summary.format, summary.kind, summary.sha256)
                               .arg(summary.rowsRead)
                               .arg(summary.imported)
                               .arg(summary.rejected)
                               .arg(summary.skipped);
    if (auto st = file.audit(QStringLiteral("import"), name, detail); !st)
        return st.error();
    if (auto st = tx.commit(); !st)
        return st.error();
    journal.restore();
    // Investigators' match decisions hold across imports: rows this file gave an absorbed entity move to
    // its survivor, and accepted screening matches copy new designations.
    if (auto st = decisionstore::reapply(file); !st)
        summary.issues.append(
            Issue{IssueSeverity::Warning, name,
                  QStringLiteral("match decisions could not be applied again: %1").arg(st.error().message)});
    progress.setProgress(totalBytes, totalBytes);
    return summary;
}

} // namespace caravan
