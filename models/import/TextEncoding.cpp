#include "models/import/TextEncoding.h"

namespace caravan {

namespace encoding {

std::optional<QString> canonicalName(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.remove(u'_');
    if (n == u"utf-8" || n == u"utf8")
        return QString::fromLatin1(kUtf8);
    if (n == u"utf-16le" || n == u"utf16le" || n == u"utf-16" || n == u"utf16")
        return QString::fromLatin1(kUtf16Le);
    if (n == u"utf-16be" || n == u"utf16be")
        return QString::fromLatin1(kUtf16Be);
    if (n == u"windows-1251" || n == u"cp1251" || n == u"win1251" || n == u"1251")
        return QString::fromLatin1(kWindows1251);
    if (n == u"koi8-r" || n == u"koi8r" || n == u"koi8")
        return QString::fromLatin1(kKoi8R);
    if (n == u"latin-1" || n == u"latin1" || n == u"iso-8859-1" || n == u"iso8859-1" || n == u"l1")
        return QString::fromLatin1(kLatin1);
    return std::nullopt;
}

QString supportedNames()
{
    return QStringLiteral("utf-8, utf-16le, utf-16be, windows-1251, koi8-r, latin-1");
}

int bomLength(QByteArrayView bytes, const QString &name)
{
    if (name == QLatin1String(kUtf8) && bytes.startsWith("\xEF\xBB\xBF"))
        return 3;
    if (name == QLatin1String(kUtf16Le) && bytes.startsWith("\xFF\xFE"))
        return 2;
    if (name == QLatin1String(kUtf16Be) && bytes.startsWith("\xFE\xFF"))
        return 2;
    return 0;
}

namespace {

// UTF-16 without a byte order mark: ASCII text has a zero in every other byte.
std::optional<QString> detectUtf16WithoutBom(QByteArrayView sample)
{
    const qsizetype n = std::min<qsizetype>(sample.size(), 4096) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += sample[i] == '\0';
        oddZeros += sample[i + 1] == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 10 > pairs * 6 && evenZeros * 10 < pairs)
        return QString::fromLatin1(kUtf16Le);
    if (evenZeros * 10 > pairs * 6 && oddZeros * 10 < pairs)
        return QString::fromLatin1(kUtf16Be);
    return std::nullopt;
}

bool isValidUtf8(QByteArrayView sample)
{
    QStringDecoder decoder(QStringConverter::Utf8);
    // A sequence cut at the end of the sample is not an error: the decoder keeps it as state.
    const QString text = decoder.decode(sample);
    return !decoder.hasError();
}

bool isCyrillic(QChar c)
{
    return c.unicode() >= 0x0400 && c.unicode() <= 0x04FF;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

// How Russian a text looks: the number of its most frequent letters (о е а и н т с р), any case.
qsizetype russianScore(const QString &text)
{
    static const QString frequent = QStringLiteral("оеаинтср");
    qsizetype score = 0;
    for (const QChar c : text)
        if (isCyrillic(c) && frequent.contains(c.toLower()))
            ++score;
    return score;
}

// An 8-bit sample that is not UTF-8: Cyrillic (Windows-1251 or KOI8-R) or Western (Latin-1).
QString detectSingleByte(QByteArrayView sample)
{
    const QString as1251 = QStringDecoder("windows-1251").decode(sample);
    // Cyrillic text read as Windows-1251 gives runs of Cyrillic letters; Western text gives a
    // Cyrillic letter stuck between Latin ones ("Cafй", "Mьller").
    qsizetype cyrillicPairs = 0;
    qsizetype mixedPairs = 0;
    for (qsizetype i = 1; i < as1251.size(); ++i) {
        const QChar a = as1251.at(i - 1);
        const QChar b = as1251.at(i);
        if (isCyrillic(a) && isCyrillic(b))
            ++cyrillicPairs;
        else if ((isCyrillic(a) && isAsciiLetter(b)) || (isAsciiLetter(a) && isCyrillic(b)))
            ++mixedPairs;
    }
    if (cyrillicPairs <= mixedPairs * 2)
        return QString::fromLatin1(kLatin1);
    const QString asKoi8 = QStringDecoder("KOI8-R").decode(sample);
    return russianScore(asKoi8) > russianScore(as1251) ? QString::fromLatin1(kKoi8R)
                                                       : QString::fromLatin1(kWindows1251);
}

} // namespace

Detected detect(QByteArrayView sample)
{
    if (sample.startsWith("\xEF\xBB\xBF"))
        return {QString::fromLatin1(kUtf8), 3};
    if (sample.startsWith("\xFF\xFE"))
        return {QString::fromLatin1(kUtf16Le), 2};
    if (sample.startsWith("\xFE\xFF"))
        return {QString::fromLatin1(kUtf16Be), 2};
    if (auto utf16 = detectUtf16WithoutBom(sample))
        return {*utf16, 0};
    if (isValidUtf8(sample))
        return {QString::fromLatin1(kUtf8), 0};
    return {detectSingleByte(sample), 0};
}

} // namespace encoding

namespace {

QStringDecoder decoderFor(const QString &name)
{
    if (name == QLatin1String(encoding::kUtf16Le))
        return QStringDecoder(QStringConverter::Utf16LE);
    if (name == QLatin1String(encoding::kUtf16Be))
        return QStringDecoder(QStringConverter::Utf16BE);
    if (name == QLatin1String(encoding::kLatin1))
        return QStringDecoder(QStringConverter::Latin1);
    if (name == QLatin1String(encoding::kUtf8))
        return QStringDecoder(QStringConverter::Utf8);
    // Windows-1251 and KOI8-R come from ICU and are only known by name.
    return QStringDecoder(name.toLatin1().constData());
}

} // namespace

Utf8Transcoder::Utf8Transcoder(const QString &canonicalEncoding)
    : m_passThrough(canonicalEncoding == QLatin1String(encoding::kUtf8)), m_decoder(decoderFor(canonicalEncoding))
{
}

void Utf8Transcoder::feed(QByteArrayView chunk, QByteArray &out)
{
    if (m_passThrough) {
        if (m_atStart && chunk.startsWith("\xEF\xBB\xBF"))
            chunk = chunk.sliced(3);
        m_atStart = false;
        feedUtf8(chunk, out);
        return;
    }
    m_atStart = false;
    // The decoder drops a leading byte order mark itself.
    const QString text = m_decoder.decode(chunk);
    out.append(text.toUtf8());
}

namespace {

// The length of the valid UTF-8 sequence at `p` (1-4), 0 if invalid, -1 if cut off by `end`.
int utf8SequenceLength(const unsigned char *p, const unsigned char *end)
{
    const unsigned char b = *p;
    int length = 0;
    unsigned char min2 = 0x80, max2 = 0xBF;
    if (b >= 0xC2 && b <= 0xDF)
        length = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
        length = 3;
        min2 = b == 0xE0 ? 0xA0 : 0x80;
        max2 = b == 0xED ? 0x9F : 0xBF;
    } else if (b >= 0xF0 && b <= 0xF4) {
        length = 4;
        min2 = b == 0xF0 ? 0x90 : 0x80;
        max2 = b == 0xF4 ? 0x8F : 0xBF;
    } else
        return 0;
    for (int i = 1; i < length; ++i) {
        if (p + i >= end)
            return -1;
        const unsigned char c = p[i];
        if (i == 1 ? (c < min2 || c > max2) : (c < 0x80 || c > 0xBF))
            return 0;
    }
    return length;
}

} // namespace

