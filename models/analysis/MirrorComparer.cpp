#include "models/analysis/MirrorComparer.h"

#include "models/analysis/MirrorCountries.h"
#include "models/domain/Chpl.h"

#include <cmath>
#include <thread>

namespace caravan::mirror {

// country(), hsKey() and factor() run for every statistics row, from add() below: inline, as they were when the
// comparer had no name outside its file.
inline int Comparer::country(std::string_view code)
{
    const bool twoLetters = code.size() == 2;
    const std::size_t pair = twoLetters ? (static_cast<std::size_t>(static_cast<unsigned char>(code[0])) << 8) |
                                              static_cast<unsigned char>(code[1])
                                        : 0;
    if (twoLetters && m_twoLetterIds[pair] >= 0)
        return m_twoLetterIds[pair];
    int id = 0, unused = 0;
    if (!twoLetters && m_recentCountries.find(code, id, unused))
        return id;
    m_buffer.assign(code);
    auto [it, added] = m_countryIds.try_emplace(m_buffer, static_cast<int>(m_countries.size()));
    if (added) {
        m_countries.push_back(QString::fromUtf8(code.data(), static_cast<qsizetype>(code.size())).trimmed().toUpper());
        m_reporting.emplace_back(2 * kPeriodCodes, 0);
        const QString &c = m_countries.back();
        m_skipped.push_back(isAggregate(c) && c != kEu27 && c != u"WORLD");
    }
    if (twoLetters)
        m_twoLetterIds[pair] = it->second;
    else
        m_recentCountries.put(code, it->second, 0);
    return it->second;
}

// The code of the flow at the chosen level, or -1 when the row is coarser than the level.
inline int Comparer::hsKey(std::string_view code, bool &exact)
{
    int id = 0, wasExact = 0;
    if (m_recentCodes.find(code, id, wasExact)) {
        exact = wasExact != 0;
        return id;
    }
    id = hsKeyOf(code, exact);
    m_recentCodes.put(code, id, exact ? 1 : 0);
    return id;
}

int Comparer::hsKeyOf(std::string_view code, bool &exact)
{
    const bool digits =
        !code.empty() && std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits && m_s.level == MirrorLevel::Tier)
        return -1; // TOTAL is on no CHPL tier
    if (!digits) {
        m_buffer.assign(code); // TOTAL and other labels: a flow of their own at every HS level
        exact = true;
    } else if (m_s.level == MirrorLevel::Tier) {
        if (code.size() < 6)
            return -1;
        const ChplEntry *e = chplEntry(std::stoi(std::string(code.substr(0, 6))));
        if (!e)
            return -1;
        m_buffer = "tier ";
        m_buffer.append(e->tier);
        exact = code.size() == 6;
    } else {
        const std::size_t n = m_s.level == MirrorLevel::Hs6 ? 6 : m_s.level == MirrorLevel::Hs4 ? 4 : 2;
        if (code.size() < n)
            return -1;
        m_buffer.assign(code.substr(0, n));
        exact = code.size() == n;
    }
    return internHs(m_buffer, digits);
}

// The id of a code at the level (8542, "tier 1", TOTAL), added with its CHPL tier when new.
int Comparer::internHs(const std::string &key, bool digits)
{
    auto [it, added] = m_hsIds.try_emplace(key, static_cast<int>(m_hs.size()));
    if (added) {
        m_hs.push_back(QString::fromStdString(key));
        QString tier;
        if (m_s.level == MirrorLevel::Tier)
            tier = m_hs.back().mid(5);
        else if (key.size() == 6 && digits)
            if (const ChplEntry *e = chplEntry(std::stoi(key)))
                tier = QString::fromLatin1(e->tier.data(), static_cast<qsizetype>(e->tier.size()));
        m_tiers.push_back(tier);
    }
    return it->second;
}

