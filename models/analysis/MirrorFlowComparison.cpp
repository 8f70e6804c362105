// One flow compared in each output period: the mirror gap (exports with the CIF/FOB margin against imports, the
// importer's months shifted by the lag that compares best) and the surge against the baseline monthly mean.
#include "models/analysis/MirrorComparer.h"

#include "models/analysis/MirrorCountries.h"
#include "models/analysis/MirrorFigures.h"
#include "models/domain/Chpl.h"

#include <QStringList>

#include <set>

namespace caravan::mirror {

namespace {

// Sorts a flow's cells by side, period and level. Each side's cells mostly come in order with no two alike: then
// splitting them by side sorts them, and otherwise std::sort does, on the cells as read (cells alike are summed in
// the order it leaves them).
void sortCells(std::vector<Cell> &cells, std::vector<Cell> &scratch)
{
    auto less = [](const Cell &a, const Cell &b) {
        return std::tie(a.side, a.period, a.exact) < std::tie(b.side, b.period, b.exact);
    };
    scratch.clear();
    for (const Cell &c : cells)
        if (c.side == 0)
            scratch.push_back(c);
    for (const Cell &c : cells)
        if (c.side != 0)
            scratch.push_back(c);
    for (std::size_t i = 1; i < scratch.size(); ++i)
        if (!less(scratch[i - 1], scratch[i])) {
            std::sort(cells.begin(), cells.end(), less);
            return;
        }
    cells.swap(scratch);
}

} // namespace

std::vector<std::pair<int, int>> Comparer::outputPeriods(const Side &exp, const Side &imp) const
{
    // Each side's months ascend: their periods' first months repeat only in a row, and a few remain to sort.
    std::vector<int> firsts;
    auto addMonth = [&](int m) {
        const int first = m_s.period == MirrorPeriod::Month     ? m
                          : m_s.period == MirrorPeriod::Quarter ? m - m % 3
                                                                : m - m % 12;
        if (firsts.empty() || firsts.back() != first)
            firsts.push_back(first);
    };
    for (const Side *s : {&exp, &imp}) {
        for (const auto &[m, v] : s->months)
            addMonth(m);
        if (m_s.period == MirrorPeriod::Year)
            for (const auto &[y, v] : s->years)
                addMonth(monthCode(1900 + y - kYearBase, 1));
    }
    std::sort(firsts.begin(), firsts.end());
    firsts.erase(std::unique(firsts.begin(), firsts.end()), firsts.end());
    const int span = m_s.period == MirrorPeriod::Month ? 0 : m_s.period == MirrorPeriod::Quarter ? 2 : 11;
    std::vector<std::pair<int, int>> out;
    out.reserve(firsts.size());
    for (const int first : firsts)
        out.emplace_back(first, first + span);
    return out;
}

SideValue Comparer::valueOf(const Side &side, int reporter, int sideIndex, std::pair<int, int> months, int shift) const
{
    SideValue v;
    const bool wholeYear = months.second - months.first == 11;
    if (wholeYear) {
        const int y = yearCode(yearOfMonth(months.first));
        if (auto it = side.years.find(y); it != side.years.end()) {
            v.value = it->second;
            v.present = v.reporting = true;
            return v;
        }
        v.reporting = reports(reporter, sideIndex, y);
    }
    for (int m = months.first; m <= months.second && !v.reporting; ++m) {
        const int shifted = m + shift;
        if (shifted >= 0 && shifted < kYearBase)
            v.reporting = reports(reporter, sideIndex, shifted);
    }
    // The months in the range, ascending (one search, then a walk).
    for (auto it = side.months.lowerBound(months.first + shift);
         it != side.months.end() && it->first <= months.second + shift; ++it) {
        v.value += it->second;
        v.present = true;
    }
    return v;
}

QString Comparer::periodName(std::pair<int, int> months) const
{
    const int year = yearOfMonth(months.first), month = months.first % 12 + 1;
    switch (m_s.period) {
    case MirrorPeriod::Month:
        return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
    case MirrorPeriod::Quarter:
        return QStringLiteral("%1-Q%2").arg(year).arg((month - 1) / 3 + 1);
    case MirrorPeriod::Year:
        break;
    }
    return QString::number(year);
}

void Comparer::compareFlow(std::uint32_t flowId, std::vector<Cell> &cells, std::vector<Cell> &scratch, int fromMonth,
                           int toMonth, std::vector<PendingFlow> &out) const
{
    sortCells(cells, scratch);
    Side sides[2];
    // Per side and period: the rows at the level's own code win over the sum of finer codes.
    const std::size_t end = cells.size();
    for (std::size_t i = 0; i < end;) {
        const Cell &c = cells[i];
        double exactSum = 0, finerSum = 0;
        bool anyExact = false;
        std::size_t j = i;
        for (; j < end && cells[j].side == c.side && cells[j].period == c.period; ++j) {
            (cells[j].exact ? exactSum : finerSum) += cells[j].value;
            anyExact = anyExact || cells[j].exact;
        }
        Side &s = sides[c.side];
        if (c.period >= kYearBase)
            s.years[c.period] = anyExact ? exactSum : finerSum;
        else
            s.months.append(c.period, anyExact ? exactSum : finerSum);
        i = j;
    }
    const std::uint64_t key = m_flowKeys[flowId];
    const int exporter = static_cast<int>(key >> 44), importer = static_cast<int>((key >> 24) & 0xFFFFF),
              hs = static_cast<int>(key & 0xFFFFFF);
    const double margin = 1 + m_s.cifFobMargin;

    // The importer's shift (0..lag months) that brings its monthly figures closest to the exporter's.
    int shift = 0;
    if (!sides[0].months.empty() && !sides[1].months.empty() && m_s.lagMonths > 0) {
        double best = -1;
        for (int s = 0; s <= m_s.lagMonths; ++s) {
            double total = 0;
            // Both sides' months ascend: the importer's month m + s is found by walking along.
            auto it = sides[1].months.begin();
            const auto importsEnd = sides[1].months.end();
            for (const auto &[m, v] : sides[0].months) {
                while (it != importsEnd && it->first < m + s)
                    ++it;
                total += std::abs(v * margin - (it != importsEnd && it->first == m + s ? it->second : 0));
            }
            if (best < 0 || total < best) {
                best = total;
                shift = s;
            }
        }
    }
    // Surges are measured on the exporter's figures where it reports the flow, else on the importer's.
    const int surgeSide = sides[0].months.empty() && sides[0].years.empty() ? 1 : 0;
    const int surgeReporter = surgeSide == 0 ? exporter : importer;
    double baseTotal = 0;
    int baseYears = 0;
    for (int y = m_s.baselineFrom; y <= m_s.baselineTo; ++y) {
        const SideValue v = valueOf(sides[surgeSide], surgeReporter, surgeSide, {monthCode(y, 1), monthCode(y, 12)},
                                    surgeSide == 1 ? shift : 0);
        if (v.reporting) {
            baseTotal += v.value;
            ++baseYears;
        }
    }
    const double baseline = baseYears > 0 ? baseTotal / (12.0 * baseYears) : 0;
    const QString &tier = m_tiers[static_cast<std::size_t>(hs)];
    const bool aggregate = isAggregate(m_countries[static_cast<std::size_t>(exporter)]) ||
                           isAggregate(m_countries[static_cast<std::size_t>(importer)]);
    const bool sidesHaveRows[2] = {!sides[0].months.empty() || !sides[0].years.empty(),
                                   !sides[1].months.empty() || !sides[1].years.empty()};
    const bool topTier = tier == u"1" || tier == u"2";
    const double surgeAt = topTier ? m_s.surgeFactorChpl : m_s.surgeFactor;
    const int tierRank = chplTierRank(tier.toStdString());
    const QString &importerName = m_countries[static_cast<std::size_t>(importer)];
    const bool reexportCandidate = m_s.hubs.contains(m_countries[static_cast<std::size_t>(exporter)]) &&
                                   (importerName == u"RU" || importerName == u"BY");

    for (const auto &months : outputPeriods(sides[0], sides[1])) {
        // The re-export balance of a period reads only that period's flows: those outside the range go.
        if (months.second < fromMonth || months.first > toMonth)
            continue;
        const SideValue e = valueOf(sides[0], exporter, 0, months, 0);
        const SideValue im = valueOf(sides[1], importer, 1, months, shift);
        MirrorFlow f;
        f.exporter = m_countries[static_cast<std::size_t>(exporter)];
        f.importer = m_countries[static_cast<std::size_t>(importer)];
        f.hs = m_hs[static_cast<std::size_t>(hs)];
        f.chplTier = tier;
        f.tierRank = tierRank;
        f.period = m_periodNames[static_cast<std::size_t>(months.first)];
        if (e.present || e.reporting)
            f.exportsReported = e.value;
        if (im.present || im.reporting)
            f.importsReported = im.value;
        // An aggregate (EU27_2020, EU, EA20) is compared only where the other side reports it by that name: a
        // country that reports its imports by member state has not left the EU's figure out.
        f.comparable = e.reporting && im.reporting && (!aggregate || (sidesHaveRows[0] && sidesHaveRows[1]));
        f.lagMonths = shift;
        const SideValue g = surgeSide == 0 ? e : im;
        const int monthsIn = months.second - months.first + 1;
        bool gapFlagged = false, surgeFlagged = false;
        double expected = 0;
        if (f.comparable) {
            expected = e.value * margin;
            f.gap = expected - im.value;
            if (expected > 0)
                f.gapPct = *f.gap / expected * 100;
            if (f.gapPct && std::abs(*f.gapPct) >= m_s.gapPct) {
                gapFlagged = true;
                f.flags << QStringLiteral("mirror_gap");
                f.magnitude = std::max(f.magnitude, std::abs(*f.gap));
            }
        }
        if (baseline > 0 && g.present) {
            f.baseline = baseline;
            f.growth = g.value / (baseline * monthsIn);
            if (yearOfMonth(months.first) > m_s.baselineTo && *f.growth >= surgeAt) {
                surgeFlagged = true;
                f.flags << QStringLiteral("surge");
                f.magnitude = std::max(f.magnitude, g.value - baseline * monthsIn);
            }
        }
        // The words cost more than the figures: a flow --flagged leaves out (no flag, and not a hub's exports to
        // RU/BY, which the re-export balance may still flag) goes without them.
        if (m_s.flaggedOnly && f.flags.isEmpty() && !reexportCandidate) {
            out.push_back({std::move(f), exporter, importer, hs, months});
            continue;
        }
        QStringList why;
        const QString cur = m_currency;
        if (f.comparable) {
            why << QStringLiteral("%1 reports %2 %3 of exports to %4; %4 reports %5 %3 of imports from %1")
                       .arg(f.exporter, money(e.value), cur, f.importer, money(im.value));
            if (gapFlagged)
                why << (*f.gap > 0 ? QStringLiteral("%1% of the %2 expected with a %3% CIF/FOB margin is missing")
                                   : QStringLiteral("the importer records %1% more than the %2 expected with a %3% "
                                                    "CIF/FOB margin"))
                           .arg(QLocale::c().toString(std::abs(*f.gapPct), 'f', 1), money(expected))
                           .arg(QLocale::c().toString(m_s.cifFobMargin * 100, 'g', 3));
            if (shift > 0)
                why << QStringLiteral("the importer's months compared %1 month(s) later").arg(shift);
        } else {
            why << (!e.reporting ? QStringLiteral("%1 does not report exports for %2: no mirror comparison")
                                       .arg(f.exporter, f.period)
                    : !im.reporting ? QStringLiteral("%1 does not report imports for %2: no mirror comparison")
                                          .arg(f.importer, f.period)
                                    : QStringLiteral("the aggregate %1 is not reported by the other side: no "
                                                     "mirror comparison")
                                          .arg(isAggregate(f.exporter) ? f.exporter : f.importer));
        }
        if (surgeFlagged)
            why << QStringLiteral("%1x the %2-%3 monthly mean of %4 %5%6")
                       .arg(QLocale::c().toString(*f.growth, 'f', 2))
                       .arg(m_s.baselineFrom)
                       .arg(m_s.baselineTo)
                       .arg(money(baseline), cur,
                            topTier ? QStringLiteral(" (CHPL tier %1: flagged from %2x)")
                                          .arg(tier, QLocale::c().toString(surgeAt, 'g', 3))
                                    : QString());
        f.explanation = why.join(QStringLiteral("; "));
        out.push_back({std::move(f), exporter, importer, hs, months});
    }
}

} // namespace caravan::mirror
