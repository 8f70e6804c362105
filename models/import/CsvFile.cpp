#include "models/import/CsvFile.h"

#include "models/import/CsvRecordQueue.h"

#include <QFileInfo>

#include <thread>

namespace caravan {

namespace {
// Read ahead: up to three batches of 4096 records (a few MB) between the reading thread and the import.
constexpr int kBatches = 3;
constexpr int kRowsPerBatch = 4096;
} // namespace

Status CsvFile::open(const QString &path, const CsvOptions &options)
{
    m_path = path;
    m_file = std::make_unique<QFile>(path);
    if (!m_file->open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, m_file->errorString()));
    m_size = m_file->size();
    m_reader = std::make_unique<CsvReader>(m_file.get(), options);
    return m_reader->open();
}

QString CsvFile::fileName() const
{
    return QFileInfo(m_path).fileName();
}

Result<QStringList> CsvFile::openWithHeader(const QString &path, const QString &encoding)
{
    CsvOptions csv;
    csv.encoding = encoding;
    if (auto st = open(path, csv); !st)
        return st.error();
    return readHeader();
}

Result<QStringList> CsvFile::readHeader()
{
    if (!m_reader->next()) {
        if (m_reader->error())
            return *m_reader->error();
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is empty: no header row").arg(fileName()));
    }
    const CsvRecord &r = m_reader->record();
    QStringList names;
    names.reserve(r.size());
    for (int i = 0; i < r.size(); ++i)
        names.append(r.trimmed(i).toLower());
    return names;
}

Status CsvFile::forEach(ImportContext &context, int columns, qint64 bytesBefore, const RowHandler &handle)
{
    // The file is read and split into records on a second thread, a few batches ahead of the import.
    CsvReader &reader = *m_reader;
    CsvRecordQueue queue(kBatches, kRowsPerBatch);
    std::thread reading([&reader, &queue] {
        while (CsvBatch *batch = queue.emptyBatch()) {
            while (batch->size < kRowsPerBatch && reader.next()) {
                const auto at = static_cast<std::size_t>(batch->size++);
                reader.takeRecord(batch->records[at]);
                batch->bytesRead[at] = reader.bytesRead();
            }
            const bool full = batch->size == kRowsPerBatch;
            queue.push(batch);
            if (!full)
                break;
        }
        queue.finish();
    });
    Status status;
    while (CsvBatch *batch = queue.pop()) {
        for (std::size_t i = 0; status && i < static_cast<std::size_t>(batch->size); ++i)
            status = importRecord(context, columns, batch->records[i], bytesBefore + batch->bytesRead[i], handle);
        queue.recycle(batch);
        if (!status)
            break;
    }
    queue.stop();
    reading.join();
    if (!status)
        return status;
    if (const qint64 invalid = reader.invalidUtf8Bytes(); invalid > 0)
        context.issues().warn(fileName(), QStringLiteral("%1 bytes were not valid UTF-8 and were read as Latin-1; "
                                                         "name the encoding with --encoding")
                                              .arg(invalid));
    if (reader.error())
        return makeError(reader.error()->code, QStringLiteral("%1: %2").arg(fileName(), reader.error()->message));
    return {};
}

Status CsvFile::importRecord(ImportContext &context, int columns, const CsvRecord &r, qint64 bytesDone,
                             const RowHandler &handle)
{
    RowOutcome outcome = RowOutcome::imported();
    if (!r.problem().isEmpty())
        outcome = RowOutcome::rejected(r.problem());
    else if (columns > 0 && r.size() != columns)
        outcome = RowOutcome::rejected(QStringLiteral("expected %1 columns, found %2").arg(columns).arg(r.size()));
    else
        outcome = handle(r);
    const bool rejected = outcome.kind() == RowOutcome::Kind::Rejected;
    if (auto counted = context.count(outcome, r.line(), rejected ? r.rawText() : QString()); !counted)
        return counted;
    return context.advance(bytesDone);
}

} // namespace caravan
