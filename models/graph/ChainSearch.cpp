#include "models/graph/ChainSearch.h"
#include "models/graph/OutIndex.h"

#include "models/graph/Parallel.h"

#include <algorithm>
#include <array>
#include <atomic>
#include <cmath>
#include <limits>
#include <optional>
#include <unordered_set>

namespace caravan::graph {

namespace {

// What a hop carried, in every measure it can be compared by.
struct Measures {
    std::int32_t unit = -1;
    double qty = 0;
    double weight = 0;
    double value = 0;
    std::int32_t currency = -1;

    bool any() const { return (unit >= 0 && qty > 0) || weight > 0 || (value > 0 && currency >= 0); }
};

// What the next hop must look like: who may receive it and what it must carry.
struct HopQuery {
    std::int32_t from = -1; // the intermediary that ships onward
    std::int32_t hs = -1;   // HS-6 of the previous hop
    std::int32_t day = 0;   // date of the previous hop
    Measures carried;       // what the previous hop carried
    CountryCode fromCountry = 0;
};

// The candidates a scan finds for the next hop, as positions in the index.
struct HopLists {
    std::vector<std::size_t> destExact, destHeading, midExact, midHeading;
    void clear()
    {
        destExact.clear();
        destHeading.clear();
        midExact.clear();
        midHeading.clear();
    }
};

class Searcher {
public:
    Searcher(const TradeArrays &t, const ChainSearchParams &p, const OutIndex &ix) : m_t(t), m_p(p), m_ix(ix) {}

    const OutIndex &index() const { return m_ix; }

    // One scan of q.from's shipments in the HS-4 heading of q.hs (or in q.hs alone when exact HS-6 is
    // required), dated within (q.day, q.day + window]: each HS-6 run of the heading is entered by binary
    // search on the day. Shipments into a destination country go to the dest lists; with wantMiddle,
    // shipments into another transit country go to the middle lists. Each list is sorted by day.
    void scan(const HopQuery &q, std::int32_t supplier, bool wantMiddle, HopLists &l) const
    {
        l.clear();
        const std::size_t begin = m_ix.offsets[static_cast<std::size_t>(q.from)];
        const std::size_t end = m_ix.offsets[static_cast<std::size_t>(q.from) + 1];
        const std::int32_t last = q.day + m_p.windowDays;
        auto lowerBound = [&](std::size_t lo, std::int32_t hs, std::int32_t day) {
            std::size_t hi = end;
            while (lo < hi) {
                const std::size_t mid = lo + (hi - lo) / 2;
                if (m_ix.hs[mid] != hs ? m_ix.hs[mid] < hs : m_ix.day[mid] < day)
                    lo = mid + 1;
                else
                    hi = mid;
            }
            return lo;
        };
        const bool heading = m_p.hsDigits <= 4;
        const std::int32_t first = heading ? q.hs / 100 * 100 : q.hs;
        const std::int32_t stop = heading ? first + 100 : q.hs + 1;
        std::size_t run = lowerBound(begin, first, std::numeric_limits<std::int32_t>::min());
        while (run < end && m_ix.hs[run] < stop) {
            const std::int32_t hs = m_ix.hs[run];
            const bool exact = hs == q.hs;
            std::size_t pos = lowerBound(run, hs, q.day + 1);
            for (; pos < end && m_ix.hs[pos] == hs && m_ix.day[pos] <= last; ++pos) {
                const std::int32_t to = m_ix.importer[pos];
                if (to < 0)
                    continue;
                const CountryCode c = m_t.entityCountry[static_cast<std::size_t>(to)];
                if (c == q.fromCountry)
                    continue; // a domestic sale
                if (m_p.destination.contains(c))
                    (exact ? l.destExact : l.destHeading).push_back(pos);
                else if (wantMiddle && to != supplier && to != q.from && m_p.transit.contains(c))
                    (exact ? l.midExact : l.midHeading).push_back(pos);
            }
            run = lowerBound(pos, hs + 1, std::numeric_limits<std::int32_t>::min());
        }
        auto byDay = [this](std::size_t a, std::size_t b) { return m_ix.day[a] < m_ix.day[b]; };
        std::stable_sort(l.destHeading.begin(), l.destHeading.end(), byDay);
        std::stable_sort(l.midHeading.begin(), l.midHeading.end(), byDay);
    }

    Measures measuresAt(std::size_t pos) const
    {
        return {unitAt(pos), qtyAt(pos), weightAt(pos), valueAt(pos), currencyAt(pos)};
    }