void Utf8Transcoder::feedUtf8(QByteArrayView chunk, QByteArray &out)
{
    QByteArray joined;
    if (!m_carry.isEmpty()) {
        joined = m_carry + chunk.toByteArray();
        m_carry.clear();
        chunk = joined;
    }
    const auto *p = reinterpret_cast<const unsigned char *>(chunk.data());
    const auto *end = p + chunk.size();
    const auto *run = p; // start of bytes not yet copied
    while (p < end) {
        if (*p < 0x80) {
            ++p;
            continue;
        }
        const int length = utf8SequenceLength(p, end);
        if (length > 0) {
            p += length;
            continue;
        }
        out.append(reinterpret_cast<const char *>(run), p - run);
        if (length < 0) { // cut off: wait for the next chunk
            m_carry = QByteArray(reinterpret_cast<const char *>(p), end - p);
            return;
        }
        // Not UTF-8: the byte as Latin-1.
        ++m_invalidBytes;
        out.append(char(0xC0 | (*p >> 6)));
        out.append(char(0x80 | (*p & 0x3F)));
        run = ++p;
    }
    out.append(reinterpret_cast<const char *>(run), end - run);
}

void Utf8Transcoder::finish(QByteArray &out)
{
    if (m_passThrough) {
        // A sequence cut off by the end of the input: its bytes as Latin-1.
        for (const char c : std::as_const(m_carry)) {
            ++m_invalidBytes;
            const auto b = static_cast<unsigned char>(c);
            out.append(char(0xC0 | (b >> 6)));
            out.append(char(0x80 | (b & 0x3F)));
        }
        m_carry.clear();
        return;
    }
    const QString rest = m_decoder.decode(QByteArrayView());
    out.append(rest.toUtf8());
}

} // namespace caravan
