// caravan-cli screen, resolve and decide: match candidates and the investigator's decisions on them.
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
int runMatching(const QStringList &arguments, const QString &command, const QString &listKey, const QString &aKey,
                const QString &bKey, Result<QList<CaseMatch>> (*find)(CaseFile &, const MatchOptions &, Progress &))
{
    const QString usage = QStringLiteral("caravan-cli %1 CASE [--threshold T] [--json]").arg(command);
    QCommandLineParser parser;
    parser.addOptions({thresholdOption(), jsonOption()});
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    MatchOptions options;
    if (parser.isSet(thresholdOption())) {
        bool ok = false;
        options.threshold = parser.value(thresholdOption()).toDouble(&ok);
        if (!ok || options.threshold < 0.0 || options.threshold > 1.0)
            return fail(QStringLiteral("--threshold must be a number from 0 to 1"));
    }
    auto file = openCase(parser.positionalArguments().first(), CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    NullProgress progress;
    auto found = find(*file, options, progress);
    if (!found)
        return fail(found.error().message, exitCodeFor(found.error()));
    if (parser.isSet(jsonOption())) {
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
    QCommandLineParser parser;
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
    parser.addOptions({kind, a, b, accept, reject, withdraw, note, jsonOption()});
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    const auto parsedKind = matchKindFromName(parser.value(kind));
    if (!parsedKind)
        return fail(QStringLiteral("--kind must be screening or duplicate"));
    if (int(parser.isSet(accept)) + int(parser.isSet(reject)) + int(parser.isSet(withdraw)) != 1)
        return fail(QStringLiteral("give exactly one of --accept, --reject or --withdraw"));
    if (parser.value(a).isEmpty() || parser.value(b).isEmpty())
        return fail(QStringLiteral("--a and --b name the two entities (usage: %1)").arg(usage));

    Status done;
    MatchDecision d;
    d.kind = *parsedKind;
    d.aRef = parser.value(a);
    d.bRef = parser.value(b);
    d.verdict = parser.isSet(accept) ? MatchVerdict::Accepted : MatchVerdict::Rejected;
    d.note = parser.value(note);
    const QString path = parser.positionalArguments().first();
    if (CaseAddress::isServerAddress(path)) {
        done = decideOnServer(path, d, parser.isSet(withdraw));
    } else {
        auto file = openCase(path, CaseFile::OpenMode::ReadWrite);
        if (!file)
            return BadInput;
        done = parser.isSet(withdraw) ? decisionstore::remove(*file, d.kind, d.aRef, d.bRef)
                                      : decisionstore::put(*file, d);
    }
    if (!done)
        return fail(done.error().message, exitCodeFor(done.error()));
    const QString verdict = parser.isSet(withdraw) ? QStringLiteral("withdrawn") : matchVerdictName(d.verdict);
    if (parser.isSet(jsonOption()))
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
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    const QString path = parser.positionalArguments().first();
    QList<MatchDecision> decisions;
    if (CaseAddress::isServerAddress(path)) {
        auto listed = decisionsOnServer(path);
        if (!listed)
            return fail(listed.error().message, exitCodeFor(listed.error()));
        decisions = listed.takeValue();
    } else {
        auto file = openCase(path, CaseFile::OpenMode::ReadOnly);
        if (!file)
            return BadInput;
        decisions = decisionstore::list(*file);
    }
    if (parser.isSet(jsonOption())) {
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
