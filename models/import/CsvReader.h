#pragma once

#include "models/core/Result.h"
#include "models/import/TextEncoding.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <vector>

class QIODevice;

namespace caravan {

// One CSV record: its fields as UTF-8, the line it starts on (a quoted field may span lines) and the
// record's raw text, so that a rejected row can be stored exactly as it was.
class CsvRecord {
public:
    int size() const { return static_cast<int>(m_ends.size()); }
    QByteArrayView field(int index) const;
    QString text(int index) const { return QString::fromUtf8(field(index)); }
    // The trimmed text of a field, or an empty string past the last field.
    QString trimmed(int index) const;
    qint64 line() const { return m_line; }
    QByteArrayView raw() const { return m_raw; }
    QString rawText() const { return QString::fromUtf8(m_raw); }
    // Set when the record is malformed (an unterminated quote at the end of the input).
    const QString &problem() const { return m_problem; }

private:
    friend class CsvReader;
    QByteArray m_data;       // field contents, back to back
    std::vector<int> m_ends; // end offset of each field in m_data
    QByteArray m_raw;
    qint64 m_line = 0;
    QString m_problem;
};

struct CsvOptions {
    QString encoding;                         // canonical name; empty: detect
    char delimiter = '\0';                    // '\0': sniff among , ; tab |
    qint64 maxRecordBytes = 64 * 1024 * 1024; // a longer record means a runaway quote
};

// Streaming RFC 4180 reader: reads the device in chunks and keeps only the current record in memory.
// Handles quoted fields with doubled quotes and line breaks, CRLF/LF/CR line ends, a byte order mark,
// blank lines, and a DOS end-of-file mark (Ctrl-Z). Input in any supported encoding comes out as UTF-8.
class CsvReader {
public:
    explicit CsvReader(QIODevice *device, CsvOptions options = {});
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    // Detects encoding and delimiter (unless given) from the start of the device.
    Status open();
    const QString &encoding() const { return m_encoding; }
    char delimiter() const { return m_delimiter; }

    // Reads the next record; false at the end of input or when reading failed (see error()).
    bool next();
    const CsvRecord &record() const { return m_record; }
    // Moves the current record into `into`, its raw text copied so that it outlives the reader's buffer; the
    // reader goes on in `into`'s old buffers (a record kept for another thread, without allocating each time).
    void takeRecord(CsvRecord &into);
    // The error that stopped reading (device failure, a record over the size limit), if any.
    const std::optional<Error> &error() const { return m_error; }
    // Bytes taken from the device so far, for progress.
    qint64 bytesRead() const { return m_bytesRead; }
    // Bytes of a UTF-8 input that were not valid UTF-8 (read as Latin-1).
    qint64 invalidUtf8Bytes() const { return m_transcoder ? m_transcoder->invalidBytes() : 0; }

private:
    enum class Parse { Complete, NeedMore, TooLong };
    Parse parseRecord();
    bool fill(qint64 atLeast);
    char sniffDelimiter(QByteArrayView utf8Sample) const;

    QIODevice *m_device;
    CsvOptions m_options;
    QString m_encoding;
    char m_delimiter = ',';
    std::unique_ptr<Utf8Transcoder> m_transcoder;
    QByteArray m_buffer; // UTF-8, from the start of the current record
    qsizetype m_pos = 0;
    qint64 m_line = 1;
    qint64 m_bytesRead = 0;
    bool m_deviceAtEnd = false;
    bool m_finished = false;
    CsvRecord m_record;
    std::optional<Error> m_error;
};

} // namespace caravan
