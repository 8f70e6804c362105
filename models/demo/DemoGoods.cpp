#include "models/demo/DemoGoods.h"

#include <array>

namespace caravan::demo {

namespace {

// Tiers and HS 2022 wording from the CHPL of 23 February 2024 (public; see ../shared/data/trade/chpl).
// Units, weights, price bands and consignment sizes are typical of real declarations of such goods:
// chips by the thousand at a few dollars, machine tools one to five at a time for hundreds of
// thousands, lithography equipment as single sets, grain and fuel by the trainload.
std::vector<Goods> buildCatalogue()
{
    using K = GoodsKind;
    const Goods catalogue[] = {
        // hs, tier, English, Russian, unit, kg per unit, price band (USD), consignment band
        {"854231", "1", "Electronic integrated circuits: processors and controllers",
         "Схемы электронные интегральные: процессоры и контроллеры", "pcs", 0.002, 2.0, 20.0, 500, 50000, K::Chpl},
        {"854232", "1", "Electronic integrated circuits: memories",
         "Схемы электронные интегральные: запоминающие устройства", "pcs", 0.002, 1.0, 12.0, 1000, 100000, K::Chpl},
        {"854233", "1", "Electronic integrated circuits: amplifiers", "Схемы электронные интегральные: усилители",
         "pcs", 0.001, 0.4, 4.0, 1000, 100000, K::Chpl},
        {"854239", "1", "Electronic integrated circuits: n.e.c. in heading no. 8542",
         "Схемы электронные интегральные прочие", "pcs", 0.002, 0.6, 6.0, 1000, 100000, K::Chpl},
        {"851762", "2",
         "Communication apparatus (excluding telephone sets or base stations): machines for the reception",
         "Машины для приема, преобразования и передачи голоса, изображений или других данных", "pcs", 1.2, 80.0, 800.0,
         10, 2000, K::Chpl},
        {"852691", "2", "Radio navigational aid apparatus", "Аппаратура радионавигационная", "pcs", 0.4, 100.0, 1000.0,
         10, 1000, K::Chpl},
        {"853221", "2", "Electrical capacitors: fixed", "Конденсаторы постоянной емкости танталовые", "pcs", 0.0005,
         0.08, 0.8, 10000, 500000, K::Chpl},
        {"853224", "2", "Electrical capacitors: fixed", "Конденсаторы постоянной емкости керамические многослойные",
         "pcs", 0.0001, 0.008, 0.08, 50000, 2000000, K::Chpl},
        {"854800", "2",
         "Electrical parts of machinery or apparatus: not specified or elsewhere included in this chapter",
         "Электрические части машин и аппаратуры, в другом месте не поименованные", "pcs", 0.02, 0.5, 5.0, 1000, 100000,
         K::Chpl},
        {"847150", "3.A",
         "Units of automatic data processing machines: processing units other than those of item no. 8471.41 or "
         "8471.49",
         "Блоки обработки данных вычислительных машин (серверы)", "pcs", 12.0, 800.0, 9000.0, 5, 300, K::Chpl},
        {"850440", "3.A", "Electrical static converters", "Преобразователи статические", "pcs", 1.5, 40.0, 400.0, 20,
         5000, K::Chpl},
        {"851769", "3.A",
         "Communication apparatus (excluding telephone sets or base stations): machines for the transmission or "
         "reception of voice",
         "Аппаратура для передачи или приема голоса, изображений или других данных прочая", "pcs", 0.8, 60.0, 600.0, 10,
         3000, K::Chpl},
        {"852589", "3.A", "Television cameras: n.e.c. in item no 8525.8", "Камеры телевизионные прочие", "pcs", 0.9,
         150.0, 1500.0, 10, 1000, K::Chpl},
        {"852910", "3.A",
         "Reception and transmission apparatus: aerials and aerial reflectors of all kinds and parts suitable",
         "Антенны и антенные отражатели всех типов и их части", "pcs", 0.4, 10.0, 100.0, 50, 10000, K::Chpl},
        {"852990", "3.A",
         "Reception and transmission apparatus: for use with the apparatus of heading no. 8524 to 8528",
         "Части аппаратуры товарных позиций 8524-8528", "pcs", 0.2, 5.0, 50.0, 100, 20000, K::Chpl},
        {"853669", "3.A", "Electrical apparatus: plugs and sockets", "Штепсели и розетки (соединители электрические)",
         "pcs", 0.01, 0.3, 3.0, 1000, 200000, K::Chpl},
        {"853690", "3.A", "Electrical apparatus: n.e.c. in heading no. 8536",
         "Аппаратура электрическая для коммутации прочая", "pcs", 0.05, 1.0, 10.0, 500, 100000, K::Chpl},
        {"854110", "3.A", "Electrical apparatus: diodes", "Диоды, кроме фотодиодов и светоизлучающих диодов", "pcs",
         0.0003, 0.03, 0.3, 10000, 1000000, K::Chpl},
        {"854121", "3.A", "Electrical apparatus: transistors", "Транзисторы с мощностью рассеивания менее 1 Вт", "pcs",
         0.0002, 0.03, 0.3, 10000, 1000000, K::Chpl},
        {"854129", "3.A", "Electrical apparatus: transistors", "Транзисторы прочие", "pcs", 0.002, 0.5, 5.0, 1000,
         200000, K::Chpl},
        {"854130", "3.A", "Electrical apparatus: thyristors", "Тиристоры, динисторы и тринисторы", "pcs", 0.01, 2.0,
         20.0, 100, 50000, K::Chpl},
        {"854149", "3.A", "Electrical apparatus: photosensitive semiconductor devices",
         "Приборы полупроводниковые фоточувствительные", "pcs", 0.002, 1.0, 10.0, 500, 100000, K::Chpl},
        {"854151", "3.A", "Electrical apparatus: photosensitive semiconductor devices", "Датчики полупроводниковые",
         "pcs", 0.002, 1.0, 10.0, 500, 100000, K::Chpl},
        {"854159", "3.A", "Electrical apparatus: photosensitive semiconductor devices",
         "Приборы полупроводниковые прочие", "pcs", 0.002, 0.5, 5.0, 1000, 100000, K::Chpl},
        {"854160", "3.A", "Crystals: mounted piezo-electric", "Кристаллы пьезоэлектрические собранные", "pcs", 0.0005,
         0.15, 1.5, 5000, 500000, K::Chpl},
        {"848210", "3.B", "Ball bearings", "Подшипники шариковые", "pcs", 0.3, 2.0, 20.0, 100, 20000, K::Chpl},
        {"848220", "3.B", "Bearings: tapered roller bearings", "Подшипники роликовые конические", "pcs", 0.8, 5.0, 50.0,
         100, 10000, K::Chpl},
        {"848230", "3.B", "Bearings: spherical roller bearings", "Подшипники роликовые сферические", "kg", 1.0, 10.0,
         35.0, 200, 20000, K::Chpl},
        {"848250", "3.B", "Bearings: cylindrical roller bearings", "Подшипники роликовые цилиндрические", "kg", 1.0,
         8.0, 30.0, 200, 20000, K::Chpl},
        {"880730", "3.B", "Aircraft and spacecraft: parts of aeroplanes",
         "Части самолетов и беспилотных летательных аппаратов", "pcs", 1.0, 100.0, 1000.0, 5, 2000, K::Chpl},
        {"901310", "3.B", "Optical appliances and instruments: telescopic sights for fitting to arms",
         "Прицелы оптические телескопические для оружия", "pcs", 0.7, 250.0, 2500.0, 5, 500, K::Chpl},
        {"901380", "3.B", "Optical devices, appliances and instruments: n.e.c. in heading no. 9013",
         "Устройства, приборы и инструменты оптические прочие", "pcs", 0.5, 80.0, 800.0, 10, 2000, K::Chpl},
        {"901420", "3.B", "Navigational instruments and appliances: for aeronautical or space navigation",
         "Приборы навигационные для авиации или космонавтики", "pcs", 1.5, 2000.0, 20000.0, 2, 200, K::Chpl},
        {"901480", "3.B",
         "Navigational instruments and appliances: for navigation other than aeronautical or space navigation",
         "Приборы и инструменты навигационные прочие", "pcs", 1.2, 800.0, 8000.0, 2, 300, K::Chpl},
        {"847180", "4.A", "Units of automatic data processing machines: n.e.c. in item no. 8471.50",
         "Блоки вычислительных машин прочие", "pcs", 3.0, 150.0, 1500.0, 10, 2000, K::Chpl},
        {"848610", "4.A",
         "Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor boules or "
         "wafers",
         "Машины и аппаратура для производства полупроводниковых булей или пластин", "set", 3000.0, 200000.0, 1500000.0,
         1, 2, K::Chpl},
        {"848620", "4.A",
         "Machines and apparatus of a kind used solely or principally for the manufacture of semiconductor devices or "
         "of electronic integrated circuits",
         "Машины и аппаратура для производства полупроводниковых приборов или электронных интегральных схем", "set",
         4000.0, 250000.0, 2000000.0, 1, 2, K::Chpl},
        {"848640", "4.A",
         "Machines and apparatus of a kind used solely or principally for the manufacture or repair of masks and "
         "reticles",
         "Машины и аппаратура для производства или ремонта масок и сеток (фотошаблонов)", "set", 2500.0, 200000.0,
         1200000.0, 1, 2, K::Chpl},
        {"853400", "4.A", "Circuits: printed", "Схемы печатные", "pcs", 0.03, 2.0, 20.0, 500, 100000, K::Chpl},
        {"854320", "4.A", "Electrical machines and apparatus: signal generators", "Генераторы сигналов", "pcs", 6.0,
         3000.0, 30000.0, 1, 100, K::Chpl},
        {"902750", "4.A", "Instruments and apparatus: using optical radiations",
         "Приборы и аппаратура, использующие оптическое излучение (спектрометры)", "pcs", 12.0, 6000.0, 60000.0, 1, 50,
         K::Chpl},
        {"903020", "4.A", "Oscilloscopes and oscillographs", "Осциллоскопы и осциллографы", "pcs", 5.0, 2500.0, 25000.0,
         2, 200, K::Chpl},
        {"903032", "4.A", "Multimeters: for measuring or checking voltage", "Мультиметры с записывающим устройством",
         "pcs", 0.5, 90.0, 900.0, 20, 2000, K::Chpl},
        {"903039", "4.A", "Instruments and apparatus: for measuring or checking voltage",
         "Приборы для измерения или контроля напряжения прочие", "pcs", 1.5, 300.0, 3000.0, 10, 1000, K::Chpl},
        {"903082", "4.A", "Instruments and apparatus: for measuring or checking semiconductor wafers or devices",
         "Приборы для измерения или контроля полупроводниковых пластин или приборов", "pcs", 300.0, 80000.0, 800000.0,
         1, 4, K::Chpl},
        {"845710", "4.B", "Machining centres: for working metal", "Центры обрабатывающие для обработки металла", "pcs",
         6500.0, 120000.0, 900000.0, 1, 5, K::Chpl},
        {"845811", "4.B", "Lathes: for removing metal", "Станки токарные горизонтальные с ЧПУ", "pcs", 4500.0, 60000.0,
         500000.0, 1, 5, K::Chpl},
        {"845891", "4.B", "Lathes: for removing metal", "Станки токарные прочие с ЧПУ", "pcs", 3500.0, 50000.0,
         400000.0, 1, 5, K::Chpl},
        {"845961", "4.B", "Machine-tools: for milling by removing metal", "Станки фрезерные с ЧПУ", "pcs", 4000.0,
         60000.0, 600000.0, 1, 5, K::Chpl},
        {"846693", "4.B",
         "Parts & accessories suited for use solely/principally with machines of headings 8456-8465: n.e.c. in heading "
         "no. 8466",
         "Части и принадлежности станков товарных позиций 8456-8465", "pcs", 2.5, 100.0, 1000.0, 20, 5000, K::Chpl},

        {"0901210000", "", "Coffee, roasted, not decaffeinated", "Кофе жареный с кофеином", "kg", 1.0, 6.0, 14.0, 500,
         20000, K::Food},
        {"1806329000", "", "Chocolate in bars, not filled", "Шоколад в брусках без начинки", "kg", 1.0, 5.0, 11.0, 500,
         20000, K::Food},
        {"1905311900", "", "Sweet biscuits", "Печенье сладкое", "kg", 1.0, 2.5, 6.0, 1000, 20000, K::Food},
        {"0406906100", "", "Cheese, Parmigiano Reggiano", "Сыр пармиджано реджано", "kg", 1.0, 12.0, 22.0, 200, 10000,
         K::Food},
        {"2204217900", "", "Wine of fresh grapes, in containers of 2 l or less",
         "Вино виноградное натуральное в сосудах 2 л или менее", "l", 1.3, 3.0, 15.0, 500, 20000, K::Food},
        {"2106909800", "", "Food preparations n.e.c.", "Пищевые продукты прочие", "kg", 1.0, 3.0, 9.0, 500, 20000,
         K::Food},
        {"3004900000", "", "Medicaments in measured doses, packed for retail sale",
         "Лекарственные средства, расфасованные в дозированные формы", "kg", 1.0, 25.0, 250.0, 50, 5000, K::Medicine},
        {"3002150000", "", "Immunological products in measured doses", "Иммунологические продукты дозированные", "kg",
         1.0, 300.0, 3000.0, 5, 500, K::Medicine},
        {"3006500000", "", "First-aid boxes and kits", "Аптечки и наборы первой помощи", "set", 0.6, 5.0, 25.0, 100,
         10000, K::Medicine},
        {"9018390000", "", "Needles, catheters, cannulae", "Иглы, катетеры, канюли", "pcs", 0.01, 0.1, 1.0, 10000,
         1000000, K::Medicine},
        {"6109100010", "", "T-shirts, knitted, of cotton", "Футболки трикотажные хлопчатобумажные", "pcs", 0.2, 2.0,
         8.0, 500, 50000, K::Textile},
        {"6203423100", "", "Men's trousers of denim", "Брюки мужские из денима", "pcs", 0.6, 8.0, 25.0, 200, 20000,
         K::Textile},
        {"6204620000", "", "Women's trousers of cotton", "Брюки женские хлопчатобумажные", "pcs", 0.5, 7.0, 20.0, 200,
         20000, K::Textile},
        {"6403999600", "", "Footwear with leather uppers", "Обувь с верхом из натуральной кожи", "pair", 0.9, 15.0,
         70.0, 100, 10000, K::Textile},
        {"5208520000", "", "Woven fabrics of cotton, printed", "Ткани хлопчатобумажные набивные", "m2", 0.15, 1.5, 5.0,
         1000, 100000, K::Textile},
        {"8418102000", "", "Combined refrigerator-freezers", "Холодильники-морозильники комбинированные", "pcs", 65.0,
         250.0, 900.0, 20, 1000, K::Industrial},
        {"8450111900", "", "Household washing machines", "Машины стиральные бытовые", "pcs", 70.0, 200.0, 700.0, 20,
         1000, K::Industrial},
        {"8708999710", "", "Parts and accessories of motor vehicles",
         "Части и принадлежности моторных транспортных "
         "средств",
         "kg", 1.0, 5.0, 25.0, 200, 20000, K::Industrial},
        {"3304990000", "", "Beauty and skin-care preparations", "Средства косметические для ухода за кожей", "kg", 1.0,
         10.0, 45.0, 100, 10000, K::Industrial},
        {"3926909700", "", "Articles of plastics n.e.c.", "Изделия из пластмасс прочие", "kg", 1.0, 3.0, 10.0, 500,
         20000, K::Industrial},
        {"9403600000", "", "Wooden furniture", "Мебель деревянная", "pcs", 35.0, 80.0, 500.0, 20, 2000, K::Industrial},
        {"1001990000", "", "Wheat, other than durum, and meslin", "Пшеница мягкая и меслин", "t", 1000.0, 200.0, 300.0,
         20, 3000, K::Local},
        {"7202410000", "", "Ferro-chromium, more than 4% carbon",
         "Ферросплавы: феррохром с содержанием углерода более "
         "4 мас.%",
         "t", 1000.0, 1200.0, 1700.0, 20, 1000, K::Local},
        {"5201001000", "", "Cotton, not carded or combed",
         "Хлопок-волокно, не подвергнутое кардо- или "
         "гребнечесанию",
         "t", 1000.0, 1500.0, 2100.0, 20, 500, K::Local},
        {"0806101000", "", "Fresh table grapes", "Виноград свежий столовый", "t", 1000.0, 700.0, 1200.0, 5, 200,
         K::Local},
        {"2616100000", "", "Silver ores and concentrates", "Руды и концентраты серебряные", "t", 1000.0, 2000.0, 8000.0,
         20, 1000, K::Local},
        {"0702000000", "", "Tomatoes, fresh or chilled", "Томаты свежие или охлажденные", "t", 1000.0, 450.0, 900.0, 5,
         200, K::Local},
        {"3105200000", "", "Mineral fertilisers with nitrogen, phosphorus and potassium",
         "Удобрения минеральные, содержащие азот, фосфор и калий", "t", 1000.0, 300.0, 550.0, 50, 5000, K::Russian},
        {"2710194200", "", "Diesel fuel", "Топливо дизельное", "t", 1000.0, 600.0, 950.0, 20, 3000, K::Russian},
        {"4407119000", "", "Sawn pine wood", "Лесоматериалы сосновые распиленные", "m3", 520.0, 180.0, 320.0, 20, 2000,
         K::Russian},
        {"7208399000", "", "Flat-rolled iron, hot-rolled, in coils", "Прокат плоский горячекатаный в рулонах", "t",
         1000.0, 500.0, 750.0, 20, 2000, K::Russian},
    };
    return std::vector<Goods>(std::begin(catalogue), std::end(catalogue));
}

} // namespace

bool Goods::counted() const
{
    const QLatin1String u(unit);
    return u == QLatin1String("pcs") || u == QLatin1String("set") || u == QLatin1String("pair");
}

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
