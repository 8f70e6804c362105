#pragma once

#include <QByteArray>

namespace caravan::test {

// Customs extracts in the shapes investigators receive them, written here by hand (not by the demo generator).
// Each holds the same three goods items: Bauteile GmbH (DE, no code) -> a Kazakh company (KZ, BIN
// 190240012345) on 15 March 2023, then the Kazakh company -> a Russian one (RU, INN 7701234567), two items of
// one declaration on 2 April 2023. Single-byte Cyrillic files spell the Kazakh name in Russian letters.
namespace customs {

// Russian: Windows-1251, ';', dd.MM.yyyy, decimal commas with space thousands, "№ п/п" running numbers,
// declaration number and item number in two columns, parties by name and by code.
QByteArray russianExtract();
// Kazakh headers: UTF-8 with a byte order mark, ',', ISO dates, decimal points.
QByteArray kazakhExtract();
// English headers: UTF-8, ',', MM/dd/yyyy (a day past the 12th tells), "15,300.50".
QByteArray englishExtract();
// Numbered EAEU boxes ("Графа 2", "Гр.33", "38 Вес нетто (кг)"): KOI8-R, ";", dd.MM.yy, currency
// as 840, countries by Russian name or numeric code.
QByteArray numberedExtract();

} // namespace customs

} // namespace caravan::test
