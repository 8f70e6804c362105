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
        if (born == INT_MIN || born <= c.invasionDay || !c.inTransit(x) || !c.inFocus(x))
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
    using PeriodParty = std::pair<std::int32_t, std::int32_t>;
    std::vector<PeriodParty> suppliers, buyers;
    for (std::size_t e = 0; e < s.entities.size(); ++e) {
        const auto x = static_cast<std::int32_t>(e);
        if (!c.inFocus(x) || !c.inTransit(x) || c.byExporter.begin(x) == c.byExporter.end(x))
            continue;
        // X's destination buyers per window-sized period; a buyer counts for the period before as well,
        // since the goods go on some time after they arrive.
        buyers.clear();
        for (std::size_t p = c.byExporter.begin(x); p < c.byExporter.end(x); ++p) {
            const std::uint32_t i = c.byExporter.ids[p];
            if (t.importer[i] < 0 || !c.inDestination(t.importer[i]))
                continue;
            const std::int32_t period = floorDiv(t.day[i], w);
            buyers.emplace_back(period, t.importer[i]);
            buyers.emplace_back(period - 1, t.importer[i]);
        }
        if (buyers.empty())
            continue;
        // Suppliers from outside X's country per period.
        suppliers.clear();
        for (std::size_t p = c.byImporter.begin(x); p < c.byImporter.end(x); ++p) {
            const std::uint32_t i = c.byImporter.ids[p];
            const std::int32_t from = t.exporter[i];
            if (from >= 0 && from != x && !c.inDestination(from) &&
                t.entityCountry[static_cast<std::size_t>(from)] != t.entityCountry[e])
                suppliers.emplace_back(floorDiv(t.day[i], w), from);
        }
        if (suppliers.size() < static_cast<std::size_t>(c.thresholds.fanInMinSuppliers))
            continue;
        for (auto *v : {&suppliers, &buyers}) {
            std::sort(v->begin(), v->end());
            v->erase(std::unique(v->begin(), v->end()), v->end());
        }
        auto runOf = [](const std::vector<PeriodParty> &v, std::int32_t period) {
            auto lo = std::lower_bound(v.begin(), v.end(), PeriodParty{period, INT_MIN});
            auto hi = std::lower_bound(v.begin(), v.end(), PeriodParty{period + 1, INT_MIN});
            return std::pair{lo, hi};
        };
        std::int32_t best = 0;
        std::ptrdiff_t bestCount = 0;
        for (auto it = suppliers.cbegin(); it != suppliers.cend();) {
            const auto [lo, hi] = runOf(suppliers, it->first);
            const auto [blo, bhi] = runOf(buyers, it->first);
            const std::ptrdiff_t n = hi - lo, nb = bhi - blo;
            if (n >= c.thresholds.fanInMinSuppliers && nb >= 1 && nb <= c.thresholds.fanInMaxBuyers && n > bestCount) {
                bestCount = n;
                best = it->first;
            }
            it = hi;
        }
        if (bestCount == 0)
            continue;
        QStringList from, to;
        const auto [slo, shi] = runOf(suppliers, best);
        for (auto it = slo; it != shi && from.size() < 8; ++it)
            from << c.label(it->second);
        const auto [blo, bhi] = runOf(buyers, best);
        std::vector<qint64> onward;
        for (auto it = blo; it != bhi; ++it)
            to << c.label(it->second);
        for (std::size_t p = c.byExporter.begin(x); p < c.byExporter.end(x) && onward.size() < 5; ++p) {
            const std::uint32_t i = c.byExporter.ids[p];
            const std::int32_t period = floorDiv(t.day[i], w);
            if ((period == best || period == best + 1) && c.inDestination(t.importer[i]))
                onward.push_back(s.shipmentRowId[i]);
        }
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
            onward);
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
        const double v = t.value[i];
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
            // The outer tenth of every group lies outside [p5, p95]: only a price that is also several times off
            // the group's median is a deviation worth a flag (a uniform group raises nothing).
            const double median = rows[lo + n / 2].unitValue;
            const double factor = c.thresholds.priceFactor;
            for (std::size_t k = lo; k < hi; ++k) {
                if (rows[k].unitValue >= p5 && rows[k].unitValue <= p95)
                    continue;
                if (rows[k].unitValue < median * factor && rows[k].unitValue * factor > median)
                    continue;
                const std::uint32_t i = rows[k].shipment;
                for (std::int32_t party : {t.exporter[i], t.importer[i]}) {
                    // Parties the run does not flag are skipped before their findings are written up.
                    if (party < 0 || !c.inFocus(party) || !c.inTransit(party))
                        continue;
                    Finding &f = findings[party];
                    ++f.count;
                    if (f.lines.size() < 3) {
                        f.lines << QStringLiteral("%1, %2, unit value %3 per %4 vs band [%5, %6] of %7 shipments in %8")
                                       .arg(c.shipmentLabel(i), chplText(t.hs6[i]))
                                       .arg(rows[k].unitValue, 0, 'g', 6)
                                       .arg(s.canonicalUnitName(i).isEmpty() ? QStringLiteral("unit")
                                                                             : s.canonicalUnitName(i))
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
                              "HS-6, year and unit (groups of at least %3) and at least %4x above or below its median: "
                              "%5")
                   .arg(c.label(party))
                   .arg(f.count)
                   .arg(c.thresholds.priceMinGroup)
                   .arg(c.thresholds.priceFactor)
                   .arg(f.lines.join(QStringLiteral("; "))),
               f.rows);
}

