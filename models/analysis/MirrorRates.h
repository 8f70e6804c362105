#pragma once

#include "models/storage/MirrorRows.h"

#include <QString>

#include <map>
#include <vector>

namespace caravan::mirror {

// Units of a currency per euro by period code, from the case's rates: a month is the mean of its days and months,
// a year the mean of its own rows or, lacking those, of its months; a month without a rate falls back to its year.
class Rates {
public:
    explicit Rates(const std::vector<ExchangeRateRow> &rows);
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

} // namespace caravan::mirror
