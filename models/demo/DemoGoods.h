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
// are the HS-6 code, the wording of a declaration, a unit, a typical weight and unit price in USD.
struct Goods {
    const char *hsCode;
    const char *tier; // CHPL tier ("1", "2", "3.A", "3.B", "4.A", "4.B") or "" when not listed
    const char *description;
    const char *unit;
    double kgPerUnit;
    double unitPrice;
    GoodsKind kind;

    QString hs6() const { return QString::fromLatin1(hsCode, 6); }
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
