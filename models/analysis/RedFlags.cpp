#include "models/analysis/RedFlags.h"

#include "models/analysis/RedFlagRules.h"
#include "models/analysis/TradeSnapshot.h"
#include "models/graph/BucketSort.h"
#include "models/graph/Parallel.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <functional>

namespace caravan {

namespace flagrules {

PartyIndex PartyIndex::build(const TradeSnapshot &snap, const std::vector<std::int32_t> &party,
                             const std::vector<char> &indexed)
{
    PartyIndex ix;
    if (indexed.empty()) {
        ix.ids = graph::identityOrder(snap.shipmentCount());
    } else {
        for (std::size_t i = 0; i < party.size(); ++i)
            if (party[i] >= 0 && indexed[static_cast<std::size_t>(party[i])])
                ix.ids.push_back(static_cast<std::uint32_t>(i));
    }
    ix.offsets = graph::countingSortStable(ix.ids, party, 0, static_cast<std::int32_t>(snap.entities.size()) - 1);
    const auto &day = snap.trade.day;
    for (std::size_t e = 0; e + 1 < ix.offsets.size(); ++e)
        std::sort(ix.ids.begin() + static_cast<std::ptrdiff_t>(ix.offsets[e]),
                  ix.ids.begin() + static_cast<std::ptrdiff_t>(ix.offsets[e + 1]),
                  [&day](std::uint32_t a, std::uint32_t b) { return day[a] != day[b] ? day[a] < day[b] : a < b; });
    return ix;
}

bool Context::inTransit(std::int32_t e) const
{
    return e >= 0 && params.transit.contains(snap.trade.entityCountry[static_cast<std::size_t>(e)]);
}

bool Context::inDestination(std::int32_t e) const
{
    return e >= 0 && params.destination.contains(snap.trade.entityCountry[static_cast<std::size_t>(e)]);
}

bool Context::isListed(std::int32_t e) const
{
    return exposure.isListed(snap.entity(e).rowId);
}

QString Context::label(std::int32_t e) const
{
    const SnapshotEntity &x = snap.entity(e);
    if (x.country.isEmpty())
        return QStringLiteral("%1 (%2)").arg(x.name, x.extId);
    return x.countryBasis.isEmpty() ? QStringLiteral("%1 (%2, %3)").arg(x.name, x.extId, x.country)
                                    : QStringLiteral("%1 (%2, %3 %4)").arg(x.name, x.extId, x.country, x.countryBasis);
}

QString Context::shipmentLabel(std::size_t shipment) const
{
    return QStringLiteral("%1 of %2")
        .arg(ids->extId(snap.shipmentRowId[shipment]), isoFromDay(snap.trade.day[shipment]));
}

bool Context::inFocus(std::int32_t e) const
{
    return focus.empty() || (e >= 0 && focus[static_cast<std::size_t>(e)]);
}

void Context::flag(std::int32_t entity, const char *code, const QString &explanation, std::vector<qint64> shipments)
{
    if (!inFocus(entity))
        return;
    if (shipments.size() > 10)
        shipments.resize(10);
    out.push_back(RedFlag{entity, QString::fromLatin1(code), explanation, std::move(shipments), {}});
}

} // namespace flagrules

double redFlagWeight(const QString &code)
{
    static const std::pair<const char *, double> kWeights[] = {
        {"T6", 0.30}, {"T4", 0.15},  {"T7", 0.12},  {"T5", 0.10},
        {"T8", 0.10}, {"T14", 0.10}, {"T15", 0.10}, {"T9", 0.05},
    };
    for (const auto &[c, w] : kWeights)
        if (code == QLatin1String(c))
            return w;
    return 0.0;
}

QString redFlagName(const QString &code)
{
    static const std::pair<const char *, const char *> kNames[] = {
        {"T1", QT_TRANSLATE_NOOP("caravan::RedFlags", "surge of imports into a transit country")},
        {"T2", QT_TRANSLATE_NOOP("caravan::RedFlags", "mirror statistics gap")},
        {"T3", QT_TRANSLATE_NOOP("caravan::RedFlags", "re-export through a third country")},
        {"T4", QT_TRANSLATE_NOOP("caravan::RedFlags", "new intermediary")},
        {"T5", QT_TRANSLATE_NOOP("caravan::RedFlags", "shared address or director")},
        {"T6", QT_TRANSLATE_NOOP("caravan::RedFlags", "shadow-sanctioned party")},
        {"T7", QT_TRANSLATE_NOOP("caravan::RedFlags", "foreign subsidiary")},
        {"T8", QT_TRANSLATE_NOOP("caravan::RedFlags", "supplier destination switch")},
        {"T9", QT_TRANSLATE_NOOP("caravan::RedFlags", "price anomaly")},
        {"T14", QT_TRANSLATE_NOOP("caravan::RedFlags", "fan-in hub")},
        {"T15", QT_TRANSLATE_NOOP("caravan::RedFlags", "registered country contradicted by shipments")},
    };
    for (const auto &[c, name] : kNames)
        if (code == QLatin1String(c))
            return QCoreApplication::translate("caravan::RedFlags", name);
    return {};
}

QString redFlagNames(const QStringList &codes)
{
    QStringList names;
    for (const QString &code : codes)
        if (const QString name = redFlagName(code); !name.isEmpty())
            names << name;
    const QString list = codes.join(QStringLiteral(", "));
    return names.isEmpty() ? list : QStringLiteral("%1: %2").arg(list, names.join(QStringLiteral("; ")));
}

QStringList RedFlagReport::codesOf(std::int32_t entity) const
{
    QStringList codes;
    if (entity < 0 || static_cast<std::size_t>(entity) >= byEntity.size())
        return codes;
    for (std::uint32_t f : byEntity[static_cast<std::size_t>(entity)])
        if (!codes.contains(flags[f].code))
            codes << flags[f].code;
    return codes;
}

Result<RedFlagReport> computeRedFlags(sqlite3 *db, const TradeSnapshot &snapshot, const ChainSettings &settings,
                                      Progress &progress, const std::vector<std::int32_t> &onlyEntities,
                                      const RedFlagThresholds &thresholds)
{
    RedFlagReport report;
    ShipmentIdLookup ids(db);
    // With a focus, only the focus entities' shipments are indexed, and those of their owners and
    // controllers (T7 reads a parent's suppliers).
    std::vector<char> focus, indexed;
    if (!onlyEntities.empty()) {
        focus.assign(snapshot.entities.size(), 0);
        for (std::int32_t e : onlyEntities)
            if (e >= 0)
                focus[static_cast<std::size_t>(e)] = 1;
        indexed = focus;
        SqliteStatement q(db, "SELECT owner_id, asset_id FROM links WHERE type IN ('ownership', 'control')");
        while (q.step()) {
            const std::int32_t owner = snapshot.entityIndex(q.int64(0));
            const std::int32_t asset = snapshot.entityIndex(q.int64(1));
            if (owner >= 0 && asset >= 0 && focus[static_cast<std::size_t>(asset)])
                indexed[static_cast<std::size_t>(owner)] = 1;
        }
        if (!q.isValid() || q.failed())
            return makeError(ErrorCode::Database, QStringLiteral("cannot read links: %1").arg(sqliteError(db)));
    }
    // T6 evaluates the parties the run flags: the focus, or every entity.
    std::vector<qint64> partyRows;
    for (std::size_t e = 0; e < snapshot.entities.size(); ++e)
        if (focus.empty() || focus[e])
            partyRows.push_back(snapshot.entities[e].rowId);
    auto exposure = SanctionExposure::load(db, partyRows, {}, progress);
    if (!exposure)
        return exposure.error();
    // The two party indexes are independent: large cases build them side by side.
    flagrules::PartyIndex byParty[2];
    constexpr std::size_t kParallelFrom = 200000;
    graph::onThreads(std::min(2u, graph::threadsFor(snapshot.shipmentCount(), kParallelFrom)),
                     [&](unsigned part, unsigned parts) {
                         for (unsigned side = part; side < 2; side += parts)
                             byParty[side] = flagrules::PartyIndex::build(
                                 snapshot, side == 0 ? snapshot.trade.exporter : snapshot.trade.importer, indexed);
                     });
    flagrules::Context c{db,
                         snapshot,
                         settings,
                         thresholds,
                         settings.searchParams(),
                         std::move(byParty[0]),
                         std::move(byParty[1]),
                         exposure.takeValue(),
                         dayFromIso("2022-02-24", 10),
                         &ids,
                         std::move(focus),
                         report.flags};
    struct Step {
        const char *name;
        std::function<Status()> run;
    };
    const Step steps[] = {
        {"T6 shadow-sanctioned parties",
         [&] {
             flagrules::shadowSanctioned(c);
             return Status();
         }},
        {"T4 new intermediaries",
         [&] {
             flagrules::newIntermediary(c);
             return Status();
         }},
        {"T5 shared addresses and directors", [&] { return flagrules::sharedAddressOrDirector(c); }},
        {"T14 fan-in hubs",
         [&] {
             flagrules::fanInHub(c);
             return Status();
         }},
        {"T9 price anomalies",
         [&] {
             flagrules::priceAnomaly(c);
             return Status();
         }},
        {"T8 supplier destination switches",
         [&] {
             flagrules::supplierSwitch(c);
             return Status();
         }},
        {"T7 foreign subsidiaries", [&] { return flagrules::foreignSubsidiary(c); }},
        {"T15 registered country contradicted by shipments",
         [&] {
             flagrules::countryDisagreement(c);
             return Status();
         }},
        {"T1, T2 trade statistics", [&] { return flagrules::tradeStatistics(c, report.countryFlags); }},
    };
    std::int64_t done = 0;
    for (const Step &step : steps) {
        if (progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("red flags cancelled"));
        progress.setStatus(QStringLiteral("Red flags: %1").arg(QLatin1String(step.name)));
        if (auto st = step.run(); !st)
            return st.error();
        progress.setProgress(++done, static_cast<std::int64_t>(std::size(steps)));
    }
    report.byEntity.assign(snapshot.entities.size(), {});
    for (std::size_t i = 0; i < report.flags.size(); ++i) {
        RedFlag &f = report.flags[i];
        report.byEntity[static_cast<std::size_t>(f.entity)].push_back(static_cast<std::uint32_t>(i));
        for (qint64 row : f.shipmentRows)
            f.shipments << ids.extId(row);
    }
    return report;
}

QJsonObject redFlagJson(const RedFlag &flag, const TradeSnapshot &snapshot)
{
    return {{QStringLiteral("entity"), snapshot.entity(flag.entity).extId},
            {QStringLiteral("flag"), flag.code},
            {QStringLiteral("name"), redFlagName(flag.code)},
            {QStringLiteral("explanation"), flag.explanation},
            {QStringLiteral("shipments"), QJsonArray::fromStringList(flag.shipments)},
            {QStringLiteral("weight"), redFlagWeight(flag.code)}};
}

} // namespace caravan
