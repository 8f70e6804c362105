// The red flags read from the shipments themselves: T4, T14, T9, T8.
#include "models/analysis/RedFlagRules.h"

#include "models/domain/Chpl.h"

#include <QDate>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace caravan::flagrules {

namespace {

QString hsText(std::int32_t hs6)
{
    return QStringLiteral("%1").arg(hs6, 6, 10, QLatin1Char('0'));
}

QString chplText(std::int32_t hs6)
{
    const ChplEntry *e = chplEntry(hs6);
    return e ? QStringLiteral("HS %1 (CHPL tier %2)")
                   .arg(hsText(hs6), QString::fromLatin1(e->tier.data(), static_cast<qsizetype>(e->tier.size())))
             : QStringLiteral("HS %1").arg(hsText(hs6));
}

std::int32_t floorDiv(std::int32_t a, std::int32_t b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

} // namespace

void newIntermediary(Context &c)
{
    const TradeSnapshot &s = c.snap;
    const graph::TradeArrays &t = s.trade;
    for (std::size_t e = 0; e < s.entities.size(); ++e) {
        const auto x = static_cast<std::int32_t>(e);
        const std::int32_t born = s.entities[e].birthDay;
        if (born == INT_MIN || born <= c.invasionDay || !c.inTransit(x))
            continue;
        const QDate bornDate = QDate::fromJulianDay(static_cast<qint64>(born) + 2440588);
        const auto limit =
            static_cast<std::int32_t>(bornDate.addMonths(c.thresholds.newIntermediaryMonths).toJulianDay() - 2440588);
        std::vector<qint64> rows;
        std::size_t first = 0;
        for (std::size_t p = c.byImporter.begin(x); p < c.byImporter.end(x); ++p) {
            const std::uint32_t i = c.byImporter.ids[p];
            if (t.day[i] < born)
                continue;
            if (t.day[i] > limit)
                break;
            if (!chplEntry(t.hs6[i]))
                continue;
            if (rows.empty())
                first = i;
            rows.push_back(s.shipmentRowId[i]);
        }
        if (rows.empty())
            continue;
        c.flag(x, "T4",
               QStringLiteral("%1 was incorporated on %2, after 2022-02-24, and imported CHPL goods within %3 months: "
                              "%4 shipment(s), first %5 of %6, %7 days after incorporation")
                   .arg(c.label(x), isoFromDay(born))
                   .arg(c.thresholds.newIntermediaryMonths)
                   .arg(rows.size())
                   .arg(c.shipmentLabel(first), chplText(t.hs6[first]))
                   .arg(t.day[first] - born),
               rows);
    }
}

void fanInHub(Context &c)
{
    const TradeSnapshot &s = c.snap;
    const graph::TradeArrays &t = s.trade;
    const std::int32_t w = c.settings.windowDays;
    for (std::size_t e = 0; e < s.entities.size(); ++e) {
        const auto x = static_cast<std::int32_t>(e);
        if (!c.inTransit(x) || c.byExporter.begin(x) == c.byExporter.end(x))
            continue;
        // Suppliers from outside X's country per window-sized period, and X's destination buyers in
        // that period and the next one (the goods go on later).
        std::map<std::int32_t, std::set<std::int32_t>> suppliers;
        for (std::size_t p = c.byImporter.begin(x); p < c.byImporter.end(x); ++p) {
            const std::uint32_t i = c.byImporter.ids[p];
            const std::int32_t from = t.exporter[i];
            if (from >= 0 && from != x && !c.inDestination(from) &&
                s.trade.entityCountry[static_cast<std::size_t>(from)] != s.trade.entityCountry[e])
                suppliers[floorDiv(t.day[i], w)].insert(from);
        }
        std::map<std::int32_t, std::set<std::int32_t>> buyers;
        std::map<std::int32_t, std::vector<qint64>> onward;
        for (std::size_t p = c.byExporter.begin(x); p < c.byExporter.end(x); ++p) {
            const std::uint32_t i = c.byExporter.ids[p];
            if (t.importer[i] < 0 || !c.inDestination(t.importer[i]))
                continue;
            const std::int32_t period = floorDiv(t.day[i], w);
            for (std::int32_t b : {period, period - 1}) {
                buyers[b].insert(t.importer[i]);
                if (onward[b].size() < 5)
                    onward[b].push_back(s.shipmentRowId[i]);
            }
        }
        std::int32_t best = 0;
        std::size_t bestCount = 0;
        for (const auto &[period, set] : suppliers) {
            auto b = buyers.find(period);
            if (set.size() < static_cast<std::size_t>(c.thresholds.fanInMinSuppliers) || b == buyers.end() ||
                b->second.size() > static_cast<std::size_t>(c.thresholds.fanInMaxBuyers))
                continue;
            if (set.size() > bestCount) {
                bestCount = set.size();
                best = period;
            }
        }
        if (bestCount == 0)
            continue;
        QStringList from, to;
        for (std::int32_t sup : suppliers[best])
            if (from.size() < 8)
                from << c.label(sup);
        for (std::int32_t buyer : buyers[best])
            to << c.label(buyer);
        c.flag(
            x, "T14",
            QStringLiteral("%1 received goods from %2 suppliers between %3 and %4 (%5%6) and sold on to only %7 "
                           "buyer(s) in %8 by %9 (%10); thresholds: at least %11 suppliers, at most %12 buyers, "
                           "%13-day periods")
                .arg(c.label(x))
                .arg(bestCount)
                .arg(isoFromDay(best * w), isoFromDay(best * w + w - 1), from.join(QStringLiteral(", ")),
                     bestCount > 8 ? QStringLiteral(", ...") : QString())
                .arg(to.size())
                .arg(c.settings.destination.join(u'/'), isoFromDay(best * w + 2 * w - 1), to.join(QStringLiteral(", ")))
                .arg(c.thresholds.fanInMinSuppliers)
                .arg(c.thresholds.fanInMaxBuyers)
                .arg(w),
            onward[best]);
    }
}

void priceAnomaly(Context &c)
{
    const TradeSnapshot &s = c.snap;
    const graph::TradeArrays &t = s.trade;
    // CHPL shipments with a unit value, grouped by (HS-6, year, unit).
    struct Row {
        std::uint64_t group;
        double unitValue;
        std::uint32_t shipment;
    };
    std::vector<Row> rows;
    for (std::size_t i = 0; i < s.shipmentCount(); ++i) {
        const double q = t.quantity[i];
        const double v = s.value[i];
        if (!(q > 0) || !(v > 0) || !chplEntry(t.hs6[i]))
            continue;
        const auto year =
            static_cast<std::uint64_t>(QDate::fromJulianDay(static_cast<qint64>(t.day[i]) + 2440588).year());
        const auto group = (static_cast<std::uint64_t>(t.hs6[i]) << 32) | (year << 16) |
                           static_cast<std::uint64_t>(static_cast<std::uint16_t>(t.unit[i] + 1));
        rows.push_back({group, v / q, static_cast<std::uint32_t>(i)});
    }
    std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
        return a.group != b.group ? a.group < b.group : a.unitValue < b.unitValue;
    });
    struct Finding {
        QStringList lines;
        std::vector<qint64> rows;
        int count = 0;
    };
    std::map<std::int32_t, Finding> findings;
    for (std::size_t lo = 0; lo < rows.size();) {
        std::size_t hi = lo;
        while (hi < rows.size() && rows[hi].group == rows[lo].group)
            ++hi;
        const std::size_t n = hi - lo;
        if (n >= static_cast<std::size_t>(c.thresholds.priceMinGroup)) {
            // Nearest-rank percentiles.
            const double p5 =
                rows[lo + static_cast<std::size_t>(std::ceil(0.05 * static_cast<double>(n))) - 1].unitValue;
            const double p95 =
                rows[lo + static_cast<std::size_t>(std::ceil(0.95 * static_cast<double>(n))) - 1].unitValue;
            for (std::size_t k = lo; k < hi; ++k) {
                if (rows[k].unitValue >= p5 && rows[k].unitValue <= p95)
                    continue;
                const std::uint32_t i = rows[k].shipment;
                for (std::int32_t party : {t.exporter[i], t.importer[i]}) {
                    if (party < 0 || !c.inTransit(party))
                        continue;
                    Finding &f = findings[party];
                    ++f.count;
                    if (f.lines.size() < 3) {
                        f.lines << QStringLiteral("%1, %2, unit value %3 per %4 vs band [%5, %6] of %7 shipments in %8")
                                       .arg(c.shipmentLabel(i), chplText(t.hs6[i]))
                                       .arg(rows[k].unitValue, 0, 'g', 6)
                                       .arg(s.unitName(i).isEmpty() ? QStringLiteral("unit") : s.unitName(i))
                                       .arg(p5, 0, 'g', 6)
                                       .arg(p95, 0, 'g', 6)
                                       .arg(n)
                                       .arg((rows[k].group >> 16) & 0xffff);
                        f.rows.push_back(s.shipmentRowId[i]);
                    }
                }
            }
        }
        lo = hi;
    }
    for (const auto &[party, f] : findings)
        c.flag(party, "T9",
               QStringLiteral("%1 is a party to %2 CHPL shipment(s) priced outside the [p5, p95] band of the same "
                              "HS-6, year and unit (groups of at least %3): %4")
                   .arg(c.label(party))
                   .arg(f.count)
                   .arg(c.thresholds.priceMinGroup)
                   .arg(f.lines.join(QStringLiteral("; "))),
               f.rows);
}

