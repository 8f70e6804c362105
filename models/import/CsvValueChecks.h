#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// The checks of a Caravan CSV's values (models/import/CaravanCsvReader): each fills its `out` with the value as
// stored, or says in `why` which column holds what it could not take. The QString forms serve the small files; the
// QByteArrayView forms serve the bulk path of shipments, which works on the row's UTF-8 bytes and keeps a normalised
// copy in `scratch` only where the value had to change.
namespace caravan::csvchecks {

// `text` in single quotes, as rejection reasons cite values.
QString quoted(const QString &text);

// An optional ISO date (YYYY-MM-DD).
bool optionalDate(const QString &text, const char *column, QString &out, QString &why);
bool optionalDate(QByteArrayView text, const char *column, QByteArrayView &out, QByteArray &scratch, QString &why);
// An optional ISO 3166 two-letter country code, upper-cased.
bool optionalCountry(const QString &text, const char *column, QString &out, QString &why);
bool optionalCountry(QByteArrayView text, const char *column, QByteArrayView &out, QByteArray &scratch, QString &why);
// An optional number.
bool optionalNumber(QByteArrayView text, const char *column, std::optional<double> &out, QString &why);
// The list of transit countries, each checked, as "KZ;KG".
bool transitCountries(QByteArrayView text, QByteArrayView &out, QByteArray &scratch, QString &why);
// hs6Of() of a declared HS code, or false when it has no six digits.
bool hs6(QByteArrayView code, QByteArrayView &out, QByteArray &scratch);
// A currency code, upper-cased: three characters, the first a letter.
bool currency(QByteArrayView text, QByteArrayView &out, QByteArray &scratch);

} // namespace caravan::csvchecks
