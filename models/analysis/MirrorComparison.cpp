#include "models/analysis/MirrorComparison.h"

#include "models/domain/Chpl.h"
#include "models/storage/MirrorRows.h"

#include <QHash>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>

namespace caravan {

namespace {

// Period codes: months since January 1900 (0..2399), then years from 1900 (2400..2599).
constexpr int kYears = 200;
constexpr int kYearBase = 12 * kYears;
constexpr int kPeriodCodes = kYearBase + kYears;

int monthCode(int year, int month)
{
    return (year - 1900) * 12 + month - 1;
}
int yearCode(int year)
{
    return kYearBase + year - 1900;
}
int yearOfMonth(int code)
{
    return 1900 + code / 12;
}

// "2023" -> year code, "2023-04" -> month code (anything may follow the month: 2023-04-30); -1 when neither.
// Read once per statistics row: the digits are checked and added without a loop.
int periodCode(std::string_view p)
{
    const auto digit = [&p](std::size_t i) { return static_cast<unsigned>(p[i]) - '0'; };
    if (p.size() < 4)
        return -1;
    const unsigned d0 = digit(0), d1 = digit(1), d2 = digit(2), d3 = digit(3);
    if (d0 > 9 || d1 > 9 || d2 > 9 || d3 > 9)
        return -1;
    const int year = static_cast<int>(d0 * 1000 + d1 * 100 + d2 * 10 + d3);
    if (year < 1900 || year >= 1900 + kYears)
        return -1;
    if (p.size() == 4)
        return yearCode(year);
    if (p.size() >= 7 && p[4] == '-') {
        const unsigned m0 = digit(5), m1 = digit(6);
        if (m0 > 9 || m1 > 9)
            return -1;
        const int month = static_cast<int>(m0 * 10 + m1);
        if (month >= 1 && month <= 12)
            return monthCode(year, month);
    }
    return -1;
}

const std::set<QString> &euMembers()
{
    static const std::set<QString> m{
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"),
        QStringLiteral("ES"), QStringLiteral("SE")};
    return m;
}

// The sanctioning coalition besides the EU.
bool coalitionOther(const QString &c)
{
    static const std::set<QString> m{QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("JP"),
                                     QStringLiteral("CA"), QStringLiteral("CH"), QStringLiteral("NO"),
                                     QStringLiteral("AU"), QStringLiteral("NZ"), QStringLiteral("KR"),
                                     QStringLiteral("TW"), QStringLiteral("IS"), QStringLiteral("LI")};
    return m.contains(c);
}

const QString kEu27 = QStringLiteral("EU27_2020");

// Not a country: EU27_2020, EA20, WORLD, "EU" and "EA" (TradeStatsReader's codes) and labels kept as read.
bool isAggregate(const QString &code)
{
    return code.size() != 2 || code == u"EU" || code == u"EA";
}

QString money(double v)
{
    return QLocale::c().toString(v, 'f', 0);
}

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

// Units of a currency per euro by period code, from the case's rates: a month is the mean of its days and months,
// a year the mean of its own rows or, lacking those, of its months; a month without a rate falls back to its year.
class Rates {
public:
    explicit Rates(const std::vector<ExchangeRateRow> &rows)
    {
        std::map<QString, std::map<int, std::pair<double, int>>> sums;
        for (const ExchangeRateRow &r : rows) {
            const QByteArray p = r.period.toUtf8();
            const int code = periodCode(std::string_view(p.constData(), static_cast<std::size_t>(p.size())));
            if (code < 0)
                continue;
            auto &s = sums[r.currency][code];
            s.first += r.perEur;
            ++s.second;
        }
        for (const auto &[currency, byCode] : sums) {
            std::vector<double> &t = m_table[currency];
            t.assign(kPeriodCodes, 0);
            std::map<int, std::pair<double, int>> monthsOfYear;
            for (const auto &[code, s] : byCode) {
                t[static_cast<std::size_t>(code)] = s.first / s.second;
                if (code < kYearBase) {
                    auto &y = monthsOfYear[yearCode(yearOfMonth(code))];
                    y.first += s.first / s.second;
                    ++y.second;
                }
            }
            for (const auto &[code, s] : monthsOfYear)
                if (t[static_cast<std::size_t>(code)] == 0)
                    t[static_cast<std::size_t>(code)] = s.first / s.second;
            for (int code = 0; code < kYearBase; ++code)
                if (t[static_cast<std::size_t>(code)] == 0)
                    t[static_cast<std::size_t>(code)] = t[static_cast<std::size_t>(yearCode(yearOfMonth(code)))];
        }
    }
    bool has(const QString &currency) const { return m_table.contains(currency); }
    // Units of `currency` per euro in the period; 0 when unknown.
    double perEur(const QString &currency, int code) const
    {
        if (currency == u"EUR")
            return 1;
        auto it = m_table.find(currency);
        return it == m_table.end() ? 0 : it->second[static_cast<std::size_t>(code)];
    }

private:
    std::map<QString, std::vector<double>> m_table;
};

// The last few texts looked up and what they gave: consecutive rows mostly repeat their reporter, partner, code and
// currency, and comparing a few bytes costs less than hashing them.
class RecentTexts {
public:
    bool find(std::string_view text, int &id, int &extra) const
    {
        // Newest first; the texts are a few bytes, compared inline rather than through memcmp.
        for (int n = 0, i = (m_next + kSize - 1) % kSize; n < kSize; ++n, i = (i + kSize - 1) % kSize) {
            const std::string &t = m_text[i];
            if (!m_used[i] || t.size() != text.size())
                continue;
            std::size_t k = 0;
            while (k < text.size() && t[k] == text[k])
                ++k;
            if (k == text.size()) {
                id = m_id[i];
                extra = m_extra[i];
                return true;
            }
        }
        return false;
    }
    void put(std::string_view text, int id, int extra)
    {
        m_text[m_next].assign(text);
        m_id[m_next] = id;
        m_extra[m_next] = extra;
        m_used[m_next] = true;
        m_next = (m_next + 1) % kSize;
    }

private:
    static constexpr int kSize = 4;
    std::string m_text[kSize];
    int m_id[kSize] = {}, m_extra[kSize] = {};
    bool m_used[kSize] = {};
    int m_next = 0;
};

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

} // namespace

std::optional<MirrorLevel> MirrorSettings::levelOf(const QString &name)
{
    if (name == u"hs6")
        return MirrorLevel::Hs6;
    if (name == u"hs4")
        return MirrorLevel::Hs4;
    if (name == u"hs2")
        return MirrorLevel::Hs2;
    if (name == u"tier")
        return MirrorLevel::Tier;
    return std::nullopt;
}

std::optional<MirrorPeriod> MirrorSettings::periodOf(const QString &name)
{
    if (name == u"month")
        return MirrorPeriod::Month;
    if (name == u"quarter")
        return MirrorPeriod::Quarter;
    if (name == u"year")
        return MirrorPeriod::Year;
    return std::nullopt;
}

namespace {

class Comparison {
public:
    Comparison(const MirrorSettings &s, const Rates &rates) : m_s(s), m_rates(rates) {}
    void setCurrency(const QString &c) { m_currency = c; }