    // The strongest measure a shipment and the hop before it can both be compared by: quantities in one canonical
    // unit, else net weights, else values in one currency. Nothing when none applies (values in two currencies
    // are counted in `mismatches`: no exchange rates are known).
    std::optional<Measure> comparable(const Measures &r, std::size_t pos, std::int64_t *mismatches) const
    {
        if (r.unit >= 0 && r.qty > 0 && unitAt(pos) == r.unit && qtyAt(pos) > 0)
            return Measure::Quantity;
        if (r.weight > 0 && weightAt(pos) > 0)
            return Measure::Weight;
        if (r.value > 0 && valueAt(pos) > 0) {
            if (r.currency >= 0 && r.currency == currencyAt(pos))
                return Measure::Value;
            if (mismatches)
                ++*mismatches;
        }
        return std::nullopt;
    }

    // A candidate's columns, read from the snapshot through its shipment number (weights, values and currencies
    // may be absent altogether: unknown).
    std::int32_t unitAt(std::size_t pos) const { return m_t.unit[m_ix.id[pos]]; }
    double qtyAt(std::size_t pos) const { return m_t.quantity[m_ix.id[pos]]; }
    double weightAt(std::size_t pos) const
    {
        return m_t.weight.empty() ? std::numeric_limits<double>::quiet_NaN() : m_t.weight[m_ix.id[pos]];
    }
    double valueAt(std::size_t pos) const
    {
        return m_t.value.empty() || m_t.currency.empty() ? std::numeric_limits<double>::quiet_NaN()
                                                         : m_t.value[m_ix.id[pos]];
    }
    std::int32_t currencyAt(std::size_t pos) const
    {
        return m_t.value.empty() || m_t.currency.empty() ? -1 : m_t.currency[m_ix.id[pos]];
    }
    double amountAt(Measure m, std::size_t pos) const
    {
        switch (m) {
        case Measure::Quantity:
            return qtyAt(pos);
        case Measure::Weight:
            return weightAt(pos);
        case Measure::Mixed:
            return m_mixedAmount[pos];
        case Measure::Value:
            break;
        }
        return valueAt(pos);
    }
    static double amount(const Measures &r, Measure m)
    {
        return m == Measure::Quantity || m == Measure::Mixed ? r.qty : m == Measure::Weight ? r.weight : r.value;
    }
    double tolerance(Measure m) const { return m == Measure::Value ? m_p.valueTolerance : m_p.qtyTolerance; }

    bool fits(double reference, double amount, Measure m) const
    {
        return std::isfinite(amount) && std::fabs(amount - reference) <= tolerance(m) * reference + 1e-9;
    }

    // The onward shipments that carry `reference` on, compared by measure m: the single closest one within the
    // tolerance, or else the first run of shipments in date order whose amounts sum into the tolerance.
    bool select(const std::vector<std::size_t> &candidates, double reference, Measure m,
                std::vector<std::size_t> &chosen) const
    {
        chosen.clear();
        double bestGap = std::numeric_limits<double>::infinity();
        std::size_t best = 0;
        for (std::size_t pos : candidates) {
            const double a = amountAt(m, pos);
            if (!fits(reference, a, m))
                continue;
            const double gap = std::fabs(a - reference);
            if (gap < bestGap) {
                bestGap = gap;
                best = pos;
            }
        }
        if (std::isfinite(bestGap)) {
            chosen.push_back(best);
            return true;
        }
        double sum = 0;
        for (std::size_t pos : candidates) {
            const double q = amountAt(m, pos);
            if (!std::isfinite(q) || q <= 0)
                continue;
            sum += q;
            chosen.push_back(pos);
            if (static_cast<int>(chosen.size()) > m_p.maxSplits || sum > reference * (1 + tolerance(m)) + 1e-9)
                break;
            if (chosen.size() >= 2 && fits(reference, sum, m))
                return true;
        }
        chosen.clear();
        return false;
    }

    bool selectPreferringFresh(const std::vector<std::size_t> &candidates, double reference, Measure m,
                               std::vector<std::size_t> &chosen) const
    {
        m_fresh.clear();
        for (std::size_t pos : candidates)
            if (!m_used[pos])
                m_fresh.push_back(pos);
        if (m_log)
            for (std::size_t pos : candidates)
                m_log->reads.push_back({pos, m_used[pos]});
        if (m_fresh.size() < candidates.size() && select(m_fresh, reference, m, chosen))
            return true;
        return select(candidates, reference, m, chosen);
    }

