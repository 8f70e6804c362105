#pragma once

#include "models/analysis/MirrorComparison.h"
#include "models/analysis/MirrorPeriods.h"
#include "models/analysis/MirrorRates.h"
#include "models/analysis/MirrorRecentTexts.h"
#include "models/storage/MirrorRows.h"

#include <QString>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

// The mirror comparison's workings (models/analysis/MirrorComparison): statistics rows gathered into cells per flow
// (MirrorComparer.cpp), each flow compared (MirrorFlowComparison.cpp), hubs' re-export balance
// (MirrorReexportBalance.cpp) and the ranking (MirrorRanking.cpp).
namespace caravan::mirror {

struct Cell {
    std::uint16_t period;
    std::uint8_t side;  // 0: the exporter's report, 1: the importer's
    std::uint8_t exact; // reported at the level's own code (8542 at HS-4), not summed from finer codes
    double value;
};

// Consecutive cells of one flow as read (statistics come mostly a flow at a time): grouping runs rather than cells
// by flow spares a pass over every cell and a second copy of them, and leaves each flow's cells to the thread that
// compares it.
struct Run {
    std::uint32_t flow;
    std::uint32_t begin; // the first cell's index in its comparison's cells (a table of billions of rows is no case)
};

// A side's monthly values of one flow, added in ascending order of months: a sorted array that finds a month by
// binary search (a std::map per flow and side cost a third of the comparison on ten million rows).
class MonthValues {
public:
    using Items = std::vector<std::pair<int, double>>;
    bool empty() const { return m_items.empty(); }
    void append(int month, double value) { m_items.emplace_back(month, value); }
    Items::const_iterator begin() const { return m_items.begin(); }
    Items::const_iterator end() const { return m_items.end(); }
    // The first month at or after `month`.
    Items::const_iterator lowerBound(int month) const
    {
        return std::lower_bound(m_items.begin(), m_items.end(), month,
                                [](const std::pair<int, double> &item, int m) { return item.first < m; });
    }

private:
    Items m_items;
};

struct Side {
    MonthValues months;
    std::map<int, double> years;
};

// A flow in one output period, compared, before the re-export balance and the ranking.
struct PendingFlow {
    MirrorFlow flow;
    int exporter, importer, hs;
    std::pair<int, int> months;
};

// A flow's value on one side for one output period, and whether the reporter reports in it.
struct SideValue {
    double value = 0;
    bool present = false;   // a row of this flow
    bool reporting = false; // the reporter reports (any partner, any code) in the period
};

// Statistics rows gathered into cells per exporter -> importer x code, then compared; one per reading thread, merged.
class Comparer {
public:
    Comparer(const MirrorSettings &s, const Rates &rates) : m_s(s), m_rates(rates) {}
    void setCurrency(const QString &c) { m_currency = c; }

    bool add(const MirrorStatRow &r, MirrorResult &result);
    // Takes in what another comparison (of other rows, with the same settings and currency) gathered.
    void merge(Comparer &other);
    void reserve(std::size_t cells) { m_cells.reserve(cells); }
    void finish(MirrorResult &result);
    // The re-export balance (MirrorReexportBalance.cpp): each hub's exports to RU/BY against its imports from the
    // coalition, per code and period, flagged on the hub's flows to RU/BY.
    void balanceReexports(std::vector<PendingFlow> &all) const;
    // The flows in the range kept (all compared or measured, or the flagged ones), ranked into `result`
    // (MirrorRanking.cpp).
    void rank(std::vector<PendingFlow> &all, int fromMonth, int toMonth, MirrorResult &result) const;
    // Compares one flow, its cells in `cells` as read (they are sorted here), in every output period.
    // `scratch` is room the comparison may use.
    void compareFlow(std::uint32_t flowId, std::vector<Cell> &cells, std::vector<Cell> &scratch, int fromMonth,
                     int toMonth, std::vector<PendingFlow> &out) const;

private:
    int country(std::string_view code);
    int hsKey(std::string_view code, bool &exact);
    int hsKeyOf(std::string_view code, bool &exact);
    int internHs(const std::string &key, bool digits);
    double factor(std::string_view currency, int code);
    // The output periods a flow has values in, and the months each spans.
    std::vector<std::pair<int, int>> outputPeriods(const Side &exp, const Side &imp) const;
    SideValue valueOf(const Side &side, int reporter, int sideIndex, std::pair<int, int> months, int shift) const;
    QString periodName(std::pair<int, int> months) const;
    bool reports(int reporter, int side, int code) const
    {
        return m_reporting[static_cast<std::size_t>(reporter)][static_cast<std::size_t>(side * kPeriodCodes + code)];
    }

    const MirrorSettings &m_s;
    const Rates &m_rates;
    QString m_currency;
    std::unordered_map<std::string, int> m_countryIds, m_hsIds, m_currencyIds;
    std::vector<QString> m_countries, m_hs, m_currencyNames;
    std::vector<QString> m_tiers;
    std::vector<std::vector<std::uint8_t>> m_reporting; // per country: [side][period code]
    // Per country: an aggregate that only repeats others' trade (the EU of its changing composition, the euro area,
    // regions such as "Non-EU countries"): no flows of its own. EU27_2020 and WORLD stay.
    std::vector<bool> m_skipped;
    std::vector<std::vector<double>> m_factors; // per currency id: [period code], NaN until asked
    std::unordered_map<std::uint64_t, std::uint32_t> m_flowIds;
    std::vector<std::uint64_t> m_flowKeys;
    std::uint64_t m_lastKey = ~std::uint64_t(0);
    // Other comparisons' cells and runs taken in by merge(), with their flows' ids here.
    struct MergedCells {
        std::vector<Cell> cells;
        std::vector<Run> runs;
        std::vector<std::uint32_t> flows;
    };
    std::vector<MergedCells> m_merged;
    std::uint32_t m_lastFlow = 0;
    std::vector<Cell> m_cells;
    std::vector<Run> m_runs;
    // The name of each output period by its first month, written once before the flows are compared.
    std::vector<QString> m_periodNames;
    std::string m_buffer;
    // Two-letter codes (nearly every reporter and partner) by their two bytes, without hashing; -1 until seen.
    std::vector<int> m_twoLetterIds = std::vector<int>(1 << 16, -1);
    RecentTexts m_recentCountries, m_recentCodes, m_recentCurrencies;
};

} // namespace caravan::mirror
