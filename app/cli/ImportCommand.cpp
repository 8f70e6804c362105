// The import command: one or more source files into a case, each in its own transaction.
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/import/ImportFormats.h"
#include "models/import/ImportJob.h"
#include "models/import/MappingProposal.h"
#include "models/import/ServerImport.h"
#include "models/storage/CaseAddress.h"
#include "models/storage/ServerCase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTextStream>

#include <cstdio>

namespace caravan::cli {

namespace {

// Progress on stderr, one line per tenth of a file, so logs stay short.
class StderrProgress final : public Progress {
public:
    void setStatus(const QString &text) override
    {
        m_status = text;
        m_lastTenth = -1;
    }
    void setProgress(std::int64_t done, std::int64_t total) override
    {
        if (total <= 0)
            return;
        const std::int64_t tenth = done * 10 / total;
        if (tenth == m_lastTenth)
            return;
        m_lastTenth = tenth;
        QTextStream(stderr) << m_status << ": " << tenth * 10 << "%" << Qt::endl;
    }
    bool isCancelled() const override { return false; }

private:
    QString m_status;
    std::int64_t m_lastTenth = -1;
};

QString describe(const ImportSummary &s)
{
    if (s.skippedDuplicate)
        return QStringLiteral("%1: skipped, already imported (same SHA-256 as source %2; --force imports it again)")
            .arg(QFileInfo(s.file).fileName())
            .arg(s.sourceId);
    return QStringLiteral("%1: %2 %3 (%4): %5 rows read, %6 imported, %7 rejected, %8 skipped")
        .arg(QFileInfo(s.file).fileName(), s.format, s.kind, s.encoding)
        .arg(s.rowsRead)
        .arg(s.imported)
        .arg(s.rejected)
        .arg(s.skipped);
}

// Non-fatal problems on stderr: the first few, then how many more.
void printIssues(const QString &file, const QList<Issue> &issues)
{
    constexpr qsizetype kShown = 10;
    QTextStream err(stderr);
    for (qsizetype i = 0; i < std::min(kShown, issues.size()); ++i)
        err << file << ": " << issues[i].where << ": " << issues[i].message << Qt::endl;
    if (issues.size() > kShown)
        err << file << ": ... and " << issues.size() - kShown << " more notes like these" << Qt::endl;
}

// One line on stderr saying which column feeds which field when a mapping was proposed, not given.
void printProposed(const QString &file, const ColumnMapping &m)
{
    QStringList parts;
    for (auto it = m.columns.cbegin(); it != m.columns.cend(); ++it)
        parts << QStringLiteral("%1 <- '%2'").arg(it.key(), it.value());
    parts.sort();
    QTextStream(stderr) << file << ": no --mapping; proposed: " << parts.join(QStringLiteral(", ")) << "; dates "
                        << (m.dateFormat.isEmpty() ? QStringLiteral("ISO") : m.dateFormat) << ", decimal '"
                        << m.decimalSeparator << "'" << Qt::endl;
}

// --show-mapping and --save-mapping: the proposal for each FILE, printed and/or saved. Returns the exit status
// when the command ends here, or nullopt to import with `options.mapping` set to the saved proposal.
std::optional<int> proposeMappings(const QStringList &files, ImportOptions &options, bool show, const QString &save)
{
    if (!options.format.isEmpty() && options.format != u"csv")
        return fail(QStringLiteral("--show-mapping and --save-mapping go with --format csv"));
    if (!save.isEmpty() && files.size() != 1)
        return fail(QStringLiteral("--save-mapping takes one FILE (each layout its own mapping)"));
    QList<MappingProposal> proposals;
    for (const QString &path : files) {
        auto proposal = MappingProposal::forFile(path, options.kind, options.encoding);
        if (!proposal)
            return fail(proposal.error().message);
        proposals << proposal.takeValue();
    }
    if (!save.isEmpty())
        if (auto st = ColumnMapping::saveJson(proposals.first().toJson(), save); !st)
            return fail(st.error().message);
    if (show) {
        if (proposals.size() == 1) {
            printJson(proposals.first().toJson());
        } else {
            QJsonArray all;
            for (qsizetype i = 0; i < proposals.size(); ++i) {
                QJsonObject one = proposals[i].toJson();
                one.insert(QStringLiteral("file"), QFileInfo(files[i]).absoluteFilePath());
                all.append(one);
            }
            printJson(QJsonObject{{QStringLiteral("mappings"), all}});
        }
        for (qsizetype i = 0; i < proposals.size(); ++i)
            if (!proposals[i].isComplete()) {
                QTextStream(stderr) << "caravan-cli: " << proposals[i].refusal(QFileInfo(files[i]).fileName())
                                    << Qt::endl;
                return ProblemFound;
            }
        return Success;
    }
    const MappingProposal &p = proposals.first();
    if (!p.isComplete())
        return fail(p.refusal(QFileInfo(files.first()).fileName()) +
                    QStringLiteral(" (the proposal is saved in %1: fill in what is missing and import with "
                                   "--mapping %1)")
                        .arg(save));
    options.format = QStringLiteral("csv");
    options.mapping = p.mapping;
    if (!options.encoding.isEmpty())
        options.mapping->encoding = options.encoding;
    return std::nullopt;
}

} // namespace

int runImport(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("caravan-cli import CASE FILE... [--format F] [--kind K] [--encoding E] [--mapping MAP.json | "
                       "--show-mapping | --save-mapping MAP.json] [--force] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption format(
        QStringLiteral("format"),
        QStringLiteral("caravan-csv, csv, ofac-sdn, un-sc, us-dpl, us-csl, ftm, bods, trade-stats, exchange-rates "
                       "(detected when left out)."),
        QStringLiteral("F"));
    const QCommandLineOption kind(
        QStringLiteral("kind"),
        QStringLiteral("entities, links, shipments, sanctions, trade-stats, exchange-rates (detected from the "
                       "header)."),
        QStringLiteral("K"));
    const QCommandLineOption encodingOption(
        QStringLiteral("encoding"),
        QStringLiteral("utf-8, utf-16le, utf-16be, windows-1251, koi8-r, latin-1 (detected when left out)."),
        QStringLiteral("E"));
    const QCommandLineOption mapping(
        QStringLiteral("mapping"),
        QStringLiteral("How the columns of a CSV in another layout become Caravan fields (MAP.json, as the wizard "
                       "or --save-mapping writes it). Without it, --format csv proposes a mapping from the header and "
                       "a sample of values, and refuses, naming the columns, when required fields stay unmapped."),
        QStringLiteral("MAP"));
    const QCommandLineOption showMapping(
        QStringLiteral("show-mapping"),
        QStringLiteral("Print the proposed mapping of each FILE as JSON (usable as MAP.json: columns, date format, "
                       "separators, encoding, and why each column was taken) and import nothing. Exit 1 when a "
                       "required field stays unmapped."));
    const QCommandLineOption saveMapping(
        QStringLiteral("save-mapping"),
        QStringLiteral("Save the proposed mapping of the one FILE in MAP.json, then import with it (with "
                       "--show-mapping: save and print only)."),
        QStringLiteral("MAP"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   QStringLiteral("Import a file even if the case already holds the same file."));
    parser.addOptions({format, kind, encodingOption, mapping, showMapping, saveMapping, force, jsonOption()});
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Files to import."), QStringLiteral("FILE..."));
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2)
        return fail(QStringLiteral("import takes a case file and at least one file to import (usage: %1)").arg(usage));
    ImportOptions options;
    options.format = parser.value(format);
    if (parser.isSet(mapping)) {
        auto loaded = ColumnMapping::load(parser.value(mapping));
        if (!loaded)
            return fail(loaded.error().message);
        if (!options.format.isEmpty() && options.format != u"csv")
            return fail(QStringLiteral("--mapping goes with --format csv"));
        options.format = QStringLiteral("csv");
        options.mapping = loaded.takeValue();
        if (parser.isSet(kind) && parser.value(kind) != options.mapping->kind)
            return fail(QStringLiteral("--kind %1 disagrees with the mapping's kind %2")
                            .arg(parser.value(kind), options.mapping->kind));
    }
    options.kind = parser.value(kind);
    options.encoding = parser.value(encodingOption);
    options.force = parser.isSet(force);
    if (parser.isSet(showMapping) || parser.isSet(saveMapping)) {
        if (parser.isSet(mapping))
            return fail(QStringLiteral("--show-mapping and --save-mapping propose a mapping; drop --mapping"));
        if (auto done =
                proposeMappings(positional.mid(1), options, parser.isSet(showMapping), parser.value(saveMapping)))
            return *done;
    }

    // Every file is checked before anything is written: bad input leaves the case untouched.
    std::vector<std::unique_ptr<ImportJob>> jobs;
    for (const QString &path : positional.mid(1)) {
        auto job = ImportJob::prepare(path, options);
        if (!job)
            return fail(job.error().message);
        if ((*job)->proposed() && (*job)->mapping())
            printProposed(QFileInfo(path).fileName(), *(*job)->mapping());
        jobs.push_back(job.takeValue());
    }
    // A server case's import goes through COPY (ServerCommands.cpp); a file's straight into it.
    std::unique_ptr<ServerCase> server;
    std::unique_ptr<CaseFile> file;
    if (CaseAddress::isServerAddress(positional.first()))
        server = openServerCase(positional.first());
    else
        file = openCase(positional.first(), CaseFile::OpenMode::ReadWrite);
    if (!server && !file)
        return BadInput;

    const bool json = parser.isSet(jsonOption());
    QJsonArray sources;
    StderrProgress progress;
    for (const auto &job : jobs) {
        auto summary = server ? importIntoServer(*job, *server, progress) : job->run(*file, progress);
        if (!summary) {
            const QString name = QFileInfo(job->path()).fileName();
            const QString message = summary.error().message;
            return fail(message.startsWith(name) ? message : name + QStringLiteral(": ") + message);
        }
        printIssues(QFileInfo(job->path()).fileName(), summary->issues);
        if (json)
            sources.append(summary->toJson());
        else
            printLine(describe(*summary));
    }
    if (json)
        printJson(QJsonObject{{QStringLiteral("sources"), sources}});
    return Success;
}

} // namespace caravan::cli