    // The candidates split by the measure they compare with the reference by; tries quantities, then the parts of
    // a mixed hop, then weights, then values. Returns the measure of the onward shipments chosen.
    std::optional<Measure> selectByMeasure(const std::vector<std::size_t> &candidates, const Measures &r,
                                           std::vector<std::size_t> &chosen, std::int64_t *mismatches) const
    {
        for (auto &group : m_byMeasure)
            group.clear();
        for (std::size_t pos : candidates)
            if (const auto m = comparable(r, pos, mismatches))
                m_byMeasure[static_cast<std::size_t>(*m)].push_back(pos);
        const auto &byQuantity = m_byMeasure[static_cast<std::size_t>(Measure::Quantity)];
        if (!byQuantity.empty() && selectPreferringFresh(byQuantity, r.qty, Measure::Quantity, chosen))
            return Measure::Quantity;
        // A split hop may mix measures: some onward parts declared with a quantity, others with only a net weight.
        // Before weights alone are compared (which would leave the parts with quantities out), the parts are added
        // up in the received quantity's unit, a part with only a weight converted at the quantity per kg of the
        // shipment received (the same goods).
        if (r.unit >= 0 && r.qty > 0 && r.weight > 0 && selectMixed(candidates, r, chosen))
            return Measure::Mixed;
        for (const Measure m : {Measure::Weight, Measure::Value}) {
            const auto &group = m_byMeasure[static_cast<std::size_t>(m)];
            if (!group.empty() && selectPreferringFresh(group, amount(r, m), m, chosen))
                return m;
        }
        // Else every part that gives a net weight is compared by weight.
        if (r.weight > 0) {
            m_mixed.clear();
            for (std::size_t pos : candidates)
                if (weightAt(pos) > 0)
                    m_mixed.push_back(pos);
            if (m_mixed.size() > m_byMeasure[static_cast<std::size_t>(Measure::Weight)].size() &&
                selectPreferringFresh(m_mixed, r.weight, Measure::Weight, chosen))
                return Measure::Weight;
        }
        return std::nullopt;
    }

    bool selectMixed(const std::vector<std::size_t> &candidates, const Measures &r,
                     std::vector<std::size_t> &chosen) const
    {
        const double perKg = r.qty / r.weight;
        if (m_mixedAmount.empty())
            m_mixedAmount.resize(m_ix.id.size());
        bool byQuantity = false, byWeight = false;
        m_mixed.clear();
        for (std::size_t pos : candidates) {
            const MixedPart part = mixedPart(unitAt(pos), qtyAt(pos), weightAt(pos), r.unit, perKg);
            if (!std::isfinite(part.amount))
                continue;
            m_mixedAmount[pos] = part.amount;
            (part.byWeight ? byWeight : byQuantity) = true;
            m_mixed.push_back(pos);
        }
        // Only a hop of both kinds is mixed: one measure alone was tried before.
        return byQuantity && byWeight && selectPreferringFresh(m_mixed, r.qty, Measure::Mixed, chosen);
    }

    // The final hop into a destination country from a scan, exact HS-6 first, then HS-4 if allowed.
    // Returns the digits matched (0: no onward shipments fit) and sets the measure that compared them.
    int finalHop(const HopLists &l, const HopQuery &q, std::vector<std::size_t> &chosen, Measure &measure,
                 ChainSearchStats *stats) const
    {
        if (stats)
            stats->hs6Pairs += static_cast<std::int64_t>(l.destExact.size());
        std::int64_t *mismatches = stats ? &stats->currencyMismatches : nullptr;
        if (const auto m = selectByMeasure(l.destExact, q.carried, chosen, mismatches)) {
            measure = *m;
            return 6;
        }
        if (m_p.hsDigits > 4)
            return 0;
        if (const auto m = selectByMeasure(l.destHeading, q.carried, chosen, mismatches)) {
            measure = *m;
            return 4;
        }
        return 0;
    }

    // Onward shipments already cited by a chain are taken again only when nothing else fits: two
    // inbound lots of 100 followed by two onward lots of 100 make two chains, not one onward lot twice.
    void markUsed(const std::vector<std::size_t> &positions)
    {
        for (std::size_t pos : positions)
            m_used[pos] = 1;
        if (m_log)
            m_log->marks.insert(m_log->marks.end(), positions.begin(), positions.end());
    }

