#include "models/analysis/ChainDetector.h"

#include "models/analysis/RedFlags.h"
#include "models/analysis/TradeSnapshot.h"
#include "models/domain/Chpl.h"
#include "models/domain/Units.h"
#include "models/graph/Parallel.h"
#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QElapsedTimer>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <ctime>
#include <set>

namespace caravan {

namespace {

// The score's weights: the chain's own evidence, the goods, and its parties' red flags.
constexpr double kHs6Match = 0.40;
constexpr double kHs4Match = 0.25;
constexpr double kQuantity = 0.15;
constexpr double kWeight = 0.12;     // net weights, where quantities do not compare: a little less telling
constexpr double kValueOnly = -0.05; // declared values only: prices move, so the chain is the weakest of its kind
constexpr double kTiming = 0.10;
constexpr double kTwoIntermediaries = 0.05;
constexpr double kFoodOrMedicine = -0.50;
constexpr double kPartyFlagsCap = 0.30;

double tierWeight(std::string_view tier)
{
    // Tier 1 (integrated circuits) 0.30 down to tier 4.B 0.12.
    static constexpr double kByRank[] = {0.0, 0.12, 0.15, 0.18, 0.20, 0.25, 0.30};
    return kByRank[chplTierRank(tier)];
}

double round3(double v)
{
    return std::round(v * 1000.0) / 1000.0;
}

QString hsText(std::int32_t hs6)
{
    return hs6 < 0 ? QStringLiteral("?") : QStringLiteral("%1").arg(hs6, 6, 10, QLatin1Char('0'));
}

QString currencyText(std::int32_t code)
{
    if (code < 0)
        return QStringLiteral("?");
    const char letters[3] = {static_cast<char>(code >> 16 & 0xff), static_cast<char>(code >> 8 & 0xff),
                             static_cast<char>(code & 0xff)};
    return QString::fromLatin1(letters, 3);
}

const char *measureKey(graph::Measure m)
{
    return m == graph::Measure::Quantity ? "quantity"
           : m == graph::Measure::Weight ? "net_weight"
           : m == graph::Measure::Mixed  ? "quantity_and_weight"
                                         : "value";
}

QString countryOrQuestion(const SnapshotEntity &e)
{
    return e.country.isEmpty() ? QStringLiteral("??") : e.country;
}

// "Name (id, RU)", or "Name (id, RU from 12 shipments' destination)" when the country was inferred.
QString partyText(const SnapshotEntity &e)
{
    const QString country =
        e.countryBasis.isEmpty() ? countryOrQuestion(e) : QStringLiteral("%1 %2").arg(e.country, e.countryBasis);
    return QStringLiteral("%1 (%2, %3)").arg(e.name, e.extId, country);
}

// Builds one DetectedChain from a search candidate: explanation, route, score and its parts.
class ChainBuilder {
public:
    ChainBuilder(const TradeSnapshot &snap, const ChainSettings &settings, const RedFlagReport &flags,
                 const ShipmentIdLookup &ids)
        : m_snap(snap), m_settings(settings), m_flags(flags), m_ids(ids)
    {
    }

