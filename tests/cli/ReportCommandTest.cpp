#include "../support/PdfText.h"
#include "../support/ReportCase.h"
#include "../support/TempCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Runs caravan-cli as a script on a server would: no display, no Qt platform chosen.
int runHeadless(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    const QByteArray display = qgetenv("DISPLAY");
    qunsetenv("QT_QPA_PLATFORM");
    qunsetenv("DISPLAY");
    const int code = runCli(arguments, out, err);
    qputenv("QT_QPA_PLATFORM", platform);
    if (!display.isEmpty())
        qputenv("DISPLAY", display);
    return code;
}

} // namespace

TEST_CASE("caravan-cli report writes the PDF of a case headless, with detector chains from JSON")
{
    TempCase tc;
    ReportCase::build(tc.caseFile());
    tc.close();
    const QString chains = tc.file(QStringLiteral("chains.json"));
    writeFile(chains,
              R"({"chains":[{"id":"chain-DE-KZ-RU-0001","score":0.92,"shipments":["DE-2023-000117","KZ-2023-004512"],
        "entities":["de-001","kz-180540012345","ru-7701234567"],"hs":"854231","flags":["T3","T4"],
        "explanation":"Re-export within 40 days, quantity within 4%."}]})");
    const QString ownership = tc.file(QStringLiteral("ownership.json"));
    writeFile(ownership, R"({"verdicts":[{"entity":"ru-7701234567","blocked":true,"possibly_blocked":true,
        "aggregate_percent":60,"because":[{"owner":"ru-p-01","percent":60}],"eu_owned":true,
        "effective_owners":[{"owner":"ru-p-01","percent":60}]}]})");
    const QString pdf = tc.file(QStringLiteral("out.pdf"));
    QByteArray out, err;
    REQUIRE(runHeadless({QStringLiteral("report"), tc.path(), QStringLiteral("-o"), pdf, QStringLiteral("--chains"),
                         chains, QStringLiteral("--ownership"), ownership, QStringLiteral("--json")},
                        &out, &err) == 0);
    INFO(err.toStdString());
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    CHECK(o.value(QStringLiteral("pages")).toInt() == pdfPages(pdf));
    CHECK(o.value(QStringLiteral("sections")).toArray().size() == 8); // with Trade anomalies: trade statistics
    CHECK(pdfText(pdf).contains(QStringLiteral("Trade anomalies")));
    CHECK_FALSE(o.value(QStringLiteral("empty_case")).toBool());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QString::fromUtf8(ReportCase::kTitle)));
    CHECK(text.contains(QStringLiteral("Re-export within 40 days, quantity within 4%.")));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kEvidenceA)));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kIntermediaryName)));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kSourceSha)));
    CHECK(text.contains(QStringLiteral("blocked")));
    // The chain's route map, drawn by the Map tab's painter: its caption and legend as text in the PDF.
    CHECK(text.contains(QStringLiteral("Route on the map")));
    CHECK(text.contains(QStringLiteral("1 DE → KZ 2023-03-02")));
    CHECK(text.contains(QStringLiteral("2 KZ → RU 2023-04-11")));

    // Only the sections asked for.
    REQUIRE(runHeadless({QStringLiteral("report"), tc.path(), QStringLiteral("-o"), pdf, QStringLiteral("--sections"),
                         QStringLiteral("sources,notes")},
                        &out, &err) == 0);
    CHECK(out.contains("pages"));
    const QString small = pdfText(pdf);
    CHECK(small.contains(QStringLiteral("Appendix A: Sources")));
    CHECK_FALSE(small.contains(QStringLiteral("Appendix B: Audit trail")));
}

TEST_CASE("caravan-cli report of an empty case says so, bad usage exits 2 and writes nothing")
{
    TempCase tc;
    tc.close();
    const QString pdf = tc.file(QStringLiteral("empty.pdf"));
    QByteArray out, err;
    REQUIRE(runHeadless({QStringLiteral("report"), tc.path(), QStringLiteral("-o"), pdf}, &out, &err) == 0);
    CHECK(pdfText(pdf).contains(QStringLiteral("This case is empty")));

    const QString none = tc.file(QStringLiteral("none.pdf"));
    CHECK(runHeadless({QStringLiteral("report"), tc.path()}, &out, &err) == 2);
    CHECK(err.contains("-o OUT.pdf"));
    CHECK(runHeadless({QStringLiteral("report"), tc.path(), QStringLiteral("-o"), none, QStringLiteral("--sections"),
                       QStringLiteral("summary,gossip")},
                      &out, &err) == 2);
    CHECK(err.contains("gossip"));
    const QString badJson = tc.file(QStringLiteral("bad.json"));
    writeFile(badJson, "{\"chains\": 3}");
    CHECK(runHeadless(
              {QStringLiteral("report"), tc.path(), QStringLiteral("-o"), none, QStringLiteral("--chains"), badJson},
              &out, &err) == 2);
    CHECK(
        runHeadless({QStringLiteral("report"), tc.file(QStringLiteral("missing.caravan")), QStringLiteral("-o"), none},
                    &out, &err) == 2);
    CHECK_FALSE(QFile::exists(none));
}

TEST_CASE("caravan-cli report: the ownership section covers marked parties, --ownership-appendix adds the rest",
          "[report][ownership]")
{
    TempCase tc;
    ReportCase::build(tc.caseFile()); // marks ru-7701234567 suspected
    tc.close();
    const QString ownership = tc.file(QStringLiteral("ownership.json"));
    writeFile(ownership, R"({"verdicts":[{"entity":"ru-7701234567","blocked":true,"aggregate_percent":60,
        "because":[{"owner":"ru-p-01","percent":60}],"effective_owners":[{"owner":"ru-p-01","percent":60}]},
        {"entity":"zz-unmarked-holding","blocked":true,"aggregate_percent":75,"because":[],"effective_owners":[]}]})");
    const QString chains = tc.file(QStringLiteral("chains.json"));
    writeFile(chains, R"({"chains":[]})");
    const QString pdf = tc.file(QStringLiteral("out.pdf"));
    QByteArray out, err;
    const QStringList base{QStringLiteral("report"),      tc.path(),
                           QStringLiteral("-o"),          pdf,
                           QStringLiteral("--sections"),  QStringLiteral("ownership"),
                           QStringLiteral("--ownership"), ownership,
                           QStringLiteral("--chains"),    chains};
    REQUIRE(runHeadless(base, &out, &err) == 0);
    INFO(err.toStdString());
    QString text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("ru-7701234567")));
    CHECK_FALSE(text.contains(QStringLiteral("zz-unmarked-holding")));
    CHECK(text.contains(QStringLiteral("1 further verdict(s), on entities that no marked chain or marked entity "
                                       "involves, are left out")));
    CHECK_FALSE(text.contains(QStringLiteral("Appendix C")));

    REQUIRE(runHeadless(base + QStringList{QStringLiteral("--ownership-appendix")}, &out, &err) == 0);
    text = pdfText(pdf).simplified();
    CHECK(text.contains(QStringLiteral("Appendix C: Ownership of every other entity")));
    CHECK(text.contains(QStringLiteral("zz-unmarked-holding")));
}
