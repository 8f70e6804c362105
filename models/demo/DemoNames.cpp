#include "models/demo/DemoNames.h"

#include <QHash>

#include <vector>

namespace caravan::demo {

namespace {

using Words = std::vector<const char *>;

QString u8(const char *text)
{
    return QString::fromUtf8(text);
}

QString pickText(DemoRandom &random, const Words &words)
{
    return u8(random.pick(words));
}

// The vocabulary of one country: name stems, words by sector, legal forms (with their weights) and,
// for Cyrillic countries, the Latin spelling of each legal form.
struct CountryWords {
    Words stems;
    Words electronics;
    Words machinery;
    Words food;
    Words pharma;
    Words textile;
    Words trade;
    Words forms;
    std::vector<double> formWeights;
    Words latinForms; // parallel to forms; empty for Latin-script countries
    Words regions;    // an optional third word that widens the space of names
};

const Words &sectorWords(const CountryWords &w, Sector sector)
{
    switch (sector) {
    case Sector::Electronics:
        return w.electronics;
    case Sector::Machinery:
        return w.machinery;
    case Sector::Food:
        return w.food;
    case Sector::Pharma:
        return w.pharma;
    case Sector::Textile:
        return w.textile;
    case Sector::Trade:
        break;
    }
    return w.trade;
}

const Words kRuStems = {"Вектор", "Спектр",  "Меридиан", "Гранит",   "Сатурн", "Восток", "Интеграл",   "Альтаир",
                        "Протон", "Импульс", "Радиант",  "Техноком", "Элтех",  "Квант",  "Магистраль", "Орбита",
                        "Север",  "Аврора",  "Пульсар",  "Стандарт", "Профит", "Алмаз",  "Ресурс",     "Прогресс",
                        "Гелиос", "Каскад",  "Феникс",   "Вега",     "Полюс",  "Титан",  "Континент",  "Электрон",
                        "Логос",  "Атлант",  "Байкал",   "Енисей",   "Урал",   "Волга",  "Кристалл",   "Парус"};
const Words kRuTrade = {"Трейд",  "Снаб",     "Комплект",   "Электроникс",  "Технологии", "Поставка",    "Логистик",
                        "Импорт", "Групп",    "Инжиниринг", "Системс",      "Компонент",  "Дистрибуция", "Снабжение",
                        "Торг",   "Развитие", "Промтех",    "Микросистемы", "Приборы",    "Автоматика"};
const Words kRuRegions = {"Сибирь", "Центр", "Юг",       "Северо-Запад", "Поволжье",   "Урал",    "Москва", "Нева",
                          "Кама",   "Дон",   "Приморье", "Кубань",       "Черноземье", "Балтика", "Ока"};
const Words kKzStems = {"Нұр",      "Алтын",   "Береке", "Қазына",   "Шаңырақ", "Өркен",   "Ұлы Дала", "Жаңа Заман",
                        "Әлем",     "Ғалам",   "Тұран",  "Сарыарқа", "Іргетас", "Шаһар",   "Атамекен", "Керуен",
                        "Сұңқар",   "Евразия", "Степь",  "Каспий",   "Алатау",  "Арыстан", "Тенгри",   "Ақжол",
                        "Бәйтерек", "Көкше",   "Жетісу", "Ертіс",    "Есіл",    "Орда",    "Мәртебе",  "Шығыс",
                        "Батыс",    "Үміт",    "Самал",  "Құлагер",  "Дәулет",  "Тау",     "Ақсу",     "Ұмай"};
const Words kKzTrade = {"Транзит",  "Логистик", "Трейд",       "Импэкс",   "Снаб",       "Сервис",      "Технолоджи",
                        "Трейдинг", "Групп",    "Инвест",      "Компани",  "Импорт",     "Дистрибьюшн", "Азия",
                        "Экспресс", "Карго",    "Электроникс", "Поставка", "Инжиниринг", "Коммерц"};
const Words kKzRegions = {"Алматы",   "Астана", "Шымкент", "Қарағанды", "Ақтөбе", "Павлодар",  "Атырау",   "Орал",
                          "Қостанай", "Тараз",  "Семей",   "Өскемен",   "Ақтау",  "Петропавл", "Түркістан"};
const Words kKgRegions = {"Бишкек", "Ош",    "Жалал-Абад", "Каракол", "Токмок",
                          "Нарын",  "Талас", "Баткен",     "Кант",    "Балыкчы"};
const Words kByRegions = {"Минск", "Гомель", "Брест", "Витебск", "Гродно", "Могилёв", "Полоцк", "Барановичи"};
const Words kAmRegions = {"Ереван", "Гюмри", "Ванадзор", "Абовян", "Капан", "Армавир", "Раздан", "Горис"};
const Words kKgStems = {"Ала-Тоо", "Ысык-Көл", "Тянь-Шань", "Манас",   "Нарын",   "Талас",      "Чүй",        "Кыргыз",
                        "Көк-Жар", "Эркин",    "Айкол",     "Ак-Суу",  "Тоо-Таш", "Жибек Жолу", "Сары-Челек", "Баатыр",
                        "Өрнөк",   "Ыраң",     "Көмүр",     "Бел-Таш", "Ордо",    "Кут",        "Алтын-Көл",  "Тулпар"};
const Words kByStems = {"Белтех",    "Полесье", "Неман", "Свислочь",    "Березина",   "Минсктех",      "Браслав",
                        "Нарочь",    "Припять", "Двина", "Гомельтрейд", "Витебсктех", "Беларусь-Снаб", "Зубр",
                        "Жемчужина", "Рассвет", "Сож",   "Бобр",        "Лида",       "Орша"};
const Words kAmStems = {"Арарат",   "Севан",   "Масис",  "Арагац", "Ани",     "Ширак",    "Аракс",
                        "Зангезур", "Лори",    "Ереван", "Тигран", "Айк",     "Вайк",     "Гарни",
                        "Гехард",   "Дилижан", "Татев",  "Котайк", "Армавир", "Эчмиадзин"};

const QHash<QString, CountryWords> &countryWords()
{
    static const QHash<QString, CountryWords> table = [] {
        QHash<QString, CountryWords> t;
        t.insert(QStringLiteral("DE"),
                 {{"Müller",      "Schneider", "Fischer", "Weber",      "Becker",    "Hoffmann", "Schäfer", "Koch",
                   "Richter",     "Wolf",      "Neumann", "Zimmermann", "Krüger",    "Hartmann", "Lange",   "Werner",
                   "Krause",      "Lehmann",   "Köhler",  "Rheintal",   "Isartal",   "Mainfeld", "Elbland", "Bodensee",
                   "Schwarzwald", "Allgäu",    "Harz",    "Taunus",     "Spreewald", "Nordsee"},
                  {"Elektronik", "Halbleiter", "Mikrosysteme", "Bauelemente", "Messtechnik", "Funktechnik",
                   "Leiterplatten", "Optoelektronik", "Sensortechnik"},
                  {"Antriebstechnik", "Lagertechnik", "Präzisionsteile", "Automation", "Werkzeugmaschinen",
                   "Maschinenbau", "Wälzlager", "Fertigungstechnik"},
                  {"Feinkost", "Lebensmittel", "Kaffeerösterei", "Süßwaren", "Backwaren", "Molkerei"},
                  {"Pharma", "Arzneimittel", "Medizintechnik", "Pharmazeutik"},
                  {"Textil", "Moden", "Bekleidung", "Strickwaren"},
                  {"Handel", "Logistik", "Export", "Vertrieb"},
                  {"GmbH", "AG", "GmbH & Co. KG"},
                  {0.7, 0.12, 0.18},
                  {},
                  {"Süd", "Nord", "West", "Ost", "International", "Europa", "Technik", "Systeme", "Partner", "Service",
                   "Industrie", "Solutions"}});
        t.insert(QStringLiteral("IT"),
                 {{"Rossi",    "Bianchi", "Romano",  "Colombo",   "Ricci",     "Marino",   "Greco",    "Bruno",
                   "Gallo",    "Conti",   "De Luca", "Costa",     "Giordano",  "Mancini",  "Lombardi", "Moretti",
                   "Barbieri", "Fontana", "Padana",  "Adriatica", "Tirrenica", "Lombarda", "Veneta",   "Emiliana",
                   "Toscana",  "Ligure",  "Alpina",  "Sabauda",   "Etrusca",   "Brianza"},
                  {"Elettronica", "Componenti", "Semiconduttori", "Microsistemi", "Circuiti", "Sensori"},
                  {"Cuscinetti", "Meccanica", "Macchine Utensili", "Automazione", "Precisione", "Torneria"},
                  {"Alimentari", "Caffè", "Dolciaria", "Caseificio", "Vini", "Pastificio"},
                  {"Farmaceutici", "Farmaceutica", "Medicali", "Biomedica"},
                  {"Tessile", "Moda", "Abbigliamento", "Maglieria"},
                  {"Commerciale", "Trading", "Export", "Distribuzione"},
                  {"S.p.A.", "S.r.l."},
                  {0.55, 0.45},
                  {},
                  {"Nord", "Sud", "Italia", "Europa", "Industriale", "Tecnica", "Sistemi", "Internazionale", "Group",
                   "Service"}});
        t.insert(QStringLiteral("PL"),
                 {{"Nowak",     "Kowalski",  "Wiśniewski", "Wójcik",   "Kowalczyk", "Kamiński", "Lewandowski",
                   "Zieliński", "Szymański", "Woźniak",    "Mazowsze", "Wisła",     "Bałtyk",   "Tatry",
                   "Śląsk",     "Pomorze",   "Warta",      "Karpaty",  "Odra",      "Podlasie"},
                  {"Elektronika", "Komponenty", "Mikroelektronika", "Systemy Elektroniczne", "Podzespoły"},
                  {"Łożyska", "Maszyny", "Automatyka", "Obrabiarki", "Precyzja"},
                  {"Spożywcze", "Słodycze", "Mleczarnia", "Przetwórstwo"},
                  {"Farmacja", "Leki", "Medical"},
                  {"Tekstylia", "Odzież", "Moda"},
                  {"Handel", "Logistyka", "Trade", "Dystrybucja"},
                  {"Sp. z o.o.", "S.A."},
                  {0.85, 0.15},
                  {},
                  {"Polska", "Centrum", "Północ", "Południe", "Technik", "Serwis", "Group", "Partner", "Invest"}});
        t.insert(QStringLiteral("FR"),
                 {{"Martin",   "Bernard", "Dubois",    "Thomas",    "Robert", "Richard", "Petit", "Durand", "Leroy",
                   "Moreau",   "Simon",   "Laurent",   "Lefebvre",  "Michel", "Garnier", "Rhône", "Loire",  "Provence",
                   "Bretagne", "Alsace",  "Normandie", "Aquitaine", "Vosges", "Savoie",  "Jura"},
                  {"Composants", "Électronique", "Microsystèmes", "Semiconducteurs", "Circuits"},
                  {"Roulements", "Mécanique", "Automatismes", "Machines-Outils", "Précision"},
                  {"Alimentaire", "Chocolaterie", "Fromagerie", "Biscuiterie", "Vins"},
                  {"Pharma", "Laboratoires", "Santé", "Médical"},
                  {"Textile", "Confection", "Mode"},
                  {"Négoce", "Export", "Distribution", "Commerce"},
                  {"SAS", "SA", "SARL"},
                  {0.6, 0.15, 0.25},
                  {},
                  {"Industrie", "France", "Europe", "Technologies", "Systèmes", "International", "Atlantique", "Sud"}});
        t.insert(QStringLiteral("NL"),
                 {{"De Vries",   "Jansen",    "Van den Berg", "Bakker",  "Visser",  "Smit",     "Meijer",
                   "De Boer",    "Mulder",    "Bos",          "Holland", "Zeeland", "Rijnmond", "Delta",
                   "Maasvlakte", "Friesland", "Twente",       "Veluwe",  "Brabant", "Kennemer"},
                  {"Components", "Electronics", "Semiconductors", "Microsystems", "Circuits"},
                  {"Bearings", "Machinery", "Automation", "Precision", "Industrial"},
                  {"Foods", "Dairy", "Coffee", "Cocoa"},
                  {"Pharma", "Medical", "Healthcare"},
                  {"Textiles", "Fashion", "Apparel"},
                  {"Trading", "Logistics", "Export", "Distribution"},
                  {"B.V.", "N.V."},
                  {0.9, 0.1},
                  {},
                  {"Europe", "International", "Holland", "Benelux", "Group", "Solutions", "Systems"}});
        t.insert(QStringLiteral("US"),
                 {{"Pacific",     "Atlantic", "Summit",   "Liberty",  "Eagle",   "Cascade",        "Sierra",
                   "Keystone",    "Patriot",  "Frontier", "Apex",     "Redwood", "Silicon Valley", "Lone Star",
                   "Great Lakes", "Mountain", "Bay Area", "Hudson",   "Everest", "Pioneer",        "Granite",
                   "Orion",       "Vertex",   "Meridian", "Northstar"},
                  {"Semiconductor", "Microdevices", "Electronics", "Circuits", "Microsystems", "Signal Technologies",
                   "RF Devices"},
                  {"Bearing", "Machine Tools", "Instruments", "Precision", "Automation"},
                  {"Foods", "Nutrition", "Coffee"},
                  {"Pharmaceuticals", "Biologics", "Medical", "Life Sciences"},
                  {"Apparel", "Textiles"},
                  {"Trading", "Supply", "Distribution", "Export"},
                  {"Inc.", "LLC", "Corp."},
                  {0.6, 0.25, 0.15},
                  {},
                  {"International", "Technologies", "Systems", "Solutions", "Labs", "Industries", "Group", "Global"}});
        t.insert(QStringLiteral("GB"),
                 {{"Smith",  "Jones",    "Taylor", "Brown",  "Williams", "Wilson",   "Johnson",
                   "Davies", "Evans",    "Thomas", "Thames", "Pennine",  "Cotswold", "Mercia",
                   "Wessex", "Cambrian", "Solent", "Severn", "Chiltern", "Highland"},
                  {"Electronics", "Semiconductors", "Microsystems", "Components", "Circuits"},
                  {"Bearings", "Engineering", "Machine Tools", "Instruments", "Precision"},
                  {"Foods", "Tea", "Confectionery", "Provisions"},
                  {"Pharma", "Healthcare", "Medical"},
                  {"Textiles", "Clothing", "Woollens"},
                  {"Trading", "Logistics", "Export", "Supplies"},
                  {"Ltd", "PLC", "LLP"},
                  {0.8, 0.1, 0.1},
                  {},
                  {"UK", "International", "Technologies", "Systems", "Group", "Solutions", "Britannia"}});
        t.insert(QStringLiteral("JP"), {{"Yamato",     "Sakura",   "Fuji",     "Asahi",  "Nippon",  "Tokai", "Kanto",
                                         "Kansai",     "Hokuriku", "Kyushu",   "Shinwa", "Daiichi", "Taiyo", "Hikari",
                                         "Mitsuboshi", "Tsubasa",  "Kotobuki", "Heiwa",  "Seiko",   "Tohoku"},
                                        {"Denki", "Denshi", "Electronics", "Semiconductor", "Musen"},
                                        {"Seiko Kogyo", "Seimitsu", "Kikai", "Bearing", "Koki"},
                                        {"Shokuhin", "Foods", "Seika"},
                                        {"Seiyaku", "Pharmaceutical", "Medical"},
                                        {"Sen'i", "Textile", "Boseki"},
                                        {"Shoji", "Trading", "Bussan"},
                                        {"K.K.", "Co., Ltd."},
                                        {0.55, 0.45},
                                        {},
                                        {"Kogyo", "Giken", "Systems", "Industries", "Holdings", "Engineering"}});
        t.insert(QStringLiteral("AE"),
                 {{"Al Noor", "Gulf Star",   "Emirates Link", "Falcon",      "Desert Rose", "Marina",
                   "Oasis",   "Al Mansoori", "Crescent",      "Palm",        "Al Bayan",    "Silver Sands",
                   "Jebel",   "Al Fajr",     "Blue Horizon",  "Dune",        "Al Hamra",    "Pearl",
                   "Sahara",  "Al Safa",     "Royal Orbit",   "Golden Dhow", "Al Wasl",     "Saffron Way"},
                  {"Electronics", "Technologies"},
                  {"Machinery", "Industrial Equipment"},
                  {"Foodstuff", "Food Trading"},
                  {"Pharma", "Medical Supplies"},
                  {"Textiles", "Garments"},
                  {"General Trading", "Trading", "Logistics", "Import Export", "Commercial Brokers"},
                  {"FZE", "L.L.C", "FZCO", "DMCC"},
                  {0.4, 0.3, 0.15, 0.15},
                  {},
                  {"International", "Middle East", "Global", "Worldwide", "Group"}});
        t.insert(QStringLiteral("TR"), {{"Anadolu", "Boğaziçi", "Ege",       "Marmara", "Karadeniz", "Yıldız", "Kartal",
                                         "Akdeniz", "Toros",    "Kapadokya", "Özdemir", "Şahin",     "Yılmaz", "Aydın",
                                         "Çelik",   "Doğan",    "Kaya",      "Öztürk",  "Arslan",    "Güneş"},
                                        {"Elektronik", "Teknoloji", "Bilişim"},
                                        {"Makina", "Rulman", "Otomasyon"},
                                        {"Gıda", "Kahve", "Şekerleme"},
                                        {"İlaç", "Medikal"},
                                        {"Tekstil", "Konfeksiyon"},
                                        {"Dış Ticaret", "Lojistik", "İthalat İhracat", "Ticaret"},
                                        {"Ltd. Şti.", "San. ve Tic. A.Ş."},
                                        {0.7, 0.3},
                                        {},
                                        {"Uluslararası", "Grup", "Sanayi", "Pazarlama"}});
        t.insert(QStringLiteral("GE"),
                 {{"Kartli", "Kolkhida", "Mtkvari", "Iberia", "Rustavi", "Batumi", "Svaneti", "Kakheti", "Imereti",
                   "Mtskheta", "Ajara", "Guria", "Samegrelo", "Tao", "Kazbegi", "Borjomi", "Poti", "Gori"},
                  {"Electronics", "Tech"},
                  {"Machinery", "Engineering"},
                  {"Foods", "Wine"},
                  {"Pharma", "Medical"},
                  {"Textile"},
                  {"Trading", "Logistics", "Trade Group", "Import"},
                  {"LLC", "JSC"},
                  {0.9, 0.1},
                  {},
                  {"Caucasus", "Georgia", "Black Sea", "International", "Group"}});
        // Cyrillic countries: stems and words are shared with Russian usage; Latin spellings follow.
        t.insert(QStringLiteral("RU"), {kRuStems,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        {"ООО", "АО", "ПАО"},
                                        {0.78, 0.18, 0.04},
                                        {"LLC", "JSC", "PJSC"},
                                        kRuRegions});
        t.insert(QStringLiteral("BY"), {kByStems,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        {"ООО", "ОАО", "ЗАО"},
                                        {0.75, 0.15, 0.1},
                                        {"LLC", "OJSC", "CJSC"},
                                        kByRegions});
        t.insert(QStringLiteral("KZ"), {kKzStems,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        {"ТОО", "АО"},
                                        {0.92, 0.08},
                                        {"LLP", "JSC"},
                                        kKzRegions});
        t.insert(QStringLiteral("KG"), {kKgStems,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        kKzTrade,
                                        {"ОсОО", "ОАО"},
                                        {0.93, 0.07},
                                        {"LLC", "OJSC"},
                                        kKgRegions});
        t.insert(QStringLiteral("AM"), {kAmStems,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        kRuTrade,
                                        {"ООО", "ЗАО"},
                                        {0.9, 0.1},
                                        {"LLC", "CJSC"},
                                        kAmRegions});
        return t;
    }();
    return table;
}

const CountryWords &wordsFor(const QString &country)
{
    const auto &table = countryWords();
    const auto it = table.find(country);
    return it != table.end() ? *it : *table.find(QStringLiteral("GB"));
}

// Latin spellings of Cyrillic legal forms as they appear in foreign trade data.
QString latinForm(const CountryWords &w, const QString &form)
{
    for (std::size_t i = 0; i < w.forms.size() && i < w.latinForms.size(); ++i)
        if (form == u8(w.forms[i]))
            return u8(w.latinForms[i]);
    return form;
}

// The transliterated legal form that Kazakh and Kyrgyz declarations also use ("TOO", "OsOO").
QString transliteratedForm(const QString &form)
{
    return DemoNames::transliterate(form);
}

} // namespace

bool DemoNames::usesCyrillic(const QString &country)
{
    return country == u"RU" || country == u"BY" || country == u"KZ" || country == u"KG" || country == u"AM";
}

QString DemoNames::legalForm(DemoRandom &random, const QString &country)
{
    const CountryWords &w = wordsFor(country);
    return u8(w.forms[random.weighted(w.formWeights)]);
}

QString DemoNames::transliterate(const QString &text)
{
    static const QHash<QChar, const char *> table = [] {
        QHash<QChar, const char *> t;
        const char *pairs[][2] = {
            {"А", "A"},  {"Б", "B"},  {"В", "V"},  {"Г", "G"},  {"Д", "D"},  {"Е", "E"},    {"Ё", "E"},
            {"Ж", "Zh"}, {"З", "Z"},  {"И", "I"},  {"Й", "Y"},  {"К", "K"},  {"Л", "L"},    {"М", "M"},
            {"Н", "N"},  {"О", "O"},  {"П", "P"},  {"Р", "R"},  {"С", "S"},  {"Т", "T"},    {"У", "U"},
            {"Ф", "F"},  {"Х", "Kh"}, {"Ц", "Ts"}, {"Ч", "Ch"}, {"Ш", "Sh"}, {"Щ", "Shch"}, {"Ъ", ""},
            {"Ы", "Y"},  {"Ь", ""},   {"Э", "E"},  {"Ю", "Yu"}, {"Я", "Ya"}, {"Ә", "A"},    {"Ғ", "G"},
            {"Қ", "K"},  {"Ң", "N"},  {"Ө", "O"},  {"Ұ", "U"},  {"Ү", "U"},  {"Һ", "H"},    {"І", "I"},
        };
        for (const auto &p : pairs) {
            const QString upper = QString::fromUtf8(p[0]);
            t.insert(upper.at(0), p[1]);
        }
        return t;
    }();
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar upper = c.toUpper();
        const auto it = table.find(upper);
        if (it == table.end()) {
            out += c;
            continue;
        }
        QString latin = QString::fromLatin1(*it);
        if (c != upper) {
            latin = latin.toLower();
        } else if (latin.size() > 1) {
            // "Щука" -> "Shchuka", but "ЩУКА" -> "SHCHUKA".
            const bool nextUpper = i + 1 < text.size() && text.at(i + 1).isUpper();
            if (nextUpper)
                latin = latin.toUpper();
        }
        out += latin;
    }
    return out;
}

