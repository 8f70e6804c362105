#include "models/import/CsvReader.h"

#include <QIODevice>

#include <array>
#include <cstring>

namespace caravan {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;
constexpr qint64 kSampleBytes = 64 * 1024;

qint64 countNewlines(const char *from, qsizetype length)
{
    qint64 n = 0;
    const char *end = from + length;
    while ((from = static_cast<const char *>(std::memchr(from, '\n', static_cast<size_t>(end - from))))) {
        ++n;
        ++from;
    }
    return n;
}

} // namespace

QByteArrayView CsvRecord::field(int index) const
{
    if (index < 0 || index >= size())
        return {};
    const int begin = index == 0 ? 0 : m_ends[static_cast<size_t>(index - 1)];
    return QByteArrayView(m_data.constData() + begin, m_ends[static_cast<size_t>(index)] - begin);
}

QString CsvRecord::trimmed(int index) const
{
    return QString::fromUtf8(field(index).trimmed());
}

CsvReader::CsvReader(QIODevice *device, CsvOptions options) : m_device(device), m_options(std::move(options))
{
}

CsvReader::~CsvReader() = default;

Status CsvReader::open()
{
    if (!m_device || !m_device->isReadable())
        return makeError(ErrorCode::Io, QStringLiteral("the file is not open for reading"));
    const QByteArray sample = m_device->peek(kSampleBytes);
    m_encoding = m_options.encoding.isEmpty() ? encoding::detect(sample).name : m_options.encoding;
    m_transcoder = std::make_unique<Utf8Transcoder>(m_encoding);
    if (m_options.delimiter != '\0') {
        m_delimiter = m_options.delimiter;
    } else {
        QByteArray utf8;
        Utf8Transcoder(m_encoding).feed(sample, utf8);
        m_delimiter = sniffDelimiter(utf8);
    }
    return {};
}

char CsvReader::sniffDelimiter(QByteArrayView sample) const
{
    // A delimiter splits the first records into the same number (more than one) of fields.
    constexpr std::array<char, 4> candidates{',', ';', '\t', '|'};
    constexpr int kRecords = 20;
    char best = ',';
    int bestConsistent = 0;
    int bestFields = 1;
    // The last line of a truncated sample may be cut short: leave it out.
    const qsizetype lastBreak = sample.lastIndexOf('\n');
    if (sample.size() == kSampleBytes && lastBreak > 0)
        sample = sample.first(lastBreak + 1);
    for (const char c : candidates) {
        std::vector<int> counts;
        int fields = 1;
        bool quoted = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < kRecords; ++i) {
            const char b = sample[i];
            if (b == '"')
                quoted = !quoted;
            else if (!quoted && b == c)
                ++fields;
            else if (!quoted && b == '\n') {
                counts.push_back(fields);
                fields = 1;
            }
        }
        if (fields > 1 && counts.size() < kRecords)
            counts.push_back(fields);
        if (counts.empty() || counts.front() < 2)
            continue;
        int consistent = 0;
        for (const int n : counts)
            consistent += n == counts.front();
        if (consistent > bestConsistent || (consistent == bestConsistent && counts.front() > bestFields)) {
            best = c;
            bestConsistent = consistent;
            bestFields = counts.front();
        }
    }
    return best;
}

bool CsvReader::fill(qint64 atLeast)
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_device->read(std::max(atLeast, kChunkBytes));
    if (chunk.isEmpty()) {
        if (!m_device->atEnd()) {
            m_error = makeError(ErrorCode::Io, QStringLiteral("cannot read: %1").arg(m_device->errorString()));
            return false;
        }
        m_deviceAtEnd = true;
        m_transcoder->finish(m_buffer);
        // A DOS end-of-file mark (Ctrl-Z) closes files such as OFAC's.
        while (m_buffer.endsWith('\x1A'))
            m_buffer.chop(1);
        return true;
    }
    m_bytesRead += chunk.size();
    m_transcoder->feed(chunk, m_buffer);
    return true;
}

