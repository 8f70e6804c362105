#pragma once

#include <QByteArray>
#include <QString>

namespace caravan {
class CaseFile;
}

namespace caravan::test {

// A small case written by hand in the shape of a real investigation: Cyrillic and Kazakh names, an ownership chain,
// a designation, shipments with awkward quantities, a rejected row, marks, a decision, a setting, and text with
// the characters COPY escapes (tab, newline, carriage return, backslash, a literal \N) beside NULLs and empty text.
void buildSmallCase(CaseFile &file);
// `count` shipments among 40 companies of six countries (one source, one transaction).
void buildShipmentCase(CaseFile &file, int count);
// The content digest of the case file at `path` (models/storage/CaseDigest), hex.
QByteArray digestOfFile(const QString &path);

} // namespace caravan::test
