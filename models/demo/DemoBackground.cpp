#include "models/demo/DemoBackground.h"

#include <cmath>

namespace caravan::demo {

namespace {

const QStringList kExporterCountries{QStringLiteral("DE"), QStringLiteral("IT"), QStringLiteral("PL"),
                                     QStringLiteral("FR"), QStringLiteral("NL"), QStringLiteral("US"),
                                     QStringLiteral("GB"), QStringLiteral("JP")};
const std::vector<double> kExporterWeights{0.25, 0.14, 0.1, 0.12, 0.1, 0.12, 0.09, 0.08};
const QStringList kTransitCountries{QStringLiteral("KZ"), QStringLiteral("KG"), QStringLiteral("AM"),
                                    QStringLiteral("GE"), QStringLiteral("AE"), QStringLiteral("TR")};
const std::vector<double> kTransitWeights{0.3, 0.15, 0.12, 0.1, 0.2, 0.13};

QString transitCountry(DemoRandom &random)
{
    return kTransitCountries.at(static_cast<qsizetype>(random.weighted(kTransitWeights)));
}

Sector exporterSector(DemoRandom &random)
{
    static const std::vector<double> weights{0.35, 0.2, 0.17, 0.13, 0.1, 0.05};
    return static_cast<Sector>(random.weighted(weights));
}

// Shares of a company's owners, summing to 100.
const std::vector<std::vector<double>> kShareSplits{{100},        {100},    {51, 49}, {60, 40},    {50, 25, 25},
                                                    {34, 33, 33}, {70, 30}, {75, 25}, {40, 35, 25}};

// Ordinary consignments are worth kMinConsignment to kMaxConsignment USD, kMeanConsignment on average.
constexpr double kMinConsignment = 4000, kMaxConsignment = 450000;
constexpr double kMeanConsignment = kMinConsignment + (kMaxConsignment - kMinConsignment) / 4;

std::size_t goodsOf(DemoRandom &random, const std::vector<double> &kindWeights)
{
    for (;;) {
        // kindWeights are for Chpl, Food, Medicine, Textile, Industrial, Local, Russian.
        const auto kind = static_cast<GoodsKind>(random.weighted(kindWeights));
        const auto &lines = goodsOfKind(kind);
        std::size_t goods = 0;
        if (kind == GoodsKind::Chpl) {
            // Integrated circuits and tier-2 electronics dominate the real flows.
            const std::size_t i = random.index(lines.size());
            const std::size_t j = random.index(lines.size());
            goods = lines[std::min(i, j)];
        } else {
            goods = random.pick(lines);
        }
        // Goods of which even the smallest lot costs more than an ordinary consignment (a lithography set, a
        // machining centre) are traded as much less often, so that a few of them do not outweigh the market.
        const Goods &g = goodsCatalogue()[goods];
        const double smallestLot = g.typicalPrice() * g.quantityLow;
        if (smallestLot <= kMeanConsignment || random.chance(kMeanConsignment / smallestLot))
            return goods;
    }
}

QDate dateInYears(DemoRandom &random, const std::vector<double> &yearWeights)
{
    const int year = 2019 + static_cast<int>(random.weighted(yearWeights));
    const QDate first(year, 1, 1);
    return first.addDays(random.between(0, first.daysInYear() - 1));
}

const QDate kInvasion(2022, 2, 24);

} // namespace

qint64 DemoBackground::companiesForScale(int scale)
{
    // Scale 1: a small realistic case of ~300 companies; scale 20: ~50,000.
    return 300 + 2616LL * (scale - 1);
}

qint64 DemoBackground::shipmentsForScale(int scale)
{
    // Scale 1: ~3,000 declarations; scale 20: ~1,000,000.
    return 3000 + 52474LL * (scale - 1);
}

QString DemoBackground::exporterCountry(DemoRandom &random)
{
    return kExporterCountries.at(static_cast<qsizetype>(random.weighted(kExporterWeights)));
}

int DemoBackground::partner(DemoRandom &random, const std::vector<int> &candidates)
{
    const double u = random.unit();
    return candidates[std::min(candidates.size() - 1, static_cast<std::size_t>(u * u * double(candidates.size())))];
}

int DemoBackground::exporterFor(DemoRandom &random, const Population &pop, std::size_t goods)
{
    const Goods &g = goodsCatalogue()[goods];
    Sector sector = Sector::Trade;
    switch (g.kind) {
    case GoodsKind::Chpl:
        sector = g.hs6().startsWith(u"85") ? Sector::Electronics : Sector::Machinery;
        break;
    case GoodsKind::Food:
        sector = Sector::Food;
        break;
    case GoodsKind::Medicine:
        sector = Sector::Pharma;
        break;
    case GoodsKind::Textile:
        sector = Sector::Textile;
        break;
    default:
        sector = random.chance(0.5) ? Sector::Machinery : Sector::Trade;
        break;
    }
    return partner(random, pop.exportersBySector[static_cast<std::size_t>(sector)]);
}

QDate DemoBackground::dateBetween(DemoRandom &random, const QDate &first, const QDate &last)
{
    return first.addDays(random.between(0, first.daysTo(last)));
}

double DemoBackground::quantityFor(DemoRandom &random, std::size_t goods, double minValue, double maxValue)
{
    const Goods &g = goodsCatalogue()[goods];
    // A consignment worth about [minValue, maxValue], skewed towards small ones (a cube of a uniform
    // number), then brought into the band of quantities such goods travel in: one to five machine tools,
    // tens of thousands of chips. Only + and *, whose IEEE results do not depend on the maths library,
    // so that a seed gives the same case everywhere.
    const double u = random.unit();
    const double value = minValue + (maxValue - minValue) * u * u * u;
    double q = value / g.typicalPrice();
    if (q < g.quantityLow)
        q = g.quantityLow * (1.0 + random.unit());
    else if (q > g.quantityHigh)
        q = g.quantityHigh * random.real(0.6, 1.0);
    if (g.counted())
        return std::max(1.0, std::round(q > 1000 ? q / 10.0 : q) * (q > 1000 ? 10.0 : 1.0));
    if (q >= 100)
        return std::round(q);
    return std::max(0.5, std::round(q * 10.0) / 10.0);
}

void DemoBackground::giveOwners(DemoWorld &world, int company, int ownersMax)
{
    DemoRandom &random = world.random();
    const QString country = world.entity(company).country;
    const QDate start = world.entity(company).born;
    std::vector<double> split;
    do {
        split = random.pick(kShareSplits);
    } while (static_cast<int>(split.size()) > ownersMax);
    int firstOwner = -1;
    for (double share : split) {
        const int person = world.addPerson(country, dateBetween(random, QDate(1955, 1, 1), QDate(1995, 12, 31)));
        if (firstOwner < 0)
            firstOwner = person;
        world.own(person, company, share, start);
    }
    // Often the main owner runs the company; otherwise a hired director.
    const int director = random.chance(0.5)
                             ? firstOwner
                             : world.addPerson(country, dateBetween(random, QDate(1960, 1, 1), QDate(1996, 12, 31)));
    world.direct(director, company, start);
}

Population DemoBackground::populate(DemoWorld &world, int scale)
{
    DemoRandom &random = world.random();
    Population pop;
    const qint64 companies = companiesForScale(scale);
    const auto count = [companies](double share) {
        return std::max<qint64>(4, std::llround(double(companies) * share));
    };

    for (qint64 i = 0, n = count(0.30); i < n; ++i) {
        // The first six cover every line of business, so that every kind of goods has a seller.
        const Sector sector = i < 6 ? static_cast<Sector>(i) : exporterSector(random);
        const int c = world.addCompany(exporterCountry(random), Role::Exporter, sector,
                                       dateBetween(random, QDate(1952, 1, 1), QDate(2016, 12, 31)));
        pop.exporters.push_back(c);
        pop.exportersBySector[static_cast<std::size_t>(sector)].push_back(c);
    }

    // Holdings first, so that trading houses can belong to them.
    QHash<QString, std::vector<int>> holdings;
    for (qint64 i = 0, n = count(0.05); i < n; ++i) {
        const QString country = i % 4 == 0 ? QStringLiteral("RU") : transitCountry(random);
        const int h = world.addCompany(country, Role::Holding, Sector::Trade,
                                       dateBetween(random, QDate(1998, 1, 1), QDate(2019, 12, 31)));
        giveOwners(world, h, 2);
        holdings[country].push_back(h);
    }
    const auto settle = [&](int company) {
        const auto &parents = holdings.value(world.entity(company).country);
        if (!parents.empty() && random.chance(0.25)) {
            const int parent = random.pick(parents);
            const QDate start = std::max(world.entity(company).born, world.entity(parent).born);
            world.own(parent, company, 100, start);
            world.direct(world.addPerson(world.entity(company).country,
                                         dateBetween(random, QDate(1960, 1, 1), QDate(1996, 12, 31))),
                         company, start);
        } else {
            giveOwners(world, company);
        }
    };
    const QDate oldest(1995, 1, 1), youngest(2021, 12, 31);
    for (qint64 i = 0, n = count(0.25); i < n; ++i) {
        const QString country = transitCountry(random);
        const int c =
            world.addCompany(country, Role::Intermediary, Sector::Trade, dateBetween(random, oldest, youngest));
        settle(c);
        pop.intermediaries[country].push_back(c);
        pop.transit.push_back(c);
    }
    for (qint64 i = 0, n = count(0.15); i < n; ++i) {
        const QString country = transitCountry(random);
        const int c = world.addCompany(country, Role::DomesticBuyer, random.chance(0.5) ? Sector::Food : Sector::Trade,
                                       dateBetween(random, oldest, youngest));
        settle(c);
        pop.domestic[country].push_back(c);
        pop.transit.push_back(c);
    }
    // Every transit country needs at least one company of each kind for the planters.
    for (const QString &country : kTransitCountries) {
        if (pop.intermediaries.value(country).empty()) {
            const int c = world.addCompany(country, Role::Intermediary, Sector::Trade, QDate(2009, 5, 12));
            settle(c);
            pop.intermediaries[country].push_back(c);
            pop.transit.push_back(c);
        }
        if (pop.domestic.value(country).empty()) {
            const int c = world.addCompany(country, Role::DomesticBuyer, Sector::Trade, QDate(2011, 9, 3));
            settle(c);
            pop.domestic[country].push_back(c);
            pop.transit.push_back(c);
        }
    }
    for (qint64 i = 0, n = count(0.25); i < n; ++i) {
        const QString country = random.chance(0.85) ? QStringLiteral("RU") : QStringLiteral("BY");
        const int c = world.addCompany(country, Role::Importer, Sector::Trade, dateBetween(random, oldest, youngest));
        settle(c);
        pop.importers.push_back(c);
    }

    // Directly listed Russian importers (they own nothing, so the 50% rule adds no one through them) and
    // listed persons who hold no stakes in the case.
    static const char *const programs[][2] = {
        {"OFAC SDN", "RUSSIA-EO14024"}, {"EU", "RUSSIA (Regulation 269/2014)"}, {"UK", "Russia"}};
    for (int importer : pop.importers) {
        if (world.entity(importer).country != u"RU" || !random.chance(0.03))
            continue;
        const QDate listed = dateBetween(random, QDate(2022, 2, 24), QDate(2024, 8, 23));
        world.designate(importer, QLatin1String(programs[0][0]), QLatin1String(programs[0][1]), listed);
        if (random.chance(0.5))
            world.designate(importer, QLatin1String(programs[1][0]), QLatin1String(programs[1][1]),
                            listed.addDays(random.between(0, 120)));
        if (random.chance(0.3))
            world.designate(importer, QLatin1String(programs[2][0]), QLatin1String(programs[2][1]),
                            listed.addDays(random.between(0, 90)));
    }
    for (qint64 i = 0, n = std::max<qint64>(2, companies / 150); i < n; ++i) {
        const int person =
            world.addPerson(QStringLiteral("RU"), dateBetween(random, QDate(1950, 1, 1), QDate(1985, 1, 1)));
        world.designate(person, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"),
                        dateBetween(random, QDate(2022, 2, 24), QDate(2024, 6, 12)));
    }
    return pop;
}

Status DemoBackground::trade(DemoWorld &world, const Population &pop, qint64 count, Progress &progress)
{
    DemoRandom &random = world.random();
    world.reserveShipments(static_cast<std::size_t>(count) + 4096);
    // Kinds: Chpl, Food, Medicine, Textile, Industrial, Local, Russian.
    const std::vector<double> toTransitBefore{0.2, 0.22, 0.1, 0.18, 0.3, 0, 0};
    const std::vector<double> toTransitAfter{0.45, 0.15, 0.08, 0.12, 0.2, 0, 0};
    const std::vector<double> toRussiaBefore{0.35, 0.2, 0.15, 0.1, 0.2, 0, 0};
    const std::vector<double> toRussiaAfter{0, 0.6, 0.4, 0, 0, 0, 0}; // food and medicine are not sanctioned
    const std::vector<double> domesticSale{0.25, 0.25, 0.15, 0.15, 0.2, 0, 0};
    const std::vector<double> local{0, 0, 0, 0, 0, 1, 0};
    const std::vector<double> russian{0, 0, 0, 0, 0, 0, 1};
    const std::vector<double> flows{0.35, 0.10, 0.15, 0.20, 0.12, 0.08};
    const std::vector<double> surgeYears{1, 1, 1, 1.5, 2, 2};
    const std::vector<double> flatYears{1, 1, 1, 1, 1, 1};
    const std::vector<double> sanctionYears{1.5, 1.3, 1.5, 0.6, 0.5, 0.5};

    std::vector<int> domesticAll;
    // In a fixed country order: QHash iterates in a per-process order, which would break reproducibility.
    for (const QString &country : kTransitCountries) {
        const auto &buyers = pop.domestic.value(country);
        domesticAll.insert(domesticAll.end(), buyers.begin(), buyers.end());
    }

    for (qint64 i = 0; i < count; ++i) {
        if (i % 100000 == 0) {
            progress.setProgress(i, count);
            if (progress.isCancelled())
                return makeError(ErrorCode::Cancelled, QStringLiteral("generation cancelled"));
        }
        int exporter = 0, importer = 0;
        QDate date;
        std::size_t goods = 0;
        switch (random.weighted(flows)) {
        case 0: { // Europe, the US and Japan sell to the trading houses of the transit countries
            importer = partner(random, pop.transit);
            date = dateInYears(random, surgeYears);
            goods = goodsOf(random, date < kInvasion ? toTransitBefore : toTransitAfter);
            exporter = exporterFor(random, pop, goods);
            break;
        }
        case 1: // ... and to their local buyers
            importer = partner(random, domesticAll);
            date = dateInYears(random, flatYears);
            goods = goodsOf(random, domesticSale);
            exporter = exporterFor(random, pop, goods);
            break;
        case 2: // direct exports to Russia and Belarus: anything before the invasion, food and medicine after
            importer = partner(random, pop.importers);
            date = dateInYears(random, sanctionYears);
            goods = goodsOf(random, date < kInvasion ? toRussiaBefore : toRussiaAfter);
            exporter = exporterFor(random, pop, goods);
            break;
        case 3: { // trading houses sell at home
            const QString country = transitCountry(random);
            exporter = partner(random, pop.intermediaries.value(country));
            importer = partner(random, pop.domestic.value(country));
            date = dateInYears(random, flatYears);
            goods = goodsOf(random, domesticSale);
            break;
        }
        case 4: // the transit countries' own produce goes to Russia
            exporter = partner(random, pop.transit);
            importer = partner(random, pop.importers);
            date = dateInYears(random, flatYears);
            goods = goodsOf(random, local);
            break;
        default: // and Russia sells fertiliser, fuel and timber to them
            exporter = partner(random, pop.importers);
            importer = partner(random, pop.transit);
            date = dateInYears(random, flatYears);
            goods = goodsOf(random, russian);
            break;
        }
        if (date < world.entity(importer).born || date < world.entity(exporter).born)
            date = std::max(world.entity(importer).born, world.entity(exporter).born).addDays(random.between(1, 400));
        // Ordinary trade with a listed company stops on the day it is listed.
        for (int party : {exporter, importer}) {
            const int listed = world.listedFrom(party);
            if (listed >= 0 && DemoWorld::dayOf(date) >= listed)
                date = DemoWorld::dateOf(listed).addDays(-random.between(1, 700));
        }
        if (date > QDate(2024, 12, 31) || date < world.entity(importer).born || date < world.entity(exporter).born ||
            date < QDate(2019, 1, 1))
            continue; // no declaration the partners could have made
        world.ship(date, exporter, importer, goods, quantityFor(random, goods, kMinConsignment, kMaxConsignment),
                   random.real(0.85, 1.2));
    }
    progress.setProgress(count, count);
    return {};
}

void DemoBackground::coverTrade(DemoWorld &world, const Population &pop, int company, int count)
{
    DemoRandom &random = world.random();
    const QString country = world.entity(company).country;
    const auto &textiles = goodsOfKind(GoodsKind::Textile);
    const QDate first = std::max(world.entity(company).born.addDays(10), QDate(2019, 1, 1));
    if (first > QDate(2024, 12, 1))
        return;
    const auto &buyers = pop.domestic.value(country);
    for (int i = 0; i < count; ++i) {
        const std::size_t goods = random.pick(textiles);
        const QDate date = dateBetween(random, first, QDate(2024, 12, 31));
        world.ship(date, exporterFor(random, pop, goods), company, goods, quantityFor(random, goods, 5000, 80000),
                   random.real(0.9, 1.1));
        if (!buyers.empty())
            world.ship(std::min(date.addDays(random.between(5, 60)), QDate(2024, 12, 31)), company,
                       partner(random, buyers), goods, quantityFor(random, goods, 3000, 60000), random.real(1.1, 1.4));
    }
}

} // namespace caravan::demo
