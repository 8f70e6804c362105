#include "models/import/CsvValueChecks.h"

#include "models/domain/Shipment.h"
#include "models/import/FieldParsers.h"

#include <QDate>

namespace caravan::csvchecks {

namespace {

// The bulk path of shipments works on the row's UTF-8 bytes. Plain ASCII values are checked here; any
// other value goes through the QString checks (Unicode spaces, digits and letters), which also word
// the rejection, so both paths accept and store the same.

bool isAscii(QByteArrayView text)
{
    for (const char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

bool isAsciiLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

char asciiUpper(char c)
{
    return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

int asciiNumber(QByteArrayView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        if (!isAsciiDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// `text` as stored: a view of the row, or of `scratch` holding a normalised copy.
QByteArrayView keep(QByteArray &scratch, const QString &normalised)
{
    scratch = normalised.toUtf8();
    return scratch;
}

} // namespace

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

// Checks an optional ISO date; fills `out` or says why not.
bool optionalDate(const QString &text, const char *column, QString &out, QString &why)
{
    if (text.isEmpty())
        return true;
    const auto date = fields::isoDate(text);
    if (!date) {
        why = QStringLiteral("%1 %2 is not a date (YYYY-MM-DD)").arg(QLatin1String(column), quoted(text));
        return false;
    }
    out = *date;
    return true;
}

bool optionalCountry(const QString &text, const char *column, QString &out, QString &why)
{
    if (text.isEmpty())
        return true;
    const auto code = fields::countryCode(text);
    if (!code) {
        why =
            QStringLiteral("%1 %2 is not an ISO 3166 two-letter country code").arg(QLatin1String(column), quoted(text));
        return false;
    }
    out = *code;
    return true;
}

bool optionalNumber(QByteArrayView text, const char *column, std::optional<double> &out, QString &why)
{
    if (text.isEmpty())
        return true;
    out = fields::number(text);
    if (!out) {
        why = QStringLiteral("%1 %2 is not a number").arg(QLatin1String(column), quoted(QString::fromUtf8(text)));
        return false;
    }
    return true;
}

bool optionalDate(QByteArrayView text, const char *column, QByteArrayView &out, QByteArray &scratch, QString &why)
{
    if (text.isEmpty())
        return true;
    if (text.size() == 10 && text[4] == '-' && text[7] == '-') {
        const int y = asciiNumber(text, 0, 4);
        const int m = asciiNumber(text, 5, 2);
        const int d = asciiNumber(text, 8, 2);
        if (y >= 0 && m >= 0 && d >= 0 && QDate::isValid(y, m, d)) {
            out = text;
            return true;
        }
    }
    QString date;
    if (!optionalDate(QString::fromUtf8(text), column, date, why))
        return false;
    out = keep(scratch, date);
    return true;
}

bool optionalCountry(QByteArrayView text, const char *column, QByteArrayView &out, QByteArray &scratch, QString &why)
{
    if (text.isEmpty())
        return true;
    if (text.size() == 2 && isAsciiLetter(text[0]) && isAsciiLetter(text[1])) {
        scratch.resize(2);
        scratch[0] = asciiUpper(text[0]);
        scratch[1] = asciiUpper(text[1]);
        out = scratch;
        return true;
    }
    QString code;
    if (!optionalCountry(QString::fromUtf8(text), column, code, why))
        return false;
    out = keep(scratch, code);
    return true;
}

// The list of transit countries, each checked, as "KZ;KG".
bool transitCountries(QByteArrayView text, QByteArrayView &out, QByteArray &scratch, QString &why)
{
    scratch.resize(0);
    if (isAscii(text)) {
        for (qsizetype at = 0; at <= text.size();) {
            qsizetype end = text.indexOf(';', at);
            if (end < 0)
                end = text.size();
            const QByteArrayView item = text.sliced(at, end - at).trimmed();
            at = end + 1;
            if (item.isEmpty())
                continue;
            if (item.size() != 2 || !isAsciiLetter(item[0]) || !isAsciiLetter(item[1])) {
                QString code;
                optionalCountry(QString::fromLatin1(item), "transit_countries", code, why);
                return false;
            }
            if (!scratch.isEmpty())
                scratch.append(';');
            scratch.append(asciiUpper(item[0]));
            scratch.append(asciiUpper(item[1]));
        }
        out = scratch;
        return true;
    }
    QStringList codes;
    for (const QString &c : fields::splitList(QString::fromUtf8(text))) {
        QString code;
        if (!optionalCountry(c, "transit_countries", code, why))
            return false;
        codes.append(code);
    }
    out = keep(scratch, codes.join(u';'));
    return true;
}

// hs6Of() of a declared HS code, or false when it has no six digits.
bool hs6(QByteArrayView code, QByteArrayView &out, QByteArray &scratch)
{
    if (!isAscii(code)) {
        out = keep(scratch, hs6Of(QString::fromUtf8(code)));
        return !out.isEmpty();
    }
    scratch.resize(0);
    for (const char c : code) {
        if (isAsciiDigit(c)) {
            if (scratch.size() < 6)
                scratch.append(c);
        } else if (c != '.' && c != ' ') {
            return false;
        }
    }
    out = scratch;
    return scratch.size() == 6;
}

// A currency code, upper-cased: three characters, the first a letter.
bool currency(QByteArrayView text, QByteArrayView &out, QByteArray &scratch)
{
    if (text.isEmpty())
        return true;
    if (!isAscii(text)) {
        const QString code = QString::fromUtf8(text).toUpper();
        out = keep(scratch, code);
        return code.size() == 3 && code.front().isLetter();
    }
    scratch.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i)
        scratch[i] = asciiUpper(text[i]);
    out = scratch;
    return text.size() == 3 && isAsciiLetter(text[0]);
}

} // namespace caravan::csvchecks
