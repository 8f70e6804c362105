// caravan-cli report: the PDF an analyst hands on, made headless. Lives in its own library because painting
// charts needs QtWidgets and QCustomPlot, which the rest of caravan-cli does without.
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/report/ReportBuilder.h"
#include "models/report/ReportInputsFromCase.h"

#include "models/report/ReportInputsJson.h"
#include "ui/report/ReportPainter.h"
#include <QDate>

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <cstring>

namespace caravan::cli {

namespace {

Result<QByteArray> readInput(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    return file.readAll();
}

} // namespace

std::unique_ptr<QCoreApplication> createApplication(int &argc, char **argv)
{
    if (argc >= 2 && std::strcmp(argv[1], "report") == 0) {
        // Headless by default: a report is painted offscreen unless the caller chose a platform.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QApplication>(argc, argv);
    }
    return std::make_unique<QCoreApplication>(argc, argv);
}

int runReport(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "caravan-cli report CASE -o OUT.pdf [--sections LIST] [--chains CHAINS.json] [--ownership VERDICTS.json] "
        "[--investigator NAME] [--classification TEXT] [--include-unmarked-chains] [--keep-outliers] [--log-scale] "
        "[--ownership-appendix] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The PDF to write."), QStringLiteral("OUT.pdf"));
    const QCommandLineOption sections(QStringLiteral("sections"),
                                      QStringLiteral("Comma-separated sections: summary, chains, ownership, charts, "
                                                     "anomalies, notes, sources, audit (default: all; anomalies only "
                                                     "when the case holds trade statistics)."),
                                      QStringLiteral("LIST"));
    const QCommandLineOption chains(QStringLiteral("chains"),
                                    QStringLiteral("Chains as 'caravan-cli chains --json' prints them."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption ownership(QStringLiteral("ownership"),
                                       QStringLiteral("Verdicts as 'caravan-cli ownership --json' prints them."),
                                       QStringLiteral("FILE"));
    const QCommandLineOption investigator(QStringLiteral("investigator"), QStringLiteral("Name on the title page."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption classification(
        QStringLiteral("classification"), QStringLiteral("Classification line on every page."), QStringLiteral("TEXT"));
    const QCommandLineOption unmarked(QStringLiteral("include-unmarked-chains"),
                                      QStringLiteral("Also report detector chains nobody has marked yet."));
    const QCommandLineOption keepOutliers(
        QStringLiteral("keep-outliers"),
        QStringLiteral("Count shipments whose unit value is 20x from their HS-6 median in the summary and charts."));
    const QCommandLineOption logScale(QStringLiteral("log-scale"),
                                      QStringLiteral("Draw the charts' value axes logarithmic."));
    const QCommandLineOption ownershipAppendix(
        QStringLiteral("ownership-appendix"),
        QStringLiteral("Add the ownership verdicts of the entities no marked chain or marked entity involves, and "
                       "every designation of the case, as appendices (the ownership section covers the marked "
                       "parties and their owners)."));
    parser.addOptions({output, sections, chains, ownership, investigator, classification, unmarked, keepOutliers,
                       logScale, ownershipAppendix, jsonOption()});
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    if (!parser.isSet(output))
        return fail(QStringLiteral("report needs -o OUT.pdf (usage: %1)").arg(usage));
    if (!qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(QStringLiteral("report must be started as 'caravan-cli report'"));

    ReportOptions options;
    if (parser.isSet(sections)) {
        options.sections.clear();
        for (const QString &key : parser.value(sections).split(u',', Qt::SkipEmptyParts)) {
            const auto id = reportSectionFromKey(key);
            if (!id)
                return fail(QStringLiteral("unknown report section '%1'").arg(key.trimmed()));
            options.sections << *id;
        }
    }
    options.investigator = parser.value(investigator);
    options.classification = parser.value(classification);
    options.includeUnmarkedChains = parser.isSet(unmarked);
    options.leaveOutOutliers = !parser.isSet(keepOutliers);
    options.logScale = parser.isSet(logScale);
    options.ownershipAppendix = parser.isSet(ownershipAppendix);

    ReportInputs inputs;
    if (parser.isSet(chains)) {
        auto bytes = readInput(parser.value(chains));
        if (!bytes)
            return fail(bytes.error().message);
        auto parsed = reportChainsFromJson(*bytes);
        if (!parsed)
            return fail(QStringLiteral("%1: %2").arg(parser.value(chains), parsed.error().message));
        inputs.chains = parsed.takeValue();
    }
    if (parser.isSet(ownership)) {
        auto bytes = readInput(parser.value(ownership));
        if (!bytes)
            return fail(bytes.error().message);
        auto parsed = reportVerdictsFromJson(*bytes);
        if (!parsed)
            return fail(QStringLiteral("%1: %2").arg(parser.value(ownership), parsed.error().message));
        inputs.verdicts = parsed.takeValue();
    }

    auto file = openCase(parser.positionalArguments().first(), CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    NullProgress progress;
    // Without results handed in, the report runs the detector and the ownership rules itself.
    if (!inputs.chains || !inputs.verdicts) {
        auto computed = reportInputsFromCase(*file, QDate::currentDate(), progress);
        if (!computed)
            return fail(computed.error().message);
        if (!inputs.chains) {
            inputs.chains = computed->chains;
            inputs.chainExclusions = computed->chainExclusions;
        }
        if (!inputs.verdicts) {
            inputs.verdicts = computed->verdicts;
            inputs.ruleLists = computed->ruleLists;
        }
    }
    ReportBuilder builder(*file, std::move(inputs), options);
    auto document = builder.build(progress);
    if (!document)
        return fail(document.error().message);
    const QString out = parser.value(output);
    auto pages = ReportPainter::writePdf(*document, out, progress);
    if (!pages)
        return fail(pages.error().message);
    if (parser.isSet(jsonOption())) {
        QJsonArray names;
        for (const ReportSection &s : document->sections)
            names << reportSectionKey(s.id);
        printJson(QJsonObject{{QStringLiteral("report"), QFileInfo(out).absoluteFilePath()},
                              {QStringLiteral("pages"), *pages},
                              {QStringLiteral("sections"), names},
                              {QStringLiteral("empty_case"), document->caseEmpty}});
    } else {
        printLine(QStringLiteral("wrote %1 (%2 pages)").arg(QFileInfo(out).absoluteFilePath()).arg(*pages));
    }
    return Success;
}

} // namespace caravan::cli
