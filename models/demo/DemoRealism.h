#pragma once

#include <QString>

#include <array>
#include <cstdint>
#include <vector>

namespace caravan {
struct ShipmentRecord;
}

namespace caravan::demo {

// How the generated case reads. Clean: every unit as one spelling, every quantity given, every party with
// its country, six-digit HS codes padded with zeros, English wording. Messy (the default for the demo and
// training cases): the facts are the same, written the way customs and registry extracts really arrive.
enum class Realism { Clean, Messy };

// Writes a shipment's declared wording (tariff code, description, quantity and unit) as a real extract
// would, and says which parties appear without a country. Every choice is a pure function of the seed and
// the shipment's serial (or the entity's index), so a seed still gives byte-identical cases and choosing
// a spelling does not shift the generator's random stream.
//
// Messy means, per shipment:
//  - unit spellings of UN/ECE Rec. 20, EAEU/OKEI codes, Russian abbreviations and English words
//    (kg, KG, кг, KGM, 166; pcs, PCS, шт, шт., PCE, H87, 796, pieces; set, компл., 839; ...), Russian ones
//    more often where an EAEU country declares;
//  - sometimes a converted unit: tonnes for kilograms and back, thousand pieces for pieces;
//  - sometimes no quantity at all, only the net weight;
//  - the national tariff code of the declaring (importing) country, 8, 10 or 12 digits whose first six
//    are the HS-6 code, some written with dots and spaces ("8542.31.000 0");
//  - the description in Russian, English or both;
// and per party: a third of the Russian and Belarusian traders without a country (their shipments still
// name the destination country).
class DemoRealism {
public:
    DemoRealism(Realism realism, std::uint64_t seed);

    bool messy() const { return m_realism == Realism::Messy; }
    // Whether entity `index` of `country` with a trading role appears in the case without its country.
    bool hidesCountry(int index, const QString &country, bool trader) const;
    // Fills r.hsCode, r.description, r.quantity, r.unit and r.weightKg for shipment `serial` of `quantity`
    // units of catalogue line `goods`, declared in `declaringCountry`; `beforeHs2022` keeps 8803.30.
    void declare(ShipmentRecord &r, std::uint32_t serial, std::size_t goods, double quantity, bool beforeHs2022,
                 const QString &declaringCountry) const;

    static bool isEaeu(const QString &country);

private:
    enum class Region { Eaeu, Georgia, Emirates, Turkey, Other };
    static constexpr int kCodeForms = 10;
    static constexpr int kDescriptionForms = 5;
    struct GoodsWording {
        std::array<QString, kCodeForms> codes, codesBefore2022;
        std::array<QString, kDescriptionForms> descriptions; // en, ru, RU, "ru / en", EN
        QString unit;
    };
    static Region regionOf(const QString &country);

    Realism m_realism;
    std::uint64_t m_seed;
    std::vector<GoodsWording> m_wording;
};

} // namespace caravan::demo
