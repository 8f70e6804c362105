// The detection commands: chains (T3 re-export chains) and flags (red flags per entity).
#include "app/cli/CaseCommand.h"
#include "app/cli/CliProgress.h"
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/analysis/ChainDetector.h"
#include "models/analysis/RedFlags.h"
#include "models/analysis/ShipmentOutliers.h"
#include "models/analysis/TradeSnapshot.h"

#include <QJsonArray>

#include <cstdio>

namespace caravan::cli {

namespace {

// The chain settings a command line overrides; each option's value is validated here.
struct SettingOptions {
    QCommandLineOption window{QStringLiteral("window-days"),
                              QStringLiteral("Days between a hop and the next (1-3650)."), QStringLiteral("N")};
    QCommandLineOption tolerance{QStringLiteral("qty-tolerance"),
                                 QStringLiteral("Quantity (and net weight) tolerance in percent, e.g. 20."),
                                 QStringLiteral("P")};
    QCommandLineOption valueTolerance{
        QStringLiteral("value-tolerance"),
        QStringLiteral("Declared value tolerance in percent, where neither quantities nor weights compare, e.g. 35."),
        QStringLiteral("P")};
    QCommandLineOption transit{QStringLiteral("transit"), QStringLiteral("Transit countries, e.g. KZ,KG,AM."),
                               QStringLiteral("CC,..")};
    QCommandLineOption destination{QStringLiteral("destination"), QStringLiteral("Destination countries, e.g. RU,BY."),
                                   QStringLiteral("CC,..")};
    QCommandLineOption minScore{QStringLiteral("min-score"), QStringLiteral("Leave out chains scoring less (0-1)."),
                                QStringLiteral("S")};
    QCommandLineOption hsDigits{QStringLiteral("hs-digits"),
                                QStringLiteral("6: exact HS-6 matches only; 4: HS-4 matches too."),
                                QStringLiteral("D")};
    QCommandLineOption intermediaries{QStringLiteral("max-intermediaries"),
                                      QStringLiteral("1 or 2 intermediaries per chain."), QStringLiteral("N")};

    void addTo(QCommandLineParser &parser) const
    {
        for (const QCommandLineOption *o :
             {&window, &tolerance, &valueTolerance, &transit, &destination, &minScore, &hsDigits, &intermediaries})
            parser.addOption(*o);
    }

    Status apply(const QCommandLineParser &parser, ChainSettings &s) const
    {
        auto integer = [&](const QCommandLineOption &o, int &into) -> Status {
            if (!parser.isSet(o))
                return {};
            bool ok = false;
            into = parser.value(o).toInt(&ok);
            if (!ok)
                return makeError(
                    ErrorCode::InvalidInput,
                    QStringLiteral("--%1 \"%2\" is not a whole number").arg(o.names().first(), parser.value(o)));
            return {};
        };
        if (auto st = integer(window, s.windowDays); !st)
            return st;
        if (auto st = integer(hsDigits, s.hsDigits); !st)
            return st;
        if (auto st = integer(intermediaries, s.maxIntermediaries); !st)
            return st;
        for (auto [o, into] :
             {std::pair{&tolerance, &s.qtyTolerancePercent}, std::pair{&valueTolerance, &s.valueTolerancePercent}}) {
            if (!parser.isSet(*o))
                continue;
            auto p = ChainSettings::parsePercent(parser.value(*o));
            if (!p)
                return p.error();
            *into = *p;
        }
        if (parser.isSet(minScore)) {
            bool ok = false;
            s.minScore = parser.value(minScore).toDouble(&ok);
            if (!ok)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("--min-score \"%1\" is not a number").arg(parser.value(minScore)));
        }
        for (auto [o, list] : {std::pair{&transit, &s.transit}, std::pair{&destination, &s.destination}}) {
            if (!parser.isSet(*o))
                continue;
            auto parsed = ChainSettings::parseCountries(parser.value(*o), QStringLiteral("--") + o->names().first());
            if (!parsed)
                return parsed.error();
            *list = *parsed;
        }
        return s.validate();
    }
};

QString chainLine(const DetectedChain &c)
{
    return QStringLiteral("%1  %2  %3  HS %4%5  %6  %7%8")
        .arg(c.score, 5, 'f', 3)
        .arg(c.id, c.route, c.hs, c.chplTier.isEmpty() ? QString() : QStringLiteral(" (CHPL %1)").arg(c.chplTier),
             c.flags.join(u','), c.shipments.join(u' '),
             c.status.isEmpty() ? QString() : QStringLiteral("  [%1]").arg(c.status));
}

} // namespace

