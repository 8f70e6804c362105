#pragma once

#include "models/core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

#include <optional>

namespace caravan {

// The character encodings the importers read, their canonical names ("utf-8", "utf-16le", "utf-16be",
// "windows-1251", "koi8-r", "latin-1"), detection from a sample of bytes, and conversion to UTF-8.
namespace encoding {

inline constexpr char kUtf8[] = "utf-8";
inline constexpr char kUtf16Le[] = "utf-16le";
inline constexpr char kUtf16Be[] = "utf-16be";
inline constexpr char kWindows1251[] = "windows-1251";
inline constexpr char kKoi8R[] = "koi8-r";
inline constexpr char kLatin1[] = "latin-1";

// The canonical name of an encoding a user typed ("cp1251", "UTF8", "iso-8859-1"...), or nullopt.
std::optional<QString> canonicalName(const QString &name);
// The names accepted on the command line, for messages.
QString supportedNames();

// What a sample of bytes starts with: the encoding and the length of its byte order mark (0 if none).
struct Detected {
    QString name;
    int bomLength = 0;
};
Detected detect(QByteArrayView sample);
// The length of a byte order mark of `name` at the start of `bytes`, or 0.
int bomLength(QByteArrayView bytes, const QString &name);

} // namespace encoding

// Turns a stream of bytes in some encoding into UTF-8, chunk by chunk (multi-byte sequences may span
// chunks). UTF-8 passes through after validation; a byte that is not valid UTF-8 (a Latin-1 byte past the
// sample detection looked at) is read as Latin-1 and counted. The byte order mark, if any, is dropped.
class Utf8Transcoder {
public:
    explicit Utf8Transcoder(const QString &canonicalEncoding);
    // Appends the UTF-8 form of `chunk` to `out`.
    void feed(QByteArrayView chunk, QByteArray &out);
    // Flushes an incomplete trailing sequence (as a replacement character) at the end of input.
    void finish(QByteArray &out);
    bool isPassThrough() const { return m_passThrough; }
    // Bytes of a UTF-8 stream that were not valid UTF-8 and were read as Latin-1.
    qint64 invalidBytes() const { return m_invalidBytes; }

private:
    void feedUtf8(QByteArrayView chunk, QByteArray &out);
    bool m_passThrough = true;
    qint64 m_invalidBytes = 0;
    QByteArray m_carry; // an incomplete UTF-8 sequence at the end of the last chunk
    bool m_atStart = true;
    QStringDecoder m_decoder;
};

} // namespace caravan
