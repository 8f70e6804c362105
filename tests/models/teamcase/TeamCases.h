#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace caravan {
class CaseFile;
class PgConnection;
} // namespace caravan

namespace caravan::test {

// A small case written by hand in the shape of a real investigation: Cyrillic and Kazakh names, an ownership chain,
// a designation, shipments with awkward quantities, a rejected row, marks, a decision, a setting, and text with
// the characters COPY escapes (tab, newline, carriage return, backslash, a literal \N) beside NULLs and empty text.
void buildSmallCase(CaseFile &file);
// `count` shipments among 40 companies of six countries (one source, one transaction).
void buildShipmentCase(CaseFile &file, int count);
// The content digest of the case file at `path` (models/storage/CaseDigest), hex.
QByteArray digestOfFile(const QString &path);
// Runs caravan-cli; REQUIREs the exit status and returns stdout (stderr into errorOut). Both go into the failure
// message.
QByteArray cliOk(const QStringList &arguments, int expectedExit = 0, QByteArray *errorOut = nullptr);
// The one value of a query that REQUIREs one row: as a number, or as text.
qint64 scalar(PgConnection &pg, const QString &sql);
QString scalarText(PgConnection &pg, const QString &sql);

} // namespace caravan::test
