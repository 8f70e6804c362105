// MirrorComparison on the real Eurostat Comext extract and Kazakhstan's national import statistics in
// ../shared/data/trade/eurostat, with figures checked by hand (issue 20, item 6).
//
// How the expected figures were obtained, independently of Caravan: a ten-line Python csv.DictReader script summed
// VALUE_IN_EUR of eu27_exports_to_kazakhstan_monthly_2019-2024.csv by REPORTER (text before " (") and the last four
// characters of PERIOD, and read the Y20xx rows of national_kazakhstan_import_yearly.csv as they are:
//   Germany -> KZ 2021: 1,443,753,471 EUR exported; Kazakhstan records 1,537,991,259.31 from Germany.
//     Expected imports 1,443,753,471 x 1.05 = 1,515,941,144.55; gap -22,050,114.76 = -1.4545% (balances).
//   Netherlands -> KZ 2021: 453,199,953 exported; 192,903,489.71 recorded. Expected 475,859,950.65;
//     gap 282,956,460.94 = 59.4621% (a mirror gap).
//   EU27 aggregate -> KZ 2021: 5,487,086,742 exported (the 27 members' rows add up to the same figure: summing
//     members and aggregates would count it twice, three times with "European Union"); 5,054,203,922.73 recorded
//     from "European Union - 27 countries (from 2020)". Gap 12.2754%, not flagged at 25%.
//   Germany -> KZ 2023: 3,218,093,398 exported against a 2019-2021 total of 1,441,466,343 + 1,454,197,363 +
//     1,443,753,471 = 4,339,417,177 (monthly mean 120,539,366.03): growth 3,218,093,398 x 3 / 4,339,417,177 =
//     2.2247873 (a surge at 2x).
//   EU27 aggregate -> KG 2023 (eu27_exports_to_kyrgyzstan_monthly_2019-2024.csv and national_kyrgyz_import_yearly.csv,
//     the same script): 2,733,762,750 exported, 901,470,019.63 recorded by Kyrgyzstan. Expected 2,870,450,887.50;
//     gap 1,968,980,867.87 = 68.5948% (the Financial Times' pattern); growth 2,733,762,750 x 3 / (329,442,456 +
//     234,475,024 + 263,239,032 = 827,156,512) = 9.9150380.
#include "../../support/MirrorCase.h"
#include "../../support/TempCase.h"

#include "models/analysis/MirrorComparison.h"
#include "models/import/ImportJob.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

void importFile(CaseFile &file, const QString &path, const QString &kind = {})
{
    ImportOptions options;
    options.kind = kind;
    auto job = ImportJob::prepare(path, options);
    REQUIRE(job);
    NullProgress progress;
    auto summary = (*job)->run(file, progress);
    REQUIRE(summary);
}

const MirrorFlow *findFlow(const MirrorResult &r, const char *exporter, const char *importer, const char *hs,
                           const char *period)
{
    for (const MirrorFlow &f : r.flows)
        if (f.exporter == QLatin1String(exporter) && f.importer == QLatin1String(importer) &&
            f.hs == QLatin1String(hs) && f.period == QLatin1String(period))
            return &f;
    return nullptr;
}

} // namespace

