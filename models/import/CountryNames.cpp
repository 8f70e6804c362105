#include "models/import/CountryNames.h"

#include "models/import/FieldParsers.h"

#include <QHash>

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/strenum.h>
#include <unicode/unistr.h>

#include <memory>

namespace caravan::countrynames {

namespace {

QString fromIcu(const icu::UnicodeString &text)
{
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

QHash<QString, QString> buildTable()
{
    QHash<QString, QString> table;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::StringEnumeration> regions(icu::Region::getAvailable(URGN_TERRITORY, status));
    if (U_FAILURE(status) || !regions)
        return table;
    const icu::Locale languages[] = {icu::Locale("ru"), icu::Locale("kk"), icu::Locale("en")};
    while (const char *code = regions->next(nullptr, status)) {
        if (U_FAILURE(status) || std::char_traits<char>::length(code) != 2)
            continue;
        const QString alpha2 = QString::fromLatin1(code);
        const icu::Locale place("", code);
        for (const icu::Locale &language : languages) {
            icu::UnicodeString name;
            place.getDisplayCountry(language, name);
            if (!name.isBogus() && name.length() > 0)
                table.insert(fields::squashed(fromIcu(name)), alpha2);
        }
        if (const char *alpha3 = place.getISO3Country(); alpha3 && std::char_traits<char>::length(alpha3) == 3)
            table.insert(fields::squashed(QString::fromLatin1(alpha3)), alpha2);
        UErrorCode regionStatus = U_ZERO_ERROR;
        if (const icu::Region *region = icu::Region::getInstance(code, regionStatus);
            U_SUCCESS(regionStatus) && region && region->getNumericCode() > 0)
            table.insert(QStringLiteral("%1").arg(region->getNumericCode(), 3, 10, QLatin1Char('0')), alpha2);
    }
    // Official and short forms that declarations and registries use.
    const std::pair<const char *, const char *> aliases[] = {
        {"российская федерация", "RU"},
        {"рф", "RU"},
        {"ресей федерациясы", "RU"},
        {"республика казахстан", "KZ"},
        {"казахстан", "KZ"},
        {"қазақстан республикасы", "KZ"},
        {"кыргызстан", "KG"},
        {"кыргызская республика", "KG"},
        {"киргизия", "KG"},
        {"республика беларусь", "BY"},
        {"белоруссия", "BY"},
        {"республика армения", "AM"},
        {"республика узбекистан", "UZ"},
        {"кнр", "CN"},
        {"китайская народная республика", "CN"},
        {"оаэ", "AE"},
        {"объединенные арабские эмираты", "AE"},
        {"сша", "US"},
        {"соединенные штаты америки", "US"},
        {"соединенное королевство", "GB"},
        {"турецкая республика", "TR"},
        {"туркия", "TR"},
        {"федеративная республика германия", "DE"},
        {"фрг", "DE"},
        {"гонконг", "HK"},
        {"сянган", "HK"},
        {"южная корея", "KR"},
        {"республика корея", "KR"},
    };
    for (const auto &[name, code] : aliases)
        table.insert(fields::squashed(QString::fromUtf8(name)), QString::fromLatin1(code));
    return table;
}

} // namespace

QString codeOf(const QString &text)
{
    static const QHash<QString, QString> table = buildTable();
    QString k = fields::squashed(text);
    bool numeric = !k.isEmpty() && k.size() <= 3;
    for (const QChar c : k)
        numeric = numeric && c.isDigit();
    if (numeric)
        k = k.rightJustified(3, u'0');
    return table.value(k);
}

QString nameOf(const QString &alpha2, const QString &language)
{
    const QString code = alpha2.toUpper();
    if (code.size() != 2)
        return {};
    const icu::Locale place("", code.toLatin1().constData());
    icu::UnicodeString name;
    place.getDisplayCountry(icu::Locale(language.toLatin1().constData()), name);
    // ICU gives the code back for a region it does not know.
    const QString text = name.isBogus() ? QString() : fromIcu(name);
    return text == code ? QString() : text;
}

} // namespace caravan::countrynames
