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
    s.designated = v.designated || v.euListed;
    s.ofacBlocked = v.blocked && !v.designated;
    s.euOwned = v.euOwned;
    s.euControlled = v.euControlled && !v.euOwned;
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
        SqliteStatement q(db, "SELECT DISTINCT entity_id FROM designations");
        if (!q.isValid())
            return makeError(ErrorCode::Database, QStringLiteral("cannot read designations: %1").arg(sqliteError(db)));
        while (q.step())
            x.m_listed.insert(q.int64(0));
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
    if (x.m_partyDense.empty())
        return x;
    for (const QDate &d : upstream->changeDates())
        x.m_changeDays.push_back(dayOfDate(d));
    x.m_changeDays.push_back(dayOfDate(euInclusiveThresholdFrom())); // the EU threshold changes that day
    std::sort(x.m_changeDays.begin(), x.m_changeDays.end());
    x.m_changeDays.erase(std::unique(x.m_changeDays.begin(), x.m_changeDays.end()), x.m_changeDays.end());
    x.m_periods.resize(x.m_changeDays.size() + 1);
    x.m_history = std::move(upstream);
    return x;
}

const ShadowVerdict *SanctionExposure::on(qint64 rowId, std::int32_t day)
{
    const auto party = m_partyDense.find(rowId);
    if (party == m_partyDense.end())
        return nullptr;
    const auto k = static_cast<std::size_t>(std::upper_bound(m_changeDays.begin(), m_changeDays.end(), day) -
                                            m_changeDays.begin());
    if (!m_periods[k].evaluated)
        evaluate(k, day);
    const auto &verdicts = m_periods[k].verdicts;
    const auto it = verdicts.find(party->second);
    return it == verdicts.end() ? nullptr : &it->second;
}

void SanctionExposure::evaluate(std::size_t period, std::int32_t day)
{
    // Every day of the period gives the same verdicts; its first day (or the day asked, before the first
    // change) stands for it.
    const QDate date = dateOfDay(period == 0 ? day : m_changeDays[period - 1]);
    m_options.load.asOf = date;
    const OwnershipAnalysis analysis(m_history->at(date), m_options);
    const graph::OwnershipRules &rules = analysis.rules();
    Period &p = m_periods[period];
    for (const auto &[row, e] : m_partyDense) {
        if (p.verdicts.count(e) != 0)
            continue;
        const graph::EuVerdict eu = rules.eu(e);
        if (!rules.isBlocked(e) && !eu.listed && !eu.owned && !eu.controlled)
            continue;
        p.verdicts.emplace(e, shadowVerdict(analysis.verdict(e)));
    }
    p.evaluated = true;
    ++m_evaluations;
}

} // namespace caravan
