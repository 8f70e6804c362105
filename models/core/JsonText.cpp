#include "models/core/JsonText.h"

#include <QLocale>

#include <cmath>

namespace caravan::json {

void appendString(QByteArray &out, QStringView text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    qsizetype plainFrom = 0;
    // Runs of characters that need no escape go out in one conversion; quotes, backslashes and control
    // characters are escaped as QJsonDocument escapes them.
    auto flush = [&](qsizetype upTo) {
        if (upTo > plainFrom)
            out += text.mid(plainFrom, upTo - plainFrom).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t u = text[i].unicode();
        if (u >= 0x20 && u != u'"' && u != u'\\')
            continue;
        flush(i);
        plainFrom = i + 1;
        out += '\\';
        switch (u) {
        case u'"':
            out += '"';
            break;
        case u'\\':
            out += '\\';
            break;
        case u'\b':
            out += 'b';
            break;
        case u'\f':
            out += 'f';
            break;
        case u'\n':
            out += 'n';
            break;
        case u'\r':
            out += 'r';
            break;
        case u'\t':
            out += 't';
            break;
        default:
            out += "u00";
            out += kHex[(u >> 4) & 0xf];
            out += kHex[u & 0xf];
        }
    }
    flush(text.size());
    out += '"';
}

void appendNumber(QByteArray &out, double value)
{
    if (std::isfinite(value))
        out += QByteArray::number(value, 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}

void appendInteger(QByteArray &out, qint64 value)
{
    out += QByteArray::number(value);
}

void appendStrings(QByteArray &out, const QStringList &texts)
{
    out += '[';
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (i > 0)
            out += ',';
        appendString(out, texts[i]);
    }
    out += ']';
}

namespace {

template <typename T> void appendList(QByteArray &out, const std::vector<T> &values, void (*one)(QByteArray &, T))
{
    out += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0)
            out += ',';
        one(out, values[i]);
    }
    out += ']';
}

void appendInt(QByteArray &out, int value)
{
    appendInteger(out, value);
}

} // namespace

void appendNumbers(QByteArray &out, const std::vector<double> &values)
{
    appendList(out, values, &appendNumber);
}

void appendIntegers(QByteArray &out, const std::vector<int> &values)
{
    appendList(out, values, &appendInt);
}

void appendKey(QByteArray &out, const char *key)
{
    out += '"';
    out += key;
    out += "\":";
}

} // namespace caravan::json