int runChains(const QStringList &arguments)
{
    const QString usage =
        QStringLiteral("caravan-cli chains CASE [--window-days N] [--qty-tolerance P] [--value-tolerance P] [--transit "
                       "CC,..] [--destination CC,..] "
                       "[--min-score S] [--hs-digits 4|6] [--max-intermediaries 1|2] [--include-dismissed] [--json]");
    CaseCommand command(usage, CaseFile::OpenMode::ReadWrite, CaseCommand::Server::Replica);
    const SettingOptions options;
    options.addTo(command.parser());
    const QCommandLineOption includeDismissed(QStringLiteral("include-dismissed"),
                                              QStringLiteral("List chains an investigator dismissed, too."));
    command.addOption(includeDismissed);
    if (!command.start(arguments))
        return BadInput;
    CaseFile *file = &command.file();
    auto settings = ChainSettings::load(*file);
    if (!settings)
        return fail(settings.error().message);
    if (auto st = options.apply(command.parser(), *settings); !st)
        return fail(st.error().message);

    CliProgress progress;
    ChainRunOptions runOptions;
    runOptions.includeDismissed = command.isSet(includeDismissed);
    auto run = detectChains(file->handle(), *settings, runOptions, progress);
    if (!run)
        return fail(run.error().message);
    // The settings that produced this result are saved with the case, so that it can be reproduced.
    if (auto st = settings->save(*file); !st)
        return fail(st.error().message);
    // On a server case they go to the server; a reader, who may not change them, still gets the results.
    if (auto st = command.saveReplicaSettings(); !st)
        std::fprintf(stderr, "caravan-cli: the settings were not saved on the server: %s\n",
                     qPrintable(st.error().message));

    if (command.json()) {
        printJson(run->toCompactJson());
        return Success;
    }
    printLine(QStringLiteral("%1 chain(s) in %2 shipments (%3 below the minimum score, %4 dismissed and hidden)")
                  .arg(run->chains.size())
                  .arg(run->shipments)
                  .arg(run->belowMinScore)
                  .arg(run->dismissedHidden));
    printLine(QStringLiteral("settings: %1").arg(settings->describe()));
    if (run->excluded.total() > 0)
        printLine(run->excluded.summary());
    for (const DetectedChain &c : run->chains)
        printLine(chainLine(c));
    return Success;
}

int runFlags(const QStringList &arguments)
{
    const QString usage = QStringLiteral("caravan-cli flags CASE [--entity ID] [--json]");
    CaseCommand command(usage, CaseFile::OpenMode::ReadOnly);
    const QCommandLineOption entity(QStringLiteral("entity"), QStringLiteral("Only this entity's flags."),
                                    QStringLiteral("ID"));
    command.addOption(entity);
    if (!command.start(arguments))
        return BadInput;
    CaseFile *file = &command.file();
    auto settings = ChainSettings::load(*file);
    if (!settings)
        return fail(settings.error().message);
    CliProgress progress;
    auto snapshot = TradeSnapshot::load(file->handle(), progress);
    if (!snapshot)
        return fail(snapshot.error().message);
    auto report = computeRedFlags(file->handle(), *snapshot, *settings, progress);
    if (!report)
        return fail(report.error().message);
    const QString only = command.value(entity);
    if (!only.isEmpty() && std::none_of(snapshot->entities.begin(), snapshot->entities.end(),
                                        [&](const SnapshotEntity &e) { return e.extId == only; }))
        return fail(QStringLiteral("no entity with id \"%1\" in the case").arg(only));

    std::vector<const RedFlag *> flags;
    for (const RedFlag &f : report->flags)
        if (only.isEmpty() || snapshot->entity(f.entity).extId == only)
            flags.push_back(&f);
    std::stable_sort(flags.begin(), flags.end(), [&](const RedFlag *a, const RedFlag *b) {
        const QString &ea = snapshot->entity(a->entity).extId, &eb = snapshot->entity(b->entity).extId;
        return ea != eb ? ea < eb : a->code < b->code;
    });
    // Data quality: shipments whose unit value is far from their HS-6 median (all of them, not per entity).
    auto outliers = findShipmentOutliers(file->handle());
    if (!outliers)
        return fail(outliers.error().message);
    ShipmentIdLookup ids(file->handle());
    QJsonArray shipmentFlags;
    if (only.isEmpty())
        for (const OutlierShipment &o : outliers->shipments)
            shipmentFlags.append(QJsonObject{{QStringLiteral("shipment"), ids.extId(o.rowId)},
                                             {QStringLiteral("flag"), QStringLiteral("unit_value_outlier")},
                                             {QStringLiteral("explanation"), o.explanation()}});
    if (command.json()) {
        QJsonArray list, countries;
        for (const RedFlag *f : flags)
            list.append(redFlagJson(*f, *snapshot));
        if (only.isEmpty())
            for (const auto &cf : report->countryFlags)
                countries.append(QJsonObject{{QStringLiteral("country"), cf.country},
                                             {QStringLiteral("flag"), cf.code},
                                             {QStringLiteral("explanation"), cf.explanation}});
        printJson(QJsonObject{{QStringLiteral("flags"), list},
                              {QStringLiteral("country_flags"), countries},
                              {QStringLiteral("shipment_flags"), shipmentFlags}});
        return Success;
    }
    for (const RedFlag *f : flags)
        printLine(QStringLiteral("%1  %2  %3").arg(snapshot->entity(f->entity).extId, f->code, f->explanation));
    if (only.isEmpty())
        for (const auto &cf : report->countryFlags)
            printLine(QStringLiteral("%1  %2  %3").arg(cf.country, cf.code, cf.explanation));
    for (const QJsonValue &v : shipmentFlags)
        printLine(QStringLiteral("%1  unit_value_outlier  %2")
                      .arg(v[QStringLiteral("shipment")].toString(), v[QStringLiteral("explanation")].toString()));
    return Success;
}

} // namespace caravan::cli
