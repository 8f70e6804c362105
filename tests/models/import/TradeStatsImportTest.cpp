#include "ImportTestSupport.h"

using namespace caravan;
using namespace caravan::test;

TEST_CASE("Eurostat Comext: member states and aggregates, code-label values, monthly periods")
{
    TempCase tc;
    const ImportSummary s =
        importFile(tc, sharedData(QStringLiteral("trade/eurostat/eu27_exports_to_kazakhstan_monthly_2019-2024.csv")));
    CHECK(s.format == "trade-stats");
    CHECK(s.rowsRead == 2089);
    CHECK(s.rejected == 0);
    // Germany's exports to Kazakhstan in January 2023, from the file's "TOTAL-Total" / "2-EXPORT" row.
    CHECK(text(tc, QStringLiteral("SELECT value || ' ' || currency || ' ' || hs_code FROM trade_stats WHERE "
                                  "reporter = 'DE' AND partner = 'KZ' AND flow = 'export' AND period = '2023-01'")) ==
          "247572079.0 EUR TOTAL");
    // Aggregates keep codes of their own, so that a sum over countries can leave them out.
    CHECK(count(tc, "SELECT count(*) FROM trade_stats WHERE reporter = 'EU27_2020'") > 0);
    CHECK(count(tc, "SELECT count(*) FROM trade_stats WHERE length(reporter) <> 2 AND reporter NOT IN "
                    "('EU27_2020', 'EU', 'EA', 'EA20')") == 0);
}

TEST_CASE("UN Comtrade: Latin-1 file, trailing commas, ISO codes from the partner names")
{
    TempCase tc;
    const ImportSummary s =
        importFile(tc, sharedData(QStringLiteral("trade/comtrade-thailand-8542/TradeData_THA_M_8542_2014-2024.csv")));
    CHECK(s.rowsRead == 1178);
    CHECK(s.imported == 1178);
    CHECK(s.encoding == "latin-1");
    CHECK(text(tc, QStringLiteral("SELECT value || ' ' || currency FROM trade_stats WHERE reporter = 'TH' AND "
                                  "partner = 'WORLD' AND period = '2023' AND hs_code = '8542' AND flow = 'import'")) ==
          "19588059644.307 USD");
    CHECK(count(tc, "SELECT count(*) FROM trade_stats WHERE partner = 'CW'") > 0); // Curaçao, a Latin-1 byte
}
