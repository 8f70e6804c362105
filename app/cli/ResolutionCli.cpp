// caravan-cli screen, resolve and decide: match candidates and the investigator's decisions on them.
#include "app/cli/CaseCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/resolution/CaseMatching.h"
#include "models/storage/CaseAddress.h"
#include "models/storage/DecisionStore.h"

#include <QJsonArray>

namespace caravan::cli {

namespace {

const QCommandLineOption &thresholdOption()
{
    static const QCommandLineOption option(
        QStringLiteral("threshold"),
        QStringLiteral("Lowest score reported, from 0 to 1 (default %1).").arg(Matcher::kDefaultThreshold),
        QStringLiteral("T"));
    return option;
}

// Shared by screen and resolve: parse, open read-only, run, print. `keys` names the JSON fields of a and b.
int runMatching(const QStringList &arguments, const QString &name, const QString &listKey, const QString &aKey,
                const QString &bKey, Result<QList<CaseMatch>> (*find)(CaseFile &, const MatchOptions &, Progress &))
{
    const QString usage = QStringLiteral("caravan-cli %1 CASE [--threshold T] [--json]").arg(name);
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    command.addOption(thresholdOption());
    if (!command.parse(arguments))
        return BadInput;
    MatchOptions options;
    if (command.isSet(thresholdOption())) {
        bool ok = false;
        options.threshold = command.value(thresholdOption()).toDouble(&ok);
        if (!ok || options.threshold < 0.0 || options.threshold > 1.0)
            return fail(QStringLiteral("--threshold must be a number from 0 to 1"));
    }
    if (!command.open())
        return BadInput;
    CaseFile *file = &command.file();
    NullProgress progress;
    auto found = find(*file, options, progress);
    if (!found)
        return fail(found.error().message, exitCodeFor(found.error()));
    if (command.json()) {
        QJsonArray list;
        for (const CaseMatch &m : found.value()) {
            QJsonObject o{{aKey, m.aRef},
                          {bKey, m.bRef},
                          {QStringLiteral("score"), qRound(m.score * 1000.0) / 1000.0},
                          {QStringLiteral("band"), matchBandName(Matcher::band(m.score))},
                          {QStringLiteral("reasons"), QJsonArray::fromStringList(m.reasons)}};
            if (m.decision)
                o.insert(QStringLiteral("decision"), matchVerdictName(*m.decision));
            list.append(o);
        }
        printJson(QJsonObject{{listKey, list}});
        return Success;
    }
    for (const CaseMatch &m : found.value())
        printLine(QStringLiteral("%1 %2  %3 ~ %4%5\n      %6")
                      .arg(QString::number(m.score, 'f', 3), matchBandName(Matcher::band(m.score)), m.aRef, m.bRef,
                           m.decision ? QStringLiteral(" [%1]").arg(matchVerdictName(*m.decision)) : QString(),
                           m.reasons.join(QStringLiteral("\n      "))));
    printLine(QStringLiteral("%1 candidates").arg(found->size()));
    return Success;
}

} // namespace

int runScreen(const QStringList &arguments)
{
    return runMatching(arguments, QStringLiteral("screen"), QStringLiteral("candidates"), QStringLiteral("entity"),
                       QStringLiteral("matches"), casematching::screen);
}

int runResolve(const QStringList &arguments)
{
    return runMatching(arguments, QStringLiteral("resolve"), QStringLiteral("pairs"), QStringLiteral("a"),
                       QStringLiteral("b"), casematching::duplicates);
}

int runDecide(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli decide CASE --kind screening|duplicate --a ID --b ID "
                                         "(--accept | --reject | --withdraw) [--note TEXT] [--json]");
    CaseCommand command(usage, CaseFile::OpenMode::ReadWrite);
    const QCommandLineOption kind(QStringLiteral("kind"), QStringLiteral("screening or duplicate."),
                                  QStringLiteral("KIND"));
    const QCommandLineOption a(QStringLiteral("a"),
                               QStringLiteral("The screened entity, or the one that survives a merge."),
                               QStringLiteral("ID"));
    const QCommandLineOption b(QStringLiteral("b"), QStringLiteral("The listed entity, or the one merged away."),
                               QStringLiteral("ID"));
    const QCommandLineOption accept(QStringLiteral("accept"), QStringLiteral("The two are the same."));
    const QCommandLineOption reject(QStringLiteral("reject"), QStringLiteral("The two are not the same."));
    const QCommandLineOption withdraw(QStringLiteral("withdraw"), QStringLiteral("Withdraw the decision."));
    const QCommandLineOption note(QStringLiteral("note"), QStringLiteral("Why."), QStringLiteral("TEXT"));
    command.addOptions({kind, a, b, accept, reject, withdraw, note});
    if (!command.parse(arguments))
        return BadInput;
    const auto parsedKind = matchKindFromName(command.value(kind));
    if (!parsedKind)
        return fail(QStringLiteral("--kind must be screening or duplicate"));
    if (int(command.isSet(accept)) + int(command.isSet(reject)) + int(command.isSet(withdraw)) != 1)
        return fail(QStringLiteral("give exactly one of --accept, --reject or --withdraw"));
    if (command.value(a).isEmpty() || command.value(b).isEmpty())
        return fail(QStringLiteral("--a and --b name the two entities (usage: %1)").arg(usage));

