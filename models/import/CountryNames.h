#pragma once

#include <QString>

namespace caravan::countrynames {

// The ISO 3166-1 alpha-2 code of a country as customs extracts write it beside the two-letter code: its name in
// Russian, Kazakh or English ("Россия", "Российская Федерация", "Ресей", "Germany"), the numeric code of ISO 3166
// and the EAEU classifier of countries ("643", "276", "051"), or the alpha-3 code ("RUS"). Empty when unknown.
// Names come from ICU's locale data, so every country is covered, with the short forms extracts use (РФ, КНР, ОАЭ).
QString codeOf(const QString &text);

// The country's name in a language ("ru", "kk", "en"; ICU's locale data): "Казахстан" for "KZ" in Russian. Empty when
// the code is not a country ICU knows.
QString nameOf(const QString &alpha2, const QString &language);

} // namespace caravan::countrynames
