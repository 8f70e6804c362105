// The case-level commands: new, stats, check.
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/storage/CaseAddress.h"
#include "models/storage/CaseStats.h"
#include "models/storage/IntegrityCheck.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerCaseStats.h"

#include <QFileInfo>
#include <QJsonArray>

namespace caravan::cli {

int runNew(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli new CASE [--title TEXT]");
    QCommandLineParser parser;
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The case title."), QStringLiteral("TEXT"));
    parser.addOption(title);
    parser.addOption(jsonOption());
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    const QString path = parser.positionalArguments().first();
    if (CaseAddress::isServerAddress(path))
        return runNewOnServer(path, parser.value(title), parser.isSet(jsonOption()));
    auto created = CaseFile::create(path, parser.value(title));
    if (!created)
        return fail(created.error().message);
    if (parser.isSet(jsonOption()))
        printJson(QJsonObject{{QStringLiteral("case"), QFileInfo(path).absoluteFilePath()},
                              {QStringLiteral("title"), (*created)->title()},
                              {QStringLiteral("schema_version"), (*created)->schemaVersion()}});
    else
        printLine(QStringLiteral("created %1").arg(QFileInfo(path).absoluteFilePath()));
    return Success;
}

int runStats(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli stats CASE --json");
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    const QString path = parser.positionalArguments().first();
    QString title;
    QString shown = path;
    Result<CaseStats> stats = CaseStats{};
    if (CaseAddress::isServerAddress(path)) {
        auto opened = openServerCase(path);
        if (!opened)
            return BadInput;
        stats = readServerCaseStats(*opened);
        title = opened->title();
    } else {
        auto file = openCase(path, CaseFile::OpenMode::ReadOnly);
        if (!file)
            return BadInput;
        stats = readCaseStats(file->handle());
        title = file->title();
        shown = file->path();
    }
    if (!stats)
        return fail(stats.error().message);
    if (parser.isSet(jsonOption())) {
        printJson(stats->toJson());
        return Success;
    }
    const QJsonObject o = stats->toJson();
    printLine(QStringLiteral("%1 (%2)").arg(title, shown));
    for (auto it = o.begin(); it != o.end(); ++it)
        printLine(QStringLiteral("  %1: %2").arg(it.key()).arg(it.value().toInteger()));
    return Success;
}

int runCheck(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli check CASE [--json]");
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    const QString path = parser.positionalArguments().first();
    auto opened = openCaseFile(path, CaseFile::OpenMode::ReadOnly);
    if (!opened) {
        // A file that looks like a case but cannot be read is a finding of check, not bad usage.
        if (opened.error().code == ErrorCode::Corrupt) {
            if (parser.isSet(jsonOption()))
                printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("problems"), QJsonArray{opened.error().message}}});
            return fail(opened.error().message, ProblemFound);
        }
        return fail(opened.error().message);
    }
    NullProgress progress;
    const IntegrityReport report = checkCaseIntegrity((*opened)->handle(), progress);
    if (parser.isSet(jsonOption())) {
        printJson(report.toJson());
    } else {
        for (const QString &p : report.problems)
            printLine(QStringLiteral("problem: %1").arg(p));
        printLine(report.ok() ? QStringLiteral("ok: %1 checks passed").arg(report.checksRun)
                              : QStringLiteral("%1 problems found").arg(report.problems.size()));
    }
    return report.ok() ? Success : ProblemFound;
}

} // namespace caravan::cli
