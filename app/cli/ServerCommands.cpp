// The commands of team cases on a PostgreSQL server: new (on a server address), cases, grant, copy, and mark's
// server path. The address is a libpq URI with ?case=NAME (models/storage/CaseAddress); passwords come from
// PGPASSWORD or ~/.pgpass, never from the command line.
#include "app/cli/CliProgress.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/storage/CaseAddress.h"
#include "models/storage/ServerCase.h"
#include "models/storage/ServerCaseCopy.h"
#include "models/storage/ServerDecisionStore.h"
#include "models/storage/ServerMarkStore.h"
#include "models/storage/ServerMergeWork.h"

#include <QFileInfo>
#include <QJsonArray>

namespace caravan::cli {

std::unique_ptr<ServerCase> openServerCase(const QString &text)
{
    auto address = CaseAddress::parse(text);
    if (!address) {
        fail(address.error().message);
        return nullptr;
    }
    auto opened = ServerCase::open(*address);
    if (!opened) {
        fail(opened.error().message);
        return nullptr;
    }
    return opened.takeValue();
}

int runNewOnServer(const QString &text, const QString &title, bool json)
{
    auto address = CaseAddress::parse(text);
    if (!address)
        return fail(address.error().message);
    auto created = ServerCase::create(*address, title);
    if (!created)
        return fail(created.error().message);
    if (json)
        printJson(QJsonObject{{QStringLiteral("case"), address->caseName()},
                              {QStringLiteral("title"), title},
                              {QStringLiteral("owner"), (*created)->connection().user()}});
    else
        printLine(QStringLiteral("created the case %1 on the server").arg(address->caseName()));
    return Success;
}

int runMarkOnServer(const QString &text, const Mark &mark, bool clear)
{
    auto opened = openServerCase(text);
    if (!opened)
        return BadInput;
    ServerCase &serverCase = *opened;
    auto exists = servermarks::targetExists(serverCase, mark.target, mark.targetRef);
    if (!exists)
        return fail(exists.error().message);
    if (!*exists)
        return fail(QStringLiteral("there is no %1 with the id %2 in this case")
                        .arg(markTargetName(mark.target), mark.targetRef));
    const Status written =
        clear ? servermarks::remove(serverCase, mark.target, mark.targetRef) : servermarks::put(serverCase, mark);
    if (!written)
        return fail(written.error().message);
    return Success;
}

Status decideOnServer(const QString &text, const MatchDecision &decision, bool withdraw)
{
    auto address = CaseAddress::parse(text);
    if (!address)
        return address.error();
    auto opened = ServerCase::open(*address);
    if (!opened)
        return opened.error();
    return withdraw ? serverdecisions::remove(**opened, decision.kind, decision.aRef, decision.bRef)
                    : serverdecisions::put(**opened, decision);
}

Result<QList<MatchDecision>> decisionsOnServer(const QString &text)
{
    auto address = CaseAddress::parse(text);
    if (!address)
        return address.error();
    auto opened = ServerCase::open(*address);
    if (!opened)
        return opened.error();
    return serverdecisions::list(**opened);
}

int runCases(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli cases postgresql://USER@HOST:PORT/DATABASE [--json]");
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addPositionalArgument(QStringLiteral("SERVER"), QStringLiteral("The database, as a libpq URI."));
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    if (parser.positionalArguments().size() != 1)
        return fail(QStringLiteral("cases takes exactly one server address (usage: %1)").arg(usage));
    auto address = CaseAddress::parse(parser.positionalArguments().first(), false);
    if (!address)
        return fail(address.error().message);
    auto cases = ServerCase::list(*address);
    if (!cases)
        return fail(cases.error().message);
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const ServerCaseInfo &c : *cases)
            list.append(QJsonObject{{QStringLiteral("case"), c.name},
                                    {QStringLiteral("title"), c.title},
                                    {QStringLiteral("role"), caseRoleName(c.role)},
                                    {QStringLiteral("schema_version"), c.schemaVersion}});
        printJson(QJsonObject{{QStringLiteral("cases"), list}});
        return Success;
    }
    for (const ServerCaseInfo &c : *cases)
        printLine(QStringLiteral("%1\t%2\t%3").arg(c.name, caseRoleName(c.role), c.title));
    return Success;
}

int runGrant(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli grant postgresql://...?case=NAME DBUSER analyst|reader");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The server case."));
    parser.addPositionalArgument(QStringLiteral("DBUSER"), QStringLiteral("The database user to grant to."));
    parser.addPositionalArgument(QStringLiteral("ROLE"), QStringLiteral("analyst or reader."));
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        return fail(QStringLiteral("grant takes a server case, a database user and a role (usage: %1)").arg(usage));
    if (!CaseAddress::isServerAddress(args.at(0)))
        return fail(QStringLiteral("grant works on server cases; a case file has no database users"));
    const auto role = caseRoleFromName(args.at(2));
    if (!role || *role == CaseRole::Owner)
        return fail(QStringLiteral("the role must be analyst or reader, not '%1'").arg(args.at(2)));
    auto opened = openServerCase(args.at(0));
    if (!opened)
        return BadInput;
    if (auto st = opened->grant(args.at(1), *role); !st)
        return fail(st.error().message);
    printLine(QStringLiteral("%1 is now %2 of the case %3")
                  .arg(args.at(1),
                       *role == CaseRole::Analyst ? QStringLiteral("an analyst") : QStringLiteral("a reader"),
                       opened->address().caseName()));
    return Success;
}