void Comparer::merge(Comparer &other)
{
    std::vector<int> countries(other.m_countries.size()), codes(other.m_hs.size());
    for (const auto &[raw, id] : other.m_countryIds) {
        const int mine = country(raw);
        countries[static_cast<std::size_t>(id)] = mine;
        auto &to = m_reporting[static_cast<std::size_t>(mine)];
        const auto &from = other.m_reporting[static_cast<std::size_t>(id)];
        for (std::size_t i = 0; i < to.size(); ++i)
            to[i] = static_cast<std::uint8_t>(to[i] | from[i]);
    }
    for (const auto &[key, id] : other.m_hsIds)
        codes[static_cast<std::size_t>(id)] = internHs(
            key, !key.empty() && std::all_of(key.begin(), key.end(), [](char c) { return c >= '0' && c <= '9'; }));
    std::vector<std::uint32_t> flows(other.m_flowKeys.size());
    for (std::size_t f = 0; f < other.m_flowKeys.size(); ++f) {
        const std::uint64_t k = other.m_flowKeys[f];
        const std::uint64_t key =
            (static_cast<std::uint64_t>(countries[static_cast<std::size_t>(k >> 44)]) << 44) |
            (static_cast<std::uint64_t>(countries[static_cast<std::size_t>((k >> 24) & 0xFFFFF)]) << 24) |
            static_cast<std::uint64_t>(codes[static_cast<std::size_t>(k & 0xFFFFFF)]);
        auto [it, added] = m_flowIds.try_emplace(key, static_cast<std::uint32_t>(m_flowKeys.size()));
        if (added)
            m_flowKeys.push_back(key);
        flows[f] = it->second;
    }
    // The cells stay where they are until their flows are compared: copying them here would cost a pass and their
    // memory twice.
    m_merged.push_back({std::move(other.m_cells), std::move(other.m_runs), std::move(flows)});
}

inline double Comparer::factor(std::string_view currency, int code)
{
    int currencyId = 0, unused = 0;
    if (!m_recentCurrencies.find(currency, currencyId, unused)) {
        m_buffer.assign(currency);
        auto [it, added] = m_currencyIds.try_emplace(m_buffer, static_cast<int>(m_currencyNames.size()));
        currencyId = it->second;
        m_recentCurrencies.put(currency, currencyId, 0);
        if (added) {
            m_currencyNames.push_back(
                QString::fromUtf8(currency.data(), static_cast<qsizetype>(currency.size())).toUpper());
            m_factors.emplace_back(kPeriodCodes, std::nan(""));
        }
    }
    double &f = m_factors[static_cast<std::size_t>(currencyId)][static_cast<std::size_t>(code)];
    if (std::isnan(f)) {
        const QString &from = m_currencyNames[static_cast<std::size_t>(currencyId)];
        if (from == m_currency || from.isEmpty()) {
            f = 1;
        } else {
            const double a = m_rates.perEur(from, code), b = m_rates.perEur(m_currency, code);
            f = a > 0 && b > 0 ? b / a : 0;
        }
    }
    return f;
}

bool Comparer::add(const MirrorStatRow &r, MirrorResult &result)
{
    ++result.rows;
    if (r.reporter.empty() || r.partner.empty() || r.reporter == r.partner)
        return true;
    const int period = periodCode(r.period);
    if (period < 0)
        return true;
    if (m_currency.isEmpty())
        m_currency = QString::fromUtf8(r.currency.data(), static_cast<qsizetype>(r.currency.size())).toUpper();
    const double f = factor(r.currency, period);
    if (f <= 0) {
        ++result.unconverted;
        return true;
    }
    const int reporter = country(r.reporter), partner = country(r.partner);
    const int side = r.exportFlow ? 0 : 1;
    m_reporting[static_cast<std::size_t>(reporter)][static_cast<std::size_t>(side * kPeriodCodes + period)] = 1;
    if (m_skipped[static_cast<std::size_t>(reporter)] || m_skipped[static_cast<std::size_t>(partner)])
        return true;
    bool exact = false;
    const int hs = hsKey(r.hsCode, exact);
    if (hs < 0)
        return true;
    const int exporter = r.exportFlow ? reporter : partner, importer = r.exportFlow ? partner : reporter;
    const std::uint64_t key = (static_cast<std::uint64_t>(exporter) << 44) |
                              (static_cast<std::uint64_t>(importer) << 24) | static_cast<std::uint64_t>(hs);
    // Consecutive rows mostly belong to one flow (its months, the export and the import side).
    if (key != m_lastKey) {
        auto [it, added] = m_flowIds.try_emplace(key, static_cast<std::uint32_t>(m_flowKeys.size()));
        if (added)
            m_flowKeys.push_back(key);
        m_lastKey = key;
        m_lastFlow = it->second;
        m_runs.push_back({m_lastFlow, static_cast<std::uint32_t>(m_cells.size())});
    }
    m_cells.push_back({static_cast<std::uint16_t>(period), static_cast<std::uint8_t>(side),
                       static_cast<std::uint8_t>(exact ? 1 : 0), r.value * f});
    return true;
}