    bool add(const MirrorStatRow &r, MirrorResult &result);
    // Takes in what another comparison (of other rows, with the same settings and currency) gathered.
    void merge(Comparison &other);
    void reserve(std::size_t cells) { m_cells.reserve(cells); }
    void finish(MirrorResult &result);
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

int Comparison::country(std::string_view code)
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
int Comparison::hsKey(std::string_view code, bool &exact)
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

int Comparison::hsKeyOf(std::string_view code, bool &exact)
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
int Comparison::internHs(const std::string &key, bool digits)
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

void Comparison::merge(Comparison &other)
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

double Comparison::factor(std::string_view currency, int code)
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

bool Comparison::add(const MirrorStatRow &r, MirrorResult &result)
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

std::vector<std::pair<int, int>> Comparison::outputPeriods(const Side &exp, const Side &imp) const
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

SideValue Comparison::valueOf(const Side &side, int reporter, int sideIndex, std::pair<int, int> months,
                              int shift) const
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

QString Comparison::periodName(std::pair<int, int> months) const
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

int monthOfText(const QString &yyyyMm, int fallback)
{
    if (yyyyMm.isEmpty())
        return fallback;
    const QByteArray b = yyyyMm.toUtf8();
    const int code = periodCode(std::string_view(b.constData(), static_cast<std::size_t>(b.size())));
    return code < 0 ? fallback : code >= kYearBase ? monthCode(1900 + code - kYearBase, 1) : code;
}

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

void Comparison::compareFlow(std::uint32_t flowId, std::vector<Cell> &cells, std::vector<Cell> &scratch, int fromMonth,
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

void Comparison::finish(MirrorResult &result)
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
    using Pending = PendingFlow;

    // Re-export balance: a hub's imports from the coalition against its exports to RU/BY, per HS code and period.
    // The EU counts once: its EU27 aggregate where the statistics carry one, else the sum of its members.
    struct Balance {
        double euAgg = 0, euMembers = 0, others = 0, mirrorEuAgg = 0, mirrorEuMembers = 0, mirrorOthers = 0;
        bool hasEuAgg = false, hasMirrorEuAgg = false, hubReports = false;
        double toRuBy = 0, toRuByMirror = 0;
        bool hubReportsExports = false;
    };
    // Keyed by numbers: the country (one number per name, whatever spellings the rows had), the code and the
    // period's first month. What each country is (hub, EU member, the EU27 aggregate, coalition, RU/BY) is looked up
    // once per country, not once per flow.
    enum : std::uint8_t { Hub = 1, EuMember = 2, Eu27 = 4, Coalition = 8, RuBy = 16 };
    std::vector<std::uint8_t> kind(m_countries.size(), 0);
    std::vector<std::uint32_t> canonical(m_countries.size(), 0);
    {
        QHash<QString, std::uint32_t> byName;
        for (std::size_t c = 0; c < m_countries.size(); ++c) {
            const QString &name = m_countries[c];
            canonical[c] = byName.value(name, static_cast<std::uint32_t>(c));
            byName.insert(name, canonical[c]);
            kind[c] = static_cast<std::uint8_t>((m_s.hubs.contains(name) ? Hub : 0) |
                                                (euMembers().contains(name) ? EuMember : 0) |
                                                (name == kEu27 ? Eu27 : 0) | (coalitionOther(name) ? Coalition : 0) |
                                                (name == u"RU" || name == u"BY" ? RuBy : 0));
        }
    }
    auto balanceKey = [&](int country, int hs, int firstMonth) {
        return (static_cast<std::uint64_t>(canonical[static_cast<std::size_t>(country)]) << 44) |
               (static_cast<std::uint64_t>(hs) << 16) | static_cast<std::uint64_t>(firstMonth);
    };
    std::unordered_map<std::uint64_t, Balance> balances;
    for (const Pending &p : all) {
        const MirrorFlow &f = p.flow;
        const std::uint8_t from = kind[static_cast<std::size_t>(p.exporter)],
                           to = kind[static_cast<std::size_t>(p.importer)];
        if (to & Hub) {
            const bool eu = from & EuMember, agg = from & Eu27;
            if (!eu && !agg && !(from & Coalition))
                continue;
            Balance &b = balances[balanceKey(p.importer, p.hs, p.months.first)];
            const double imp = f.importsReported.value_or(0), exp = f.exportsReported.value_or(0);
            b.hubReports = b.hubReports || f.importsReported.has_value();
            (agg ? b.euAgg : eu ? b.euMembers : b.others) += imp;
            (agg ? b.mirrorEuAgg : eu ? b.mirrorEuMembers : b.mirrorOthers) += exp;
            b.hasEuAgg = b.hasEuAgg || (agg && f.importsReported);
            b.hasMirrorEuAgg = b.hasMirrorEuAgg || (agg && f.exportsReported);
        } else if ((from & Hub) && (to & RuBy)) {
            Balance &b = balances[balanceKey(p.exporter, p.hs, p.months.first)];
            b.toRuBy += f.exportsReported.value_or(0);
            b.toRuByMirror += f.importsReported.value_or(0);
            b.hubReportsExports = b.hubReportsExports || f.exportsReported.has_value();
        }
    }
    for (Pending &p : all) {
        MirrorFlow &f = p.flow;
        if (!(kind[static_cast<std::size_t>(p.exporter)] & Hub) || !(kind[static_cast<std::size_t>(p.importer)] & RuBy))
            continue;
        const Balance &b = balances[balanceKey(p.exporter, p.hs, p.months.first)];
        const double coalition =
            b.hubReports
                ? (b.hasEuAgg ? b.euAgg : b.euMembers) + b.others
                : ((b.hasMirrorEuAgg ? b.mirrorEuAgg : b.mirrorEuMembers) + b.mirrorOthers) * (1 + m_s.cifFobMargin);
        const double toRuBy = b.hubReportsExports ? b.toRuBy : b.toRuByMirror;
        f.coalitionImports = coalition;
        f.exportsToRuBy = toRuBy;
        if (coalition > 0 && toRuBy > 0 && toRuBy >= m_s.reexportRatio * coalition) {
            f.flags << QStringLiteral("reexport");
            f.magnitude = std::max(f.magnitude, std::min(toRuBy, coalition));
            f.explanation += QStringLiteral("; %1 imports %2 %3 of it from the coalition and exports %4 %3 to RU/BY "
                                            "(%5%)")
                                 .arg(f.exporter, money(coalition), m_currency, money(toRuBy))
                                 .arg(QLocale::c().toString(toRuBy / coalition * 100, 'f', 0));
        }
    }

    for (Pending &p : all) {
        if (p.months.second < fromMonth || p.months.first > toMonth)
            continue;
        if (!p.flow.comparable && !p.flow.growth && p.flow.flags.isEmpty())
            continue; // neither compared nor measured against a baseline
        if (m_s.flaggedOnly && p.flow.flags.isEmpty())
            continue;
        if (p.flow.flags.isEmpty() && p.flow.gap)
            p.flow.magnitude = std::abs(*p.flow.gap);
        result.flows.push_back(std::move(p.flow));
    }
    std::sort(result.flows.begin(), result.flows.end(), [](const MirrorFlow &a, const MirrorFlow &b) {
        const bool fa = !a.flags.isEmpty(), fb = !b.flags.isEmpty();
        if (fa != fb)
            return fa;
        if (a.tierRank != b.tierRank)
            return a.tierRank > b.tierRank;
        if (a.magnitude != b.magnitude)
            return a.magnitude > b.magnitude;
        return std::tie(a.exporter, a.importer, a.hs, a.period) < std::tie(b.exporter, b.importer, b.hs, b.period);
    });
}

// The case's shipments under each flow: counted from one of its countries to one of the other's, in the flow's code
// and period.
void attachShipments(const std::vector<MirrorShipmentRow> &shipments, const MirrorSettings &s, const Rates &rates,
                     MirrorResult &result)
{
    std::map<std::tuple<QString, QString, QString, QString>, std::size_t> index;
    for (std::size_t i = 0; i < result.flows.size(); ++i) {
        const MirrorFlow &f = result.flows[i];
        index[{f.exporter, f.importer, f.hs, f.period}] = i;
    }
    for (const MirrorShipmentRow &sh : shipments) {
        QString hs;
        if (s.level == MirrorLevel::Tier) {
            const ChplEntry *e = sh.hs6.size() == 6 ? chplEntry(sh.hs6.toInt()) : nullptr;
            if (!e)
                continue;
            hs = QStringLiteral("tier ") + QString::fromLatin1(e->tier.data(), static_cast<qsizetype>(e->tier.size()));
        } else {
            hs = sh.hs6.left(s.level == MirrorLevel::Hs6 ? 6 : s.level == MirrorLevel::Hs4 ? 4 : 2);
        }
        const int year = sh.date.left(4).toInt(), month = sh.date.mid(5, 2).toInt();
        QString period = QString::number(year);
        if (s.period == MirrorPeriod::Month)
            period = sh.date.left(7);
        else if (s.period == MirrorPeriod::Quarter)
            period = QStringLiteral("%1-Q%2").arg(year).arg((month - 1) / 3 + 1);
        std::set<std::size_t> seen;
        for (const QString &from : sh.fromCountries)
            for (const QString &to : sh.toCountries) {
                if (from.isEmpty() || to.isEmpty() || from == to)
                    continue;
                auto it = index.find({from, to, hs, period});
                if (it == index.end() || !seen.insert(it->second).second)
                    continue;
                MirrorFlow &f = result.flows[it->second];
                f.shipments << sh.extId;
                // The shipment's value in the comparison currency, where its currency has a rate for its month.
                const double a = sh.currency == result.currency ? 1 : rates.perEur(sh.currency, monthCode(year, month));
                const double b =
                    sh.currency == result.currency ? 1 : rates.perEur(result.currency, monthCode(year, month));
                const bool priced = !sh.currency.isEmpty() && a > 0 && b > 0 && month >= 1 && month <= 12;
                if (priced)
                    f.shipmentsValue = f.shipmentsValue.value_or(0) + sh.value * b / a;
                for (int side = 1; side <= 2; ++side) {
                    const QString &c = side == 1 ? sh.exporter : sh.importer;
                    if (c.isEmpty())
                        continue;
                    if (!f.companies.contains(c))
                        f.companies << c;
                    ++f.companyShipments[c];
                    f.companySides[c] |= side;
                    if (priced)
                        f.companyValues[c] += sh.value * b / a;
                }
            }
    }
}

} // namespace

MirrorFlow::Confidence MirrorFlow::confidence() const
{
    if (flags.isEmpty())
        return Confidence::None;
    const bool strong = flags.size() >= 2 || (flags.contains(u"mirror_gap") && gapPct && std::abs(*gapPct) >= 50) ||
                        (flags.contains(u"surge") && growth && *growth >= 3);
    if (comparable && strong)
        return Confidence::High;
    if (comparable || flags.size() >= 2)
        return Confidence::Medium;
    return Confidence::Low;
}

QString MirrorFlow::confidenceName(Confidence c)
{
    switch (c) {
    case Confidence::High:
        return QStringLiteral("high");
    case Confidence::Medium:
        return QStringLiteral("medium");
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::None:
        break;
    }
    return {};
}

ChartRequest MirrorFlow::chartRequest() const
{
    ChartRequest r;
    r.kind = ChartRequest::Kind::Mirror;
    r.stats.reporter = exporter;
    r.stats.partner = importer;
    if (!hs.isEmpty() && std::all_of(hs.begin(), hs.end(), [](QChar c) { return c.isDigit(); }))
        r.stats.hsPrefix = hs;
    return r;
}

QString MirrorFlow::title() const
{
    return QStringLiteral("%1 → %2 %3 %4").arg(exporter, importer, hs, period);
}

QJsonObject MirrorResult::toJson() const
{
    auto number = [](const std::optional<double> &v, int decimals) {
        return v ? QJsonValue(rounded(*v, decimals)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray list;
    for (const MirrorFlow &f : flows) {
        QJsonObject o{{QStringLiteral("exporter"), f.exporter},
                      {QStringLiteral("importer"), f.importer},
                      {QStringLiteral("hs"), f.hs},
                      {QStringLiteral("period"), f.period},
                      {QStringLiteral("exports_reported"), number(f.exportsReported, 2)},
                      {QStringLiteral("imports_reported"), number(f.importsReported, 2)},
                      {QStringLiteral("currency"), currency},
                      {QStringLiteral("gap"), number(f.gap, 2)},
                      {QStringLiteral("gap_pct"), number(f.gapPct, 2)},
                      {QStringLiteral("growth"), number(f.growth, 3)},
                      {QStringLiteral("baseline_monthly"), number(f.baseline, 2)},
                      {QStringLiteral("comparable"), f.comparable},
                      {QStringLiteral("lag_months"), f.lagMonths},
                      {QStringLiteral("chpl_tier"), f.chplTier.isEmpty() ? QJsonValue() : QJsonValue(f.chplTier)},
                      {QStringLiteral("flags"), QJsonArray::fromStringList(f.flags)},
                      {QStringLiteral("confidence"),
                       f.flags.isEmpty() ? QJsonValue() : QJsonValue(MirrorFlow::confidenceName(f.confidence()))},
                      {QStringLiteral("explanation"), f.explanation},
                      {QStringLiteral("shipments"), QJsonArray::fromStringList(f.shipments)},
                      {QStringLiteral("companies"), QJsonArray::fromStringList(f.companies)}};
        // Each company's shipments as a share of the flow as its exporter reports it (else its importer).
        const std::optional<double> whole =
            f.exportsReported && *f.exportsReported > 0 ? f.exportsReported : f.importsReported;
        o.insert(QStringLiteral("shipments_value"), number(f.shipmentsValue, 2));
        QJsonObject shares;
        if (whole && *whole > 0)
            for (const auto &[company, value] : f.companyValues)
                shares.insert(company, rounded(value / *whole, 6));
        o.insert(QStringLiteral("company_shares"), shares);
        QJsonArray parties;
        for (const MirrorParty &p : f.parties)
            parties.append(p.toJson());
        o.insert(QStringLiteral("parties"), parties);
        if (f.coalitionImports) {
            o.insert(QStringLiteral("coalition_imports"), rounded(*f.coalitionImports, 2));
            o.insert(QStringLiteral("exports_to_ru_by"), rounded(f.exportsToRuBy.value_or(0), 2));
        }
        list.append(o);
    }
    return {{QStringLiteral("flows"), list},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("verdicts_as_of"), partiesAsOf.isEmpty() ? QJsonValue() : QJsonValue(partiesAsOf)},
            {QStringLiteral("unconverted_rows"), unconverted}};
}

Result<MirrorResult> compareMirror(sqlite3 *db, const MirrorSettings &settings, Progress &progress)
{
    progress.setStatus(QStringLiteral("Comparing mirror statistics"));
    auto rateRows = readExchangeRates(db);
    if (!rateRows)
        return rateRows.error();
    const Rates rates(*rateRows);
    QString currency = settings.currency.toUpper();
    if (currency.isEmpty() && rates.has(QStringLiteral("USD")))
        currency = QStringLiteral("USD");
    if (!currency.isEmpty() && currency != u"EUR" && !rates.has(currency))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the case holds no exchange rates for %1; import them (ECB layout) with "
                                        "import CASE rates.csv --kind exchange-rates")
                             .arg(currency));
    MirrorResult result;
    result.hubs = settings.hubs;
    // Large tables are read by several threads over ranges of row ids, each into a comparison of its own, merged
    // before the flows are compared. Every part must convert to one currency: the first row's, named up front.
    const unsigned parts =
        mirrorStatParts(db, std::clamp(std::thread::hardware_concurrency(), 2u, 4u), settings.parallelFrom);
    if (parts > 1 && currency.isEmpty()) {
        auto first = firstMirrorStatCurrency(db, settings.hsPrefix);
        if (!first)
            return first.error();
        currency = *first;
    }
    std::vector<std::unique_ptr<Comparison>> partials;
    std::vector<MirrorResult> counts(parts);
    for (unsigned k = 0; k < parts; ++k) {
        partials.push_back(std::make_unique<Comparison>(settings, rates));
        partials.back()->setCurrency(currency);
    }
    const qint64 total = parts > 1 ? mirrorStatRowSpan(db) : 0;
    if (total > 0)
        for (auto &p : partials)
            p->reserve(static_cast<std::size_t>(total / parts + total / 50 + 1));
    unsigned used = 1;
    if (auto st = forEachMirrorStatRowInParts(
            db, settings.hsPrefix, parts, settings.parallelFrom,
            [&](unsigned k, const MirrorStatRow &r) {
                MirrorResult &c = counts[k];
                if ((c.rows & 0xFFFF) == 0) {
                    if (progress.isCancelled())
                        return false;
                    if (k == 0 && total > 0)
                        progress.setProgress(c.rows * parts, total);
                }
                return partials[k]->add(r, c);
            },
            used);
        !st)
        return st.error();
    Comparison &comparison = *partials.front();
    for (unsigned k = 0; k < used; ++k) {
        result.rows += counts[k].rows;
        result.unconverted += counts[k].unconverted;
        if (k > 0)
            comparison.merge(*partials[k]);
    }
    comparison.finish(result);
    auto shipments = readMirrorShipments(db);
    if (!shipments)
        return shipments.error();
    attachShipments(*shipments, settings, rates, result);
    return result;
}

} // namespace caravan
