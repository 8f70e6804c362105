// The training commands: demo (build a case with known answers), scenarios (list what they teach) and
// answers (reveal a training case's answer key, for the trainer).
#include "app/cli/CaseCommand.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/demo/AnswerKey.h"
#include "models/demo/ScenarioGenerator.h"
#include "models/storage/CaseDigest.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

namespace caravan::cli {

namespace {

// Removes a case this command created and could not fill, so that a failed run leaves nothing behind.
void discardCase(std::unique_ptr<CaseFile> &file, const QString &path)
{
    file.reset();
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

int runDemo(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("caravan-cli demo CASE [--scenario NAME] [--seed N] [--scale N] [--clean] [--digest] [--json]");
    QCommandLineParser parser;
    const QCommandLineOption scenario(
        QStringLiteral("scenario"), QStringLiteral("The scenario ('caravan-cli scenarios' lists them); default mixed."),
        QStringLiteral("NAME"), QStringLiteral("mixed"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the generator; default 1."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption scale(QStringLiteral("scale"),
                                   QStringLiteral("Size: 1 is a small case (~3,000 shipments), 20 about 1,000,000."),
                                   QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption digest(
        QStringLiteral("digest"),
        QStringLiteral("Also print the SHA-256 of the case contents (same seed, same digest)."));
    const QCommandLineOption clean(
        QStringLiteral("clean"),
        QStringLiteral("Write clean data: one spelling of every unit, every quantity and party country given, "
                       "HS codes padded with zeros, English wording. By default the case reads like real customs "
                       "and registry extracts."));
    parser.addOptions({scenario, seed, scale, clean, digest});
    parser.addOption(jsonOption());
    if (!parseCaseArguments(parser, arguments, usage))
        return BadInput;

    demo::DemoOptions options;
    options.scenario = parser.value(scenario);
    bool ok = false;
    options.seed = parser.value(seed).toULongLong(&ok);
    if (!ok)
        return fail(QStringLiteral("--seed takes a non-negative integer, not \"%1\"").arg(parser.value(seed)));
    options.scale = parser.value(scale).toInt(&ok);
    if (!ok || options.scale < 1 || options.scale > demo::ScenarioGenerator::kMaxScale)
        return fail(QStringLiteral("--scale takes an integer from 1 to %1, not \"%2\"")
                        .arg(demo::ScenarioGenerator::kMaxScale)
                        .arg(parser.value(scale)));
    options.realism = parser.isSet(clean) ? demo::Realism::Clean : demo::Realism::Messy;
    if (!demo::ScenarioGenerator::find(options.scenario))
        return fail(
            QStringLiteral("unknown scenario \"%1\"; 'caravan-cli scenarios' lists them").arg(options.scenario));

    const QString path = parser.positionalArguments().first();
    auto created = CaseFile::create(path, QStringLiteral("Training case: %1 (seed %2, scale %3)")
                                              .arg(options.scenario)
                                              .arg(options.seed)
                                              .arg(options.scale));
    if (!created)
        return fail(created.error().message);
    std::unique_ptr<CaseFile> file = created.takeValue();

    QElapsedTimer timer;
    timer.start();
    NullProgress progress;
    auto counts = demo::ScenarioGenerator::generate(*file, options, progress);
    if (!counts) {
        discardCase(file, path);
        return fail(counts.error().message);
    }
    const double seconds = static_cast<double>(timer.elapsed()) / 1000.0;

    QJsonObject o{{QStringLiteral("case"), QFileInfo(path).absoluteFilePath()},
                  {QStringLiteral("scenario"), options.scenario},
                  {QStringLiteral("seed"), QString::number(options.seed)},
                  {QStringLiteral("scale"), options.scale},
                  {QStringLiteral("realism"), parser.isSet(clean) ? QStringLiteral("clean") : QStringLiteral("messy")},
                  {QStringLiteral("entities"), counts->entities},
                  {QStringLiteral("companies"), counts->companies},
                  {QStringLiteral("persons"), counts->persons},
                  {QStringLiteral("links"), counts->links},
                  {QStringLiteral("designations"), counts->designations},
                  {QStringLiteral("shipments"), counts->shipments},
                  {QStringLiteral("answer_key"), counts->answerItems},
                  {QStringLiteral("planted"), counts->answerItems - counts->decoys},
                  {QStringLiteral("decoys"), counts->decoys},
                  {QStringLiteral("seconds"), seconds}};
    if (parser.isSet(digest)) {
        auto sha = caseContentDigest(file->handle());
        if (!sha)
            return fail(sha.error().message, ProblemFound);
        o.insert(QStringLiteral("content_sha256"), QString::fromLatin1(sha->toHex()));
    }
    if (parser.isSet(jsonOption())) {
        printJson(o);
    } else {
        printLine(QStringLiteral("created %1: scenario %2, seed %3, scale %4")
                      .arg(QFileInfo(path).absoluteFilePath(), options.scenario)
                      .arg(options.seed)
                      .arg(options.scale));
        printLine(QStringLiteral("  %1 companies, %2 persons, %3 links, %4 designations, %5 shipments")
                      .arg(counts->companies)
                      .arg(counts->persons)
                      .arg(counts->links)
                      .arg(counts->designations)
                      .arg(counts->shipments));
        printLine(QStringLiteral("  answer key: %1 planted items and %2 decoys (%3 s)")
                      .arg(counts->answerItems - counts->decoys)
                      .arg(counts->decoys)
                      .arg(seconds, 0, 'f', 1));
        if (o.contains(QStringLiteral("content_sha256")))
            printLine(QStringLiteral("  content sha256 %1").arg(o.value(QStringLiteral("content_sha256")).toString()));
    }
    return Success;
}

int runScenarios(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli scenarios [--json]");
    QCommandLineParser parser;
    parser.addOption(jsonOption());
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    if (!parser.positionalArguments().isEmpty())
        return fail(QStringLiteral("scenarios takes no arguments (usage: %1)").arg(usage));
    const auto &list = demo::ScenarioGenerator::scenarios();
    if (parser.isSet(jsonOption())) {
        QJsonArray items;
        for (const demo::ScenarioInfo &s : list)
            items.append(QJsonObject{{QStringLiteral("name"), s.name},
                                     {QStringLiteral("teaches"), s.teaches},
                                     {QStringLiteral("patterns"), QJsonArray::fromStringList(s.patterns)}});
        printJson(QJsonObject{{QStringLiteral("scenarios"), items}});
        return Success;
    }
    for (const demo::ScenarioInfo &s : list)
        printLine(QStringLiteral("%1  %2").arg(s.name.leftJustified(17), s.teaches));
    return Success;
}

int runAnswers(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli answers CASE [--pattern P] [--json]");
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    const QCommandLineOption pattern(QStringLiteral("pattern"),
                                     QStringLiteral("Only items of this pattern (T3, T4, T5, T6, cycle, duplicate)."),
                                     QStringLiteral("P"));
    command.addOption(pattern);
    if (!command.start(arguments))
        return BadInput;
    CaseFile *file = &command.file();
    auto key = demo::readAnswerKey(file->handle());
    if (!key)
        return fail(key.error().message);
    QJsonArray items;
    for (const demo::AnswerItem &item : *key) {
        if (command.isSet(pattern) && item.pattern != command.value(pattern))
            continue;
        QJsonArray hops;
        for (const QStringList &hop : item.hops())
            hops.append(QJsonArray::fromStringList(hop));
        if (command.json()) {
            items.append(QJsonObject{{QStringLiteral("code"), item.code},
                                     {QStringLiteral("pattern"), item.pattern},
                                     {QStringLiteral("subject"), item.subject},
                                     {QStringLiteral("decoy"), item.isDecoy},
                                     {QStringLiteral("breaks"), item.breaks},
                                     {QStringLiteral("ref_kind"), item.refKind},
                                     {QStringLiteral("refs"), hops},
                                     {QStringLiteral("explanation"), item.explanation}});
        } else {
            printLine(QStringLiteral("%1  %2%3")
                          .arg(item.code.leftJustified(16), item.subject,
                               item.isDecoy ? QStringLiteral("  (decoy: %1)").arg(item.breaks) : QString()));
            printLine(QStringLiteral("    ") + item.explanation);
        }
    }
    if (command.json())
        printJson(QJsonObject{{QStringLiteral("scenario"), file->setting(QStringLiteral("demo.scenario"))},
                              {QStringLiteral("items"), items}});
    return Success;
}

} // namespace caravan::cli
