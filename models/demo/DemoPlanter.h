#pragma once

#include "models/demo/DemoBackground.h"
#include "models/demo/DemoWorld.h"

#include <QDate>
#include <QString>

namespace caravan::demo {

// What the planters share: the world, the background population to draw partners from, and the
// wording of explanations (names with ext ids and countries, dates, quantities) so that an answer
// can be cited against the case.
class DemoPlanter {
public:
    DemoPlanter(DemoWorld &world, const Population &population) : m_world(world), m_pop(population) {}

protected:
    DemoRandom &random() { return m_world.random(); }

    // A company created for a planted item, with owners, a director and some unrelated textile trade.
    int plantedCompany(const QString &country, const QDate &incorporated, bool cover = true);
    int exporterOf(std::size_t goods) { return DemoBackground::exporterFor(random(), m_pop, goods); }
    // A Russian or Belarusian buyer that is not itself listed (a listed buyer would be another lesson).
    int anyImporter();
    int domesticBuyer(const QString &country);
    // A CHPL line, tier 1 and 2 favoured; `otherChapterThan` excludes lines of that HS chapter.
    std::size_t chplGoods(const QString &otherChapterThan = {});
    // A CHPL line of another HS chapter than `goods`, declared in the same unit, of which `quantity` is a
    // plausible consignment (the same number of pieces must not turn chips into lithography machines).
    std::size_t otherChapterGoods(std::size_t goods, double quantity);
    std::size_t benignGoods(); // food or medicine
    double chainQuantity(std::size_t goods);
    // What an intermediary sells on of `quantity` it bought: `keptLow` to all of it, rounded as the goods
    // are declared; a small lot of machines moves on whole.
    double keepMost(double quantity, std::size_t goods, double keptLow);
    QDate plantDate(const QDate &first, const QDate &last)
    {
        return DemoBackground::dateBetween(random(), first, last);
    }
    // A few imports of CHPL goods from Europe after `from`, making a party visible in trade data.
    QStringList importsOf(int company, const QDate &from, int count);

    QString who(int entity) const;
    QString when(int shipment) const;
    QString sid(int shipment) const { return m_world.shipmentId(shipment); }
    QString hsOf(int shipment) const;
    static QString amount(double quantity);
    // "67,531 pcs", "12.5 t"
    static QString amount(double quantity, std::size_t goods);
    static QString dateText(const QDate &date) { return date.toString(Qt::ISODate); }
    static QString percent(double share) { return QString::number(share, 'g', 4) + u'%'; }

    DemoWorld &m_world;
    const Population &m_pop;
};

} // namespace caravan::demo
