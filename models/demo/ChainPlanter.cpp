#include "models/demo/ChainPlanter.h"

#include <algorithm>
#include <cmath>

namespace caravan::demo {

namespace {

// Splits `total` whole units into `parts` positive whole parts.
std::vector<double> splitQuantity(DemoRandom &random, double total, int parts)
{
    std::vector<double> weights;
    double sum = 0;
    for (int i = 0; i < parts; ++i) {
        weights.push_back(random.real(0.5, 1.5));
        sum += weights.back();
    }
    std::vector<double> out;
    double given = 0;
    for (int i = 0; i < parts - 1; ++i) {
        out.push_back(std::max(1.0, std::floor(total * weights[static_cast<std::size_t>(i)] / sum)));
        given += out.back();
    }
    out.push_back(std::max(1.0, total - given));
    return out;
}

// Distinct day offsets in [lo, hi], ascending.
std::vector<int> offsets(DemoRandom &random, int count, int lo, int hi)
{
    std::vector<int> days;
    while (static_cast<int>(days.size()) < count) {
        const int d = random.intBetween(lo, hi);
        if (std::find(days.begin(), days.end(), d) == days.end())
            days.push_back(d);
    }
    std::sort(days.begin(), days.end());
    return days;
}

// How many declarations `quantity` can be split into, each of at least one unit.
int wholeUnits(double quantity)
{
    return std::max(1, static_cast<int>(std::min(quantity, 3.0)));
}

QString joinIds(const QStringList &ids)
{
    return ids.join(u';');
}

} // namespace

QString ChainPlanter::chainText(const std::vector<std::vector<int>> &hops) const
{
    QStringList parts;
    for (const auto &hop : hops) {
        QStringList ids;
        for (int s : hop)
            ids << sid(s);
        parts << joinIds(ids);
    }
    return parts.join(QStringLiteral(" > "));
}

void ChainPlanter::reexport(const QStringList &via, int chains, int decoyRounds)
{
    for (int i = 0; i < chains; ++i)
        oneHop(via.at(i % via.size()), Flaw::None);
    const Flaw flaws[] = {Flaw::OnwardFirst,     Flaw::TooLate,  Flaw::OtherChapter,
                          Flaw::TenfoldQuantity, Flaw::Domestic, Flaw::BenignGoods};
    for (int r = 0; r < decoyRounds; ++r)
        for (Flaw f : flaws)
            oneHop(via.at(random().index(static_cast<std::size_t>(via.size()))), f);
}

void ChainPlanter::oneHop(const QString &country, Flaw flaw)
{
    DemoRandom &rnd = random();
    const int x = plantedCompany(country, plantDate(QDate(2006, 1, 1), QDate(2021, 6, 30)));
    const int importer = flaw == Flaw::Domestic ? domesticBuyer(country) : anyImporter();
    std::size_t goods = flaw == Flaw::BenignGoods ? benignGoods() : chplGoods();
    // Ten times a consignment of machine tools would be a shipment no one makes: that decoy carries
    // goods sold by the hundred or thousand, from a small inbound lot.
    while (flaw == Flaw::TenfoldQuantity && goodsCatalogue()[goods].priceHigh > 20000)
        goods = chplGoods();
    const int exporter = exporterOf(goods);
    const double q =
        flaw == Flaw::TenfoldQuantity ? DemoBackground::quantityFor(rnd, goods, 20000, 150000) : chainQuantity(goods);
    const QDate d1 = plantDate(QDate(2022, 3, 10), flaw == Flaw::TooLate ? QDate(2024, 6, 30) : QDate(2024, 7, 31));
    const int in = m_world.ship(d1, exporter, x, goods, q, rnd.real(0.95, 1.1));
    const QString origin = m_world.entity(exporter).country;

    // Onward: split into one to three declarations when the chain is a true one (never into more
    // declarations than there are units); a small lot of machines moves on whole.
    double total = keepMost(q, goods, 0.86);
    const int pieces = flaw == Flaw::None ? std::min(rnd.intBetween(1, 3), wholeUnits(total)) : 1;
    std::vector<int> days = offsets(rnd, pieces, 3, 88);
    std::size_t onwardGoods = goods;
    switch (flaw) {
    case Flaw::OnwardFirst:
        days = {-rnd.intBetween(5, 60)};
        break;
    case Flaw::TooLate:
        days = {rnd.intBetween(120, 200)};
        break;
    case Flaw::OtherChapter:
        onwardGoods = otherChapterGoods(goods, total);
        break;
    case Flaw::TenfoldQuantity:
        total = q * 10;
        break;
    default:
        break;
    }
    const std::vector<double> parts = splitQuantity(rnd, total, pieces);
    std::vector<int> out;
    QStringList outText;
    for (int p = 0; p < pieces; ++p) {
        const QDate d2 = d1.addDays(days[static_cast<std::size_t>(p)]);
        out.push_back(m_world.ship(d2, x, importer, onwardGoods, parts[static_cast<std::size_t>(p)],
                                   rnd.real(1.15, 1.45), origin));
        outText << QStringLiteral("%1 on %2 (%3)")
                       .arg(amount(parts[static_cast<std::size_t>(p)], onwardGoods), when(out.back()), sid(out.back()));
    }
    double sum = 0;
    for (double v : parts)
        sum += v;
    const double deviation = (sum - q) / q * 100.0;

    AnswerItem a;
    a.pattern = QStringLiteral("T3");
    a.subject = m_world.extId(x);
    a.refKind = QStringLiteral("shipments");
    a.refs = chainText({{in}, out});
    const QString base = QStringLiteral("%1 sold %2 of HS %3 to %4 on %5 (%6). %4 shipped onward %7.")
                             .arg(who(exporter), amount(q, goods), hsOf(in), who(x), when(in), sid(in),
                                  outText.join(QStringLiteral(", ")));
    const QString toWhom = QStringLiteral(" Buyer: %1.").arg(who(importer));
    switch (flaw) {
    case Flaw::None:
        a.explanation =
            base + toWhom +
            QStringLiteral(" Same HS-6, %1 onward (%2% against the inbound, within 20%), %3 after the inbound "
                           "(within 90 days): a re-export to %4 through %5.")
                .arg(amount(sum, goods))
                .arg(deviation, 0, 'f', 1)
                .arg(days.front() == days.back() ? QStringLiteral("%1 days").arg(days.front())
                                                 : QStringLiteral("%1 to %2 days").arg(days.front()).arg(days.back()))
                .arg(m_world.entity(importer).country, country);
        if (pieces > 1)
            a.explanation +=
                QStringLiteral(" The onward quantity is split over %1 declarations that must be summed.").arg(pieces);
        break;
    case Flaw::OnwardFirst:
        a.breaks = QStringLiteral("window");
        a.explanation =
            base + toWhom +
            QStringLiteral(" Decoy: the onward shipment is dated %1 days BEFORE the inbound one, so it cannot "
                           "carry the same goods.")
                .arg(-days.front());
        break;
    case Flaw::TooLate:
        a.breaks = QStringLiteral("window");
        a.explanation =
            base + toWhom +
            QStringLiteral(" Decoy: the onward shipment left %1 days after the inbound, outside the 90-day window.")
                .arg(days.front());
        break;
    case Flaw::OtherChapter:
        a.breaks = QStringLiteral("hs");
        a.explanation =
            base + toWhom +
            QStringLiteral(" Decoy: the onward goods are HS %1, another chapter (%2 against %3): not the same goods.")
                .arg(goodsCatalogue()[onwardGoods].hs6(), goodsCatalogue()[onwardGoods].hs6().left(2),
                     hsOf(in).left(2));
        break;
    case Flaw::TenfoldQuantity:
        a.breaks = QStringLiteral("quantity");
        a.explanation = base + toWhom +
                        QStringLiteral(" Decoy: %1 onward against %2 inbound, ten times more: far outside the 20% "
                                       "tolerance.")
                            .arg(amount(sum, goods), amount(q, goods));
        break;
    case Flaw::Domestic:
        a.breaks = QStringLiteral("destination");
        a.explanation =
            base + QStringLiteral(" Decoy: the buyer %1 is in %2 itself: a domestic sale, not an export to Russia or "
                                  "Belarus.")
                       .arg(who(importer), country);
        break;
    case Flaw::BenignGoods:
        a.breaks = QStringLiteral("goods");
        a.explanation =
            base + toWhom +
            QStringLiteral(" Decoy: every rule of the chain holds, but HS %1 (%2) is food or medicine, which "
                           "is not sanctioned and not on the CHPL.")
                .arg(hsOf(in), QString::fromUtf8(goodsCatalogue()[goods].description));
        break;
    }
    a.isDecoy = flaw != Flaw::None;
    m_world.answer(a);
}

void ChainPlanter::twoHop(int chains, int decoyRounds)
{
    DemoRandom &rnd = random();
    const int total = chains + 3 * decoyRounds;
    for (int i = 0; i < total; ++i) {
        // Decoys after the true chains: 0 = last hop too late, 1 = ends in a domestic sale, 2 = other chapter.
        const int decoy = i < chains ? -1 : (i - chains) % 3;
        const int hub = plantedCompany(QStringLiteral("AE"), plantDate(QDate(2008, 1, 1), QDate(2021, 3, 1)));
        const QString second = rnd.chance(0.7) ? QStringLiteral("KZ") : QStringLiteral("KG");
        const int x = plantedCompany(second, plantDate(QDate(2008, 1, 1), QDate(2021, 3, 1)));
        const int importer = decoy == 1 ? domesticBuyer(second) : anyImporter();
        const std::size_t goods = chplGoods();
        const int exporter = exporterOf(goods);
        const double q1 = chainQuantity(goods);
        const QDate d1 = plantDate(QDate(2022, 3, 10), decoy == 0 ? QDate(2024, 3, 31) : QDate(2024, 5, 31));
        const QString origin = m_world.entity(exporter).country;
        const int s1 = m_world.ship(d1, exporter, hub, goods, q1, rnd.real(0.95, 1.1));
        const double q2 = keepMost(q1, goods, 0.92);
        const QDate d2 = d1.addDays(rnd.intBetween(4, 55));
        const int s2 = m_world.ship(d2, hub, x, goods, q2, rnd.real(1.08, 1.25), origin);
        const double q3 = keepMost(q2, goods, 0.92);
        const int pieces = decoy < 0 ? std::min(rnd.intBetween(1, 2), wholeUnits(q3)) : 1;
        std::size_t lastGoods = goods;
        if (decoy == 2)
            lastGoods = otherChapterGoods(goods, q3);
        const std::vector<int> days =
            decoy == 0 ? std::vector<int>{rnd.intBetween(110, 180)} : offsets(rnd, pieces, 3, 80);
        const std::vector<double> parts = splitQuantity(rnd, q3, pieces);
        std::vector<int> last;
        for (int p = 0; p < pieces; ++p)
            last.push_back(m_world.ship(d2.addDays(days[static_cast<std::size_t>(p)]), x, importer, lastGoods,
                                        parts[static_cast<std::size_t>(p)], rnd.real(1.15, 1.4), origin));
        QStringList lastText;
        for (int s : last)
            lastText << QStringLiteral("%1 on %2").arg(sid(s), when(s));

        AnswerItem a;
        a.pattern = QStringLiteral("T3");
        a.subject = m_world.extId(x);
        a.refKind = QStringLiteral("shipments");
        a.refs = chainText({{s1}, {s2}, last});
        a.explanation = QStringLiteral("Two intermediaries: %1 sold %2 of HS %3 to %4 on %5 (%6); %4 sold %7 "
                                       "to %8 on %9 (%10, %11 days later); %8 sent %12 on to %13 (%14).")
                            .arg(who(exporter), amount(q1, goods), hsOf(s1), who(hub), when(s1), sid(s1),
                                 amount(q2, goods), who(x), when(s2))
                            .arg(sid(s2))
                            .arg(d1.daysTo(d2))
                            .arg(amount(q3, lastGoods), who(importer), lastText.join(QStringLiteral(", ")));
        switch (decoy) {
        case -1:
            a.explanation += QStringLiteral(" Every hop keeps the HS-6 code, stays within 20% of the quantity and "
                                            "within 90 days: a re-export to Russia through the UAE and %1.")
                                 .arg(second);
            break;
        case 0:
            a.isDecoy = true;
            a.breaks = QStringLiteral("window");
            a.explanation +=
                QStringLiteral(" Decoy: the last hop left %1 days after the second, outside the 90-day window.")
                    .arg(days.front());
            break;
        case 1:
            a.isDecoy = true;
            a.breaks = QStringLiteral("destination");
            a.explanation += QStringLiteral(" Decoy: the goods end with a buyer in %1: a domestic sale.").arg(second);
            break;
        default:
            a.isDecoy = true;
            a.breaks = QStringLiteral("hs");
            a.explanation += QStringLiteral(" Decoy: the last hop carries HS %1, another chapter than %2.")
                                 .arg(goodsCatalogue()[lastGoods].hs6(), hsOf(s1));
            break;
        }
        m_world.answer(a);
    }
}

void ChainPlanter::newIntermediaries(int count, int decoyRounds)
{
    DemoRandom &rnd = random();
    const QDate invasion(2022, 2, 24);
    const int total = count + 3 * decoyRounds;
    for (int i = 0; i < total; ++i) {
        // Decoys after the true ones: 0 = incorporated before the invasion, 1 = first CHPL import after
        // 12 months, 2 = only food and medicine.
        const int decoy = i < count ? -1 : (i - count) % 3;
        const QString country = rnd.pick(std::vector<QString>{QStringLiteral("KZ"), QStringLiteral("KG"),
                                                              QStringLiteral("AM"), QStringLiteral("AE")});
        const QDate incorporated = decoy == 0   ? plantDate(QDate(2021, 5, 1), QDate(2022, 2, 10))
                                   : decoy == 1 ? plantDate(QDate(2022, 3, 1), QDate(2023, 3, 31))
                                                : plantDate(QDate(2022, 3, 1), QDate(2023, 6, 30));
        const int x = plantedCompany(country, incorporated);
        const int firstAfter = decoy == 1 ? rnd.intBetween(400, 560) : rnd.intBetween(20, 300);
        const int n = rnd.intBetween(2, 4);
        QStringList ids;
        QDate first;
        for (int k = 0; k < n; ++k) {
            const std::size_t goods = decoy == 2 ? benignGoods() : chplGoods();
            const QDate d = incorporated.addDays(firstAfter + (k == 0 ? 0 : rnd.intBetween(10, 200)));
            if (d > QDate(2024, 12, 31))
                continue;
            if (!first.isValid() || d < first)
                first = d;
            ids << sid(m_world.ship(d, exporterOf(goods), x, goods,
                                    DemoBackground::quantityFor(rnd, goods, 30000, 400000), rnd.real(0.95, 1.3)));
        }
        AnswerItem a;
        a.pattern = QStringLiteral("T4");
        a.subject = m_world.extId(x);
        a.refKind = QStringLiteral("shipments");
        a.refs = joinIds(ids);
        a.explanation =
            QStringLiteral("%1 was incorporated on %2; its first %6 import (%3) arrived on %4, %5 days later.")
                .arg(who(x), dateText(incorporated), ids.value(0), dateText(first))
                .arg(incorporated.daysTo(first))
                .arg(decoy == 2 ? QStringLiteral("food or medicine") : QStringLiteral("CHPL"));
        switch (decoy) {
        case -1:
            a.explanation +=
                QStringLiteral(" Incorporated after 2022-02-24 and importing CHPL goods within 12 months: a "
                               "new intermediary.");
            break;
        case 0:
            a.isDecoy = true;
            a.breaks = QStringLiteral("incorporated-before");
            a.explanation +=
                QStringLiteral(" Decoy: incorporated %1 days BEFORE 2022-02-24.").arg(incorporated.daysTo(invasion));
            break;
        case 1:
            a.isDecoy = true;
            a.breaks = QStringLiteral("late-first-import");
            a.explanation +=
                QStringLiteral(" Decoy: its first CHPL import came more than 12 months after incorporation.");
            break;
        default:
            a.isDecoy = true;
            a.breaks = QStringLiteral("goods");
            a.explanation += QStringLiteral(" Decoy: it imports only food and medicine, no CHPL goods.");
            break;
        }
        m_world.answer(a);
    }
}

} // namespace caravan::demo