TEST_CASE("mirror statistics on Eurostat exports to Kazakhstan and Kazakhstan's own imports", "[mirror]")
{
    TempCase tc;
    importFile(tc.caseFile(),
               sharedData(QStringLiteral("trade/eurostat/eu27_exports_to_kazakhstan_monthly_2019-2024.csv")));
    importFile(tc.caseFile(), sharedData(QStringLiteral("trade/eurostat/national_kazakhstan_import_yearly.csv")));
    MirrorSettings s;
    NullProgress progress;
    auto r = compareMirror(tc.caseFile().handle(), s, progress);
    REQUIRE(r);
    CHECK(r->currency == u"EUR");
    CHECK(r->unconverted == 0);

    const MirrorFlow *de = findFlow(*r, "DE", "KZ", "TOTAL", "2021");
    REQUIRE(de);
    CHECK(de->comparable);
    CHECK(*de->exportsReported == 1443753471.0);
    CHECK(*de->importsReported == Approx(1537991259.31).epsilon(1e-15));
    CHECK(*de->gap == Approx(-22050114.76).epsilon(1e-9));
    CHECK(*de->gapPct == Approx(-1.4545495278).epsilon(1e-9));
    CHECK(de->flags.isEmpty());

    const MirrorFlow *nl = findFlow(*r, "NL", "KZ", "TOTAL", "2021");
    REQUIRE(nl);
    CHECK(*nl->exportsReported == 453199953.0);
    CHECK(*nl->importsReported == Approx(192903489.71).epsilon(1e-15));
    CHECK(*nl->gapPct == Approx(59.4621296778).epsilon(1e-9));
    CHECK(nl->flags == QStringList{QStringLiteral("mirror_gap")});

    // Members and aggregates are flows of their own: the EU27 figure is the aggregate's rows alone.
    const MirrorFlow *eu = findFlow(*r, "EU27_2020", "KZ", "TOTAL", "2021");
    REQUIRE(eu);
    CHECK(*eu->exportsReported == 5487086742.0);
    CHECK(*eu->importsReported == Approx(5054203922.73).epsilon(1e-15));
    CHECK(*eu->gapPct == Approx(12.2753517160).epsilon(1e-9));
    CHECK(eu->flags.isEmpty());
    // "European Union" of its changing composition and the euro area repeat the EU27 figure: no flows of their own.
    CHECK_FALSE(findFlow(*r, "EU", "KZ", "TOTAL", "2021"));
    CHECK_FALSE(findFlow(*r, "EA20", "KZ", "TOTAL", "2021"));

    const MirrorFlow *surge = findFlow(*r, "DE", "KZ", "TOTAL", "2023");
    REQUIRE(surge);
    CHECK(*surge->growth == Approx(2.2247872929).epsilon(1e-9));
    CHECK(*surge->baseline == Approx(4339417177.0 / 36).epsilon(1e-12));
    CHECK(surge->flags == QStringList{QStringLiteral("surge")});

    // Monthly: Kazakhstan's figures are yearly, so months are measured for surges but not compared.
    s.period = MirrorPeriod::Month;
    s.from = s.to = QStringLiteral("2023-03");
    auto months = compareMirror(tc.caseFile().handle(), s, progress);
    REQUIRE(months);
    const MirrorFlow *march = findFlow(*months, "DE", "KZ", "TOTAL", "2023-03");
    REQUIRE(march);
    CHECK_FALSE(march->comparable);
    CHECK_FALSE(march->gapPct);
    for (const MirrorFlow &f : months->flows)
        CHECK(f.period == u"2023-03");
}

TEST_CASE("mirror statistics on Eurostat exports to Kyrgyzstan: a gap and a surge on the same flow", "[mirror]")
{
    TempCase tc;
    importFile(tc.caseFile(),
               sharedData(QStringLiteral("trade/eurostat/eu27_exports_to_kyrgyzstan_monthly_2019-2024.csv")));
    importFile(tc.caseFile(), sharedData(QStringLiteral("trade/eurostat/national_kyrgyz_import_yearly.csv")));
    MirrorSettings s;
    s.from = QStringLiteral("2023-01");
    s.to = QStringLiteral("2023-12");
    s.flaggedOnly = true;
    NullProgress progress;
    auto r = compareMirror(tc.caseFile().handle(), s, progress);
    REQUIRE(r);
    const MirrorFlow *eu = findFlow(*r, "EU27_2020", "KG", "TOTAL", "2023");
    REQUIRE(eu);
    CHECK(*eu->exportsReported == 2733762750.0);
    CHECK(*eu->importsReported == Approx(901470019.63).epsilon(1e-15));
    CHECK(*eu->gap == Approx(1968980867.87).epsilon(1e-12));
    CHECK(*eu->gapPct == Approx(68.5948286537).epsilon(1e-9));
    CHECK(*eu->growth == Approx(9.9150380019).epsilon(1e-9));
    CHECK(eu->flags == QStringList({QStringLiteral("mirror_gap"), QStringLiteral("surge")}));
}