namespace {

int runMergeWork(const QString &filePath, const QString &serverText, bool json)
{
    if (CaseAddress::isServerAddress(filePath) || !CaseAddress::isServerAddress(serverText))
        return fail(QStringLiteral("copy --merge-work takes the file copy first, then the server case it came from"));
    auto file = openCase(filePath, CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    auto server = openServerCase(serverText);
    if (!server)
        return BadInput;
    auto merged = servermerge::mergeWork(*file, *server);
    if (!merged)
        return fail(merged.error().message);
    if (json) {
        QJsonArray conflicts;
        for (const servermerge::Conflict &c : merged->conflicts)
            conflicts.append(QJsonObject{{QStringLiteral("kind"), c.kind},
                                         {QStringLiteral("target"), c.target},
                                         {QStringLiteral("file"), c.inFile},
                                         {QStringLiteral("server"), c.onServer}});
        printJson(QJsonObject{{QStringLiteral("marks_added"), merged->marksAdded},
                              {QStringLiteral("marks_changed"), merged->marksChanged},
                              {QStringLiteral("decisions_added"), merged->decisionsAdded},
                              {QStringLiteral("unchanged"), merged->unchanged},
                              {QStringLiteral("conflicts"), conflicts}});
        return Success;
    }
    printLine(QStringLiteral("brought back %1 new marks, %2 changed marks and %3 decisions; %4 already there")
                  .arg(merged->marksAdded)
                  .arg(merged->marksChanged)
                  .arg(merged->decisionsAdded)
                  .arg(merged->unchanged));
    for (const servermerge::Conflict &c : merged->conflicts)
        printLine(QStringLiteral("conflict, %1 %2: the file says %3; the server says %4 (left as it is)")
                      .arg(c.kind, c.target, c.inFile, c.onServer));
    return Success;
}

} // namespace

int runCopy(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli copy SRC DST [--json]   (a case file and a server case, "
                                         "either way); caravan-cli copy --merge-work FILE URI [--json]");
    QCommandLineParser parser;
    const QCommandLineOption mergeWork(
        QStringLiteral("merge-work"),
        QStringLiteral("copy --merge-work FILE URI: bring back the marks and decisions made in a file copy of the "
                       "server case since it was copied; conflicts are listed, not overwritten."));
    parser.addOptions({mergeWork, jsonOption()});
    parser.addPositionalArgument(QStringLiteral("SRC"), QStringLiteral("The case to copy."));
    parser.addPositionalArgument(QStringLiteral("DST"), QStringLiteral("Where the copy goes; must not exist."));
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return fail(QStringLiteral("copy takes a source and a destination (usage: %1)").arg(usage));
    if (parser.isSet(mergeWork))
        return runMergeWork(args.at(0), args.at(1), parser.isSet(jsonOption()));
    const QString &source = args.at(0);
    const QString &target = args.at(1);
    const bool fromServer = CaseAddress::isServerAddress(source);
    const bool toServer = CaseAddress::isServerAddress(target);
    if (fromServer == toServer)
        return fail(QStringLiteral("copy moves a case between a file and a server case: give one of each"));

    CliProgress progress;
    Result<servercopy::CopyCount> copied = servercopy::CopyCount{};
    if (toServer) {
        auto address = CaseAddress::parse(target);
        if (!address)
            return fail(address.error().message);
        auto file = openCase(source, CaseFile::OpenMode::ReadOnly);
        if (!file)
            return BadInput;
        copied = servercopy::fileToServer(*file, *address, progress);
    } else {
        auto address = CaseAddress::parse(source);
        if (!address)
            return fail(address.error().message);
        copied = servercopy::serverToFile(*address, target, progress);
    }
    if (!copied)
        return fail(copied.error().message);
    const QString shownTarget = toServer ? target : QFileInfo(target).absoluteFilePath();
    if (parser.isSet(jsonOption()))
        printJson(QJsonObject{{QStringLiteral("target"), shownTarget},
                              {QStringLiteral("tables"), copied->tables},
                              {QStringLiteral("rows"), copied->rows}});
    else
        printLine(
            QStringLiteral("copied %1 rows in %2 tables to %3").arg(copied->rows).arg(copied->tables).arg(shownTarget));
    return Success;
}

} // namespace caravan::cli
