#include "models/import/ServerImport.h"

#include "models/storage/CaseFile.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerCaseCopy.h"

#include <QTemporaryDir>

namespace caravan {

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
    auto summary = job.run(**staging, progress);
    if (!summary || summary->skippedDuplicate)
        return summary;
    progress.setStatus(QStringLiteral("sending to the server"));
    if (auto pushed = servercopy::pushImported((*staging)->handle(), pg, *marks, progress); !pushed)
        return serverCase.refused(pushed.error(), QStringLiteral("import"));
    if (auto st = tx.commit(); !st)
        return st.error();
    return summary;
}

} // namespace caravan
