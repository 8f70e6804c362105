#pragma once

#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace caravan {

// How a file writes dates, decimals and lists, told from the values of a sample of its rows (not from the
// machine's locale): "15.03.2023" is dd.MM.yyyy, "03/15/2023" MM/dd/yyyy, "15 300,50" has a decimal comma.
struct ValueFormats {
    QString dateFormat;         // a Qt date format; empty when no date value was seen
    int dateValues = 0;         // non-empty date values in the sample
    int dateParsed = 0;         // of them, read by dateFormat
    bool dateAmbiguous = false; // day and month could be swapped: no value was past the 12th
    QString dateExample;        // a value read by dateFormat

    QChar decimalSeparator = u'.';
    QString decimalExample; // the value that decided; empty when nothing did and it was guessed
    QChar listSeparator = u';';
    QString listExample; // the value that decided; empty when guessed

    // Detects from the sample: `dates` the values of date fields, `numbers` of number fields, `lists` of
    // list fields. `delimiter` (the CSV's) is never the list separator; with no telling number, a ';'
    // delimiter or a Cyrillic encoding means decimal commas.
    static ValueFormats detect(const QStringList &dates, const QStringList &numbers, const QStringList &lists,
                               QChar delimiter, const QString &encoding);

    // The date of `text` in `format` (two-digit years 1970-2069; a time after the date is ignored), or an
    // invalid date.
    static QDate parseDate(const QString &text, const QString &format);
};

} // namespace caravan
