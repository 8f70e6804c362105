#include "models/analysis/CaseOverview.h"

#include "models/analysis/ChainDetector.h"
#include "models/analysis/Chpl.h"
#include "models/analysis/ListRules.h"
#include "models/analysis/OwnershipAnalysis.h"
#include "models/analysis/RedFlags.h"
#include "models/analysis/TradeSnapshot.h"
#include "models/domain/Chpl.h"

#include <QCoreApplication>

#include <QSet>

#include <algorithm>
#include <climits>
#include <map>

namespace caravan {

namespace {

// Quarters while the timeline stays short enough to read, else years.
constexpr int kMaxQuarters = 24;

int ofacRank(const OverviewEntity &e)
{
    if (e.has(OverviewFinding::OfacBlocked))
        return 0;
    if (e.has(OverviewFinding::OfacPossiblyBlocked))
        return 1;
    if (e.has(OverviewFinding::OfacNeedsReview))
        return 2;
    return 3;
}

Status computeOwnership(sqlite3 *db, const CaseOverviewOptions &options, CaseOverview &out, Progress &progress)
{
    OwnershipOptions ownership;
    ownership.load.asOf = options.asOf;
    auto analysis = OwnershipAnalysis::load(db, ownership, progress);
    if (!analysis)
        return analysis.error();
    std::vector<OverviewEntity> found;
    for (const std::uint32_t e : (*analysis)->entitiesWithOwners()) {
        if (progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const OwnershipVerdict v = (*analysis)->verdict(e);
        OverviewEntity entity;
        entity.extId = v.entity;
        // A rule's own listing is not an ownership finding: a designated entity is blocked by its listing.
        if (!v.designated) {
            if (v.blocked)
                entity.findings.push_back(OverviewFinding::OfacBlocked);
            else if (v.possiblyBlocked)
                entity.findings.push_back(OverviewFinding::OfacPossiblyBlocked);
            else if (v.needsReview)
                entity.findings.push_back(OverviewFinding::OfacNeedsReview);
        }
        if (!v.euListed) {
            if (v.euOwned)
                entity.findings.push_back(OverviewFinding::EuOwned);
            if (v.euControlled)
                entity.findings.push_back(OverviewFinding::EuControlled);
        }
        if (!v.ukListed) {
            if (v.ukOwned)
                entity.findings.push_back(OverviewFinding::UkOwned);
            else if (v.ukPossiblyOwned)
                entity.findings.push_back(OverviewFinding::UkPossiblyOwned);
            if (v.ukControlled)
                entity.findings.push_back(OverviewFinding::UkControlled);
        }
        if (entity.findings.empty())
            continue;
        entity.ofacPercent = v.aggregatePercent;
        entity.ofacPercentMax = v.aggregatePercentMax;
        entity.euPercent = v.euAggregatePercent;
        entity.ukPercent = v.ukPossiblyOwned && !v.ukOwned ? v.ukLargestPercentMax : v.ukLargestPercent;
        entity.ukPerson = v.ukPerson;
        out.blocked += entity.has(OverviewFinding::OfacBlocked);
        out.possiblyBlocked += entity.has(OverviewFinding::OfacPossiblyBlocked);
        out.needsReview += entity.has(OverviewFinding::OfacNeedsReview);
        out.euOwnedOrControlled += entity.has(OverviewFinding::EuOwned) || entity.has(OverviewFinding::EuControlled);
        out.ukOwnedOrControlled += entity.has(OverviewFinding::UkOwned) ||
                                   entity.has(OverviewFinding::UkPossiblyOwned) ||
                                   entity.has(OverviewFinding::UkControlled);
        found.push_back(std::move(entity));
    }
    std::sort(found.begin(), found.end(), [](const OverviewEntity &a, const OverviewEntity &b) {
        const int ra = ofacRank(a), rb = ofacRank(b);
        if (ra != rb)
            return ra < rb;
        const double sa = std::max({a.ofacPercent, a.euPercent, a.ukPercent});
        const double sb = std::max({b.ofacPercent, b.euPercent, b.ukPercent});
        if (sa != sb)
            return sa > sb;
        return a.extId < b.extId;
    });
    out.entitiesTotal = static_cast<int>(found.size());
    if (found.size() > static_cast<std::size_t>(std::max(options.maxEntities, 0)))
        found.resize(static_cast<std::size_t>(std::max(options.maxEntities, 0)));
    QStringList ids;
    for (const OverviewEntity &e : found)
        ids << e.extId;
    auto labels = overviewrows::entityLabels(db, ids);
    if (!labels)
        return labels.error();
    for (OverviewEntity &e : found) {
        const EntityLabel label = labels->value(e.extId);
        e.name = label.name;
        e.country = label.country;
    }
    out.entities = std::move(found);
    out.asOf = options.asOf;
    for (const OwnershipRule rule : {OwnershipRule::Ofac, OwnershipRule::Eu, OwnershipRule::Uk})
        out.ruleLists << describeRuleLists(rule, (*analysis)->snapshot().lists);
    out.hasOwnership = true;
    return {};
}

void fillTimeline(const TradeSnapshot &snap, const ChainSettings &settings, OverviewTimeline &timeline)
{
    const graph::ChainSearchParams params = settings.searchParams();
    const graph::TradeArrays &t = snap.trade;
    timeline.destinations = settings.destination;
    timeline.tiers = chpl::tiers();
    timeline.tiers << QString();
    // (period key, tier) -> shipments; the key is year * 4 + quarter.
    std::map<int, std::vector<qint64>> byQuarter;
    int firstYear = INT_MAX, lastYear = INT_MIN;
    for (std::size_t i = 0; i < t.shipmentCount(); ++i) {
        const std::int32_t importer = t.importer[i];
        if (importer < 0 || !params.destination.contains(t.entityCountry[static_cast<std::size_t>(importer)]))
            continue;
        const QDate date = QDate::fromJulianDay(static_cast<qint64>(t.day[i]) + 2440588);
        const ChplEntry *entry = t.hs6[i] >= 0 ? chplEntry(t.hs6[i]) : nullptr;
        const QString tier =
            entry ? QString::fromLatin1(entry->tier.data(), static_cast<qsizetype>(entry->tier.size())) : QString();
        const auto tierIndex = static_cast<std::size_t>(timeline.tiers.indexOf(tier));
        auto &counts = byQuarter[date.year() * 4 + (date.month() - 1) / 3];
        counts.resize(static_cast<std::size_t>(timeline.tiers.size()));
        ++counts[tierIndex];
        firstYear = std::min(firstYear, date.year());
        lastYear = std::max(lastYear, date.year());
        ++timeline.total;
        timeline.onChpl += entry != nullptr;
    }
    timeline.count.assign(static_cast<std::size_t>(timeline.tiers.size()), {});
    if (byQuarter.empty())
        return;
    const int first = byQuarter.begin()->first, last = byQuarter.rbegin()->first;
    const bool quarters = last - first + 1 <= kMaxQuarters;
    const int step = quarters ? 1 : 4;
    const int from = quarters ? first : firstYear * 4, to = quarters ? last : lastYear * 4 + 3;
    for (int key = from; key <= to; key += step) {
        timeline.periods << (quarters ? QStringLiteral("%1 Q%2").arg(key / 4).arg(key % 4 + 1)
                                      : QString::number(key / 4));
        for (std::size_t tier = 0; tier < timeline.count.size(); ++tier) {
            qint64 n = 0;
            for (int k = key; k < key + step; ++k)
                if (const auto it = byQuarter.find(k); it != byQuarter.end())
                    n += it->second[tier];
            timeline.count[tier].push_back(n);
        }
    }
}

Status computeTrade(sqlite3 *db, const CaseOverviewOptions &options, CaseOverview &out, Progress &progress)
{
    progress.setStatus(QCoreApplication::translate("caravan::CaseOverview", "Reading the shipments"));
    auto snapshot = TradeSnapshot::load(db, progress);
    if (!snapshot)
        return snapshot.error();
    fillTimeline(*snapshot, options.chains, out.timeline);
    progress.setStatus(QCoreApplication::translate("caravan::CaseOverview", "Looking for red flags"));
    auto report = computeRedFlags(db, *snapshot, options.chains, progress);
    if (!report)
        return report.error();
    std::map<QString, OverviewFlagKind> kinds;
    std::map<QString, QSet<std::int32_t>> seen;
    for (const RedFlag &f : report->flags) {
        if (seen[f.code].contains(f.entity))
            continue;
        seen[f.code].insert(f.entity);
        OverviewFlagKind &kind = kinds[f.code];
        kind.code = f.code;
        const SnapshotEntity &e = snapshot->entity(f.entity);
        kind.parties << e.extId;
        kind.labels << (e.country.isEmpty() ? QStringLiteral("%1 (%2)").arg(e.name, e.extId)
                                            : QStringLiteral("%1 (%2, %3)").arg(e.name, e.extId, e.country));
        kind.examples << f.explanation;
    }
    for (const auto &cf : report->countryFlags) {
        OverviewFlagKind &kind = kinds[cf.code];
        kind.code = cf.code;
        kind.countries = true;
        if (!kind.parties.contains(cf.country)) {
            kind.parties << cf.country;
            kind.labels << cf.country;
            kind.examples << cf.explanation;
        }
    }
    for (auto &[code, kind] : kinds) {
        kind.name = redFlagName(code);
        // By label, so that a long list reads like an index; the examples follow their parties.
        std::vector<qsizetype> order(static_cast<std::size_t>(kind.parties.size()));
        for (qsizetype i = 0; i < kind.parties.size(); ++i)
            order[static_cast<std::size_t>(i)] = i;
        std::sort(order.begin(), order.end(),
                  [&kind](qsizetype a, qsizetype b) { return kind.labels[a].localeAwareCompare(kind.labels[b]) < 0; });
        OverviewFlagKind sorted{kind.code, kind.name, {}, {}, {}, kind.countries};
        sorted.parties.reserve(kind.parties.size());
        for (const qsizetype i : order) {
            sorted.parties << kind.parties[i];
            sorted.labels << kind.labels[i];
            sorted.examples << kind.examples[i];
        }
        out.flags.push_back(std::move(sorted));
    }
    // Most parties first; ties by code, so the order is the same every time.
    std::stable_sort(out.flags.begin(), out.flags.end(), [](const OverviewFlagKind &a, const OverviewFlagKind &b) {
        return a.parties.size() > b.parties.size();
    });
    const qsizetype cap = std::max(options.maxPartiesPerFlag, 0);
    for (OverviewFlagKind &kind : out.flags)
        if (kind.parties.size() > cap) {
            kind.examples.resize(cap);
            kind.labels.resize(cap);
            // `parties` keeps them all: its size is the kind's count.
        }
    out.hasTrade = true;
    return {};
}

} // namespace

bool OverviewEntity::has(OverviewFinding f) const
{
    return std::find(findings.begin(), findings.end(), f) != findings.end();
}

QString OverviewEntity::findingText(OverviewFinding finding, const OverviewEntity &e)
{
    switch (finding) {
    case OverviewFinding::OfacBlocked:
        return QCoreApplication::translate("caravan::CaseOverview",
                                           "Blocked under the OFAC 50% rule (%1 held by blocked persons)")
            .arg(percentText(e.ofacPercent));
    case OverviewFinding::OfacPossiblyBlocked:
        return QCoreApplication::translate(
                   "caravan::CaseOverview",
                   "Possibly blocked under the OFAC 50% rule (up to %1 held by blocked persons)")
            .arg(percentText(e.ofacPercentMax));
    case OverviewFinding::OfacNeedsReview:
        return QCoreApplication::translate(
            "caravan::CaseOverview",
            "To review under the OFAC 50% rule: a blocked person holds a share of unknown size");
    case OverviewFinding::EuOwned:
        return QCoreApplication::translate("caravan::CaseOverview",
                                           "Owned under the EU rule (%1 held by listed persons)")
            .arg(percentText(e.euPercent));
    case OverviewFinding::EuControlled:
        return QCoreApplication::translate("caravan::CaseOverview", "Controlled under the EU rule");
    case OverviewFinding::UkOwned:
        return QCoreApplication::translate("caravan::CaseOverview",
                                           "Owned under the UK test (%1 held by one designated person)")
            .arg(percentText(e.ukPercent));
    case OverviewFinding::UkPossiblyOwned:
        return QCoreApplication::translate("caravan::CaseOverview",
                                           "Possibly owned under the UK test (up to %1 held by one designated person)")
            .arg(percentText(e.ukPercent));
    case OverviewFinding::UkControlled:
        return QCoreApplication::translate("caravan::CaseOverview", "Controlled under the UK test");
    }
    return {};
}

QString OverviewEntity::findingsText() const
{
    QStringList parts;
    for (const OverviewFinding f : findings)
        parts << findingText(f, *this);
    return parts.join(QStringLiteral("; "));
}

QString OverviewEntity::shortFindingsText() const
{
    QStringList parts;
    for (const OverviewFinding f : findings) {
        switch (f) {
        case OverviewFinding::OfacBlocked:
            parts << QCoreApplication::translate("caravan::CaseOverview", "OFAC 50% rule: blocked, %1")
                         .arg(percentText(ofacPercent));
            break;
        case OverviewFinding::OfacPossiblyBlocked:
            parts << QCoreApplication::translate("caravan::CaseOverview", "OFAC 50% rule: possibly blocked, up to %1")
                         .arg(percentText(ofacPercentMax));
            break;
        case OverviewFinding::OfacNeedsReview:
            parts << QCoreApplication::translate("caravan::CaseOverview", "OFAC 50% rule: to review, share unknown");
            break;
        case OverviewFinding::EuOwned:
            parts << QCoreApplication::translate("caravan::CaseOverview", "EU rule: owned, %1")
                         .arg(percentText(euPercent));
            break;
        case OverviewFinding::EuControlled:
            parts << QCoreApplication::translate("caravan::CaseOverview", "EU rule: controlled");
            break;
        case OverviewFinding::UkOwned:
            parts << QCoreApplication::translate("caravan::CaseOverview", "UK test: owned, %1")
                         .arg(percentText(ukPercent));
            break;
        case OverviewFinding::UkPossiblyOwned:
            parts << QCoreApplication::translate("caravan::CaseOverview", "UK test: possibly owned, up to %1")
                         .arg(percentText(ukPercent));
            break;
        case OverviewFinding::UkControlled:
            parts << QCoreApplication::translate("caravan::CaseOverview", "UK test: controlled");
            break;
        }
    }
    return parts.join(QStringLiteral("; "));
}

qint64 OverviewTimeline::inTier(qsizetype tier) const
{
    qint64 n = 0;
    if (tier >= 0 && static_cast<std::size_t>(tier) < count.size())
        for (const qint64 c : count[static_cast<std::size_t>(tier)])
            n += c;
    return n;
}

Result<CaseOverview> CaseOverview::compute(sqlite3 *db, const CaseOverviewOptions &options, Progress &progress)
{
    CaseOverview out;
    if (options.counts) {
        auto stats = readCaseStats(db);
        if (!stats)
            return stats.error();
        out.stats = stats.takeValue();
        auto sources = overviewrows::sources(db);
        if (!sources)
            return sources.error();
        out.sources = sources.takeValue();
        auto marks = overviewrows::markCounts(db);
        if (!marks)
            return marks.error();
        out.marks = marks.value();
        out.hasCounts = true;
    }
    if (options.ownership) {
        progress.setStatus(QCoreApplication::translate("caravan::CaseOverview", "Applying the ownership rules"));
        if (Status st = computeOwnership(db, options, out, progress); !st)
            return st.error();
    }
    if (options.trade)
        if (Status st = computeTrade(db, options, out, progress); !st)
            return st.error();
    return out;
}

void CaseOverview::update(CaseOverview newer)
{
    if (newer.hasCounts) {
        stats = newer.stats;
        sources = std::move(newer.sources);
        marks = newer.marks;
        hasCounts = true;
    }
    if (newer.hasOwnership) {
        asOf = newer.asOf;
        entities = std::move(newer.entities);
        entitiesTotal = newer.entitiesTotal;
        blocked = newer.blocked;
        possiblyBlocked = newer.possiblyBlocked;
        needsReview = newer.needsReview;
        euOwnedOrControlled = newer.euOwnedOrControlled;
        ukOwnedOrControlled = newer.ukOwnedOrControlled;
        ruleLists = std::move(newer.ruleLists);
        hasOwnership = true;
    }
    if (newer.hasTrade) {
        flags = std::move(newer.flags);
        timeline = std::move(newer.timeline);
        hasTrade = true;
    }
}

std::vector<const DetectedChain *> topChains(const std::vector<DetectedChain> &chains, std::size_t count)
{
    std::vector<const DetectedChain *> out;
    for (const DetectedChain &c : chains)
        if (c.status != QLatin1String("dismissed"))
            out.push_back(&c);
    std::sort(out.begin(), out.end(), [](const DetectedChain *a, const DetectedChain *b) {
        return a->score != b->score ? a->score > b->score : a->id < b->id;
    });
    if (out.size() > count)
        out.resize(count);
    return out;
}

} // namespace caravan
