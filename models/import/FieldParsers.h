#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace caravan::fields {

// Value parsers shared by every reader. Each returns nullopt for a value it cannot read; an empty
// text is "no value" and is handled by the caller.

// An ISO date YYYY-MM-DD that exists in the calendar.
std::optional<QString> isoDate(QStringView text);
// A date as OFAC writes it ("12 Jan 1970", "Jan 1970", "1970"), as ISO "1970-01-12", "1970-01", "1970".
std::optional<QString> looseDate(QStringView text);
// An ISO 3166-1 alpha-2 code in any case ("kz" -> "KZ").
std::optional<QString> countryCode(QStringView text);
// The ISO 3166-1 alpha-2 code of a country named in English ("Russia", "United Arab Emirates"), or empty.
QString countryCodeFromName(const QString &name);
// A decimal number with a point ("1234.5"); no thousands separators.
std::optional<double> number(QStringView text);
// The same, straight from UTF-8 bytes (the bulk path: no QString on the way).
std::optional<double> number(QByteArrayView utf8);
// Lower-case letters and digits only, ё as е: "Вес нетто, кг" -> "веснеттокг", "Consignee_Name" -> "consigneename".
// The key headers and names in Cyrillic, Kazakh and Latin letters compare by.
QString squashed(const QString &text);
// "a; b;;c " -> ["a", "b", "c"].
QStringList splitList(const QString &text, QChar separator = u';');

} // namespace caravan::fields
