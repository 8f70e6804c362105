#include "models/analysis/ShadowSanctions.h"

#include "models/analysis/TradeSnapshot.h"
#include "models/storage/Sqlite.h"

#include <QStringList>

namespace caravan {

namespace {

bool anyOn(const std::vector<SanctionExposure::Listing> &listings, std::int32_t day)
{
    for (const auto &l : listings)
        if (l.period.contains(day))
            return true;
    return false;
}

DayRange rangeOf(const QString &from, const QString &to)
{
    DayRange r;
    bool ok = false;
    if (!from.isEmpty()) {
        const QByteArray b = from.toLatin1();
        const std::int32_t d = dayFromIso(b.constData(), static_cast<std::size_t>(b.size()), &ok);
        if (ok)
            r.from = d;
    }
    if (!to.isEmpty()) {
        const QByteArray b = to.toLatin1();
        const std::int32_t d = dayFromIso(b.constData(), static_cast<std::size_t>(b.size()), &ok);
        if (ok)
            r.to = d;
    }
    return r;
}

QString describe(const SanctionExposure::Listing &l)
{
    QString s = l.list;
    if (!l.program.isEmpty())
        s += QStringLiteral(" (%1)").arg(l.program);
    if (l.period.from != INT_MIN)
        s += QStringLiteral(" from %1").arg(isoFromDay(l.period.from));
    if (l.period.to != INT_MAX)
        s += QStringLiteral(" to %1").arg(isoFromDay(l.period.to));
    return s;
}

} // namespace

bool SanctionExposure::listedOn(std::int32_t day) const
{
    return anyOn(listings, day);
}

double SanctionExposure::listedOwnershipOn(std::int32_t day) const
{
    double sum = 0;
    for (const Stake &s : stakes)
        if (s.period.contains(day) && anyOn(s.ownerListings, day))
            sum += s.percent;
    return sum;
}

QString SanctionExposure::explainOn(std::int32_t day) const
{
    QStringList parts;
    QStringList listed;
    for (const Listing &l : listings)
        if (l.period.contains(day))
            listed << describe(l);
    if (!listed.isEmpty())
        parts << QStringLiteral("listed: %1").arg(listed.join(QStringLiteral("; ")));
    QStringList owners;
    for (const Stake &s : stakes)
        if (s.period.contains(day) && anyOn(s.ownerListings, day))
            owners << QStringLiteral("%1 (%2) %3")
                          .arg(s.ownerName, s.ownerExtId,
                               s.shareKnown ? QStringLiteral("%1%").arg(s.percent)
                                            : QStringLiteral("unknown share, needs review"));
    if (!owners.isEmpty())
        parts << QStringLiteral("owned directly by listed owners %1, %2% in aggregate (threshold 50%)")
                     .arg(owners.join(QStringLiteral(", ")))
                     .arg(listedOwnershipOn(day));
    parts << QStringLiteral("direct stakes only: the full 50% rule (indirect ownership, ranges, EU control) is "
                            "the ownership analysis");
    return parts.join(QStringLiteral("; "));
}

Result<std::unordered_map<qint64, SanctionExposure>> loadSanctionExposure(sqlite3 *db)
{
    std::unordered_map<qint64, SanctionExposure> out;
    std::unordered_map<qint64, std::vector<SanctionExposure::Listing>> listingsOf;
    {
        SqliteStatement q(db, "SELECT entity_id, list, program, listed_date, end_date FROM designations");
        if (!q.isValid())
            return makeError(ErrorCode::Database, QStringLiteral("cannot read designations: %1").arg(sqliteError(db)));
        while (q.step()) {
            SanctionExposure::Listing l{q.text(1), q.text(2), rangeOf(q.text(3), q.text(4))};
            listingsOf[q.int64(0)].push_back(l);
            out[q.int64(0)].listings.push_back(std::move(l));
        }
        if (q.failed())
            return makeError(ErrorCode::Database, q.errorMessage());
    }
    SqliteStatement q(db, "SELECT l.asset_id, l.owner_id, o.ext_id, o.name, l.share_min, l.start_date, l.end_date "
                          "FROM links l JOIN entities o ON o.id = l.owner_id "
                          "WHERE l.type = 'ownership' AND l.owner_id IN (SELECT entity_id FROM designations)");
    if (!q.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read ownership links: %1").arg(sqliteError(db)));
    while (q.step()) {
        SanctionExposure::Stake s;
        s.owner = q.int64(1);
        s.ownerExtId = q.text(2);
        s.ownerName = q.text(3);
        s.shareKnown = !q.isNull(4);
        s.percent = s.shareKnown ? q.real(4) : 0.0;
        s.period = rangeOf(q.text(5), q.text(6));
        s.ownerListings = listingsOf[s.owner];
        out[q.int64(0)].stakes.push_back(std::move(s));
    }
    if (q.failed())
        return makeError(ErrorCode::Database, q.errorMessage());
    return out;
}

} // namespace caravan
