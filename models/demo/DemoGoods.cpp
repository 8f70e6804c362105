#include "models/demo/DemoGoods.h"

#include <array>

namespace caravan::demo {

namespace {

// Tiers and HS 2022 wording from the CHPL of 23 February 2024 (public; see ../shared/data/trade/chpl).
// Weights and prices are typical orders of magnitude, for plausible declared values.
std::vector<Goods> buildCatalogue()
{
    struct Row {
        const char *hs6, *tier, *description, *unit;
        double kg, price;
    };
    static const Row chpl[] = {
        {"854231", "1", "Electronic integrated circuits: processors and controllers", "pcs", 0.002, 18.0},
        {"854232", "1", "Electronic integrated circuits: memories", "pcs", 0.002, 18.0},
        {"854233", "1", "Electronic integrated circuits: amplifiers", "pcs", 0.002, 18.0},
        {"854239", "1", "Electronic integrated circuits: n.e.c. in heading no. 8542", "pcs", 0.002, 18.0},
        {"851762", "2",
         "Communication apparatus (excluding telephone sets or base stations): machines for the reception", "pcs", 0.8,
         240.0},
        {"852691", "2", "Radio navigational aid apparatus", "pcs", 0.6, 320.0},
        {"853221", "2", "Electrical capacitors: fixed", "pcs", 0.0005, 0.08},
        {"853224", "2", "Electrical capacitors: fixed", "pcs", 0.0005, 0.08},
        {"854800", "2",
         "Electrical parts of machinery or apparatus: not specified or elsewhere included in this chapter", "pcs", 0.02,
         1.2},
        {"847150", "3.A",
         "Units of automatic data processing machines: processing units other than those of item no. 8471.41 or "
         "8471.49",
         "pcs", 6.0, 1400.0},
        {"850440", "3.A", "Electrical static converters", "pcs", 1.5, 85.0},
        {"851769", "3.A",
         "Communication apparatus (excluding telephone sets or base stations): machines for the transmission or "
         "reception of voice",
         "pcs", 0.8, 240.0},
        {"852589", "3.A", "Television cameras: n.e.c. in item no 8525.8", "pcs", 0.9, 450.0},
        {"852910", "3.A",
         "Reception and transmission apparatus: aerials and aerial reflectors of all kinds and parts suitable", "pcs",
         0.3, 35.0},
        {"852990", "3.A",
         "Reception and transmission apparatus: for use with the apparatus of heading no. 8524 to 8528", "pcs", 0.3,
         35.0},
        {"853669", "3.A", "Electrical apparatus: plugs and sockets", "pcs", 0.05, 2.5},
        {"853690", "3.A", "Electrical apparatus: n.e.c. in heading no. 8536", "pcs", 0.05, 2.5},
        {"854110", "3.A", "Electrical apparatus: diodes", "pcs", 0.001, 0.6},
        {"854121", "3.A", "Electrical apparatus: transistors", "pcs", 0.001, 0.6},
        {"854129", "3.A", "Electrical apparatus: transistors", "pcs", 0.001, 0.6},
        {"854130", "3.A", "Electrical apparatus: thyristors", "pcs", 0.001, 0.6},
        {"854149", "3.A", "Electrical apparatus: photosensitive semiconductor devices", "pcs", 0.001, 0.6},
        {"854151", "3.A", "Electrical apparatus: photosensitive semiconductor devices", "pcs", 0.001, 0.6},
        {"854159", "3.A", "Electrical apparatus: photosensitive semiconductor devices", "pcs", 0.001, 0.6},
        {"854160", "3.A", "Crystals: mounted piezo-electric", "pcs", 0.001, 0.6},
        {"848210", "3.B", "Ball bearings", "pcs", 0.4, 14.0},
        {"848220", "3.B", "Bearings: tapered roller bearings", "pcs", 0.4, 14.0},
        {"848230", "3.B", "Bearings: spherical roller bearings", "pcs", 0.4, 14.0},
        {"848250", "3.B", "Bearings: cylindrical roller bearings", "pcs", 0.4, 14.0},
        {"880730", "3.B", "Aircraft and spacecraft: parts of aeroplanes", "pcs", 2.0, 650.0},
        {"901310", "3.B", "Optical appliances and instruments: telescopic sights for fitting to arms", "pcs", 1.2,
         900.0},
        {"901380", "3.B", "Optical devices, appliances and instruments: n.e.c. in heading no. 9013", "pcs", 1.2, 900.0},
        {"901420", "3.B", "Navigational instruments and appliances: for aeronautical or space navigation", "pcs", 1.5,
         1800.0},
        {"901480", "3.B",
         "Navigational instruments and appliances: for navigation other than aeronautical or space navigation", "pcs",
         1.5, 1800.0},
        {"847180", "4.A", "Units of automatic data processing machines: n.e.c. in item no. 8471.50", "pcs", 6.0,
         1400.0},
        {"848610", "4.A",
         "Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor boules or "
         "wafers",
         "pcs", 450.0, 180000.0},
        {"848620", "4.A",
         "Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor devices or "
         "of electronic integrated circuits",
         "pcs", 450.0, 180000.0},
        {"848640", "4.A",
         "Machines and apparatus of a kind used solely or principally for the manufacture or repair of masks and "
         "reticles",
         "pcs", 450.0, 180000.0},
        {"853400", "4.A", "Circuits: printed", "pcs", 0.03, 4.0},
        {"854320", "4.A", "Electrical machines and apparatus: signal generators", "pcs", 3.0, 2500.0},
        {"902750", "4.A", "Instruments and apparatus: using optical radiations", "pcs", 5.0, 4200.0},
        {"903020", "4.A", "Oscilloscopes and oscillographs", "pcs", 4.0, 3200.0},
        {"903032", "4.A", "Multimeters: for measuring or checking voltage", "pcs", 4.0, 3200.0},
        {"903039", "4.A", "Instruments and apparatus: for measuring or checking voltage", "pcs", 4.0, 3200.0},
        {"903082", "4.A", "Instruments and apparatus: for measuring or checking semiconductor wafers or devices", "pcs",
         4.0, 3200.0},
        {"845710", "4.B", "Machining centres: for working metal", "pcs", 3500.0, 160000.0},
        {"845811", "4.B", "Lathes: for removing metal", "pcs", 2800.0, 120000.0},
        {"845891", "4.B", "Lathes: for removing metal", "pcs", 2800.0, 120000.0},
        {"845961", "4.B", "Machine-tools: for milling by removing metal", "pcs", 2500.0, 95000.0},
        {"846693", "4.B",
         "Parts & accessories suited for use solely/principally with machines of headings 8456-8465: n.e.c. in heading "
         "no. 8466",
         "pcs", 2.0, 380.0},
    };
    std::vector<Goods> goods;
    for (const Row &r : chpl)
        goods.push_back({r.hs6, r.tier, r.description, r.unit, r.kg, r.price, GoodsKind::Chpl});

    const Goods benign[] = {
        {"0901210000", "", "Coffee, roasted, not decaffeinated", "kg", 1.0, 9.5, GoodsKind::Food},
        {"1806329000", "", "Chocolate in bars, not filled", "kg", 1.0, 7.8, GoodsKind::Food},
        {"1905311900", "", "Sweet biscuits", "kg", 1.0, 4.2, GoodsKind::Food},
        {"0406906100", "", "Cheese, Parmigiano Reggiano", "kg", 1.0, 16.0, GoodsKind::Food},
        {"2204217900", "", "Wine of fresh grapes, in containers of 2 l or less", "l", 1.3, 6.5, GoodsKind::Food},
        {"2106909800", "", "Food preparations n.e.c.", "kg", 1.0, 5.5, GoodsKind::Food},
        {"3004900000", "", "Medicaments in measured doses, packed for retail sale", "kg", 1.0, 85.0,
         GoodsKind::Medicine},
        {"3002150000", "", "Immunological products in measured doses", "kg", 1.0, 640.0, GoodsKind::Medicine},
        {"3006500000", "", "First-aid boxes and kits", "pcs", 0.6, 12.0, GoodsKind::Medicine},
        {"9018390000", "", "Needles, catheters, cannulae", "pcs", 0.01, 0.9, GoodsKind::Medicine},
        {"6109100010", "", "T-shirts, knitted, of cotton", "pcs", 0.2, 4.5, GoodsKind::Textile},
        {"6203423100", "", "Men's trousers of denim", "pcs", 0.6, 14.0, GoodsKind::Textile},
        {"6204620000", "", "Women's trousers of cotton", "pcs", 0.5, 12.0, GoodsKind::Textile},
        {"6403999600", "", "Footwear with leather uppers", "pair", 0.9, 38.0, GoodsKind::Textile},
        {"5208520000", "", "Woven fabrics of cotton, printed", "m2", 0.15, 3.1, GoodsKind::Textile},
        {"8418102000", "", "Combined refrigerator-freezers", "pcs", 65.0, 420.0, GoodsKind::Industrial},
        {"8450111900", "", "Household washing machines", "pcs", 70.0, 380.0, GoodsKind::Industrial},
        {"8708999710", "", "Parts and accessories of motor vehicles", "kg", 1.0, 11.0, GoodsKind::Industrial},
        {"3304990000", "", "Beauty and skin-care preparations", "kg", 1.0, 24.0, GoodsKind::Industrial},
        {"3926909700", "", "Articles of plastics n.e.c.", "kg", 1.0, 6.0, GoodsKind::Industrial},
        {"9403600000", "", "Wooden furniture", "pcs", 35.0, 210.0, GoodsKind::Industrial},
        {"1001990000", "", "Wheat, other than durum, and meslin", "t", 1000.0, 240.0, GoodsKind::Local},
        {"7202410000", "", "Ferro-chromium, more than 4% carbon", "t", 1000.0, 1450.0, GoodsKind::Local},
        {"5201001000", "", "Cotton, not carded or combed", "t", 1000.0, 1800.0, GoodsKind::Local},
        {"0806101000", "", "Fresh table grapes", "t", 1000.0, 900.0, GoodsKind::Local},
        {"2616100000", "", "Silver ores and concentrates", "t", 1000.0, 5200.0, GoodsKind::Local},
        {"0702000000", "", "Tomatoes, fresh or chilled", "t", 1000.0, 650.0, GoodsKind::Local},
        {"3105200000", "", "Mineral fertilisers with nitrogen, phosphorus and potassium", "t", 1000.0, 420.0,
         GoodsKind::Russian},
        {"2710194200", "", "Diesel fuel", "t", 1000.0, 780.0, GoodsKind::Russian},
        {"4407119000", "", "Sawn pine wood", "m3", 520.0, 260.0, GoodsKind::Russian},
        {"7208399000", "", "Flat-rolled iron, hot-rolled, in coils", "t", 1000.0, 610.0, GoodsKind::Russian},
    };
    for (const Goods &g : benign)
        goods.push_back(g);
    return goods;
}

} // namespace

const std::vector<Goods> &goodsCatalogue()
{
    static const std::vector<Goods> catalogue = buildCatalogue();
    return catalogue;
}

const std::vector<std::size_t> &goodsOfKind(GoodsKind kind)
{
    static const auto byKind = [] {
        std::array<std::vector<std::size_t>, 7> lists;
        const auto &all = goodsCatalogue();
        for (std::size_t i = 0; i < all.size(); ++i)
            lists[static_cast<std::size_t>(all[i].kind)].push_back(i);
        return lists;
    }();
    return byKind[static_cast<std::size_t>(kind)];
}

QString chplTier(const QString &hs6)
{
    const QString code = hs6 == u"880330" ? QStringLiteral("880730") : hs6;
    for (const Goods &g : goodsCatalogue())
        if (g.kind == GoodsKind::Chpl && code == QLatin1String(g.hsCode, 6))
            return QString::fromLatin1(g.tier);
    return {};
}

bool isChpl(const QString &hs6)
{
    return !chplTier(hs6).isEmpty();
}

} // namespace caravan::demo
