#pragma once

#include "models/demo/DemoRandom.h"

#include <QString>
#include <QStringList>

namespace caravan::demo {

// What a company does; picks the words of its name.
enum class Sector { Electronics, Machinery, Food, Pharma, Textile, Trade };

// A name as registered (in the country's script) and the spellings it is also seen with.
struct GeneratedName {
    QString name;
    QStringList aliases;
    QString core; // the name without legal form or quotes, for uniqueness checks
};

// Realistic company and person names, street addresses for the countries the generator uses:
// Latin names with their legal forms for the exporters, Cyrillic (with Kazakh letters) and Latin
// for the transit countries, Russian and Belarusian forms for the importers.
class DemoNames {
public:
    static GeneratedName company(DemoRandom &random, const QString &country, Sector sector);
    // A company name from a given core (in the country's script): "ТОО «Альфа Транзит»" and its spellings.
    static GeneratedName companyFromCore(const QString &country, const QString &core, const QString &form = {});
    static GeneratedName person(DemoRandom &random, const QString &country, bool *female = nullptr);
    static QString address(DemoRandom &random, const QString &country);
    static QString legalForm(DemoRandom &random, const QString &country);
    // Russian and Kazakh Cyrillic to Latin (a simple passport-style table).
    static QString transliterate(const QString &text);
    // Countries that write names in Cyrillic.
    static bool usesCyrillic(const QString &country);
};

} // namespace caravan::demo
