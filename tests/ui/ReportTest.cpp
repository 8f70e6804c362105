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
    CHECK(doc->sections.size() == 7);

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
