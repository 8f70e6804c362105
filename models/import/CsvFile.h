#pragma once

#include "models/import/CsvReader.h"
#include "models/import/ImportContext.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace caravan {

// A CSV file opened for import: the file, its streaming reader, and the loop every CSV-based reader
// shares (count rows, reject malformed records verbatim, report progress, stop on cancel).
class CsvFile {
public:
    using RowHandler = std::function<RowOutcome(const CsvRecord &)>;

    Status open(const QString &path, const CsvOptions &options);
    CsvReader &reader() { return *m_reader; }
    const CsvReader &reader() const { return *m_reader; }
    const QString &path() const { return m_path; }
    QString fileName() const;
    qint64 size() const { return m_size; }

    // The first record, trimmed and lower-cased, as column names.
    Result<QStringList> readHeader();
    // open() with the import's encoding (empty: detect) and the default dialect, then readHeader().
    Result<QStringList> openWithHeader(const QString &path, const QString &encoding);
    // Feeds every remaining record to `handle`. A record with a quoting problem, or with a number of
    // fields other than `columns` (0: any), is rejected without reaching the handler. `bytesBefore` is
    // what earlier files of the same source weigh, for progress over the whole source.
    Status forEach(ImportContext &context, int columns, qint64 bytesBefore, const RowHandler &handle);

private:
    // One record: rejected when malformed, else handled; counted, and progress reported.
    static Status importRecord(ImportContext &context, int columns, const CsvRecord &r, qint64 bytesDone,
                               const RowHandler &handle);

    QString m_path;
    qint64 m_size = 0;
    std::unique_ptr<QFile> m_file;
    std::unique_ptr<CsvReader> m_reader;
};

} // namespace caravan
