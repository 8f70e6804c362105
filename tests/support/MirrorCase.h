#pragma once

#include <QByteArray>
#include <QString>

namespace caravan {
class CaseFile;
}

namespace caravan::test {

// Trade statistics in Eurostat Comext's layout with planted anomalies, and the companies that carry them:
// - a gap: Germany reports 100,000 EUR a month of 8542.31 (CHPL tier 1) to Kazakhstan in 2019-2023, Kazakhstan
//   records 10,000 a month in 2023; de-1 (300,000 EUR, DECL-1) and de-2 (60,000 EUR, DECL-2, owned 55% by the
//   EU-listed p-eu) ship it to kz-1 (incorporated 2022-06-01, owned 60% by ru-1);
// - a hub: Kazakhstan reports 100,000 a month of 8542.31 to Russia in 2023; kz-1 ships 330,000 EUR (DECL-3) to ru-1
//   (OFAC SDN);
// - a surge: France's 8411.91 to Armenia, 10,000 a month in 2019-2021, 30,000 in 2023 (Armenia records 31,500);
// - a balanced control: Poland's 9403.60 to Georgia, 20,000 a month, Georgia records 21,000 a month later.
struct MirrorCase {
    // Fills `file`, importing the statistics from a CSV written into `folder`.
    static void build(CaseFile &file, const QString &folder);
    // Appends one Comext row per month of [firstYear, lastYear] (monthShift moves every month later), each worth
    // `value` EUR, to a CSV with the header REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR.
    static void monthly(QByteArray &csv, const char *reporter, const char *partner, const char *product,
                        const char *flow, int firstYear, int lastYear, double value, int monthShift = 0);
};

} // namespace caravan::test
