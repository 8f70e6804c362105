// The ownership commands: ownership (OFAC 50% rule, EU ownership and control, effective ownership)
// and cycles.
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/analysis/OwnershipAnalysis.h"

#include <QFile>
#include <QJsonArray>

namespace caravan::cli {

namespace {

const QCommandLineOption &asOfOption()
{
    static const QCommandLineOption option(QStringLiteral("as-of"),
                                           QStringLiteral("Evaluate links and designations as of DATE (YYYY-MM-DD)."),
                                           QStringLiteral("DATE"));
    return option;
}

// The --as-of date, today when it is left out; nullopt (after printing why) when it is not a date.
std::optional<QDate> asOfDate(const QCommandLineParser &parser, const QDate &fallback)
{
    if (!parser.isSet(asOfOption()))
        return fallback;
    const QString text = parser.value(asOfOption());
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        fail(QStringLiteral("--as-of: '%1' is not a date (expected YYYY-MM-DD)").arg(text));
        return std::nullopt;
    }
    return date;
}

} // namespace

int runOwnership(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("caravan-cli ownership CASE [ENTITY] [--as-of DATE] [--threshold PERCENT] "
                       "[--ofac-list NAME]... [--eu-list NAME]... [--max-depth N] [--all-owners] --json");
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(asOfOption());
    const QCommandLineOption threshold(QStringLiteral("threshold"),
                                       QStringLiteral("Effective ownership threshold in percent (default 25)."),
                                       QStringLiteral("PERCENT"), QStringLiteral("25"));
    const QCommandLineOption ofacList(QStringLiteral("ofac-list"),
                                      QStringLiteral("Designation lists the 50% rule honours (name contains NAME; "
                                                     "repeatable; default: every list)."),
                                      QStringLiteral("NAME"));
    const QCommandLineOption euList(QStringLiteral("eu-list"),
                                    QStringLiteral("Designation lists the EU tests honour (as --ofac-list)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption maxDepth(QStringLiteral("max-depth"),
                                      QStringLiteral("Longest ownership path followed for effective ownership."),
                                      QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption allOwners(QStringLiteral("all-owners"),
                                       QStringLiteral("List every ultimate owner, not only those that can reach the "
                                                      "threshold."));
    for (const auto *o : {&threshold, &ofacList, &euList, &maxDepth, &allOwners})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    parser.addPositionalArgument(QStringLiteral("ENTITY"), QStringLiteral("An entity id (default: every owned one)."));
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || positional.size() > 2)
        return fail(QStringLiteral("ownership takes a case file and at most one entity (usage: %1)").arg(usage));
    const auto asOf = asOfDate(parser, QDate::currentDate());
    if (!asOf)
        return BadInput;
    OwnershipOptions options;
    options.load.asOf = *asOf;
    options.load.ofacLists = parser.values(ofacList);
    options.load.euLists = parser.values(euList);
    options.allEffectiveOwners = parser.isSet(allOwners);
    bool ok = false;
    options.effectiveThreshold = parser.value(threshold).toDouble(&ok);
    if (!ok || options.effectiveThreshold < 0 || options.effectiveThreshold > 100)
        return fail(QStringLiteral("--threshold: '%1' is not a percentage").arg(parser.value(threshold)));
    options.effectiveBudget.maxDepth = parser.value(maxDepth).toUInt(&ok);
    if (!ok || options.effectiveBudget.maxDepth == 0)
        return fail(QStringLiteral("--max-depth: '%1' is not a positive number").arg(parser.value(maxDepth)));

    auto file = openCase(positional.first(), CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    NullProgress progress;
    auto analysis = OwnershipAnalysis::load(file->handle(), options, progress);
    if (!analysis)
        return fail(analysis.error().message, exitCodeFor(analysis.error()));
    std::vector<std::uint32_t> entities;
    if (positional.size() == 2) {
        const auto entity = (*analysis)->find(positional.at(1));
        if (!entity)
            return fail(QStringLiteral("no entity with id '%1' in %2").arg(positional.at(1), file->path()));
        entities.push_back(*entity);
    } else {
        entities = (*analysis)->entitiesWithOwners();
    }
    if (parser.isSet(jsonOption())) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write to standard output"));
        if (const Status written = (*analysis)->writeJson(out, entities, progress); !written)
            return fail(written.error().message, exitCodeFor(written.error()));
        return Success;
    }
    for (const std::uint32_t e : entities) {
        const OwnershipVerdict v = (*analysis)->verdict(e);
        QStringList eu;
        if (v.euOwned)
            eu << QStringLiteral("EU owned");
        if (v.euControlled)
            eu << QStringLiteral("EU controlled");
        QStringList effective;
        for (const EffectiveShare &s : v.effectiveOwners)
            if (s.aboveThreshold)
                effective << QStringLiteral("%1 %2%").arg(s.owner).arg(s.percent, 0, 'g', 6);
        printLine(QStringLiteral("%1: %2%3%4")
                      .arg(v.entity, v.status(), eu.isEmpty() ? QString() : QStringLiteral(", ") + eu.join(u", "),
                           effective.isEmpty()
                               ? QString()
                               : QStringLiteral("; beneficial owners: ") + effective.join(QStringLiteral(", "))));
        printLine(QStringLiteral("  ") + v.explanationText);
    }
    return Success;
}

int runCycles(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli cycles CASE [--as-of DATE] --json");
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(asOfOption());
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;
    // Without --as-of every recorded ownership link counts, whatever its dates.
    const auto asOf = asOfDate(parser, QDate());
    if (!asOf)
        return BadInput;
    auto file = openCase(parser.positionalArguments().first(), CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    NullProgress progress;
    auto cycles = ownershipCycles(file->handle(), *asOf, progress);
    if (!cycles)
        return fail(cycles.error().message, exitCodeFor(cycles.error()));
    if (parser.isSet(jsonOption())) {
        QJsonArray list;
        for (const QStringList &c : *cycles)
            list.append(QJsonArray::fromStringList(c));
        printJson(QJsonObject{{QStringLiteral("cycles"), list}});
        return Success;
    }
    for (const QStringList &c : *cycles)
        printLine(QStringLiteral("cycle: ") + c.join(QStringLiteral(", ")));
    printLine(QStringLiteral("%1 groups of entities that own each other").arg(cycles->size()));
    return Success;
}

} // namespace caravan::cli