    Status done;
    MatchDecision d;
    d.kind = *parsedKind;
    d.aRef = command.value(a);
    d.bRef = command.value(b);
    d.verdict = command.isSet(accept) ? MatchVerdict::Accepted : MatchVerdict::Rejected;
    d.note = command.value(note);
    if (CaseAddress::isServerAddress(command.path())) {
        done = decideOnServer(command.path(), d, command.isSet(withdraw));
    } else {
        if (!command.open())
            return BadInput;
        done = command.isSet(withdraw) ? decisionstore::remove(command.file(), d.kind, d.aRef, d.bRef)
                                       : decisionstore::put(command.file(), d);
    }
    if (!done)
        return fail(done.error().message, exitCodeFor(done.error()));
    const QString verdict = command.isSet(withdraw) ? QStringLiteral("withdrawn") : matchVerdictName(d.verdict);
    if (command.json())
        printJson(QJsonObject{{QStringLiteral("kind"), matchKindName(d.kind)},
                              {QStringLiteral("a"), d.aRef},
                              {QStringLiteral("b"), d.bRef},
                              {QStringLiteral("decision"), verdict}});
    else
        printLine(QStringLiteral("%1 %2 ~ %3: %4").arg(matchKindName(d.kind), d.aRef, d.bRef, verdict));
    return Success;
}

int runDecisions(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli decisions CASE [--json]");
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    if (!command.parse(arguments))
        return BadInput;
    QList<MatchDecision> decisions;
    if (CaseAddress::isServerAddress(command.path())) {
        auto listed = decisionsOnServer(command.path());
        if (!listed)
            return fail(listed.error().message, exitCodeFor(listed.error()));
        decisions = listed.takeValue();
    } else {
        if (!command.open())
            return BadInput;
        decisions = decisionstore::list(command.file());
    }
    if (command.json()) {
        QJsonArray list;
        for (const MatchDecision &d : decisions) {
            QJsonObject o{{QStringLiteral("kind"), matchKindName(d.kind)},
                          {QStringLiteral("a"), d.aRef},
                          {QStringLiteral("b"), d.bRef},
                          {QStringLiteral("decision"), matchVerdictName(d.verdict)},
                          {QStringLiteral("note"), d.note},
                          {QStringLiteral("author"), d.author},
                          {QStringLiteral("decided_at"), d.decidedAt.toString(Qt::ISODate)}};
            if (d.score)
                o.insert(QStringLiteral("score"), *d.score);
            list.append(o);
        }
        printJson(QJsonObject{{QStringLiteral("decisions"), list}});
        return Success;
    }
    for (const MatchDecision &d : decisions)
        printLine(QStringLiteral("%1 %2 ~ %3: %4 by %5 at %6%7")
                      .arg(matchKindName(d.kind), d.aRef, d.bRef, matchVerdictName(d.verdict), d.author,
                           d.decidedAt.toString(Qt::ISODate),
                           d.note.isEmpty() ? QString() : QStringLiteral(" (") + d.note + u')'));
    printLine(QStringLiteral("%1 decisions").arg(decisions.size()));
    return Success;
}

} // namespace caravan::cli