bool CsvReader::next()
{
    if (m_finished)
        return false;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (m_deviceAtEnd) {
                m_finished = true;
                return false;
            }
            if (!fill(kChunkBytes)) {
                m_finished = true;
                return false;
            }
            continue;
        }
        const Parse parsed = parseRecord();
        if (parsed == Parse::NeedMore) {
            const qsizetype pending = m_buffer.size() - m_pos;
            if (pending > m_options.maxRecordBytes) {
                m_error = makeError(ErrorCode::InvalidInput,
                                    QStringLiteral("the record starting at line %1 is longer than %2 MB: a quote is "
                                                   "probably not closed")
                                        .arg(m_line)
                                        .arg(m_options.maxRecordBytes / (1024 * 1024)));
                m_finished = true;
                return false;
            }
            // Grow geometrically so that a long record is re-parsed only a few times.
            if (!fill(std::max<qint64>(kChunkBytes, pending))) {
                m_finished = true;
                return false;
            }
            continue;
        }
        if (m_record.m_raw.isEmpty() && m_record.size() == 1)
            continue; // a blank line
        return true;
    }
}

void CsvReader::takeRecord(CsvRecord &into)
{
    std::swap(into.m_data, m_record.m_data);
    std::swap(into.m_ends, m_record.m_ends);
    std::swap(into.m_problem, m_record.m_problem);
    into.m_line = m_record.m_line;
    const QByteArrayView raw = m_record.m_raw;
    into.m_raw.resize(raw.size());
    if (!raw.isEmpty())
        std::memcpy(into.m_raw.data(), raw.data(), static_cast<std::size_t>(raw.size()));
}

CsvReader::Parse CsvReader::parseRecord()
{
    const char *data = m_buffer.constData();
    const qsizetype end = m_buffer.size();
    const bool atEnd = m_deviceAtEnd;
    const char delimiter = m_delimiter;
    QByteArray &out = m_record.m_data;
    out.resize(0);
    m_record.m_ends.clear();
    m_record.m_problem.clear();
    qint64 newlines = 0;
    qsizetype i = m_pos;
    qsizetype rawEnd = end;

    auto isFieldEnd = [&](char b) { return b == delimiter || b == '\n' || b == '\r'; };
    for (;;) {
        if (i < end && data[i] == '"') {
            ++i;
            for (;;) {
                const auto *quote = static_cast<const char *>(std::memchr(data + i, '"', static_cast<size_t>(end - i)));
                if (!quote) {
                    if (!atEnd)
                        return Parse::NeedMore;
                    out.append(data + i, end - i);
                    newlines += countNewlines(data + i, end - i);
                    i = end;
                    m_record.m_problem = QStringLiteral(
                        "unterminated quoted field (the input ends inside quotes opened on this record)");
                    break;
                }
                const qsizetype q = quote - data;
                out.append(data + i, q - i);
                newlines += countNewlines(data + i, q - i);
                if (q + 1 >= end && !atEnd)
                    return Parse::NeedMore; // a doubled quote may continue in the next chunk
                if (q + 1 < end && data[q + 1] == '"') {
                    out.append('"');
                    i = q + 2;
                    continue;
                }
                i = q + 1;
                break;
            }
            // Text after the closing quote (not RFC 4180, but common) is kept as it is.
            const qsizetype tail = i;
            while (i < end && !isFieldEnd(data[i]))
                ++i;
            out.append(data + tail, i - tail);
        } else {
            const qsizetype start = i;
            while (i < end && !isFieldEnd(data[i]))
                ++i;
            out.append(data + start, i - start);
        }
        m_record.m_ends.push_back(static_cast<int>(out.size()));
        if (i >= end) {
            if (!atEnd)
                return Parse::NeedMore;
            rawEnd = end;
            break;
        }
        if (data[i] == delimiter) {
            ++i;
            continue;
        }
        rawEnd = i;
        if (data[i] == '\r') {
            if (i + 1 >= end && !atEnd)
                return Parse::NeedMore;
            i += (i + 1 < end && data[i + 1] == '\n') ? 2 : 1;
        } else {
            ++i;
        }
        ++newlines;
        break;
    }
    m_record.m_raw = QByteArray::fromRawData(data + m_pos, rawEnd - m_pos);
    m_record.m_line = m_line;
    m_line += newlines;
    m_pos = i;
    return Parse::Complete;
}

} // namespace caravan
