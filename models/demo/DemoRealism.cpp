#include "models/demo/DemoRealism.h"

#include "models/demo/DemoGoods.h"
#include "models/storage/CaseWriter.h"

#include <cmath>
#include <initializer_list>

namespace caravan::demo {

namespace {

// A small counter-based generator (SplitMix64): the choices for one shipment depend only on the seed and
// the shipment's serial, never on what was drawn before.
class Draws {
public:
    Draws(std::uint64_t seed, std::uint64_t key, std::uint64_t salt)
        : m_state(seed ^ (key * 0xD1B54A32D192ED03ULL) ^ (salt * 0x9E3779B97F4A7C15ULL))
    {
    }
    std::uint64_t next()
    {
        std::uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

private:
    std::uint64_t m_state;
};

// One of `choices` (value, weight), by weight.
template <typename T> T pick(Draws &draws, std::initializer_list<std::pair<T, int>> choices)
{
    int total = 0;
    for (const auto &c : choices)
        total += c.second;
    int r = static_cast<int>(draws.unit() * total);
    for (const auto &c : choices) {
        if (r < c.second)
            return c.first;
        r -= c.second;
    }
    return choices.begin()->first;
}

// The spelling of a canonical unit in a declaration: Russian abbreviations and OKEI codes where an EAEU
// country declares, UN/ECE codes and English words elsewhere, each now and then in the other style.
QString spell(Draws &draws, const QString &unit, bool eaeu)
{
    const char *s = "";
    if (unit == u"kg")
        s = eaeu ? pick<const char *>(draws, {{"кг", 4}, {"166", 2}, {"KGM", 2}, {"kg", 1}, {"KG", 1}})
                 : pick<const char *>(draws, {{"kg", 4}, {"KG", 2}, {"KGM", 2}, {"кг", 1}, {"Kg", 1}});
    else if (unit == u"pcs")
        s = eaeu
                ? pick<const char *>(draws, {{"шт", 4}, {"шт.", 2}, {"796", 2}, {"PCE", 1}, {"pcs", 1}, {"H87", 1}})
                : pick<const char *>(draws, {{"pcs", 3}, {"PCS", 2}, {"PCE", 1}, {"H87", 1}, {"pieces", 1}, {"шт", 1}});
    else if (unit == u"set")
        s = eaeu ? pick<const char *>(draws, {{"компл.", 3}, {"компл", 1}, {"839", 2}, {"set", 1}})
                 : pick<const char *>(draws, {{"set", 3}, {"SET", 1}, {"sets", 1}, {"компл.", 1}});
    else if (unit == u"pair")
        s = eaeu ? pick<const char *>(draws, {{"пар", 3}, {"пара", 1}, {"715", 2}, {"PR", 1}})
                 : pick<const char *>(draws, {{"pair", 2}, {"pairs", 1}, {"PR", 1}, {"пар", 1}});
    else if (unit == u"t")
        s = eaeu ? pick<const char *>(draws, {{"т", 3}, {"168", 2}, {"TNE", 1}, {"t", 1}})
                 : pick<const char *>(draws, {{"t", 3}, {"TNE", 2}, {"tonnes", 1}, {"т", 1}});
    else if (unit == u"l")
        s = eaeu ? pick<const char *>(draws, {{"л", 3}, {"112", 2}, {"LTR", 1}, {"l", 1}})
                 : pick<const char *>(draws, {{"l", 3}, {"LTR", 2}, {"litres", 1}, {"л", 1}});
    else if (unit == u"m2")
        s = eaeu ? pick<const char *>(draws, {{"м2", 3}, {"055", 2}, {"MTK", 1}, {"m2", 1}})
                 : pick<const char *>(draws, {{"m2", 3}, {"MTK", 2}, {"м2", 1}});
    else if (unit == u"m3")
        s = eaeu ? pick<const char *>(draws, {{"м3", 3}, {"113", 2}, {"MTQ", 1}, {"m3", 1}})
                 : pick<const char *>(draws, {{"m3", 3}, {"MTQ", 2}, {"м3", 1}});
    else if (unit == u"1000 pcs")
        s = eaeu ? pick<const char *>(draws, {{"тыс. шт", 3}, {"798", 2}, {"1000 шт", 1}})
                 : pick<const char *>(draws, {{"1000 pcs", 2}, {"thousand pieces", 1}, {"тыс. шт", 1}});
    return QString::fromUtf8(s);
}

// The national digits after the HS-6 code of a line without its own (a stable choice per line).
QString nationalSuffix(std::size_t goods)
{
    static const char *const suffixes[] = {"0000", "0000", "9000", "1000", "0008", "9009", "0009", "8000"};
    return QString::fromLatin1(suffixes[(goods * 7 + 3) % std::size(suffixes)]);
}

} // namespace

DemoRealism::DemoRealism(Realism realism, std::uint64_t seed) : m_realism(realism), m_seed(seed)
{
    const auto &catalogue = goodsCatalogue();
    m_wording.resize(catalogue.size());
    for (std::size_t i = 0; i < catalogue.size(); ++i) {
        const Goods &g = catalogue[i];
        GoodsWording &w = m_wording[i];
        const QString code = QString::fromLatin1(g.hsCode);
        const QString national = code.size() >= 10 ? code.left(10) : code.left(6) + nationalSuffix(i);
        // Before HS 2022, parts of unmanned aircraft were 8803.30.
        const QString before = national.startsWith(u"880730") ? QStringLiteral("880330") + national.mid(6) : national;
        for (auto [digits, forms] : {std::pair{national, &w.codes}, std::pair{before, &w.codesBefore2022}}) {
            const QString d = digits;
            (*forms)[0] = d;                                                                     // 8542310000
            (*forms)[1] = d.left(8);                                                             // 85423100
            (*forms)[2] = d.left(4) + u' ' + d.mid(4, 2) + u' ' + d.mid(6, 3) + u' ' + d.mid(9); // 8542 31 000 0
            (*forms)[3] = d.left(4) + u'.' + d.mid(4, 2) + u'.' + d.mid(6, 3) + u' ' + d.mid(9); // 8542.31.000 0
            (*forms)[4] = d.left(4) + u'.' + d.mid(4, 2) + u'.' + d.mid(6);                      // 8542.31.0000
            (*forms)[5] = d.left(4) + u'.' + d.mid(4, 2) + u'.' + d.mid(6, 2);                   // 8542.31.00
            (*forms)[6] = d.left(4) + u'.' + d.mid(4, 2) + u'.' + d.mid(6, 2) + u'.' + d.mid(8) +
                          QStringLiteral(".00");                                                 // 8542.31.00.00.00
            (*forms)[7] = d + QStringLiteral("00");                                              // 854231000000
            (*forms)[8] = d.left(4) + u' ' + d.mid(4, 2) + u' ' + d.mid(6, 2);                   // 8542 31 00
            (*forms)[9] = d.left(4) + u'.' + d.mid(4, 2) + u'.' + d.mid(6, 2) + u'.' + d.mid(8); // 8542.31.00.00
        }
        const QString en = QString::fromUtf8(g.description);
        const QString ru = QString::fromUtf8(g.descriptionRu);
        w.descriptions = {en, ru, ru.toUpper(), ru + QStringLiteral(" / ") + en, en.toUpper()};
        w.unit = QString::fromLatin1(g.unit);
    }
}

bool DemoRealism::isEaeu(const QString &country)
{
    return country == u"RU" || country == u"BY" || country == u"KZ" || country == u"KG" || country == u"AM";
}

DemoRealism::Region DemoRealism::regionOf(const QString &country)
{
    if (isEaeu(country))
        return Region::Eaeu;
    if (country == u"GE")
        return Region::Georgia;
    if (country == u"AE")
        return Region::Emirates;
    if (country == u"TR")
        return Region::Turkey;
    return Region::Other;
}

bool DemoRealism::hidesCountry(int index, const QString &country, bool trader) const
{
    if (!messy() || !trader || (country != u"RU" && country != u"BY"))
        return false;
    Draws draws(m_seed, static_cast<std::uint64_t>(index), 0xC0);
    return draws.chance(1.0 / 3.0);
}

void DemoRealism::declare(ShipmentRecord &r, std::uint32_t serial, std::size_t goods, double quantity,
                          bool beforeHs2022, const QString &declaringCountry) const
{
    const Goods &g = goodsCatalogue()[goods];
    const GoodsWording &w = m_wording[goods];
    const auto &codes = beforeHs2022 ? w.codesBefore2022 : w.codes;
    const Region region = regionOf(declaringCountry);
    const bool eaeu = region == Region::Eaeu;
    r.weightKg = std::round(quantity * g.kgPerUnit * 1000.0) / 1000.0;
    if (!messy()) {
        r.hsCode = codes[eaeu ? 0 : 1];
        r.description = w.descriptions[0];
        r.quantity = quantity;
        r.unit = w.unit;
        return;
    }

    Draws draws(m_seed, serial, 0x5E);
    int form = 0;
    switch (region) {
    case Region::Eaeu:
        form = pick<int>(draws, {{0, 55}, {2, 15}, {3, 15}, {4, 15}});
        break;
    case Region::Georgia:
        form = pick<int>(draws, {{0, 7}, {9, 3}});
        break;
    case Region::Emirates:
        form = pick<int>(draws, {{1, 12}, {5, 5}, {8, 3}});
        break;
    case Region::Turkey:
        form = pick<int>(draws, {{6, 3}, {7, 2}});
        break;
    case Region::Other:
        form = pick<int>(draws, {{1, 3}, {5, 2}});
        break;
    }
    r.hsCode = codes[static_cast<std::size_t>(form)];
    const int wording = eaeu ? pick<int>(draws, {{1, 50}, {2, 15}, {3, 15}, {0, 20}})
                             : pick<int>(draws, {{0, 60}, {4, 15}, {1, 15}, {3, 10}});
    r.description = w.descriptions[static_cast<std::size_t>(wording)];

    // Some declarations give only the net weight.
    if (draws.chance(0.07)) {
        r.quantity.reset();
        r.unit.clear();
        return;
    }
    // Some give the quantity in another unit than the usual one.
    double q = quantity;
    QString unit = w.unit;
    const double convert = draws.unit();
    if (unit == u"pcs" && q >= 5000 && convert < 0.2) {
        q = quantity / 1000.0;
        unit = QStringLiteral("1000 pcs");
    } else if (unit == u"kg" && q >= 2000 && convert < 0.2) {
        q = quantity / 1000.0;
        unit = QStringLiteral("t");
    } else if (unit == u"t" && convert < 0.2) {
        q = quantity * 1000.0;
        unit = QStringLiteral("kg");
    }
    r.quantity = q;
    r.unit = spell(draws, unit, eaeu);
}

} // namespace caravan::demo
