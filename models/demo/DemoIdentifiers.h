#pragma once

#include "models/demo/DemoRandom.h"

#include <QDate>
#include <QString>

#include <utility>
#include <vector>

namespace caravan::demo {

// Registry identifiers of the right shape and with valid check digits, so that validators and
// investigators see numbers that could be real: kz-bin (12 digits), ru-inn (10 or 12), ru-ogrn (13),
// lei (20 characters, ISO 17442 mod 97), eu-vat, and the national numbers of the other countries.
class DemoIdentifiers {
public:
    static QString kzBin(DemoRandom &random, const QDate &registered);
    static QString kzIin(DemoRandom &random, const QDate &born); // a person's 12-digit IIN
    static QString ruInn(DemoRandom &random);                    // a company's 10-digit INN
    static QString ruPersonInn(DemoRandom &random);              // a person's 12-digit INN
    static QString ruOgrn(DemoRandom &random, const QDate &registered);
    static QString lei(DemoRandom &random);
    static QString euVat(DemoRandom &random, const QString &country);
    static QString digits(DemoRandom &random, int count);

    // The identifiers a company of `country` gets as (scheme, value) pairs.
    static std::vector<std::pair<QString, QString>> forCompany(DemoRandom &random, const QString &country,
                                                               const QDate &registered);

    static bool validKzBin(const QString &bin);
    static bool validRuInn(const QString &inn);
    static bool validRuOgrn(const QString &ogrn);
    static bool validLei(const QString &lei);
};

} // namespace caravan::demo