void supplierSwitch(Context &c)
{
    const TradeSnapshot &s = c.snap;
    const graph::TradeArrays &t = s.trade;
    std::vector<std::pair<std::int32_t, std::uint32_t>> soldToDestination; // (HS-6, first shipment) before
    std::vector<std::int32_t> earlierBuyers;
    std::map<std::pair<std::int32_t, std::int32_t>, std::uint32_t> switches; // (new buyer, HS-6) -> first shipment
    for (std::size_t e = 0; e < s.entities.size(); ++e) {
        const auto supplier = static_cast<std::int32_t>(e);
        // A supplier from outside the transit and destination countries (the ones whose sales to Russia stopped).
        if (!c.inFocus(supplier) || c.inTransit(supplier) || c.inDestination(supplier) ||
            c.byExporter.begin(supplier) == c.byExporter.end(supplier))
            continue;
        // The supplier's shipments are in date order: the ones before the invasion come first.
        soldToDestination.clear();
        earlierBuyers.clear();
        switches.clear();
        std::size_t p = c.byExporter.begin(supplier);
        for (; p < c.byExporter.end(supplier); ++p) {
            const std::uint32_t i = c.byExporter.ids[p];
            if (t.day[i] >= c.invasionDay)
                break;
            if (t.importer[i] < 0)
                continue;
            earlierBuyers.push_back(t.importer[i]);
            if (c.inDestination(t.importer[i]) && t.hs6[i] >= 0)
                soldToDestination.emplace_back(t.hs6[i], i); // the first of each HS-6 is kept by the sort below
        }
        if (soldToDestination.empty())
            continue;
        std::stable_sort(soldToDestination.begin(), soldToDestination.end(),
                         [](const auto &a, const auto &b) { return a.first < b.first; });
        std::sort(earlierBuyers.begin(), earlierBuyers.end());
        for (; p < c.byExporter.end(supplier); ++p) {
            const std::uint32_t i = c.byExporter.ids[p];
            if (t.importer[i] < 0 || !c.inTransit(t.importer[i]) ||
                std::binary_search(earlierBuyers.begin(), earlierBuyers.end(), t.importer[i]))
                continue;
            auto sold = std::lower_bound(soldToDestination.begin(), soldToDestination.end(),
                                         std::pair{t.hs6[i], std::uint32_t{0}},
                                         [](const auto &a, const auto &b) { return a.first < b.first; });
            if (sold == soldToDestination.end() || sold->first != t.hs6[i])
                continue;
            switches.try_emplace({t.importer[i], t.hs6[i]}, i);
        }
        if (switches.empty())
            continue;
        QStringList lines;
        std::vector<qint64> rows;
        for (const auto &[buyerHs, after] : switches) {
            const std::uint32_t before =
                std::lower_bound(soldToDestination.begin(), soldToDestination.end(),
                                 std::pair{buyerHs.second, std::uint32_t{0}},
                                 [](const auto &a, const auto &b) { return a.first < b.first; })
                    ->second;
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
                   .arg(switches.size())
                   .arg(lines.join(QStringLiteral("; "))),
               rows);
    }
}

} // namespace caravan::flagrules
