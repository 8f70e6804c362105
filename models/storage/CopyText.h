#pragma once

#include <QByteArray>

#include <optional>

// Values in the text format of PostgreSQL's COPY: fields separated by tabs, rows ended by a newline, NULL as \N.
namespace caravan::copytext {

// A text value with backslash, tab, newline and carriage return escaped; runs without any of them (nearly all text)
// are appended whole.
void appendText(QByteArray &out, const char *text, qsizetype length);
// The shortest decimal text that reads back as the same number.
void appendNumber(QByteArray &out, qint64 value);
void appendNumber(QByteArray &out, double value);
inline void appendNull(QByteArray &out)
{
    out.append("\\N", 2);
}

} // namespace caravan::copytext
