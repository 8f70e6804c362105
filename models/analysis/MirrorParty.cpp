#include "models/analysis/MirrorParty.h"

#include "models/analysis/ChainSettings.h"
#include "models/analysis/MirrorComparison.h"
#include "models/analysis/OwnershipAnalysis.h"
#include "models/analysis/RedFlags.h"
#include "models/analysis/TradeSnapshot.h"
#include "models/storage/CaseFile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>
#include <map>

namespace caravan {

namespace {

QString tr(const char *text)
{
    const QString t = QCoreApplication::translate("caravan::MirrorParty", text);
    // lupdate files the strings of this file's free functions (the verdict's words) under "caravan".
    return t == QLatin1String(text) ? QCoreApplication::translate("caravan", text) : t;
}

double rounded(double v, int decimals)
{
    const double f = std::pow(10.0, decimals);
    return std::round(v * f) / f;
}

// The verdicts as the Inspector's Verdict dock words them: the OFAC 50% rule always, the EU rule and the UK test
// where they find something. Each names its rule: an EU-owned company is not "blocked".
void fillVerdict(MirrorParty &p, const OwnershipVerdict &v)
{
    p.ofac = v.designated ? QStringLiteral("designated") : v.status();
    p.eu = v.euListed       ? QStringLiteral("listed")
           : v.euOwned      ? QStringLiteral("owned")
           : v.euControlled ? QStringLiteral("controlled")
                            : QStringLiteral("no");
    p.uk = v.ukListed       ? QStringLiteral("listed")
           : v.ukOwned      ? QStringLiteral("owned")
           : v.ukControlled ? QStringLiteral("controlled")
                            : QStringLiteral("no");
    QStringList words;
    if (v.designated)
        words << tr("designated on a list the OFAC 50% rule counts (%1)").arg(v.lists.join(QStringLiteral(", ")));
    else if (v.blocked)
        words
            << tr("blocked under the OFAC 50% rule (%1 held by blocked persons)").arg(percentText(v.aggregatePercent));
    else if (v.possiblyBlocked)
        words << tr("possibly blocked under the OFAC 50% rule (up to %1 held by blocked persons)")
                     .arg(percentText(v.aggregatePercentMax));
    else if (v.needsReview)
        words << tr("needs review under the OFAC 50% rule: a blocked person holds a share of unknown size");
    else
        words << tr("not blocked under the OFAC 50% rule");
    if (v.euListed)
        words << tr("listed by the EU");
    else if (v.euOwned)
        words << tr("owned under the EU rule (%1 held by listed persons)").arg(percentText(v.euAggregatePercent));
    else if (v.euControlled)
        words << tr("controlled under the EU rule");
    if (v.ukListed)
        words << tr("listed by the UK");
    else if (v.ukOwned)
        words << tr("owned under the UK test (%1 held by %2)").arg(percentText(v.ukLargestPercent), v.ukPerson);
    else if (v.ukControlled)
        words << tr("controlled under the UK test");
    p.verdict = words.join(QStringLiteral("; "));
}

} // namespace

QString MirrorParty::roleName(Role role)
{
    switch (role) {
    case Role::Exporter:
        return QStringLiteral("exporter");
    case Role::Hub:
        return QStringLiteral("hub");
    case Role::Buyer:
        break;
    }
    return QStringLiteral("buyer");
}

QString MirrorParty::roleText(Role role)
{
    switch (role) {
    case Role::Exporter:
        return tr("exporter");
    case Role::Hub:
        return tr("hub");
    case Role::Buyer:
        break;
    }
    return tr("buyer");
}

QJsonObject MirrorParty::toJson() const
{
    auto number = [](const std::optional<double> &v, int decimals) {
        return v ? QJsonValue(rounded(*v, decimals)) : QJsonValue(QJsonValue::Null);
    };
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("country"), country},
            {QStringLiteral("role"), roleName(role)},
            {QStringLiteral("shipments"), shipments},
            {QStringLiteral("value"), number(value, 2)},
            {QStringLiteral("share"), number(share, 6)},
            {QStringLiteral("flags"), QJsonArray::fromStringList(flags)},
            {QStringLiteral("flag_explanations"), QJsonArray::fromStringList(flagExplanations)},
            {QStringLiteral("ofac"), found ? QJsonValue(ofac) : QJsonValue()},
            {QStringLiteral("eu"), found ? QJsonValue(eu) : QJsonValue()},
            {QStringLiteral("uk"), found ? QJsonValue(uk) : QJsonValue()},
            {QStringLiteral("verdict"), verdict}};
}