    DetectedChain build(const graph::ChainCandidate &c) const
    {
        const graph::TradeArrays &t = m_snap.trade;
        DetectedChain out;
        out.intermediaries = c.intermediaries;
        out.hsDigits = c.hsDigits;
        const std::uint32_t inbound = c.shipments.front();
        const std::int32_t hs6 = t.hs6[inbound];
        out.hs = hsText(hs6);
        const ChplEntry *chpl = chplEntry(hs6);
        if (chpl)
            out.chplTier = QString::fromLatin1(chpl->tier.data(), static_cast<qsizetype>(chpl->tier.size()));

        // The hops: inbound, the middle hop if any, then the onward shipments of the last intermediary.
        const std::size_t firstOnward = c.intermediaries;
        std::vector<std::int32_t> parties{t.exporter[inbound]};
        for (std::size_t k = 0; k < firstOnward; ++k)
            parties.push_back(t.importer[c.shipments[k]]);
        std::vector<std::int32_t> importers;
        for (std::size_t k = firstOnward; k < c.shipments.size(); ++k)
            if (std::find(importers.begin(), importers.end(), t.importer[c.shipments[k]]) == importers.end())
                importers.push_back(t.importer[c.shipments[k]]);
        parties.insert(parties.end(), importers.begin(), importers.end());

        for (std::size_t k = 0; k < c.shipments.size(); ++k) {
            const std::uint32_t s = c.shipments[k];
            out.shipments << m_ids.cached(m_snap.shipmentRowId[s]);
            out.dates << isoFromDay(t.day[s]);
            out.quantities.push_back(t.quantity[s]);
            out.weights.push_back(t.weight[s]);
            out.values.push_back(t.value[s]);
            out.units << m_snap.canonicalUnitName(s);
            out.unitsWritten << m_ids.cachedUnit(m_snap.shipmentRowId[s]);
            if (k > 0) {
                const std::uint32_t previous = c.shipments[std::min(k, firstOnward) - 1];
                out.dayGaps.push_back(t.day[s] - t.day[previous]);
            }
        }
        for (std::int32_t p : parties)
            out.entities << m_snap.entity(p).extId;
        out.id = chainIdOf(out.shipments);
        out.unit = m_snap.canonicalUnitName(inbound);
        out.measure = QLatin1String(measureKey(c.weakest()));

        QStringList route;
        for (std::size_t k = 0; k <= firstOnward; ++k)
            route << countryOrQuestion(m_snap.entity(parties[k]));
        QStringList finalCountries;
        for (std::int32_t imp : importers)
            if (!finalCountries.contains(countryOrQuestion(m_snap.entity(imp))))
                finalCountries << countryOrQuestion(m_snap.entity(imp));
        route << finalCountries.join(u'+');
        out.route = route.join(QStringLiteral(" -> "));

        explainAndScore(c, parties, importers, chpl, out);
        return out;
    }

private:
    // What shipment s carried in measure m. In Measure::Mixed, a part without a quantity in the unit of the
    // shipment `received` counts its net weight at the quantity per kg that shipment declared.
    double amountOf(std::uint32_t s, graph::Measure m, std::uint32_t received) const
    {
        const graph::TradeArrays &t = m_snap.trade;
        switch (m) {
        case graph::Measure::Quantity:
            return t.quantity[s];
        case graph::Measure::Weight:
            return t.weight[s];
        case graph::Measure::Mixed:
            return mixedPart(s, received).amount;
        case graph::Measure::Value:
            break;
        }
        return t.value[s];
    }
    double perKg(std::uint32_t received) const
    {
        return m_snap.trade.quantity[received] / m_snap.trade.weight[received];
    }
    graph::MixedPart mixedPart(std::uint32_t s, std::uint32_t received) const
    {
        const graph::TradeArrays &t = m_snap.trade;
        return graph::mixedPart(t.unit[s], t.quantity[s], t.weight[s], t.unit[received], perKg(received));
    }

    // An amount in measure m, in the unit or currency of shipment `like`: "1,000 pieces", "980 kg net weight",
    // "50,000 USD declared".
    QString amountText(double amount, graph::Measure m, std::uint32_t like) const
    {
        const graph::TradeArrays &t = m_snap.trade;
        switch (m) {
        case graph::Measure::Quantity:
        case graph::Measure::Mixed:
            return units::quantityText(amount, static_cast<CanonicalUnit>(t.unit[like]));
        case graph::Measure::Weight:
            return QStringLiteral("%1 kg net weight").arg(units::numberText(amount));
        case graph::Measure::Value:
            break;
        }
        return QStringLiteral("%1 %2 declared value").arg(units::numberText(amount), currencyText(t.currency[like]));
    }

    // What shipment s carried in measure m, with its unit as written where that differs: "1 t (written "T")".
    QString carriedText(std::uint32_t s, graph::Measure m, std::uint32_t received) const
    {
        if (m == graph::Measure::Mixed && mixedPart(s, received).byWeight)
            return QStringLiteral("%1 (about %2 at the %3 per kg received)")
                .arg(amountText(m_snap.trade.weight[s], graph::Measure::Weight, s),
                     amountText(std::round(amountOf(s, m, received)), m, received),
                     units::numberText(std::round(perKg(received) * 10.0) / 10.0));
        QString text = amountText(amountOf(s, m, received), m, s);
        const QString written = m_ids.cachedUnit(m_snap.shipmentRowId[s]);
        if (m == graph::Measure::Quantity && written != m_snap.canonicalUnitName(s))
            text += QStringLiteral(" (written \"%1\")").arg(written);
        return text;
    }

    double tolerancePercent(graph::Measure m) const
    {
        return m == graph::Measure::Value ? m_settings.valueTolerancePercent : m_settings.qtyTolerancePercent;
    }