    // What a search read of the used marks, and marked: the only way the search of one inbound lot can
    // depend on the lots searched before it.
    struct UsedLog {
        std::vector<std::pair<std::size_t, char>> reads; // position, mark read
        std::vector<std::size_t> marks;
    };
    void setLog(UsedLog *log) { m_log = log; }
    const std::vector<char> &used() const { return m_used; }
    void setUsed(std::vector<char> used) { m_used = std::move(used); }

    // A middle hop X1 -> X2 into another transit country: where it is, the HS digits it matched, and the
    // measure that compared it with the inbound.
    struct MiddleHop {
        std::size_t pos;
        int digits;
        Measure measure;
    };

    // Middle hops from a scan (exact HS-6 first, then HS-4) carrying the inbound on within the tolerance of
    // the strongest measure both compare by.
    void middleHops(const HopLists &l, const HopQuery &q, std::vector<MiddleHop> &out) const
    {
        out.clear();
        for (const auto &[list, digits] : {std::pair{&l.midExact, 6}, std::pair{&l.midHeading, 4}})
            for (std::size_t pos : *list) {
                if (out.size() >= kMaxMiddleHops)
                    return;
                const auto m = comparable(q.carried, pos, nullptr);
                if (m && fits(amount(q.carried, *m), amountAt(*m, pos), *m))
                    out.push_back({pos, digits, *m});
            }
    }

private:
    static constexpr std::size_t kMaxMiddleHops = 8;

    const TradeArrays &m_t;
    const ChainSearchParams &m_p;
    const OutIndex &m_ix;
    std::vector<char> m_used = std::vector<char>(m_ix.id.size(), 0); // by position
    UsedLog *m_log = nullptr;
    // By position: a part's amount in Measure::Mixed, set for the parts in m_mixed only (sized on first use).
    mutable std::vector<double> m_mixedAmount;
    mutable std::vector<std::size_t> m_fresh;
    mutable std::array<std::vector<std::size_t>, 4> m_byMeasure; // by Measure
    mutable std::vector<std::size_t> m_mixed;                    // parts of a hop in several measures
};

} // namespace

namespace {

// The chains found from one inbound lot, with the scratch space of its search.
class LotSearch {
public:
    LotSearch(const TradeArrays &t, const ChainSearchParams &p) : m_t(t), m_p(p) {}

    // The chains from inbound lot `pos` of `supplier` into intermediary x, appended to chains and twoHop.
    void run(Searcher &searcher, std::size_t supplier, std::size_t pos, std::vector<ChainCandidate> &chains,
             std::vector<ChainCandidate> &twoHop, ChainSearchStats &stats)
    {
        const OutIndex &ix = searcher.index();
        const std::int32_t x = ix.importer[pos];
        const HopQuery first{x, ix.hs[pos], ix.day[pos], searcher.measuresAt(pos),
                             m_t.entityCountry[static_cast<std::size_t>(x)]};
        const bool measured = first.carried.any();
        searcher.scan(first, static_cast<std::int32_t>(supplier), measured && m_p.maxIntermediaries >= 2, m_lists);
        if (!measured) {
            stats.hs6Pairs += static_cast<std::int64_t>(m_lists.destExact.size());
            return;
        }
        const int digits = searcher.finalHop(m_lists, first, m_chosen, m_measure, &stats);
        if (digits > 0) {
            emit(ix, chains, {ix.id[pos]}, 1, digits, m_measure);
            searcher.markUsed(m_chosen);
        }
        if (m_p.maxIntermediaries < 2)
            return;
        searcher.middleHops(m_lists, first, m_middles);
        for (const Searcher::MiddleHop &mid : m_middles) {
            const std::int32_t x2 = ix.importer[mid.pos];
            const HopQuery second{x2, ix.hs[mid.pos], ix.day[mid.pos], searcher.measuresAt(mid.pos),
                                  m_t.entityCountry[static_cast<std::size_t>(x2)]};
            searcher.scan(second, -1, false, m_lists2);
            const int lastDigits = searcher.finalHop(m_lists2, second, m_chosen, m_measure, nullptr);
            if (lastDigits > 0) {
                emit(ix, twoHop, {ix.id[pos], ix.id[mid.pos]}, 2, std::min(mid.digits, lastDigits), mid.measure);
                searcher.markUsed(m_chosen);
            }
        }
    }

private:
    void emit(const OutIndex &ix, std::vector<ChainCandidate> &into, std::initializer_list<std::uint32_t> head,
              int intermediaries, int digits, Measure midMeasure) const
    {
        ChainCandidate c;
        c.shipments.assign(head);
        for (std::size_t pos : m_chosen)
            c.shipments.push_back(ix.id[pos]);
        c.intermediaries = static_cast<std::uint8_t>(intermediaries);
        c.onwardCount = static_cast<std::uint8_t>(m_chosen.size());
        c.hsDigits = static_cast<std::uint8_t>(digits);
        c.measure = m_measure;
        c.midMeasure = midMeasure;
        into.push_back(std::move(c));
    }

