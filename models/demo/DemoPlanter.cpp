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

std::size_t DemoPlanter::benignGoods()
{
    return random().pick(goodsOfKind(random().chance(0.5) ? GoodsKind::Food : GoodsKind::Medicine));
}

double DemoPlanter::chainQuantity(std::size_t goods)
{
    // Large enough to split into whole units.
    return std::max(40.0, DemoBackground::quantityFor(random(), goods, 40000, 900000));
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
