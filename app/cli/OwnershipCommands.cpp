// The ownership commands: ownership (OFAC 50% rule, EU and UK ownership and control, effective ownership),
// lists (which designation lists each rule counts) and cycles.
#include "app/cli/CaseCommand.h"
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
                       "[--ofac-list NAME]... [--eu-list NAME]... [--uk-list NAME]... [--max-depth N] [--all-owners] "
                       "--json");
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    parser.addOption(asOfOption());
    const QCommandLineOption threshold(QStringLiteral("threshold"),
                                       QStringLiteral("Effective ownership threshold in percent (default 25)."),
                                       QStringLiteral("PERCENT"), QStringLiteral("25"));
    const QCommandLineOption ofacList(
        QStringLiteral("ofac-list"),
        QStringLiteral("For this run only, the designation lists the OFAC 50% rule counts (list name contains NAME; "
                       "repeatable). Default: the case's list setting (OFAC SDN only unless changed; see "
                       "`caravan-cli lists`)."),
        QStringLiteral("NAME"));
    const QCommandLineOption euList(QStringLiteral("eu-list"),
                                    QStringLiteral("For this run only, the lists the EU tests count (as --ofac-list; "
                                                   "default: EU lists and UN)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption ukList(QStringLiteral("uk-list"),
                                    QStringLiteral("For this run only, the lists the UK test counts (as --ofac-list; "
                                                   "default: UK lists and UN)."),
                                    QStringLiteral("NAME"));
    const QCommandLineOption maxDepth(QStringLiteral("max-depth"),
                                      QStringLiteral("Longest ownership path followed for effective ownership."),
                                      QStringLiteral("N"), QStringLiteral("32"));
    const QCommandLineOption allOwners(QStringLiteral("all-owners"),
                                       QStringLiteral("List every ultimate owner, not only those that can reach the "
                                                      "threshold."));
    for (const auto *o : {&threshold, &ofacList, &euList, &ukList, &maxDepth, &allOwners})
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
    options.load.ukLists = parser.values(ukList);
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
        const auto out = jsonOutput();
        if (const Status written = (*analysis)->writeJson(*out, entities, progress); !written)
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
        if (v.ukOwned)
            eu << QStringLiteral("UK owned");
        if (v.ukControlled)
            eu << QStringLiteral("UK controlled");
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
        printLine(QStringLiteral("  ") + v.ukExplanationText);
    }
    if (!entities.empty()) {
        const OwnershipVerdict v = (*analysis)->verdict(entities.front());
        for (const QString &line : {v.ofacListsText, v.euListsText, v.ukListsText})
            printLine(line);
    }
    return Success;
}

int runLists(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("caravan-cli lists CASE [--set \"LIST=ofac,eu,uk|none\"]... [--reset LIST]... [--json]");
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    command.parser().setApplicationDescription(
        QStringLiteral("The designation lists in the case, what each one is, and which ownership rules count it: the "
                       "OFAC 50% rule (default: OFAC SDN only), the EU rule (EU lists and UN) and the UK test (UK "
                       "lists and UN). Lists Caravan does not recognise feed no rule until you say so. Changes are "
                       "stored in the case and written to its audit log."));
    const QCommandLineOption set(QStringLiteral("set"),
                                 QStringLiteral("Make LIST feed exactly these rules (ofac, eu, uk, comma separated, or "
                                                "none); repeatable. LIST is the name `lists` shows."),
                                 QStringLiteral("LIST=RULES"));
    const QCommandLineOption reset(QStringLiteral("reset"),
                                   QStringLiteral("Return LIST to the classifier's default; repeatable."),
                                   QStringLiteral("LIST"));
    command.addOption(set);
    command.addOption(reset);
    if (!command.parse(arguments))
        return BadInput;
    const bool writing = command.isSet(set) || command.isSet(reset);
    if (!command.open(writing ? CaseFile::OpenMode::ReadWrite : CaseFile::OpenMode::ReadOnly))
        return BadInput;
    CaseFile *file = &command.file();
    auto stored = ListRules::load(file->handle());
    if (!stored)
        return fail(stored.error().message, exitCodeFor(stored.error()));
    auto present = stored->caseLists(file->handle());
    if (!present)
        return fail(present.error().message, exitCodeFor(present.error()));
    if (writing) {
        QStringList keys;
        for (const CaseList &l : *present)
            keys << l.key;
        ListRules changed = *stored;
        auto known = [&](const QString &key) {
            if (keys.contains(key))
                return true;
            fail(QStringLiteral("no list '%1' in the case (lists: %2)").arg(key, keys.join(QStringLiteral(", "))));
            return false;
        };
        for (const QString &entry : command.parser().values(set)) {
            const qsizetype eq = entry.lastIndexOf(u'=');
            if (eq <= 0)
                return fail(QStringLiteral("--set: '%1' is not LIST=RULES (usage: %2)").arg(entry, usage));
            const QString key = entry.left(eq).trimmed();
            const auto rules = ListRules::parseRules(entry.mid(eq + 1));
            if (!rules)
                return fail(QStringLiteral("--set %1: %2").arg(entry, rules.error().message));
            if (!known(key))
                return BadInput;
            changed.set(key, rules.value());
        }
        for (const QString &key : command.parser().values(reset)) {
            if (!known(key.trimmed()))
                return BadInput;
            changed.reset(key.trimmed());
        }
        if (const Status saved = changed.store(*file, *stored); !saved)
            return fail(saved.error().message, exitCodeFor(saved.error()));
        present = changed.caseLists(file->handle());
        if (!present)
            return fail(present.error().message, exitCodeFor(present.error()));
    }
    if (command.json()) {
        printJson(QJsonObject{{QStringLiteral("lists"), listsJson(*present)}});
        return Success;
    }
    for (const CaseList &l : *present)
        printLine(QStringLiteral("%1\t%2\t%3%4\t%5 designations")
                      .arg(l.key, authorityName(l.cls.authority), ListRules::rulesText(l.rules),
                           l.overridden ? QStringLiteral(" (set; default %1)").arg(ListRules::rulesText(l.cls.rules))
                                        : QString())
                      .arg(l.designations));
    for (const OwnershipRule rule : {OwnershipRule::Ofac, OwnershipRule::Eu, OwnershipRule::Uk})
        printLine(describeRuleLists(rule, *present));
    return Success;
}

int runCycles(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli cycles CASE [--as-of DATE] --json");
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    command.addOption(asOfOption());
    if (!command.parse(arguments))
        return BadInput;
    // Without --as-of every recorded ownership link counts, whatever its dates.
    const auto asOf = asOfDate(command.parser(), QDate());
    if (!asOf)
        return BadInput;
    if (!command.open())
        return BadInput;
    CaseFile *file = &command.file();
    NullProgress progress;
    auto cycles = ownershipCycles(file->handle(), *asOf, progress);
    if (!cycles)
        return fail(cycles.error().message, exitCodeFor(cycles.error()));
    if (command.json()) {
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
