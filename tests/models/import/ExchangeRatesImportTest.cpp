#include "ImportTestSupport.h"

#include "models/import/ImportFormats.h"

using namespace caravan;
using namespace caravan::test;

TEST_CASE("ECB reference rates: detected from the header, days and years kept, N/A left out", "[mirror]")
{
    TempCase tc;
    // The layout of the ECB's eurofxref-hist.csv: newest day first, a trailing comma on every line.
    const QString path = tc.file(QStringLiteral("eurofxref-hist.csv"));
    writeFile(path, "Date,USD,JPY,GBP,\n"
                    "2024-02-01,1.0814,159.48,N/A,\n"
                    "2024-01-31,1.0837,159.17,0.85195,\n"
                    "2024-01-30,1.0846,159.29,0.85300,\n"
                    "2023,1.0813,151.99,0.86979,\n"
                    "31/01/2024,1.0,1.0,1.0,\n");
    CHECK(importformats::detect(path).value() == u"exchange-rates");
    const ImportSummary s = importFile(tc, path);
    CHECK(s.format == "exchange-rates");
    CHECK(s.rowsRead == 5);
    CHECK(s.imported == 4);
    CHECK(s.rejected == 1); // a date that is no day, month or year
    CHECK(count(tc, "SELECT count(*) FROM exchange_rates") == 11);
    CHECK(text(tc,
               QStringLiteral("SELECT per_eur FROM exchange_rates WHERE currency = 'GBP' AND period = '2024-01-30'")) ==
          "0.853");

    // A later file replaces the rate of the same currency and day.
    const QString again = tc.file(QStringLiteral("rates.csv"));
    writeFile(again, "Date,USD\n2024-01-30,1.0900\n");
    ImportOptions options;
    options.kind = QStringLiteral("exchange-rates");
    importFile(tc, again, options);
    CHECK(count(tc, "SELECT count(*) FROM exchange_rates") == 11);
    CHECK(text(tc,
               QStringLiteral("SELECT per_eur FROM exchange_rates WHERE currency = 'USD' AND period = '2024-01-30'")) ==
          "1.09");
}
