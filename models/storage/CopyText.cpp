#include "models/storage/CopyText.h"

#include <charconv>

namespace caravan::copytext {

void appendText(QByteArray &out, const char *text, qsizetype length)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const char c = text[i];
        const char *escape = c == '\\' ? "\\\\" : c == '\t' ? "\\t" : c == '\n' ? "\\n" : c == '\r' ? "\\r" : nullptr;
        if (!escape)
            continue;
        out.append(text + start, i - start);
        out.append(escape, 2);
        start = i + 1;
    }
    out.append(text + start, length - start);
}

void appendNumber(QByteArray &out, qint64 value)
{
    char number[32];
    const auto r = std::to_chars(number, number + sizeof number, value);
    out.append(number, r.ptr - number);
}

void appendNumber(QByteArray &out, double value)
{
    char number[64];
    const auto r = std::to_chars(number, number + sizeof number, value);
    out.append(number, r.ptr - number);
}

} // namespace caravan::copytext
