#include "models/storage/CaseFileProbe.h"

#include "models/storage/Schema.h"

#include <QFile>
#include <QFileInfo>

namespace caravan {

namespace {

quint32 bigEndian32(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 bigEndian16(const QByteArray &bytes, int offset)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData() + offset);
    return (quint32(p[0]) << 8) | quint32(p[1]);
}

} // namespace

Result<CaseFileHeader> probeCaseFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return makeError(ErrorCode::NotFound, QStringLiteral("%1: no such file").arg(path));
    if (!info.isFile())
        return makeError(ErrorCode::NotACase, QStringLiteral("%1 is not a file").arg(path));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray header = file.read(100);
    static const QByteArray magic("SQLite format 3\0", 16);
    if (header.size() < 100 || !header.startsWith(magic))
        return makeError(ErrorCode::NotACase,
                         QStringLiteral("%1 is not a Caravan case file (it is not an SQLite database)").arg(name));

    CaseFileHeader result;
    result.fileSize = info.size();
    quint32 pageSize = bigEndian16(header, 16);
    result.pageSize = pageSize == 1 ? 65536 : pageSize;
    const quint32 changeCounter = bigEndian32(header, 24);
    const quint32 pages = bigEndian32(header, 28);
    const quint32 validFor = bigEndian32(header, 92);
    if (validFor == changeCounter)
        result.declaredPages = pages;
    result.schemaVersion = static_cast<int>(bigEndian32(header, 60));
    result.applicationId = static_cast<int>(bigEndian32(header, 68));

    // A rollback journal next to the file: a write in progress, or one a crash interrupted that SQLite rolls back on
    // the next open. Until then the header and the size may disagree: SQLite's own checks after opening decide.
    const QFileInfo journal(path + QStringLiteral("-journal"));
    if (journal.exists() && journal.size() > 0)
        return result;
    // While a WAL holds pages not yet copied back, the main file may be behind or ahead of its header (a
    // checkpoint writes page 1 before the pages past the old end, and may be killed in between): the size,
    // identity and version checks then wait for SQLite's own answer after opening (CaseFile::open repeats them).
    const QFileInfo wal(path + QStringLiteral("-wal"));
    const bool headerMayLag = wal.exists() && wal.size() > 0;
    if (result.pageSize < 512 || (result.fileSize % result.pageSize) != 0 ||
        (!headerMayLag && result.fileSize < result.declaredPages * result.pageSize))
        return makeError(
            ErrorCode::Corrupt,
            QStringLiteral("%1 is damaged: the file is shorter than its header says (truncated?)").arg(name));
    if (headerMayLag)
        return result;
    if (result.applicationId != schema::kApplicationId)
        return makeError(ErrorCode::NotACase,
                         QStringLiteral("%1 is an SQLite database but not a Caravan case file").arg(name));
    if (result.schemaVersion > schema::kCurrentVersion)
        return makeError(ErrorCode::NewerSchema,
                         QStringLiteral("%1 was written by a newer Caravan (case schema %2; this version reads up "
                                        "to %3). Update Caravan to open it.")
                             .arg(name)
                             .arg(result.schemaVersion)
                             .arg(schema::kCurrentVersion));
    return result;
}

} // namespace caravan