void supplierSwitch(Context &c)
{
    const TradeSnapshot &s = c.snap;
    const graph::TradeArrays &t = s.trade;
    auto key = [](std::int32_t a, std::int32_t b) {
        return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(a)) << 32) | static_cast<std::uint32_t>(b);
    };
    // Before the invasion: (supplier, HS-6) sold to the destination, and every (supplier, buyer) pair.
    std::unordered_map<std::uint64_t, std::uint32_t> soldToDestination;
    std::unordered_set<std::uint64_t> earlierBuyers;
    for (std::size_t i = 0; i < s.shipmentCount(); ++i) {
        if (t.day[i] >= c.invasionDay || t.exporter[i] < 0 || t.importer[i] < 0)
            continue;
        earlierBuyers.insert(key(t.exporter[i], t.importer[i]));
        if (c.inDestination(t.importer[i]) && t.hs6[i] >= 0) {
            auto [it, inserted] =
                soldToDestination.try_emplace(key(t.exporter[i], t.hs6[i]), static_cast<std::uint32_t>(i));
            if (!inserted && t.day[i] < t.day[it->second])
                it->second = static_cast<std::uint32_t>(i);
        }
    }
    if (soldToDestination.empty())
        return;
    std::map<std::int32_t, std::map<std::pair<std::int32_t, std::int32_t>, std::uint32_t>> switches;
    for (std::size_t i = 0; i < s.shipmentCount(); ++i) {
        if (t.day[i] < c.invasionDay || t.exporter[i] < 0 || t.importer[i] < 0 || !c.inTransit(t.importer[i]))
            continue;
        if (!soldToDestination.count(key(t.exporter[i], t.hs6[i])) ||
            earlierBuyers.count(key(t.exporter[i], t.importer[i])))
            continue;
        auto &perSupplier = switches[t.exporter[i]];
        auto [it, inserted] = perSupplier.try_emplace({t.importer[i], t.hs6[i]}, static_cast<std::uint32_t>(i));
        if (!inserted && t.day[i] < t.day[it->second])
            it->second = static_cast<std::uint32_t>(i);
    }
    for (const auto &[supplier, list] : switches) {
        QStringList lines;
        std::vector<qint64> rows;
        for (const auto &[buyerHs, after] : list) {
            const std::uint32_t before = soldToDestination.at(key(supplier, buyerHs.second));
            if (lines.size() < 3)
                lines << QStringLiteral("%1: to %2 before 2022-02-24 (%3), then to the new buyer %4 (%5)")
                             .arg(chplText(buyerHs.second), c.label(t.importer[before]), c.shipmentLabel(before),
                                  c.label(buyerHs.first), c.shipmentLabel(after));
            rows.push_back(s.shipmentRowId[before]);
            rows.push_back(s.shipmentRowId[after]);
        }
        c.flag(supplier, "T8",
               QStringLiteral("%1 switched destination for %2 HS-6 code/buyer pair(s): %3")
                   .arg(c.label(supplier))
                   .arg(list.size())
                   .arg(lines.join(QStringLiteral("; "))),
               rows);
    }
}

} // namespace caravan::flagrules
