// A property of the detector: the same trade written the way other files write it (units respelled in any family,
// thousands of pieces and tonnes instead of pieces and kilograms, quantities left out where net weights are given)
// gives the same chains. The trade is generated here, by a small seeded generator of its own.
#include "../import/ImportTestSupport.h"
#include "DetectionSupport.h"

#include <random>

using namespace caravan;
using namespace caravan::test;

namespace {

struct Leg {
    QString id, date, exporter, importer, hs;
    double quantity = 0;    // in the good's base unit (pieces or kg)
    bool kilograms = false; // the good is counted in kg (else in pieces)
    double weight = 0;      // net kg
};

// 40 chains supplier -> intermediary -> buyer, each on its own (intermediary, HS code) so that no two compete.
std::vector<Leg> trade()
{
    std::mt19937 random(20240223);
    auto uniform = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(random); };
    const char *codes[] = {"854231", "854232", "847150", "848210", "851762",
                           "852691", "853224", "854110", "850440", "901380"};
    std::vector<Leg> legs;
    for (int k = 0; k < 40; ++k) {
        const int intermediary = k % 8, code = k / 8 + (k % 8) % 2 * 5; // 40 distinct (intermediary, code) pairs
        const bool kg = code % 3 == 0;
        const double kgEach = kg ? 1.0 : uniform(0.01, 6.0);
        const double q = std::round(uniform(50, 5000));
        const int day = 1 + k % 20;
        const double onward = std::round(q * uniform(0.9, 1.1));
        const QString hs = QString::fromLatin1(codes[code]);
        legs.push_back(
            {QStringLiteral("IN-%1").arg(k),
             QStringLiteral("2023-%1-%2").arg(1 + k % 9, 2, 10, QLatin1Char('0')).arg(day, 2, 10, QLatin1Char('0')),
             QStringLiteral("s%1").arg(k % 5), QStringLiteral("x%1").arg(intermediary), hs, q, kg, q * kgEach});
        legs.push_back(
            {QStringLiteral("OUT-%1").arg(k),
             QStringLiteral("2023-%1-%2").arg(2 + k % 9, 2, 10, QLatin1Char('0')).arg(day + 5, 2, 10, QLatin1Char('0')),
             QStringLiteral("x%1").arg(intermediary), QStringLiteral("b%1").arg(k % 4), hs, onward, kg,
             onward * kgEach});
    }
    return legs;
}

QByteArray entitiesCsv()
{
    QByteArray csv = "id,type,name,aliases,country,identifiers,incorporation_date,address\n";
    const char *suppliers[] = {"DE", "IT", "FR", "DE", "PL"};
    for (int i = 0; i < 5; ++i)
        csv += QStringLiteral("s%1,Company,Supplier %1,,%2,,,\n").arg(i).arg(QLatin1String(suppliers[i])).toUtf8();
    const char *transit[] = {"KZ", "KG", "AM", "KZ", "AE", "KZ", "GE", "UZ"};
    for (int i = 0; i < 8; ++i)
        csv += QStringLiteral("x%1,Company,Intermediary %1,,%2,,,\n").arg(i).arg(QLatin1String(transit[i])).toUtf8();
    for (int i = 0; i < 4; ++i)
        csv += QStringLiteral("b%1,Company,Buyer %1,,%2,,,\n")
                   .arg(i)
                   .arg(i % 2 ? QLatin1String("BY") : QLatin1String("RU"))
                   .toUtf8();
    return csv;
}

struct Spelling {
    const char *unit;
    double perBase; // how many base units one of it is
};

// The trade as a Caravan CSV: plainly ("pcs", "kg", every quantity given) or messily (a random spelling of the
// same unit, possibly in thousands or tonnes, and a third of the quantities left out, their net weights kept).
QByteArray shipmentsCsv(const std::vector<Leg> &legs, bool messy)
{
    const Spelling pieces[] = {{"pcs", 1}, {"PCE", 1},    {"шт", 1},         {"шт.", 1}, {"H87", 1},
                               {"796", 1}, {"pieces", 1}, {"тыс. шт", 1000}, {"ед.", 1}, {"C62", 1}};
    const Spelling kilograms[] = {{"kg", 1},   {"KG", 1},     {"кг", 1},    {"KGM", 1}, {"166", 1},
                                  {"т", 1000}, {"TNE", 1000}, {"г", 0.001}, {"kgs", 1}};
    std::mt19937 random(7);
    QByteArray csv = "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,"
                     "origin_country,destination_country,transit_countries\n";
    for (const Leg &l : legs) {
        Spelling s = l.kilograms ? Spelling{"kg", 1} : Spelling{"pcs", 1};
        bool blank = false;
        if (messy) {
            s = l.kilograms ? kilograms[random() % std::size(kilograms)] : pieces[random() % std::size(pieces)];
            blank = random() % 3 == 0;
        }
        const QString quantity = blank ? QString() : QString::number(l.quantity / s.perBase, 'g', 17);
        csv += QStringLiteral("%1,%2,%3,%4,%5,goods,%6,%7,%8,,,,,\n")
                   .arg(l.id, l.date, l.exporter, l.importer, l.hs, quantity,
                        blank ? QString() : QString::fromUtf8(s.unit), QString::number(l.weight, 'g', 17))
                   .toUtf8();
    }
    return csv;
}

QStringList chainsOf(bool messy)
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("entities.csv")), entitiesCsv());
    importFile(tc, tc.file(QStringLiteral("entities.csv")));
    writeFile(tc.file(QStringLiteral("shipments.csv")), shipmentsCsv(trade(), messy));
    REQUIRE(importFile(tc, tc.file(QStringLiteral("shipments.csv"))).imported == 80);
    const ChainRun run = detect(tc);
    CHECK(run.excluded.total() == 0);
    QStringList chains;
    for (const DetectedChain &c : run.chains)
        chains << c.shipments.join(u'>');
    chains.sort();
    return chains;
}

} // namespace

TEST_CASE("respelling units and leaving out quantities where net weights are given does not change the chains")
{
    const QStringList plain = chainsOf(false);
    CHECK(plain.size() == 40);
    const QStringList messy = chainsOf(true);
    CHECK(messy.join(u' ').toStdString() == plain.join(u' ').toStdString());
}
