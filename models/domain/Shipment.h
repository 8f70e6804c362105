#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace caravan {

// One customs declaration line: who sent what to whom, when, and how much.
struct Shipment {
    qint64 rowId = 0;
    QString extId; // the declaration's own id
    QDate date;
    qint64 exporter = 0;
    qint64 importer = 0;
    QString hsCode; // as declared (6, 8 or 10 digits)
    QString description;
    std::optional<double> quantity;
    QString unit;
    std::optional<double> weightKg;
    std::optional<double> value;
    QString currency;
    QString originCountry;
    QString destinationCountry;
    QStringList transitCountries;
};

// The HS-6 code of a declared code: "8542.31", "854231" and "8542310000" all give "854231".
// Returns an empty string when fewer than six digits are present.
QString hs6Of(const QString &declaredCode);

} // namespace caravan