Status describeMirrorParties(const CaseFile &file, MirrorResult &result, Progress &progress, const QDate &asOf)
{
    bool any = false;
    for (const MirrorFlow &f : result.flows)
        any = any || !f.companies.isEmpty();
    if (!any)
        return {};
    result.partiesAsOf = asOf.toString(Qt::ISODate);
    progress.setStatus(QStringLiteral("Red flags and verdicts of the companies under the flows"));
    auto settings = ChainSettings::load(file);
    if (!settings)
        return settings.error();
    auto snapshot = TradeSnapshot::load(file.handle(), progress);
    if (!snapshot)
        return snapshot.error();
    std::map<QString, std::int32_t> indexOf;
    for (std::size_t i = 0; i < snapshot->entities.size(); ++i)
        indexOf.emplace(snapshot->entities[i].extId, static_cast<std::int32_t>(i));
    std::vector<std::int32_t> wanted;
    for (const MirrorFlow &f : result.flows)
        for (const QString &c : f.companies)
            if (auto it = indexOf.find(c); it != indexOf.end())
                wanted.push_back(it->second);
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    auto flags = computeRedFlags(file.handle(), *snapshot, *settings, progress, wanted);
    if (!flags)
        return flags.error();
    OwnershipOptions options;
    options.load.asOf = asOf;
    auto ownership = OwnershipAnalysis::load(file.handle(), options, progress);
    if (!ownership)
        return ownership.error();
    if (progress.isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));

    std::map<QString, MirrorParty> described; // each company once, then copied under every flow it carries
    auto describe = [&](const QString &id) -> const MirrorParty & {
        auto [it, added] = described.try_emplace(id);
        if (!added)
            return it->second;
        MirrorParty &p = it->second;
        p.id = id;
        if (auto e = indexOf.find(id); e != indexOf.end()) {
            const SnapshotEntity &entity = snapshot->entity(e->second);
            p.name = entity.name;
            p.country = entity.country;
            const auto &mine = flags->byEntity[static_cast<std::size_t>(e->second)];
            std::vector<const RedFlag *> list;
            for (const std::uint32_t k : mine)
                list.push_back(&flags->flags[k]);
            std::stable_sort(list.begin(), list.end(),
                             [](const RedFlag *a, const RedFlag *b) { return a->code < b->code; });
            for (const RedFlag *f : list) {
                if (!p.flags.contains(f->code))
                    p.flags << f->code;
                p.flagExplanations << QStringLiteral("%1: %2").arg(f->code, f->explanation);
            }
        }
        if (const auto v = (*ownership)->find(id))
            fillVerdict(p, (*ownership)->verdict(*v));
        else
            p.found = false;
        return p;
    };
    for (MirrorFlow &f : result.flows) {
        f.parties.clear();
        const std::optional<double> whole =
            f.exportsReported && *f.exportsReported > 0 ? f.exportsReported : f.importsReported;
        for (const QString &c : f.companies) {
            MirrorParty p = describe(c);
            const int side = f.companySides.count(c) ? f.companySides.at(c) : 0;
            const bool exporting = (side & 1) != 0;
            const QString &country = exporting ? f.exporter : f.importer;
            p.role = result.hubs.contains(country) ? MirrorParty::Role::Hub
                     : exporting                   ? MirrorParty::Role::Exporter
                                                   : MirrorParty::Role::Buyer;
            p.shipments = f.companyShipments.count(c) ? f.companyShipments.at(c) : 0;
            if (auto it = f.companyValues.find(c); it != f.companyValues.end()) {
                p.value = it->second;
                if (whole && *whole > 0)
                    p.share = it->second / *whole;
            }
            f.parties.push_back(std::move(p));
        }
        // Exporters, hubs, buyers; in each the largest part of the flow first, then by id.
        std::stable_sort(f.parties.begin(), f.parties.end(), [](const MirrorParty &a, const MirrorParty &b) {
            const double va = a.value.value_or(-1), vb = b.value.value_or(-1);
            if (a.role != b.role)
                return a.role < b.role;
            return va != vb ? va > vb : a.id < b.id;
        });
    }
    return {};
}

} // namespace caravan
