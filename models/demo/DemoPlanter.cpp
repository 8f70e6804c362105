#include "models/demo/DemoPlanter.h"

#include <QLocale>

#include <cmath>

namespace caravan::demo {

int DemoPlanter::plantedCompany(const QString &country, const QDate &incorporated, bool cover)
{
    const int c = m_world.addCompany(country, Role::Planted, Sector::Trade, incorporated);
    DemoBackground::giveOwners(m_world, c);
    if (cover)
        DemoBackground::coverTrade(m_world, m_pop, c, random().intBetween(2, 4));
    return c;
}

int DemoPlanter::anyImporter()
{
    for (;;) {
        const int importer = DemoBackground::partner(random(), m_pop.importers);
        if (m_world.listedFrom(importer) < 0)
            return importer;
    }
}

int DemoPlanter::domesticBuyer(const QString &country)
{
    const auto &buyers = m_pop.domestic.value(country);
    return DemoBackground::partner(random(), buyers);
}

std::size_t DemoPlanter::chplGoods(const QString &otherChapterThan)
{
    const auto &lines = goodsOfKind(GoodsKind::Chpl);
    for (;;) {
        const std::size_t pick = lines[std::min(random().index(lines.size()), random().index(lines.size()))];
        const QString hs = goodsCatalogue()[pick].hs6();
        if (otherChapterThan.isEmpty() || hs.left(2) != otherChapterThan.left(2))
            return pick;
    }
}

std::size_t DemoPlanter::otherChapterGoods(std::size_t goods, double quantity)
{
    const Goods &from = goodsCatalogue()[goods];
    // Best: the same unit and a consignment band that holds `quantity`; then any unit with such a band;
    // else the cheapest goods of another chapter (tens of thousands of bearings, not of machine tools).
    std::vector<std::size_t> sameUnit, anyUnit;
    std::size_t cheapest = goodsCatalogue().size();
    for (std::size_t i : goodsOfKind(GoodsKind::Chpl)) {
        const Goods &g = goodsCatalogue()[i];
        if (QLatin1String(g.hsCode, 2) == QLatin1String(from.hsCode, 2))
            continue;
        if (cheapest == goodsCatalogue().size() || g.priceHigh < goodsCatalogue()[cheapest].priceHigh)
            cheapest = i;
        if (quantity >= g.quantityLow && quantity <= g.quantityHigh)
            (QLatin1String(g.unit) == QLatin1String(from.unit) ? sameUnit : anyUnit).push_back(i);
    }
    if (!sameUnit.empty())
        return random().pick(sameUnit);
    if (!anyUnit.empty())
        return random().pick(anyUnit);
    return cheapest;
}

std::size_t DemoPlanter::benignGoods()
{
    return random().pick(goodsOfKind(random().chance(0.5) ? GoodsKind::Food : GoodsKind::Medicine));
}

double DemoPlanter::chainQuantity(std::size_t goods)
{
    return DemoBackground::quantityFor(random(), goods, 40000, 900000);
}

double DemoPlanter::keepMost(double quantity, std::size_t goods, double keptLow)
{
    const double kept = quantity * random().real(keptLow, 1.0);
    if (quantity >= 50)
        return std::round(kept);
    return goodsCatalogue()[goods].counted() ? quantity : std::round(kept * 10.0) / 10.0;
}

QStringList DemoPlanter::importsOf(int company, const QDate &from, int count)
{
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const std::size_t goods = chplGoods();
        const QDate date = plantDate(from.addDays(5), std::max(from.addDays(6), QDate(2024, 12, 20)));
        ids << sid(m_world.ship(date, exporterOf(goods), company, goods,
                                DemoBackground::quantityFor(random(), goods, 20000, 300000), random().real(0.95, 1.3)));
    }
    return ids;
}

QString DemoPlanter::who(int entity) const
{
    const DemoEntity &e = m_world.entity(entity);
    return QStringLiteral("%1 (%2, %3)").arg(e.name, e.extId, e.country);
}

QString DemoPlanter::when(int shipment) const
{
    return dateText(DemoWorld::dateOf(m_world.shipment(shipment).day));
}

QString DemoPlanter::hsOf(int shipment) const
{
    return goodsCatalogue()[m_world.shipment(shipment).goods].hs6();
}

QString DemoPlanter::amount(double quantity)
{
    return QLocale(QLocale::English, QLocale::UnitedStates)
        .toString(quantity, 'f', quantity == std::floor(quantity) ? 0 : 1);
}

QString DemoPlanter::amount(double quantity, std::size_t goods)
{
    return amount(quantity) + u' ' + QLatin1String(goodsCatalogue()[goods].unit);
}

} // namespace caravan::demo
