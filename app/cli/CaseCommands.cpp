// The case-level commands: new, stats, check.
#include "app/cli/CaseCommand.h"
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
    CaseCommand command(usage, CaseFile::OpenMode::ReadWrite);
    const QCommandLineOption title(QStringLiteral("title"), QStringLiteral("The case title."), QStringLiteral("TEXT"));
    command.addOption(title);
    if (!command.parse(arguments))
        return BadInput;
    const QString path = command.path();
    if (CaseAddress::isServerAddress(path))
        return runNewOnServer(path, command.value(title), command.json());
    auto created = CaseFile::create(path, command.value(title));
    if (!created)
        return fail(created.error().message);
    if (command.json())
        printJson(QJsonObject{{QStringLiteral("case"), QFileInfo(path).absoluteFilePath()},
                              {QStringLiteral("title"), (*created)->title()},
                              {QStringLiteral("schema_version"), (*created)->schemaVersion()}});
    else
        printLine(QStringLiteral("created %1").arg(QFileInfo(path).absoluteFilePath()));
    return Success;
}

int runStats(const QStringList &arguments)
{
    CaseCommand command(QStringLiteral("caravan-cli stats CASE --json"), CaseFile::OpenMode::ReadOnly,
                        CaseCommand::Server::Allowed);
    if (!command.start(arguments))
        return BadInput;
    const bool server = command.isServer();
    Result<CaseStats> stats = server ? readServerCaseStats(command.server()) : readCaseStats(command.file().handle());
    const QString title = server ? command.server().title() : command.file().title();
    const QString shown = server ? command.path() : command.file().path();
    if (!stats)
        return fail(stats.error().message);
    if (command.json()) {
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
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    if (!command.parse(arguments))
        return BadInput;
    const QString path = command.path();
    auto opened = openCaseFile(path, CaseFile::OpenMode::ReadOnly);
    if (!opened) {
        // A file that looks like a case but cannot be read is a finding of check, not bad usage.
        if (opened.error().code == ErrorCode::Corrupt) {
            if (command.json())
                printJson(QJsonObject{{QStringLiteral("ok"), false},
                                      {QStringLiteral("problems"), QJsonArray{opened.error().message}}});
            return fail(opened.error().message, ProblemFound);
        }
        return fail(opened.error().message);
    }
    NullProgress progress;
    const IntegrityReport report = checkCaseIntegrity((*opened)->handle(), progress);
    if (command.json()) {
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