TEST_CASE("a hub's coalition imports count the EU once: its aggregate, not the aggregate and its members", "[mirror]")
{
    TempCase tc;
    writeFile(tc.file(QStringLiteral("kz.csv")),
              "REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\n"
              "Kazakhstan,European Union - 27 countries (from 2020),854232,IMPORT,NORMAL,Y2023,1000\n"
              "Kazakhstan,Germany,854232,IMPORT,NORMAL,Y2023,600\n"
              "Kazakhstan,France,854232,IMPORT,NORMAL,Y2023,400\n"
              "Kazakhstan,United States,854232,IMPORT,NORMAL,Y2023,100\n"
              "Kazakhstan,China,854232,IMPORT,NORMAL,Y2023,5000\n"
              "Kazakhstan,Russian Federation,854232,EXPORT,NORMAL,Y2023,600\n"
              "Kazakhstan,Belarus,854232,EXPORT,NORMAL,Y2023,100\n");
    importFile(tc.caseFile(), tc.file(QStringLiteral("kz.csv")));
    MirrorSettings s;
    NullProgress progress;
    auto r = compareMirror(tc.caseFile().handle(), s, progress);
    REQUIRE(r);
    const MirrorFlow *ru = findFlow(*r, "KZ", "RU", "854232", "2023");
    REQUIRE(ru);
    CHECK(*ru->coalitionImports == 1100.0); // EU27 1000 + US 100; not + DE 600 + FR 400, and China is no coalition
    CHECK(*ru->exportsToRuBy == 700.0);
    CHECK(ru->flags == QStringList{QStringLiteral("reexport")});
    s.reexportRatio = 0.7;
    r = compareMirror(tc.caseFile().handle(), s, progress);
    REQUIRE(r);
    for (const MirrorFlow &f : r->flows) // 700 / 1100 = 0.64: no flag, and the flows, not compared, are not listed
        CHECK_FALSE(f.flags.contains(QStringLiteral("reexport")));
}

TEST_CASE("mirror statistics read and compared on several threads give what one thread gives", "[mirror][parallel]")
{
    // The real Eurostat and national extracts (monthly and yearly rows, member states and aggregates), compared once
    // on one thread and once split over row ranges on several connections, then merged.
    TempCase tc;
    importFile(tc.caseFile(),
               sharedData(QStringLiteral("trade/eurostat/eu27_exports_to_kazakhstan_monthly_2019-2024.csv")));
    importFile(tc.caseFile(), sharedData(QStringLiteral("trade/eurostat/national_kazakhstan_import_yearly.csv")));
    importFile(tc.caseFile(),
               sharedData(QStringLiteral("trade/eurostat/eu27_exports_to_kyrgyzstan_monthly_2019-2024.csv")));
    importFile(tc.caseFile(), sharedData(QStringLiteral("trade/eurostat/national_kyrgyz_import_yearly.csv")));
    NullProgress progress;
    for (const MirrorPeriod period : {MirrorPeriod::Year, MirrorPeriod::Month}) {
        MirrorSettings one;
        one.period = period;
        one.parallelFrom = 1'000'000'000;
        MirrorSettings several = one;
        several.parallelFrom = 1;
        auto a = compareMirror(tc.caseFile().handle(), one, progress);
        auto b = compareMirror(tc.caseFile().handle(), several, progress);
        REQUIRE(a);
        REQUIRE(b);
        REQUIRE(a->flows.size() > 100);
        CHECK(a->rows == b->rows);
        CHECK(a->currency == b->currency);
        // Sums of the same values in another order may differ in the last bits: the JSON rounds to cents.
        CHECK(a->toJson() == b->toJson());
    }
}

namespace {

class CancelledProgress final : public Progress {
public:
    void setStatus(const QString &) override {}
    void setProgress(std::int64_t, std::int64_t) override {}
    bool isCancelled() const override { return true; }
};

} // namespace

TEST_CASE("a cancelled mirror comparison stops with Cancelled, on one thread and on several", "[mirror][parallel]")
{
    TempCase tc;
    MirrorCase::build(tc.caseFile(), tc.file(QString()));
    CancelledProgress cancelled;
    for (const qint64 parallelFrom : {qint64(1'000'000'000), qint64(1)}) {
        MirrorSettings s;
        s.parallelFrom = parallelFrom;
        auto r = compareMirror(tc.caseFile().handle(), s, cancelled);
        REQUIRE_FALSE(r);
        CHECK(r.error().code == ErrorCode::Cancelled);
    }
    NullProgress progress;
    auto whole = compareMirror(tc.caseFile().handle(), {}, progress);
    REQUIRE(whole);
    CHECK(whole->rows == 216);
}
