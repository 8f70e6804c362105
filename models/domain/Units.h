#pragma once

#include <QString>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace caravan {

// The units quantities are compared in. Every spelling a file may use maps onto one of these with a factor.
enum class CanonicalUnit : std::int8_t {
    Kilogram,
    Piece,
    Set,
    Pair,
    Metre,
    SquareMetre,
    CubicMetre,
    Litre,
    Package,
    KilowattHour,
};

// A known spelling: its canonical unit and what one of it is in that unit (g -> 0.001 kg, "тыс. шт" -> 1000 pieces).
struct UnitConversion {
    CanonicalUnit unit = CanonicalUnit::Piece;
    double factor = 1.0;
};

// The one unit vocabulary of the core: UN/ECE Recommendation 20 codes (KGM, H87, C62, PCE, SET, PR, MTR, MTK,
// MTQ, LTR, NAR...), EAEU/Russian customs abbreviations and OKEI numeric codes (166 кг, 163 г, 168 т, 796 шт,
// 797 100 шт, 798 тыс. шт, 839 компл, 715 пар, 006 м, 055 м2, 113 м3, 112 л...), Kazakh words, and English words
// and plurals, in any case, with trailing dots and spaces. An unknown spelling gives no conversion: it is kept as
// written and reported, never taken as equal or unequal to anything.
namespace units {

// The conversion of a spelling (UTF-8), or nothing when the spelling is empty or unknown.
std::optional<UnitConversion> lookup(std::string_view spelling);
std::optional<UnitConversion> lookup(const QString &spelling);

// "kg", "piece", "set", "pair", "m", "m2", "m3", "l", "package", "kWh": the names stored in unit_canonical.
const char *canonicalName(CanonicalUnit unit);
// The unit a stored canonical name stands for, or nothing.
std::optional<CanonicalUnit> canonicalFromName(std::string_view name);
// "1,000", "0.5": a number as an explanation writes it (English grouping, at most three decimals).
QString numberText(double number);
// "1,000 pieces", "980 kg": a canonical quantity as an explanation writes it.
QString quantityText(double quantity, CanonicalUnit unit);

} // namespace units

// lookup() with the last spelling remembered: an import calls it once a row, and rows mostly repeat the unit
// of the row before, so a row costs one comparison of a few bytes.
class UnitCache {
public:
    const std::optional<UnitConversion> &find(std::string_view spelling)
    {
        if (!m_valid || spelling != m_last) {
            m_last.assign(spelling);
            m_conversion = units::lookup(spelling);
            m_valid = true;
        }
        return m_conversion;
    }

private:
    std::string m_last;
    std::optional<UnitConversion> m_conversion;
    bool m_valid = false;
};

} // namespace caravan