    const TradeArrays &m_t;
    const ChainSearchParams &m_p;
    std::vector<std::size_t> m_chosen;
    HopLists m_lists, m_lists2;
    std::vector<Searcher::MiddleHop> m_middles;
    Measure m_measure = Measure::Quantity;
};

// One inbound lot searched in a range of its own: where its chains and its log entries end.
struct LotRecord {
    std::size_t supplier, pos;
    std::size_t readsEnd, marksEnd, chainsEnd, twoHopEnd;
};

// The chains of one range of suppliers (by index), searched in supplier order. A range searched on its own
// logs, lot by lot, the used marks it read and set.
struct SupplierRange {
    std::size_t from = 0, to = 0;
    std::vector<ChainCandidate> chains, twoHop;
    ChainSearchStats stats;
    Searcher::UsedLog log;
    std::vector<LotRecord> lots;
    std::vector<char> used;
    bool cancelled = false;
};

// Searches the suppliers of `range`; `done` counts the index positions passed, for progress.
void searchSuppliers(const TradeArrays &t, const ChainSearchParams &p, Searcher &searcher, SupplierRange &range,
                     bool logged, std::atomic<std::size_t> &done,
                     const std::function<bool(std::size_t, std::size_t)> &keepGoing)
{
    const OutIndex &ix = searcher.index();
    const std::size_t total = ix.id.size();
    LotSearch lot(t, p);
    std::size_t passed = 0;
    for (std::size_t supplier = range.from; supplier < range.to; ++supplier) {
        const CountryCode supplierCountry = t.entityCountry[supplier];
        if (p.destination.contains(supplierCountry))
            continue;
        for (std::size_t pos = ix.offsets[supplier]; pos < ix.offsets[supplier + 1]; ++pos) {
            if ((++passed & 0xffff) == 0 && keepGoing &&
                !keepGoing(std::min(done.fetch_add(0x10000) + 0x10000, total), total)) {
                range.cancelled = true;
                return;
            }
            const std::int32_t x = ix.importer[pos];
            if (x < 0 || static_cast<std::size_t>(x) == supplier || ix.hs[pos] < 0)
                continue;
            const CountryCode xCountry = t.entityCountry[static_cast<std::size_t>(x)];
            if (!p.transit.contains(xCountry) || p.destination.contains(xCountry) || xCountry == supplierCountry)
                continue;
            ++range.stats.inboundConsidered;
            const std::size_t reads = range.log.reads.size(), marks = range.log.marks.size();
            const std::size_t chains = range.chains.size(), twoHop = range.twoHop.size();
            lot.run(searcher, supplier, pos, range.chains, range.twoHop, range.stats);
            if (logged && (range.log.reads.size() != reads || range.log.marks.size() != marks ||
                           range.chains.size() != chains || range.twoHop.size() != twoHop))
                range.lots.push_back({supplier, pos, range.log.reads.size(), range.log.marks.size(),
                                      range.chains.size(), range.twoHop.size()});
        }
    }
}

} // namespace

ChainSearchResult findChains(const TradeArrays &t, const ChainSearchParams &p,
                             const std::function<bool(std::size_t, std::size_t)> &keepGoing)
{
    ChainSearchResult result;
    if (keepGoing && !keepGoing(0, t.shipmentCount())) {
        result.cancelled = true;
        return result;
    }
    const OutIndex ix = buildIndex(t);
    const std::size_t total = ix.id.size();
    const std::size_t suppliers = ix.offsets.size() - 1;

    // The suppliers are searched in index order, and a chain's onward shipments are taken again only when
    // nothing fresh fits: the one link between inbound lots. Large cases split the suppliers into ranges of
    // about equal shipments, searched at once; each range after the first starts from no used shipments and
    // logs, lot by lot, the used marks it read and set. The ranges are then joined in order, lot by lot: a lot
    // that read the marks one search in order would have shown it decided as that search would have (its
    // chains and marks are kept); any other lot is searched again there, from those marks.
    constexpr std::size_t kParallelFrom = 200000;
    const unsigned parts = p.threads > 0 ? p.threads : threadsFor(total, kParallelFrom);
    std::vector<SupplierRange> ranges(parts);
    auto boundary = [&](unsigned j) {
        if (j == 0)
            return std::size_t{0};
        if (j >= parts)
            return suppliers;
        return static_cast<std::size_t>(std::lower_bound(ix.offsets.begin(), ix.offsets.end() - 1, total / parts * j) -
                                        ix.offsets.begin());
    };
    for (unsigned k = 0; k < parts; ++k) {
        ranges[k].from = boundary(k);
        ranges[k].to = std::max(boundary(k), boundary(k + 1));
    }
    std::atomic<std::size_t> done{0};
    onThreads(parts, [&](unsigned k, unsigned) {
        Searcher searcher(t, p, ix);
        if (k > 0)
            searcher.setLog(&ranges[k].log);
        searchSuppliers(t, p, searcher, ranges[k], k > 0, done, keepGoing);
        if (k == 0)
            ranges[k].used = searcher.used();
    });
    for (const SupplierRange &range : ranges)
        if (range.cancelled) {
            result.cancelled = true;
            return result;
        }

    Searcher joined(t, p, ix);
    joined.setUsed(std::move(ranges[0].used));
    LotSearch again(t, p);
    std::vector<ChainCandidate> twoHop;
    for (unsigned k = 0; k < parts; ++k) {
        SupplierRange &range = ranges[k];
        result.stats.inboundConsidered += range.stats.inboundConsidered;
        result.stats.hs6Pairs += range.stats.hs6Pairs;
        result.stats.currencyMismatches += range.stats.currencyMismatches;
        if (k == 0) {
            result.chains = std::move(range.chains);
            twoHop = std::move(range.twoHop);
            continue;
        }
        std::size_t reads = 0, marks = 0, chains = 0, twoHops = 0;
        for (const LotRecord &lot : range.lots) {
            const bool same = std::all_of(
                range.log.reads.begin() + static_cast<std::ptrdiff_t>(reads),
                range.log.reads.begin() + static_cast<std::ptrdiff_t>(lot.readsEnd),
                [&](const std::pair<std::size_t, char> &read) { return joined.used()[read.first] == read.second; });
            if (same) {
                const std::vector<std::size_t> marked(range.log.marks.begin() + static_cast<std::ptrdiff_t>(marks),
                                                      range.log.marks.begin() +
                                                          static_cast<std::ptrdiff_t>(lot.marksEnd));
                joined.markUsed(marked);
                std::move(range.chains.begin() + static_cast<std::ptrdiff_t>(chains),
                          range.chains.begin() + static_cast<std::ptrdiff_t>(lot.chainsEnd),
                          std::back_inserter(result.chains));
                std::move(range.twoHop.begin() + static_cast<std::ptrdiff_t>(twoHops),
                          range.twoHop.begin() + static_cast<std::ptrdiff_t>(lot.twoHopEnd),
                          std::back_inserter(twoHop));
            } else {
                // Its statistics do not depend on the marks: they were counted once, in the range.
                ChainSearchStats ignored;
                again.run(joined, lot.supplier, lot.pos, result.chains, twoHop, ignored);
            }
            reads = lot.readsEnd;
            marks = lot.marksEnd;
            chains = lot.chainsEnd;
            twoHops = lot.twoHopEnd;
        }
    }

    // A two-intermediary chain A -> X1 -> X2 -> RU also contains X1 -> X2 -> RU as a one-intermediary
    // chain; the longer one tells the whole story, so the shorter one is dropped.
    std::unordered_set<std::uint32_t> middleShipments;
    for (const ChainCandidate &c : twoHop)
        middleShipments.insert(c.shipments[1]);
    const std::size_t before = result.chains.size();
    std::erase_if(result.chains,
                  [&](const ChainCandidate &c) { return middleShipments.count(c.shipments.front()) > 0; });
    result.stats.suppressedSubchains = static_cast<std::int64_t>(before - result.chains.size());
    result.chains.insert(result.chains.end(), std::make_move_iterator(twoHop.begin()),
                         std::make_move_iterator(twoHop.end()));
    if (keepGoing)
        keepGoing(total, total);
    return result;
}

} // namespace caravan::graph