    void explainAndScore(const graph::ChainCandidate &c, const std::vector<std::int32_t> &parties,
                         const std::vector<std::int32_t> &importers, const ChplEntry *chpl, DetectedChain &out) const
    {
        const graph::TradeArrays &t = m_snap.trade;
        const std::size_t firstOnward = c.intermediaries;
        const std::uint32_t inbound = c.shipments.front();
        const graph::Measure firstMeasure = c.intermediaries == 2 ? c.midMeasure : c.measure;
        QStringList text;
        text << QStringLiteral("%1 shipped %2 of HS %3%4 to %5 on %6 [%7].")
                    .arg(partyText(m_snap.entity(parties[0])), carriedText(inbound, firstMeasure, inbound), out.hs,
                         chpl ? QStringLiteral(" (CHPL tier %1)").arg(out.chplTier) : QString(),
                         partyText(m_snap.entity(parties[1])), out.dates[0], out.shipments[0]);
        // How well each hop fits within its measure's tolerance: 1 exact, 0 at the edge; the worst hop counts.
        double fit = 1.0, worstGap = 0.0;
        auto judge = [&](double rel, graph::Measure m) {
            const double tol = tolerancePercent(m) / 100.0;
            fit = std::min(fit, tol > 0 ? std::max(0.0, 1.0 - rel / tol) : 1.0);
            worstGap = std::max(worstGap, rel);
        };
        if (c.intermediaries == 2) {
            const std::uint32_t mid = c.shipments[1];
            const double reference = amountOf(inbound, c.midMeasure, inbound);
            const double rel = std::fabs(amountOf(mid, c.midMeasure, inbound) - reference) / reference;
            judge(rel, c.midMeasure);
            text << QStringLiteral("%1 passed %2 of HS %3 on to %4 on %5 (+%6 days) [%7], %8% off the inbound.")
                        .arg(m_snap.entity(parties[1]).name, carriedText(mid, c.midMeasure, inbound),
                             hsText(t.hs6[mid]), partyText(m_snap.entity(parties[2])), out.dates[1])
                        .arg(out.dayGaps[0])
                        .arg(out.shipments[1])
                        .arg(rel * 100.0, 0, 'f', 1);
        }
        const std::uint32_t reference = c.shipments[firstOnward - 1];
        double sum = 0;
        QStringList onward;
        for (std::size_t k = firstOnward; k < c.shipments.size(); ++k) {
            const std::uint32_t s = c.shipments[k];
            sum += amountOf(s, c.measure, reference);
            onward << QStringLiteral("%1 on %2 (+%3 days) to %4%5 [%6]")
                          .arg(carriedText(s, c.measure, reference), out.dates[static_cast<qsizetype>(k)])
                          .arg(out.dayGaps[k - 1])
                          .arg(m_snap.entity(t.importer[s]).name,
                               t.hs6[s] != t.hs6[reference] ? QStringLiteral(" as HS %1").arg(hsText(t.hs6[s]))
                                                            : QString(),
                               out.shipments[static_cast<qsizetype>(k)]);
        }
        const double received = amountOf(reference, c.measure, reference);
        const double rel = std::fabs(sum - received) / received;
        judge(rel, c.measure);
        QStringList buyers;
        for (std::int32_t imp : importers)
            buyers << partyText(m_snap.entity(imp));
        // Which measure decided, and why it was not a stronger one.
        const graph::Measure weakest = c.weakest();
        QString decided;
        switch (weakest) {
        case graph::Measure::Quantity:
            decided =
                QStringLiteral("quantity %1").arg(amountText(amountOf(inbound, weakest, inbound), weakest, inbound));
            break;
        case graph::Measure::Weight:
            decided = QStringLiteral("net weight (a leg has no quantity in a comparable unit)");
            break;
        case graph::Measure::Mixed:
            decided = QStringLiteral("quantity, onward parts declared with only a net weight counted at the quantity "
                                     "per kg received (the parts give quantities and weights)");
            break;
        case graph::Measure::Value:
            decided = QStringLiteral("declared value, tolerance %1% (legs have neither comparable quantities nor "
                                     "net weights)")
                          .arg(m_settings.valueTolerancePercent);
            break;
        }
        text << QStringLiteral("%1 shipped it on to %2 in %3 shipment(s): %4; %5 in total, %6% off the %7 it received "
                               "(compared by %8, tolerance %9%).")
                    .arg(m_snap.entity(parties[firstOnward]).name, buyers.join(QStringLiteral(", ")))
                    .arg(c.shipments.size() - firstOnward)
                    .arg(onward.join(QStringLiteral(", ")), amountText(sum, c.measure, reference))
                    .arg(rel * 100.0, 0, 'f', 1)
                    .arg(amountText(received, c.measure, reference),
                         QString::fromLatin1(measureKey(c.measure)).replace(u'_', u' '))
                    .arg(tolerancePercent(c.measure));
        const int maxGap = *std::max_element(out.dayGaps.begin(), out.dayGaps.end());

        // The score, part by part.
        auto part = [&](const char *name, double value, const QString &why) {
            out.parts.push_back({QString::fromLatin1(name), round3(value), why});
        };
        part("hs_match", c.hsDigits == 6 ? kHs6Match : kHs4Match,
             c.hsDigits == 6 ? QStringLiteral("the same HS-6 code on every hop")
                             : QStringLiteral("only the HS-4 heading %1 matches on some hop").arg(out.hs.left(4)));
        const double measureWeight = weakest == graph::Measure::Quantity ? kQuantity * fit
                                     : weakest == graph::Measure::Value  ? kValueOnly
                                                                         : kWeight * fit;
        QString measureWhy = QStringLiteral("%1: worst hop %2% off").arg(decided).arg(worstGap * 100.0, 0, 'f', 1);
        if (weakest != graph::Measure::Value) // the value tolerance is part of `decided`
            measureWhy += QStringLiteral(", tolerance %1%").arg(tolerancePercent(weakest));
        part("quantity", measureWeight, measureWhy);
        part("timing", kTiming * std::max(0.0, 1.0 - static_cast<double>(maxGap) / m_settings.windowDays),
             QStringLiteral("longest gap %1 of %2 days").arg(maxGap).arg(m_settings.windowDays));
        if (chpl)
            part("chpl", tierWeight(chpl->tier), QStringLiteral("CHPL tier %1").arg(out.chplTier));
        else
            part("chpl", 0.0, QStringLiteral("not on the Common High Priority List"));
        if (isFoodOrMedicine(t.hs6[inbound]))
            part("goods", kFoodOrMedicine, QStringLiteral("food or medicine (HS chapters 01-24, 30): not sanctioned"));
        if (c.intermediaries == 2)
            part("layering", kTwoIntermediaries, QStringLiteral("two intermediaries"));

        std::set<QString> flagCodes;
        QStringList flagText;
        for (std::int32_t p : parties) {
            const QStringList codes = m_flags.codesOf(p);
            for (const QString &code : codes)
                flagCodes.insert(code);
            if (!codes.isEmpty())
                flagText << QStringLiteral("%1: %2").arg(m_snap.entity(p).extId, codes.join(u','));
        }
        double flagSum = 0;
        for (const QString &code : flagCodes)
            flagSum += redFlagWeight(code);
        part("party_flags", std::min(flagSum, kPartyFlagsCap),
             flagCodes.empty()
                 ? QStringLiteral("no red flags on the parties")
                 : QStringLiteral("%1 (capped at %2)").arg(flagText.join(QStringLiteral("; "))).arg(kPartyFlagsCap));

        out.flags << QStringLiteral("T3");
        for (const QString &code : flagCodes)
            out.flags << code;
        double total = 0;
        for (const ScorePart &p : out.parts)
            total += p.value;
        out.score = round3(std::clamp(total, 0.0, 1.0));

        text << QStringLiteral("HS match at %1 digits.").arg(c.hsDigits);
        if (!flagText.isEmpty())
            text << QStringLiteral("Red flags on the parties: %1.").arg(flagText.join(QStringLiteral("; ")));
        text << QStringLiteral("Thresholds: %1.").arg(m_settings.describe());
        out.explanation = text.join(u' ');
    }

