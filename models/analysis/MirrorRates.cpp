#include "models/analysis/MirrorRates.h"

#include "models/analysis/MirrorPeriods.h"

namespace caravan::mirror {

Rates::Rates(const std::vector<ExchangeRateRow> &rows)
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

} // namespace caravan::mirror