GeneratedName DemoNames::companyFromCore(const QString &country, const QString &core, const QString &givenForm)
{
    const CountryWords &w = wordsFor(country);
    const QString form = givenForm.isEmpty() ? u8(w.forms.front()) : givenForm;
    GeneratedName n;
    n.core = core;
    if (usesCyrillic(country)) {
        n.name = QStringLiteral("%1 «%2»").arg(form, core);
        const QString latin = transliterate(core);
        n.aliases << QStringLiteral("%1 %2").arg(latin.toUpper(), latinForm(w, form));
        if (country == u"KZ" || country == u"KG")
            n.aliases << QStringLiteral("%1 %2").arg(latin, transliteratedForm(form));
        else
            n.aliases << QStringLiteral("%1 \"%2\"").arg(transliterate(form), latin);
    } else {
        n.name = QStringLiteral("%1 %2").arg(core, form);
        n.aliases << n.name.toUpper();
    }
    return n;
}

GeneratedName DemoNames::company(DemoRandom &random, const QString &country, Sector sector)
{
    const CountryWords &w = wordsFor(country);
    QString core = pickText(random, w.stems);
    const Words &words = sectorWords(w, sector);
    if (!words.empty() && random.chance(0.85))
        core += (usesCyrillic(country) ? QStringLiteral(" ") : QStringLiteral(" ")) + pickText(random, words);
    if (!w.regions.empty() && random.chance(0.35))
        core += (usesCyrillic(country) && random.chance(0.5) ? QStringLiteral("-") : QStringLiteral(" ")) +
                pickText(random, w.regions);
    return companyFromCore(country, core, legalForm(random, country));
}

