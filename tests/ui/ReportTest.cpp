#include "../support/MirrorCase.h"
#include "../support/PdfText.h"
#include "../support/ReportCase.h"
#include "../support/TempCase.h"

#include "models/report/ReportBuilder.h"
#include "ui/report/ReportPainter.h"

#include <QDir>
#include <QRegularExpression>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// Where to leave the PDF for a person to look at (CARAVAN_REPORT_OUT), or the temporary folder.
QString outputPath(const TempCase &temp, const QString &name)
{
    const QString dir = qEnvironmentVariable("CARAVAN_REPORT_OUT");
    return dir.isEmpty() ? temp.file(name) : QDir(dir).filePath(name);
}

} // namespace

TEST_CASE("A report of an investigation carries its title, names, shipments, hashes and page numbers", "[report]")
{
    TempCase temp;
    const QList<ReportChain> chains = ReportCase::build(temp.caseFile());
    ReportInputs inputs;
    inputs.chains = chains;
    ReportVerdict verdict;
    verdict.entity = QStringLiteral("ru-7701234567");
    verdict.blocked = true;
    verdict.aggregatePercent = 60;
    verdict.because = {{QStringLiteral("ru-p-01"), 60}};
    verdict.euOwned = true;
    verdict.effectiveOwners = {{QStringLiteral("ru-p-01"), 60}};
    verdict.explanation = QStringLiteral("Иванов Пётр Сергеевич (EU-listed since 2022-06-03) owns 60%.");
    inputs.verdicts = QList<ReportVerdict>{verdict};
    NullProgress progress;
    auto doc = ReportBuilder(temp.caseFile(), inputs, {}).build(progress);
    REQUIRE(doc.ok());
    CHECK_FALSE(doc->caseEmpty);
    CHECK(doc->sections.size() == 8); // with Trade anomalies: the case holds trade statistics (at HS-4)

    const QString pdf = outputPath(temp, QStringLiteral("report.pdf"));
    auto pages = ReportPainter::writePdf(*doc, pdf, progress);
    REQUIRE(pages.ok());
    const int counted = pdfPages(pdf);
    CHECK(counted == *pages);
    CHECK(counted >= 8);
    CHECK(counted <= 30);

    const QString text = pdfText(pdf);
    CHECK(text.contains(QString::fromUtf8(ReportCase::kTitle)));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kIntermediaryName)));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kBuyerName)));
    CHECK(text.contains(QStringLiteral("Иванов Пётр Сергеевич")));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kChainId)));
    CHECK(text.contains(QStringLiteral("chain-manual-0002")));
    // Dismissed chains stay in the notes and the audit trail, not among the chains.
    QStringList chainHeadings;
    for (const ReportSection &section : doc->sections)
        if (section.id == ReportSectionId::Chains)
            for (const ReportBlock &block : section.blocks)
                if (const auto *h = std::get_if<ReportHeading>(&block))
                    chainHeadings << h->text;
    CHECK(chainHeadings ==
          QStringList{QStringLiteral("Chain chain-DE-KZ-RU-0001"), QStringLiteral("Chain chain-manual-0002")});
    CHECK(text.contains(QStringLiteral("chain-dismissed-0003")));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kEvidenceA)));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kEvidenceB)));
    CHECK(text.contains(QString::fromUtf8(ReportCase::kSourceSha)));
    CHECK(text.contains(QString(64, u'0'))); // the builder source's digest
    CHECK(text.contains(QStringLiteral("Зарегистрировано в марте 2022 г.")));
    CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(counted)));
    CHECK(text.contains(QStringLiteral("Page %1 of %1").arg(counted)));
    CHECK(text.contains(QStringLiteral("А. Сейткали")));
    CHECK(text.contains(QStringLiteral("Contents")));
    CHECK(text.contains(QStringLiteral("Appendix A: Sources")));
    CHECK(text.contains(QRegularExpression(QStringLiteral("EU1–\\d")))); // sanctions packages on the charts, as text
    CHECK(text.contains(QStringLiteral("CHPL tier 1")));                 // chart legend, as text

    const QStringList fonts = pdfFonts(pdf).split(u'\n', Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fonts.isEmpty());
    for (const QString &line : fonts) {
        INFO(line.toStdString());
        CHECK(line.startsWith(QLatin1String("DejaVuSans")));
        // Columns: name type encoding emb sub uni object generation; every font embedded, with Unicode maps.
        const QStringList cols = line.split(u' ', Qt::SkipEmptyParts);
        REQUIRE(cols.size() >= 7);
        CHECK(cols.at(cols.size() - 5) == u"yes");
        CHECK(cols.at(cols.size() - 3) == u"yes");
    }
}

