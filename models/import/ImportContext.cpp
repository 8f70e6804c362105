#include "models/import/ImportContext.h"

namespace caravan {

namespace {

// Enough for the parties of a large shipments file; cleared when full so memory stays bounded.
constexpr qsizetype kEntityCacheLimit = 200000;
constexpr int kCancelCheckEvery = 256;

} // namespace

ImportContext::ImportContext(sqlite3 *db, CaseWriter &writer, qint64 sourceId, qint64 totalBytes, Progress &progress)
    : m_db(db), m_writer(writer), m_sourceId(sourceId), m_totalBytes(totalBytes), m_progress(progress)
{
}

Status ImportContext::count(const RowOutcome &outcome, qint64 line, const QString &raw)
{
    switch (outcome.kind()) {
    case RowOutcome::Kind::Imported:
        ++m_imported;
        return {};
    case RowOutcome::Kind::Skipped:
        ++m_skipped;
        return {};
    case RowOutcome::Kind::Rejected:
        return reject(line, outcome.reason(), raw);
    case RowOutcome::Kind::Failed:
        return outcome.error();
    }
    return {};
}

Status ImportContext::reject(qint64 line, const QString &reason, const QString &raw)
{
    ++m_rejected;
    return m_writer.addRejectedRow(m_sourceId, line, reason, raw);
}

Status ImportContext::advance(qint64 bytesDone)
{
    if (++m_sinceCancelCheck < kCancelCheckEvery)
        return {};
    m_sinceCancelCheck = 0;
    if (m_progress.isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled; the case is unchanged"));
    // Report whole per-mille steps only: progress sinks may be slow (a terminal, a queued signal).
    const qint64 step = m_totalBytes > 0 ? bytesDone * 1000 / m_totalBytes : 0;
    if (step != m_lastReported) {
        m_lastReported = step;
        m_progress.setProgress(bytesDone, m_totalBytes);
    }
    return {};
}

qint64 ImportContext::entity(const QString &extId)
{
    return entity(QByteArrayView(extId.toUtf8()));
}

qint64 ImportContext::entity(QByteArrayView utf8ExtId)
{
    if (utf8ExtId.isEmpty())
        return 0;
    if (const qint64 known = m_entityCache.find(utf8ExtId))
        return known;
    const qint64 id = m_writer.entityByExtId(QString::fromUtf8(utf8ExtId));
    if (id > 0)
        rememberEntity(QString::fromUtf8(utf8ExtId), id);
    return id;
}

void ImportContext::rememberEntity(const QString &extId, qint64 rowId)
{
    if (m_entityCache.size() >= kEntityCacheLimit)
        m_entityCache.clear();
    m_entityCache.insert(extId.toUtf8(), rowId);
}

} // namespace caravan
