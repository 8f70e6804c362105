// The export command: a case written out in an exchange format (FollowTheMoney JSON lines).
#include "app/cli/CliProgress.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/export/CaravanCsvExport.h"
#include "models/export/FtmExport.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace caravan::cli {

namespace {

// caravan-csv: OUT is a folder (existing, or ending in '/') or a prefix (OUT-entities.csv...).
int exportCsv(CaseFile &file, const QString &out, bool json)
{
    QString prefix = out;
    if (out.endsWith(u'/') || QFileInfo(out).isDir()) {
        if (!QDir().mkpath(out))
            return fail(QStringLiteral("cannot create the folder %1").arg(out));
        prefix = QDir(out).absolutePath() + u'/';
    } else {
        prefix = QFileInfo(out).absoluteFilePath() + u'-';
    }
    CliProgress progress;
    auto counts = exportCaravanCsv(file.handle(), prefix, progress);
    if (!counts)
        return fail(counts.error().message, exitCodeFor(counts.error()));
    const char *names[] = {"entities", "links", "shipments", "sanctions"};
    QJsonObject summary{{QStringLiteral("prefix"), prefix}, {QStringLiteral("format"), QStringLiteral("caravan-csv")}};
    for (int i = 0; i < 4; ++i)
        summary.insert(QLatin1String(names[i]), counts->at(i));
    if (json)
        printJson(summary);
    else
        printLine(QStringLiteral("%1{entities,links,shipments,sanctions}.csv: %2, %3, %4, %5 rows")
                      .arg(prefix)
                      .arg(counts->at(0))
                      .arg(counts->at(1))
                      .arg(counts->at(2))
                      .arg(counts->at(3)));
    return Success;
}

} // namespace

int runExport(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli export CASE --format ftm|caravan-csv -o OUT [--json]");
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"),
                                    QStringLiteral("ftm or caravan-csv (graphml: use the graph command)."),
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
    if (name != u"ftm" && name != u"caravan-csv")
        return fail(QStringLiteral("export format '%1' is not supported (known: ftm, caravan-csv)").arg(name));
    auto file = openCase(parser.positionalArguments().first(), CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    if (name == u"caravan-csv")
        return exportCsv(*file, parser.value(output), parser.isSet(jsonOption()));
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
