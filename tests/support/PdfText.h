#pragma once

#include <QString>

namespace caravan::test {

// What poppler's tools see in a PDF (poppler-utils, installed by packaging/deps.sh).
// The text with whitespace collapsed to single spaces (words wrap differently from one layout to the next).
QString pdfText(const QString &pdf);
// The page count; fails the test when poppler does not accept the file as a PDF.
int pdfPages(const QString &pdf);
// pdffonts' table.
QString pdfFonts(const QString &pdf);

} // namespace caravan::test