namespace {

// A Russian-style person: family name, given name and patronymic in both genders.
struct SlavicNames {
    Words male, female, fathers, maleSurnames;
    bool kazakhPatronymics = false;
};

const SlavicNames &slavicNames(const QString &country)
{
    static const SlavicNames ru{{"Алексей", "Дмитрий", "Сергей", "Андрей", "Михаил", "Игорь", "Олег", "Владимир",
                                 "Николай", "Павел", "Артём", "Евгений", "Виктор", "Юрий", "Роман", "Константин"},
                                {"Елена", "Ольга", "Наталья", "Ирина", "Татьяна", "Анна", "Мария", "Светлана", "Юлия",
                                 "Екатерина", "Марина", "Галина"},
                                {"Александр", "Сергей", "Владимир", "Николай", "Иван", "Пётр", "Михаил", "Виктор",
                                 "Анатолий", "Геннадий", "Борис", "Юрий"},
                                {"Иванов",   "Смирнов",  "Кузнецов", "Попов",   "Васильев", "Петров",
                                 "Соколов",  "Михайлов", "Новиков",  "Фёдоров", "Морозов",  "Волков",
                                 "Алексеев", "Лебедев",  "Семёнов",  "Егоров",  "Павлов",   "Козлов",
                                 "Степанов", "Николаев", "Орлов",    "Андреев", "Макаров",  "Никитин",
                                 "Захаров",  "Зайцев",   "Соловьёв", "Борисов", "Яковлев",  "Григорьев"}};
    static const SlavicNames kz{
        {"Нұрлан", "Серік", "Ерлан", "Асхат", "Дәурен", "Бауыржан", "Қайрат", "Ержан", "Талғат", "Мұрат", "Айдос",
         "Жандос", "Әділет", "Ғани"},
        {"Әйгерім", "Гүлнара", "Айгүл", "Салтанат", "Жанар", "Динара", "Мәдина", "Ақмарал", "Гүлмира", "Сәуле"},
        {"Болат", "Ерлан", "Серік", "Мұрат", "Қанат", "Жомарт", "Марат", "Бақыт", "Әмір", "Ғалым"},
        {"Ахметов", "Сейткалиев", "Нұрланов", "Жақсыбеков", "Омаров", "Сәрсенбаев", "Әбенов", "Қасымов", "Есенов",
         "Бекмұхамбетов", "Исабеков", "Мұқанов", "Жұмабаев", "Оспанов", "Сұлтанов", "Ғабдуллин", "Құдайбергенов",
         "Төлеуов"},
        true};
    static const SlavicNames kg{{"Азамат", "Нурбек", "Бакыт", "Эрлан", "Улан", "Айбек", "Талант", "Мирлан", "Жоомарт"},
                                {"Айжан", "Нургуль", "Чолпон", "Гульнара", "Айпери", "Бермет", "Жылдыз"},
                                {"Асан", "Үсөн", "Токтогул", "Жумабек", "Мамыт", "Сапар", "Турдубек"},
                                {"Токтогулов", "Абдылдаев", "Осмонов", "Сыдыков", "Мамытов", "Усенов", "Асанов",
                                 "Бекташев", "Жумалиев", "Сапаров", "Турдубеков", "Кадыров"}};
    static const SlavicNames am{{"Арам", "Гайк", "Тигран", "Карен", "Ашот", "Армен", "Давид", "Самвел", "Левон"},
                                {"Анна", "Ануш", "Гаяне", "Лилит", "Нарине", "Мариам"},
                                {"Ашот", "Гагик", "Ваган", "Рубен", "Саркис", "Грант", "Артур"},
                                {"Петросян", "Саркисян", "Овсепян", "Акопян", "Григорян", "Мартиросян", "Арутюнян",
                                 "Карапетян", "Манукян", "Геворгян"}};
    static const SlavicNames by{
        {"Александр", "Дмитрий", "Сергей", "Андрей", "Виктор", "Игорь", "Василий", "Павел"},
        {"Ольга", "Наталья", "Ирина", "Татьяна", "Светлана", "Людмила"},
        {"Николай", "Иван", "Михаил", "Степан", "Григорий", "Леонид"},
        {"Ковалёв", "Новиков", "Козлов", "Мельников", "Кравцов", "Лукашов", "Жуков", "Ткачёв", "Шевцов", "Романов"}};
    if (country == u"KZ")
        return kz;
    if (country == u"KG")
        return kg;
    if (country == u"AM")
        return am;
    if (country == u"BY")
        return by;
    return ru;
}

QString patronymic(const QString &givenFather, bool female)
{
    const QString father = givenFather == u"Пётр" ? QStringLiteral("Петр") : givenFather;
    // Russian rules, simplified: -ий -> -ьевич/-ьевна, soft -й -> -евич, otherwise -ович/-овна.
    if (father.endsWith(u"ий"))
        return father.chopped(2) + (female ? QStringLiteral("ьевна") : QStringLiteral("ьевич"));
    if (father.endsWith(u"й"))
        return father.chopped(1) + (female ? QStringLiteral("евна") : QStringLiteral("евич"));
    if (father.endsWith(u"а"))
        return father.chopped(1) + (female ? QStringLiteral("ична") : QStringLiteral("ич"));
    return father + (female ? QStringLiteral("овна") : QStringLiteral("ович"));
}

QString femaleSurname(const QString &male)
{
    if (male.endsWith(u"ов") || male.endsWith(u"ев") || male.endsWith(u"ёв") || male.endsWith(u"ин"))
        return male + QStringLiteral("а");
    return male; // Armenian -ян and Kyrgyz forms do not change
}

struct LatinPersons {
    Words given, family;
};

const LatinPersons &latinPersons(const QString &country)
{
    static const QHash<QString, LatinPersons> table{
        {QStringLiteral("DE"),
         {{"Hans", "Jürgen", "Klaus", "Stefan", "Andrea", "Sabine", "Thomas", "Katrin"},
          {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker"}}},
        {QStringLiteral("IT"),
         {{"Marco", "Giuseppe", "Luca", "Francesca", "Giulia", "Paolo"},
          {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano"}}},
        {QStringLiteral("PL"),
         {{"Piotr", "Krzysztof", "Anna", "Katarzyna", "Tomasz", "Marek"},
          {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamińska", "Lewandowski"}}},
        {QStringLiteral("FR"),
         {{"Jean", "Pierre", "Marie", "Sophie", "Nicolas", "Isabelle"},
          {"Martin", "Bernard", "Dubois", "Durand", "Lefèvre", "Moreau"}}},
        {QStringLiteral("NL"),
         {{"Jan", "Pieter", "Sanne", "Eva", "Willem", "Lotte"},
          {"de Jong", "Jansen", "de Vries", "van Dijk", "Bakker", "Visser"}}},
        {QStringLiteral("US"),
         {{"John", "Michael", "Sarah", "Jennifer", "David", "Robert"},
          {"Smith", "Johnson", "Miller", "Davis", "Anderson", "Clark"}}},
        {QStringLiteral("GB"),
         {{"James", "Oliver", "Emma", "Charlotte", "William", "Harry"},
          {"Taylor", "Brown", "Wilson", "Evans", "Walker", "Hughes"}}},
        {QStringLiteral("JP"),
         {{"Hiroshi", "Takashi", "Yuki", "Kenji", "Akiko", "Naoko"},
          {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito"}}},
        {QStringLiteral("AE"),
         {{"Ahmed", "Mohammed", "Khalid", "Rashid", "Fatima", "Omar", "Saeed"},
          {"Al Mansouri", "Al Hashimi", "Al Nuaimi", "Al Suwaidi", "Al Marri", "Al Falasi"}}},
        {QStringLiteral("TR"),
         {{"Mehmet", "Mustafa", "Ahmet", "Ayşe", "Fatma", "Emre", "Hüseyin"},
          {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın"}}},
        {QStringLiteral("GE"),
         {{"Giorgi", "Levan", "Davit", "Nino", "Tamar", "Irakli", "Zurab"},
          {"Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri"}}},
    };
    const auto it = table.find(country);
    return it != table.end() ? *it : *table.find(QStringLiteral("GB"));
}

} // namespace

GeneratedName DemoNames::person(DemoRandom &random, const QString &country, bool *femaleOut)
{
    const bool female = random.chance(0.3);
    if (femaleOut)
        *femaleOut = female;
    GeneratedName n;
    if (!usesCyrillic(country)) {
        const LatinPersons &p = latinPersons(country);
        const QString given = pickText(random, p.given);
        const QString family = pickText(random, p.family);
        n.name = QStringLiteral("%1 %2").arg(given, family);
        n.aliases << QStringLiteral("%1, %2").arg(family.toUpper(), given);
        n.core = n.name;
        return n;
    }
    const SlavicNames &s = slavicNames(country);
    const QString given = pickText(random, female ? s.female : s.male);
    const QString father = pickText(random, s.fathers);
    QString family = pickText(random, s.maleSurnames);
    if (female)
        family = femaleSurname(family);
    QString middle;
    if (s.kazakhPatronymics && random.chance(0.4))
        middle = father + (female ? QStringLiteral("қызы") : QStringLiteral("ұлы"));
    else
        middle = patronymic(father, female);
    n.name = QStringLiteral("%1 %2 %3").arg(family, given, middle);
    n.core = n.name;
    n.aliases << QStringLiteral("%1 %2 %3").arg(given, middle, family);
    n.aliases << QStringLiteral("%1 %2").arg(transliterate(given), transliterate(family));
    n.aliases
        << QStringLiteral("%1 %2 %3").arg(transliterate(family).toUpper(), transliterate(given), transliterate(middle));
    return n;
}

namespace {

struct AddressStyle {
    Words cities;
    Words streets;
    const char *pattern; // %1 city, %2 street, %3 building, %4 office
};

const AddressStyle &addressStyle(const QString &country)
{
    static const QHash<QString, AddressStyle> table{
        {QStringLiteral("KZ"),
         {{"Алматы", "Астана", "Шымкент", "Караганда", "Актобе"},
          {"ул. Абая", "пр. Назарбаева", "ул. Толе би", "пр. Аль-Фараби", "ул. Жандосова", "ул. Сатпаева",
           "пр. Мәңгілік Ел", "ул. Кенесары", "ул. Гоголя", "ул. Байтурсынова", "ул. Құрманғазы", "пр. Райымбека"},
          "Казахстан, г. %1, %2, д. %3, оф. %4"}},
        {QStringLiteral("KG"),
         {{"Бишкек", "Ош"},
          {"ул. Киевская", "пр. Чуй", "ул. Токтогула", "пр. Манаса", "ул. Ибраимова", "ул. Московская", "ул. Исанова",
           "пр. Жибек Жолу"},
          "Кыргызстан, г. %1, %2, %3, оф. %4"}},
        {QStringLiteral("AM"),
         {{"Yerevan", "Gyumri", "Vanadzor"},
          {"Tigran Mets Ave", "Mashtots Ave", "Abovyan St", "Komitas Ave", "Baghramyan Ave", "Tumanyan St",
           "Sayat-Nova Ave"},
          "%2 %3, office %4, %1, Armenia"}},
        {QStringLiteral("GE"),
         {{"Tbilisi", "Batumi", "Kutaisi", "Rustavi"},
          {"Rustaveli Ave", "Chavchavadze Ave", "Kazbegi Ave", "Agmashenebeli Ave", "Pekini Ave", "Vazha-Pshavela Ave"},
          "%2 %3, office %4, %1, Georgia"}},
        {QStringLiteral("AE"),
         {{"Jumeirah Lakes Towers, Dubai", "Jebel Ali Free Zone, Dubai", "Business Bay, Dubai", "Deira, Dubai",
           "Al Qusais Industrial Area, Dubai", "SAIF Zone, Sharjah", "RAK Free Trade Zone, Ras Al Khaimah",
           "Ajman Free Zone, Ajman"},
          {"Building", "Tower", "Block", "Warehouse"},
          "Office %4, %2 %3, %1, UAE"}},
        {QStringLiteral("TR"),
         {{"İstanbul", "Ankara", "İzmir", "Mersin", "Bursa"},
          {"Atatürk Cd.", "Cumhuriyet Cd.", "İstiklal Cd.", "Bağdat Cd.", "Barbaros Blv.", "Gazi Mustafa Kemal Blv."},
          "%2 No:%3 D:%4, %1, Türkiye"}},
        {QStringLiteral("RU"),
         {{"Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск", "Казань", "Нижний Новгород"},
          {"ул. Тверская", "Ленинский пр-т", "ул. Профсоюзная", "Невский пр-т", "ул. Садовая", "ул. Ленина",
           "ул. Гагарина", "Варшавское ш.", "ул. Мира", "пр-т Вернадского", "ул. Советская", "ул. Маршала Жукова"},
          "Россия, г. %1, %2, д. %3, оф. %4"}},
        {QStringLiteral("BY"),
         {{"Минск", "Гомель", "Брест", "Витебск"},
          {"пр-т Независимости", "ул. Немига", "пр-т Победителей", "ул. Притыцкого", "ул. Кальварийская"},
          "Беларусь, г. %1, %2, д. %3, пом. %4"}},
        {QStringLiteral("DE"),
         {{"80331 München", "70173 Stuttgart", "20095 Hamburg", "60311 Frankfurt am Main", "01067 Dresden",
           "90402 Nürnberg"},
          {"Hauptstraße", "Industriestraße", "Bahnhofstraße", "Gewerbering", "Siemensstraße", "Max-Planck-Straße"},
          "%2 %3, %1, Germany"}},
        {QStringLiteral("IT"),
         {{"20121 Milano", "10121 Torino", "40121 Bologna", "35131 Padova", "50123 Firenze"},
          {"Via Roma", "Via Garibaldi", "Via dell'Industria", "Viale Europa", "Via Mazzini"},
          "%2 %3, %1, Italy"}},
        {QStringLiteral("PL"),
         {{"00-001 Warszawa", "30-001 Kraków", "50-001 Wrocław", "80-001 Gdańsk", "90-001 Łódź"},
          {"ul. Marszałkowska", "ul. Przemysłowa", "ul. Składowa", "al. Jerozolimskie", "ul. Fabryczna"},
          "%2 %3, %1, Poland"}},
        {QStringLiteral("FR"),
         {{"75008 Paris", "69002 Lyon", "31000 Toulouse", "38000 Grenoble", "13002 Marseille"},
          {"rue de Rivoli", "avenue de la République", "rue de l'Industrie", "boulevard Pasteur", "rue Victor Hugo"},
          "%3 %2, %1, France"}},
        {QStringLiteral("NL"),
         {{"1015 CX Amsterdam", "3011 AA Rotterdam", "5611 AA Eindhoven", "2511 AA Den Haag"},
          {"Keizersgracht", "Stationsweg", "Industrieweg", "High Tech Campus", "Havenstraat"},
          "%2 %3, %1, Netherlands"}},
        {QStringLiteral("US"),
         {{"San Jose, CA 95113", "Austin, TX 78701", "Boston, MA 02110", "Phoenix, AZ 85004", "Dallas, TX 75201"},
          {"Market St", "Main St", "Technology Dr", "Commerce Blvd", "Innovation Way"},
          "%3 %2, Suite %4, %1, USA"}},
        {QStringLiteral("GB"),
         {{"Cambridge CB1 2JD", "Manchester M1 1AE", "Birmingham B1 1AA", "Bristol BS1 4DJ", "Reading RG1 1AA"},
          {"Station Road", "High Street", "Mill Lane", "Science Park", "Church Road"},
          "Unit %4, %3 %2, %1, United Kingdom"}},
        {QStringLiteral("JP"),
         {{"Minato-ku, Tokyo 105-0014", "Chiyoda-ku, Tokyo 100-0005", "Kita-ku, Osaka 530-0001",
           "Naka-ku, Nagoya 460-0008"},
          {"Shiba", "Marunouchi", "Umeda", "Sakae"},
          "%3-%4 %2, %1, Japan"}},
    };
    const auto it = table.find(country);
    return it != table.end() ? *it : *table.find(QStringLiteral("GB"));
}

} // namespace

QString DemoNames::address(DemoRandom &random, const QString &country)
{
    const AddressStyle &style = addressStyle(country);
    // Not QString::arg: some patterns have no office number, and arg() warns about unused arguments.
    QString text = u8(style.pattern);
    text.replace(QStringLiteral("%1"), pickText(random, style.cities));
    text.replace(QStringLiteral("%2"), pickText(random, style.streets));
    text.replace(QStringLiteral("%3"), QString::number(random.intBetween(1, 240)));
    text.replace(QStringLiteral("%4"), QString::number(random.intBetween(1, 950)));
    return text;
}

} // namespace caravan::demo
