#pragma once

#include "models/import/CsvFile.h"
#include "models/import/ImportReader.h"

namespace caravan {

// Reads aggregate trade statistics into trade_stats, in the two layouts they are published in:
// Eurostat Comext's relational view (REPORTER, PARTNER, PRODUCT, FLOW, STAT_PROCEDURE, PERIOD,
// VALUE_IN_EUR; labels or code-labels such as "2-EXPORT", periods "Aug. 2024" or "Y2019") and UN
// Comtrade's export (reporterISO, partnerDesc, flowDesc, cmdCode, freqCode, period, primaryValue...).
// Countries are stored as ISO 3166 alpha-2 codes; aggregates (EU27_2020, EA20, WORLD) keep a code of
// their own, so that sums can leave them out.
class TradeStatsReader final : public ImportReader {
public:
    enum class Layout { Comext, Comtrade };

    QString format() const override { return QStringLiteral("trade-stats"); }
    QString kind() const override { return QStringLiteral("trade-stats"); }
    QString encoding() const override { return m_file.reader().encoding(); }
    QStringList files() const override { return {m_file.path()}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

    static std::optional<Layout> layoutOfHeader(const QStringList &header);

private:
    RowOutcome comextRow(ImportContext &context, const CsvRecord &r);
    RowOutcome comtradeRow(ImportContext &context, const CsvRecord &r);
    QString column(const CsvRecord &r, const char *name) const;

    CsvFile m_file;
    Layout m_layout = Layout::Comext;
    QStringList m_header;
};

} // namespace caravan
