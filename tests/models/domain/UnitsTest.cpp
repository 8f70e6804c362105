#include "models/domain/Units.h"

#include <catch2/catch.hpp>

using namespace caravan;

namespace {

// The canonical unit and factor of a spelling, as "kg*0.001"; "unknown" when the vocabulary does not know it.
std::string conv(const char *spelling)
{
    const auto c = units::lookup(std::string_view(spelling));
    if (!c)
        return "unknown";
    return std::string(units::canonicalName(c->unit)) + "*" + QString::number(c->factor, 'g', 12).toStdString();
}

} // namespace

TEST_CASE("mass units: Rec 20 codes, Russian abbreviations, OKEI codes and English words map to kg")
{
    for (const char *s :
         {"kg", "KG", "Kg.", " kgs ", "KGM", "kilogram", "Kilograms", "кг", "КГ", "кг.", "166", "166 кг", "килограмм"})
        CHECK(conv(s) == "kg*1");
    for (const char *s : {"g", "GRM", "gram", "grams", "г", "гр.", "163"})
        CHECK(conv(s) == "kg*0.001");
    for (const char *s : {"t", "T", "TNE", "tonne", "tonnes", "т", "тн", "тонна", "168", "MT"})
        CHECK(conv(s) == "kg*1000");
    CHECK(conv("CTM") == "kg*0.0002");
    CHECK(conv("162") == "kg*0.0002");
    CHECK(conv("lbs") == "kg*0.45359237");
}

TEST_CASE("counted units: pieces, thousands of pieces, sets and pairs in every spelling family")
{
    for (const char *s : {"pcs", "PCS", "pcs.", "PCE", "H87", "C62", "NAR", "pieces", "piece", "units", "шт", "шт.",
                          "ШТ", "штук", "796", "796 ШТ", "ед.", "дана"})
        CHECK(conv(s) == "piece*1");
    for (const char *s : {"тыс. шт", "тыс.шт", "ТЫС ШТ", "798", "1000 шт", "T3"})
        CHECK(conv(s) == "piece*1000");
    CHECK(conv("797") == "piece*100");
    CHECK(conv("100 шт") == "piece*100");
    for (const char *s : {"set", "SETS", "SET", "компл.", "комплект", "839", "жиынтық"})
        CHECK(conv(s) == "set*1");
    for (const char *s : {"pair", "pairs", "PR", "пар", "пара", "715", "жұп"})
        CHECK(conv(s) == "pair*1");
}

TEST_CASE("lengths, areas, volumes and litres")
{
    for (const char *s : {"m", "MTR", "metres", "meters", "м", "006", "6"})
        CHECK(conv(s) == "m*1");
    CHECK(conv("cm") == "m*0.01");
    CHECK(conv("003") == "m*0.001");
    for (const char *s : {"m2", "m²", "MTK", "кв. м", "м2", "055", "sq m"})
        CHECK(conv(s) == "m2*1");
    for (const char *s : {"m3", "MTQ", "cbm", "куб. м", "м3", "113"})
        CHECK(conv(s) == "m3*1");
    for (const char *s : {"l", "LTR", "litres", "liters", "л", "литр", "112"})
        CHECK(conv(s) == "l*1");
    CHECK(conv("ml") == "l*0.001");
    CHECK(conv("111") == "l*0.001");
}

TEST_CASE("unknown spellings are unknown, never a guess")
{
    for (const char *s : {"", "   ", "бух", "boxes", "999", "796 кг", "1234", "pallets", "x"})
        CHECK(conv(s) == "unknown");
    CHECK_FALSE(units::lookup(QString()));
}

TEST_CASE("canonical names round-trip and quantities are written for explanations")
{
    for (int u = 0; u <= static_cast<int>(CanonicalUnit::KilowattHour); ++u) {
        const auto unit = static_cast<CanonicalUnit>(u);
        CHECK(units::canonicalFromName(units::canonicalName(unit)) == unit);
    }
    CHECK_FALSE(units::canonicalFromName("pcs"));
    CHECK(units::quantityText(1000, CanonicalUnit::Piece) == QStringLiteral("1,000 pieces"));
    CHECK(units::quantityText(1, CanonicalUnit::Set) == QStringLiteral("1 set"));
    CHECK(units::quantityText(980.5, CanonicalUnit::Kilogram) == QStringLiteral("980.5 kg"));
    CHECK(units::numberText(1234567.25) == QStringLiteral("1,234,567.25"));
}

TEST_CASE("the unit cache answers a repeated spelling like the vocabulary")
{
    UnitCache cache;
    CHECK(cache.find("KG")->factor == 1.0);
    CHECK(cache.find("KG")->unit == CanonicalUnit::Kilogram);
    CHECK(cache.find("т")->factor == 1000.0);
    CHECK_FALSE(cache.find("бух"));
    CHECK_FALSE(cache.find("бух"));
    CHECK(cache.find("шт")->unit == CanonicalUnit::Piece);
}
