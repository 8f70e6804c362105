// The export command: a case written out in an exchange format (FollowTheMoney JSON lines).
#include "app/cli/CliProgress.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/export/FtmExport.h"

#include <QFileInfo>
#include <QSaveFile>

namespace caravan::cli {

int runExport(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli export CASE --format ftm -o OUT [--json]");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("ftm (graphml and caravan-csv are not written yet)."),
                                    QStringLiteral("F"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("The file to write."), QStringLiteral("OUT"));
    parser.addOption(format);
    parser.addOption(output);
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file to export."));
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output))
        return fail(QStringLiteral("export takes one case file and -o OUT (usage: %1)").arg(usage));
    const QString name = parser.value(format);
    if (name != u"ftm")
        return fail(QStringLiteral("export format '%1' is not supported (known: ftm)").arg(name));
    auto file = openCase(parser.positionalArguments().first(), CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    // Written beside the target and renamed at the end: a failed export leaves no half file.
    QSaveFile out(parser.value(output));
    if (!out.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
    CliProgress progress;
    auto summary = exportFtm(file->handle(), out, progress);
    if (!summary) {
        out.cancelWriting();
        return fail(summary.error().message, exitCodeFor(summary.error()));
    }
    if (!out.commit())
        return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
    const QString path = QFileInfo(parser.value(output)).absoluteFilePath();
    if (parser.isSet(jsonOption()))
        printJson(QJsonObject{{QStringLiteral("file"), path},
                              {QStringLiteral("format"), name},
                              {QStringLiteral("entities"), summary->entities},
                              {QStringLiteral("addresses"), summary->addresses},
                              {QStringLiteral("links"), summary->links},
                              {QStringLiteral("sanctions"), summary->sanctions}});
    else
        printLine(QStringLiteral("%1: %2 entities, %3 addresses, %4 links, %5 sanctions")
                      .arg(path)
                      .arg(summary->entities)
                      .arg(summary->addresses)
                      .arg(summary->links)
                      .arg(summary->sanctions));
    return Success;
}

} // namespace caravan::cli
