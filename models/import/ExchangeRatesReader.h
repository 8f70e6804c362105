#pragma once

#include "models/import/CsvFile.h"
#include "models/import/ImportReader.h"

namespace caravan {

// Reads exchange rates into exchange_rates, in the layout of the ECB's reference rates (eurofxref-hist.csv):
// a Date column, then one column per currency (USD, JPY, GBP...) holding units of it for one euro, "N/A" where
// there is none. Dates may be days (2024-01-31), months (2024-01) or years (2024): a month's rate is the mean of
// the days the case holds for it, a year's rate is the fallback for months that have none.
class ExchangeRatesReader final : public ImportReader {
public:
    QString format() const override { return QStringLiteral("exchange-rates"); }
    QString kind() const override { return QStringLiteral("exchange-rates"); }
    QString encoding() const override { return m_file.reader().encoding(); }
    QStringList files() const override { return {m_file.path()}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

    // Whether a (lower-cased) header is the ECB layout: "date" first, then three-letter currency codes.
    static bool isRatesHeader(const QStringList &header);

private:
    CsvFile m_file;
    QStringList m_currencies; // upper-case, in column order; empty names for trailing empty columns
};

} // namespace caravan