void Comparer::finish(MirrorResult &result)
{
    result.currency = m_currency;
    // The runs of cells grouped by flow (this comparison's first, then the merged ones', each in the order read);
    // each flow's few cells are gathered and sorted by the thread that compares it.
    struct Span {
        const Cell *begin, *end;
    };
    const std::size_t flows = m_flowKeys.size();
    std::vector<std::uint32_t> start(flows + 1, 0);
    std::size_t cells = m_cells.size(), runs = m_runs.size();
    for (const Run &r : m_runs)
        ++start[r.flow + 1];
    for (const MergedCells &m : m_merged) {
        cells += m.cells.size();
        runs += m.runs.size();
        for (const Run &r : m.runs)
            ++start[m.flows[r.flow] + 1];
    }
    for (std::size_t f = 1; f < start.size(); ++f)
        start[f] += start[f - 1];
    std::vector<Span> spans(runs);
    {
        std::vector<std::uint32_t> next(start.begin(), start.end() - 1);
        auto place = [&](const std::vector<Cell> &from, const std::vector<Run> &fromRuns, auto flowOf) {
            for (std::size_t i = 0; i < fromRuns.size(); ++i) {
                const std::size_t end = i + 1 < fromRuns.size() ? fromRuns[i + 1].begin : from.size();
                spans[next[flowOf(fromRuns[i].flow)]++] = {from.data() + fromRuns[i].begin, from.data() + end};
            }
        };
        place(m_cells, m_runs, [](std::uint32_t f) { return f; });
        for (const MergedCells &m : m_merged)
            place(m.cells, m.runs, [&m](std::uint32_t f) { return m.flows[f]; });
    }
    m_periodNames.assign(kYearBase, QString());
    const int periodMonths = m_s.period == MirrorPeriod::Month ? 1 : m_s.period == MirrorPeriod::Quarter ? 3 : 12;
    for (int m = 0; m < kYearBase; m += periodMonths)
        m_periodNames[static_cast<std::size_t>(m)] = periodName({m, m + periodMonths - 1});
    const int fromMonth = monthOfText(m_s.from, 0), toMonth = monthOfText(m_s.to, kYearBase - 1);
    // Flows are compared apart from each other: large results on several threads, each over a run of flows.
    const unsigned parts =
        static_cast<qint64>(cells) >= m_s.parallelFrom ? std::clamp(std::thread::hardware_concurrency(), 2u, 4u) : 1u;
    std::vector<std::vector<PendingFlow>> pending(parts);
    auto run = [&](unsigned k) {
        // A flow has a few periods (years by default): room for six each saves most reallocations.
        pending[k].reserve((flows * (k + 1) / parts - flows * k / parts) * 6);
        std::vector<Cell> flowCells, scratch;
        for (std::size_t f = flows * k / parts; f < flows * (k + 1) / parts; ++f) {
            flowCells.clear();
            for (std::uint32_t i = start[f]; i < start[f + 1]; ++i)
                flowCells.insert(flowCells.end(), spans[i].begin, spans[i].end);
            compareFlow(static_cast<std::uint32_t>(f), flowCells, scratch, fromMonth, toMonth, pending[k]);
        }
    };
    {
        std::vector<std::thread> pool;
        for (unsigned k = 1; k < parts; ++k)
            pool.emplace_back(run, k);
        run(0);
        for (std::thread &th : pool)
            th.join();
    }
    std::vector<Cell>().swap(m_cells);
    std::vector<Run>().swap(m_runs);
    m_merged.clear();
    std::vector<PendingFlow> all = std::move(pending[0]);
    for (unsigned k = 1; k < parts; ++k)
        std::move(pending[k].begin(), pending[k].end(), std::back_inserter(all));
    balanceReexports(all);
    rank(all, fromMonth, toMonth, result);
}

} // namespace caravan::mirror
