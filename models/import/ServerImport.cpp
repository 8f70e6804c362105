#include "models/import/ServerImport.h"

#include "models/storage/CaseFile.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerCaseCopy.h"
#include "models/storage/ServerShipmentStream.h"

#include <QFile>
#include <QTemporaryDir>

namespace caravan {

namespace {

// How many rows a file holds, to tell a large load from a small one before reading it: its size over the mean length
// of the lines in its first 64 KiB.
qint64 estimatedRows(const QString &path, qint64 totalBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray head = file.read(64 * 1024);
    const qsizetype lines = head.count('\n');
    return lines == 0 ? 1 : totalBytes * lines / head.size();
}

} // namespace

Result<ImportSummary> importIntoServer(ImportJob &job, ServerCase &serverCase, Progress &progress)
{
    const QString format = job.format();
    if (format != u"caravan-csv" && format != u"csv")
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("importing %1 into a server case is not available yet (Caravan CSV and mapped "
                                        "CSV are); import it into a case file and copy that")
                             .arg(format));
    if (serverCase.role() == CaseRole::Reader)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is a reader of the case %2 and may not import")
                             .arg(serverCase.connection().user(), serverCase.address().caseName()));
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Io, QStringLiteral("cannot make a staging folder: %1").arg(dir.errorString()));
    auto staging = CaseFile::create(dir.filePath(QStringLiteral("staging.caravan")));
    if (!staging)
        return staging.error();

    PgConnection &pg = serverCase.connection();
    PgTransaction tx(pg);
    if (!tx.isActive())
        return tx.error();
    // The load is one transaction that can be replayed from its file: it need not wait for its WAL to reach disk.
    if (auto st = pg.execute(QStringLiteral("SET LOCAL synchronous_commit = off")); !st)
        return st.error();
    auto marks = servercopy::pullForImport(pg, serverCase.address().caseName(), (*staging)->handle(), progress);
    if (!marks)
        return marks.error();
    // Shipments go to the server as they are read; the rest (the source, entities a mapping creates, rejected rows,
    // the audit entry) through the staging file after them.
    std::unique_ptr<ServerShipmentStream> shipments;
    if (job.kind() == u"shipments") {
        auto stream = ServerShipmentStream::begin(pg, estimatedRows(job.path(), job.totalBytes()));
        if (!stream)
            return serverCase.refused(stream.error(), QStringLiteral("import"));
        shipments = stream.takeValue();
    }
    auto summary = job.run(**staging, progress, shipments.get());
    if (!summary || summary->skippedDuplicate)
        return summary; // the stream fails its COPY as it goes, and the transaction is rolled back
    progress.setStatus(QStringLiteral("sending to the server"));
    if (shipments)
        if (auto st = shipments->finish(); !st)
            return serverCase.refused(st.error(), QStringLiteral("import"));
    if (auto pushed = servercopy::pushImported((*staging)->handle(), pg, *marks, progress); !pushed)
        return serverCase.refused(pushed.error(), QStringLiteral("import"));
    if (shipments) {
        progress.setStatus(QStringLiteral("indexing on the server"));
        if (auto st = shipments->land(); !st)
            return serverCase.refused(st.error(), QStringLiteral("import"));
    }
    if (auto st = tx.commit(); !st)
        return st.error();
    return summary;
}

} // namespace caravan
