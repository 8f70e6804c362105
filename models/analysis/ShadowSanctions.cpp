#include "models/analysis/ShadowSanctions.h"

#include "models/storage/Sqlite.h"

#include <algorithm>

namespace caravan {

namespace {

constexpr qint64 kJulianDayOfEpoch = 2440588; // 1970-01-01

QDate dateOfDay(std::int32_t day)
{
    return QDate::fromJulianDay(day + kJulianDayOfEpoch);
}

std::int32_t dayOfDate(const QDate &date)
{
    return static_cast<std::int32_t>(date.toJulianDay() - kJulianDayOfEpoch);
}

double sumOf(const QList<StakeShare> &stakes)
{
    double sum = 0;
    for (const StakeShare &s : stakes)
        sum += s.percent;
    return sum;
}

// "B is owned: listed owners hold 60% (A 60% [l1]). A is listed (EU (RUS))."
QString euChainText(const QList<ExplanationEntry> &steps)
{
    QStringList chain, listed;
    for (const ExplanationEntry &step : steps) {
        if (step.designated)
            listed << QStringLiteral("%1 is listed (%2).").arg(step.entity, step.lists.join(QStringLiteral("; ")));
        else
            chain << QStringLiteral("%1 is owned: listed owners hold %2 (%3).")
                         .arg(step.entity, percentText(sumOf(step.because)), describeStakes(step.because));
    }
    return (chain + listed).join(u' ');
}

// The T6 explanation of one verdict: which rule, the owners behind it, their aggregate share.
ShadowVerdict shadowVerdict(const OwnershipVerdict &v)
{
    ShadowVerdict s;
    s.designated = v.designated || v.euListed || v.ukListed;
    s.ofacBlocked = v.blocked && !v.designated;
    s.euOwned = v.euOwned;
    s.euControlled = v.euControlled && !v.euOwned;
    s.ukOwned = v.ukOwned;
    s.ukControlled = v.ukControlled && !v.ukOwned;
    QStringList parts;
    if (s.designated)
        parts << QStringLiteral("designated: %1").arg(v.lists.join(QStringLiteral("; ")));
    if (s.ofacBlocked)
        parts << QStringLiteral("blocked under the OFAC 50% rule, blocked owners holding %1 in aggregate "
                                "(threshold 50%, stakes added along the chain): %2")
                     .arg(percentText(v.aggregatePercent), v.explanationText);
    const QString euThreshold = v.euInclusive ? QStringLiteral("50% or more") : QStringLiteral("more than 50%");
    if (s.euOwned)
        parts << QStringLiteral("owned under the EU rule, listed persons and the entities they own holding %1 in "
                                "aggregate (threshold %2): %3")
                     .arg(percentText(v.euAggregatePercent), euThreshold, euChainText(v.euExplanation));
    if (s.euControlled)
        parts << QStringLiteral("controlled under the EU rule by listed, owned or controlled entities: %1")
                     .arg(describeStakes(v.euControlBy));
    if (s.ukOwned || s.ukControlled)
        parts << QStringLiteral("%1 under the UK test (OFSI: one designated person holding more than 50%, "
                                "holdings of different designated persons not aggregated): %2")
                     .arg(s.ukOwned ? QStringLiteral("owned") : QStringLiteral("controlled"), v.ukExplanationText);
    s.explanation = parts.join(QStringLiteral("; "));
    return s;
}

} // namespace

Result<SanctionExposure> SanctionExposure::load(sqlite3 *db, const std::vector<qint64> &partyRows,
                                                const OwnershipLoadOptions &lists, Progress &progress)
{
    SanctionExposure x;
    x.m_options.load = lists;
    {
        // Listed: on any sanctions or export-control list, whether or not an ownership rule counts it (a BIS
        // Entity List party matters to T5 too); a register that is no sanction at all (the UK Insolvency
        // Service's director disqualifications) is not a listing unless the investigator made it feed a rule.
        auto rules = lists.listRules ? Result<ListRules>(*lists.listRules) : ListRules::load(db);
        if (!rules)
            return rules.error();
        SqliteStatement q(db, "SELECT DISTINCT entity_id, list, program FROM designations");
        if (!q.isValid())
            return makeError(ErrorCode::Database, QStringLiteral("cannot read designations: %1").arg(sqliteError(db)));
        while (q.step()) {
            const QString list = q.text(1), program = q.text(2);
            if (classifyList(ListRules::keyOf(list, program), program).authority != ListAuthority::UkNotSanction ||
                rules->rulesFor(list, program) != listrule::kNone)
                x.m_listed.insert(q.int64(0));
        }
        if (q.failed())
            return makeError(ErrorCode::Database, q.errorMessage());
    }
    if (x.m_listed.empty() || partyRows.empty())
        return x; // nobody is listed: nobody can be blocked, owned or controlled
    auto history = OwnershipHistory::load(db, lists, progress);
    if (!history)
        return history.error();
    std::vector<std::uint32_t> parties;
    for (const qint64 row : partyRows)
        if (const auto e = history->denseOfRow(row))
            parties.push_back(*e);
    auto upstream = std::make_unique<OwnershipHistory>(history->upstreamOf(parties));
    const std::vector<bool> reached = upstream->reachableFromDesignations();
    for (const qint64 row : partyRows)
        if (const auto e = upstream->denseOfRow(row); e && reached[*e])
            x.m_partyDense.emplace(row, *e);
    x.m_history = std::move(upstream);
    return x;
}

SanctionExposure::Timeline &SanctionExposure::timeline(std::uint32_t party)
{
    if (const auto it = m_timelines.find(party); it != m_timelines.end())
        return it->second;
    Timeline t;
    t.upstream = m_history->upstreamOf({party});
    t.party = 0; // upstreamOf() numbers the entities it was given first
    for (const QDate &d : t.upstream.changeDates())
        t.changeDays.push_back(dayOfDate(d));
    t.changeDays.push_back(dayOfDate(euInclusiveThresholdFrom())); // the EU threshold changes that day
    std::sort(t.changeDays.begin(), t.changeDays.end());
    t.changeDays.erase(std::unique(t.changeDays.begin(), t.changeDays.end()), t.changeDays.end());
    t.evaluated.assign(t.changeDays.size() + 1, 0);
    t.verdicts.resize(t.changeDays.size() + 1);
    return m_timelines.emplace(party, std::move(t)).first->second;
}

const ShadowVerdict *SanctionExposure::on(qint64 rowId, std::int32_t day)
{
    const auto party = m_partyDense.find(rowId);
    if (party == m_partyDense.end())
        return nullptr;
    Timeline &t = timeline(party->second);
    const auto k = static_cast<std::size_t>(std::upper_bound(t.changeDays.begin(), t.changeDays.end(), day) -
                                            t.changeDays.begin());
    if (!t.evaluated[k]) {
        // Every day of the period gives the same verdict; its first day (or the day asked, before the
        // first change) stands for it.
        const QDate date = dateOfDay(k == 0 ? day : t.changeDays[k - 1]);
        m_options.load.asOf = date;
        const OwnershipAnalysis analysis(t.upstream.at(date), m_options);
        const graph::OwnershipRules &rules = analysis.rules();
        const graph::EuVerdict eu = rules.eu(t.party);
        const graph::UkVerdict uk = rules.uk(t.party);
        if (rules.isBlocked(t.party) || eu.listed || eu.owned || eu.controlled || uk.listed || uk.owned ||
            uk.controlled)
            t.verdicts[k] = shadowVerdict(analysis.verdict(t.party));
        t.evaluated[k] = 1;
        ++m_evaluations;
    }
    return t.verdicts[k] ? &*t.verdicts[k] : nullptr;
}

} // namespace caravan
