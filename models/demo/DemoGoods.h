#pragma once

#include <QString>

#include <vector>

namespace caravan::demo {

enum class GoodsKind {
    Chpl,       // on the Common High Priority List
    Food,       // not sanctioned
    Medicine,   // not sanctioned
    Textile,    // consumer goods sold by the intermediaries at home
    Industrial, // ordinary machinery and consumer goods, not on the CHPL
    Local,      // what the transit countries themselves export to Russia (grain, metals, cotton)
    Russian,    // what Russia exports to the transit countries (fertiliser, fuel, timber)
};

// One line of the goods catalogue the generator trades: a national tariff code whose first six digits
// are the HS-6 code, the wording of a declaration in English and Russian, the unit its quantity is
// declared in, the net weight of one unit, the band of unit prices in USD that a real declaration of
// such goods shows, and the band of quantities one consignment usually holds. Value = quantity x a
// price drawn from the band, so that unit values per HS-6 look like a market (no 50-billion-dollar
// shipment of lithography machines).
struct Goods {
    const char *hsCode;
    const char *tier; // CHPL tier ("1", "2", "3.A", "3.B", "4.A", "4.B") or "" when not listed
    const char *description;
    const char *descriptionRu; // UTF-8
    const char *unit;          // canonical: kg, t, l, pcs, set, pair, m2, m3
    double kgPerUnit;
    double priceLow, priceHigh; // USD per unit
    double quantityLow, quantityHigh;
    GoodsKind kind;

    QString hs6() const { return QString::fromLatin1(hsCode, 6); }
    double typicalPrice() const { return (priceLow + priceHigh) / 2; }
    // Goods counted in whole units (pieces, sets, pairs), not measured (kg, t, l, m2, m3).
    bool counted() const;
};

// The catalogue: the 50 HS-6 codes of the CHPL (23 Feb 2024) with their tiers, then benign goods.
// Indexes into it are stable for a given Caravan version (they are part of what a seed reproduces).
const std::vector<Goods> &goodsCatalogue();
// Indexes of the catalogue lines of one kind.
const std::vector<std::size_t> &goodsOfKind(GoodsKind kind);
// CHPL tier of an HS-6 code ("" when not listed); 8803.30 (HS 2017) counts as 8807.30.
QString chplTier(const QString &hs6);
bool isChpl(const QString &hs6);

} // namespace caravan::demo