TEST_CASE("A report of an empty case is a valid PDF that says so", "[report]")
{
    TempCase temp;
    NullProgress progress;
    auto doc = ReportBuilder(temp.caseFile(), {}, {}).build(progress);
    REQUIRE(doc.ok());
    CHECK(doc->caseEmpty);
    const QString pdf = outputPath(temp, QStringLiteral("empty-report.pdf"));
    auto pages = ReportPainter::writePdf(*doc, pdf, progress);
    REQUIRE(pages.ok());
    CHECK(pdfPages(pdf) == *pages);
    CHECK(*pages <= 10);
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("This case is empty")));
    CHECK(text.contains(QStringLiteral("No chain is marked confirmed or suspected")));
    CHECK(text.contains(QStringLiteral("Page 1 of")));
}

TEST_CASE("A report with chosen sections has only those", "[report]")
{
    TempCase temp;
    ReportCase::build(temp.caseFile());
    ReportOptions options;
    options.sections = {ReportSectionId::Notes, ReportSectionId::Sources};
    NullProgress progress;
    auto doc = ReportBuilder(temp.caseFile(), {}, options).build(progress);
    REQUIRE(doc.ok());
    REQUIRE(doc->sections.size() == 2);
    const QString pdf = temp.file(QStringLiteral("notes.pdf"));
    REQUIRE(ReportPainter::writePdf(*doc, pdf, progress).ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QString::fromUtf8(ReportCase::kSourceSha)));
    CHECK(text.contains(QStringLiteral("Декларация подтверждена таможней РК.")));
    CHECK_FALSE(text.contains(QStringLiteral("Appendix B: Audit trail")));
}

TEST_CASE("The report's trade anomalies section lists the top anomalies with their charts and companies",
          "[report][anomalies]")
{
    TempCase temp;
    MirrorCase::build(temp.caseFile(), temp.file(QString()));
    ReportOptions options;
    options.sections = {ReportSectionId::Anomalies};
    NullProgress progress;
    auto doc = ReportBuilder(temp.caseFile(), {}, options).build(progress);
    REQUIRE(doc.ok());
    REQUIRE(doc->sections.size() == 1);
    const ReportSection &s = doc->sections.first();
    CHECK(s.title == u"Trade anomalies");
    // The method, the ranked table, then per anomaly: heading, explanation, chart, companies.
    REQUIRE(s.blocks.size() == 2 + 4 + 4 + 4);
    const auto &table = std::get<ReportTable>(s.blocks.at(1));
    REQUIRE(table.rows.size() == 3);
    CHECK(table.rows.at(0) == QStringList({QStringLiteral("1"), QStringLiteral("mirror gap"), QStringLiteral("DE → KZ"),
                                           QStringLiteral("854231"), QStringLiteral("1"), QStringLiteral("2023"),
                                           QStringLiteral("1,200,000"), QStringLiteral("120,000"),
                                           QStringLiteral("90.5%"), QStringLiteral("1.00×"), QStringLiteral("high")}));
    CHECK(std::get<ReportHeading>(s.blocks.at(2)).text == u"1. mirror gap: DE → KZ 854231 2023");
    const auto &chart = std::get<ReportChart>(s.blocks.at(4)).chart;
    CHECK(chart.title == u"DE → KZ 854231 2023");
    CHECK(chart.events.size() == 15); // the invasion and the EU packages
    const auto &parties = std::get<ReportTable>(s.blocks.at(5));
    REQUIRE(parties.rows.size() == 3);
    CHECK(parties.rows.at(2) ==
          QStringList({QStringLiteral("ТОО Транзит (kz-1)"), QStringLiteral("hub"), QStringLiteral("2"),
                       QStringLiteral("30.0%"), QStringLiteral("T4, T6"),
                       QStringLiteral("blocked under the OFAC 50% rule (60% held by blocked persons)")}));
    // The surge has no company of the case under it.
    CHECK(std::get<ReportParagraph>(s.blocks.at(13)).text ==
          u"No shipment of the case falls under this flow and period.");

    const QString pdf = outputPath(temp, QStringLiteral("report-anomalies.pdf"));
    auto pages = ReportPainter::writePdf(*doc, pdf, progress);
    REQUIRE(pages.ok());
    const QString text = pdfText(pdf);
    CHECK(text.contains(QStringLiteral("Trade anomalies")));
    CHECK(text.contains(QStringLiteral("Chipwerk AG (de-2)")));
    CHECK(text.contains(QStringLiteral("owned under the EU rule (55% held by listed persons)")));

    // A case without trade statistics has no such section.
    TempCase plain;
    auto none = ReportBuilder(plain.caseFile(), {}, options).build(progress);
    REQUIRE(none.ok());
    CHECK(none->sections.isEmpty());
}