    const TradeSnapshot &m_snap;
    const ChainSettings &m_settings;
    const RedFlagReport &m_flags;
    const ShipmentIdLookup &m_ids; // prefetched: build() runs on several threads
};

} // namespace

QString chainIdOf(const QStringList &shipmentExtIds)
{
    const QByteArray digest =
        QCryptographicHash::hash(shipmentExtIds.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex();
    return QStringLiteral("ch-") + QString::fromLatin1(digest.left(16));
}

Result<QHash<QString, QString>> loadChainMarks(sqlite3 *db)
{
    QHash<QString, QString> marks;
    SqliteStatement q(db, "SELECT target_ref, status FROM marks WHERE target_kind = 'chain'");
    if (!q.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read marks: %1").arg(sqliteError(db)));
    while (q.step())
        marks.insert(q.text(0), q.text(1));
    if (q.failed())
        return makeError(ErrorCode::Database, q.errorMessage());
    return marks;
}

Result<ChainRun> detectChains(sqlite3 *db, const ChainSettings &settings, const ChainRunOptions &options,
                              Progress &progress)
{
    if (auto st = settings.validate(); !st)
        return st.error();
    ChainRun run;
    run.settings = settings;
    // Wall time and CPU time (all threads) of each phase.
    QElapsedTimer clock;
    clock.start();
    std::clock_t cpu = std::clock();
    auto lap = [&](const char *what) {
        run.timingsMs.insert(QLatin1String(what), static_cast<double>(clock.nsecsElapsed() / 100000) / 10.0);
        const std::clock_t now = std::clock();
        run.cpuMs.insert(QLatin1String(what),
                         std::round(static_cast<double>(now - cpu) * 10000.0 / CLOCKS_PER_SEC) / 10.0);
        clock.restart();
        cpu = now;
    };

    auto marks = loadChainMarks(db);
    if (!marks)
        return marks.error();
    auto snapshot = TradeSnapshot::load(db, progress);
    if (!snapshot)
        return snapshot.error();
    run.shipments = static_cast<qint64>(snapshot->shipmentCount());
    run.excluded = ChainExclusions::of(*snapshot);
    lap("load");

    progress.setStatus(QStringLiteral("Searching chains in %1 shipments").arg(run.shipments));
    const graph::ChainSearchResult found =
        graph::findChains(snapshot->trade, settings.searchParams(), [&](std::size_t done, std::size_t total) {
            progress.setProgress(static_cast<std::int64_t>(done), static_cast<std::int64_t>(total));
            return !progress.isCancelled();
        });
    if (found.cancelled)
        return makeError(ErrorCode::Cancelled, QStringLiteral("chain detection cancelled"));
    run.stats = found.stats;
    lap("search");

    // The red flags of the chains' parties only: the other entities cannot change a score.
    std::vector<std::int32_t> parties;
    for (const graph::ChainCandidate &c : found.chains) {
        parties.push_back(snapshot->trade.exporter[c.shipments.front()]);
        for (std::uint32_t s : c.shipments)
            parties.push_back(snapshot->trade.importer[s]);
    }
    RedFlagReport noFlags;
    noFlags.byEntity.resize(snapshot->entities.size());
    auto flags = parties.empty() ? Result<RedFlagReport>(std::move(noFlags))
                                 : computeRedFlags(db, *snapshot, settings, progress, parties);
    if (!flags)
        return flags.error();
    lap("flags");

    progress.setStatus(QStringLiteral("Scoring %1 chains").arg(found.chains.size()));
    ShipmentIdLookup ids(db);
    {
        std::vector<qint64> rows;
        for (const graph::ChainCandidate &c : found.chains)
            for (const std::uint32_t s : c.shipments)
                rows.push_back(snapshot->shipmentRowId[s]);
        ids.prefetch(std::move(rows));
    }
    // Each chain is built on its own (explanation, score, id): many chains are split over a few threads, each
    // building every parts-th chain, and then kept or left out in their search order as before.
    const ChainBuilder builder(*snapshot, settings, *flags, ids);
    std::vector<DetectedChain> built(found.chains.size());
    std::atomic<bool> stopped{false};
    constexpr std::size_t kParallelFrom = 256;
    graph::onThreads(graph::threadsFor(built.size(), kParallelFrom), [&](unsigned part, unsigned parts) {
        for (std::size_t i = part; i < built.size(); i += parts) {
            if ((i & 0x3ff) == part && progress.isCancelled())
                stopped = true;
            if (stopped)
                return;
            built[i] = builder.build(found.chains[i]);
        }
    });
    if (stopped)
        return makeError(ErrorCode::Cancelled, QStringLiteral("chain detection cancelled"));
    for (DetectedChain &chain : built) {
        chain.status = marks->value(chain.id);
        if (chain.score < settings.minScore) {
            ++run.belowMinScore;
            continue;
        }
        if (chain.status == QLatin1String("dismissed") && !options.includeDismissed) {
            ++run.dismissedHidden;
            continue;
        }
        run.chains.push_back(std::move(chain));
    }
    std::sort(run.chains.begin(), run.chains.end(), [](const DetectedChain &a, const DetectedChain &b) {
        if (a.score != b.score)
            return a.score > b.score;
        const int ta = chplTierRank(a.chplTier.toStdString()), tb = chplTierRank(b.chplTier.toStdString());
        if (ta != tb)
            return ta > tb;
        return a.id < b.id;
    });
    lap("score");
    return run;
}

} // namespace caravan
