#include "models/analysis/OwnershipSnapshot.h"

#include "models/analysis/OwnershipHistory.h"

#include <QRegularExpression>

namespace caravan {

std::optional<QDate> parseCaseDate(const QString &text, bool periodEnd)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?)"));
    const auto m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.captured(1).toInt();
    const bool hasMonth = m.hasCaptured(2) && !m.captured(2).isEmpty();
    const bool hasDay = m.hasCaptured(3) && !m.captured(3).isEmpty();
    const int month = hasMonth ? m.captured(2).toInt() : 1;
    const int day = hasDay ? m.captured(3).toInt() : 1;
    const QDate d(year, month, day);
    if (!d.isValid())
        return std::nullopt;
    if (!periodEnd || hasDay)
        return d;
    return hasMonth ? d.addMonths(1) : d.addYears(1);
}

graph::Stake ownershipStake(std::uint32_t owner, std::uint32_t asset, std::optional<double> min,
                            std::optional<double> max)
{
    if (!min)
        return graph::Stake::unknownShare(owner, asset);
    return graph::Stake::ownership(owner, asset, *min, max.value_or(100.0));
}

QDate euInclusiveThresholdFrom()
{
    return QDate(2024, 7, 3);
}

bool euInclusiveOn(const QDate &asOf)
{
    return !asOf.isValid() || asOf >= euInclusiveThresholdFrom();
}

Result<OwnershipSnapshot> OwnershipSnapshot::load(sqlite3 *db, const OwnershipLoadOptions &options, Progress &progress)
{
    auto history = OwnershipHistory::load(db, options, progress);
    if (!history)
        return history.error();
    return history->at(options.asOf);
}

std::optional<std::uint32_t> OwnershipSnapshot::find(const QString &extId) const
{
    if (m_byExtId.isEmpty()) {
        // Built on the first look-up: a run over every entity never needs it.
        m_byExtId.reserve(extIds.size() + mergedExtIds.size());
        for (std::uint32_t e = 0; e < extIds.size(); ++e)
            m_byExtId.insert(extIds[e], e);
        for (const auto &[ext, e] : mergedExtIds)
            m_byExtId.insert(ext, e);
    }
    const auto it = m_byExtId.constFind(extId);
    if (it == m_byExtId.constEnd())
        return std::nullopt;
    return *it;
}

QString OwnershipSnapshot::stakeId(std::uint32_t stake) const
{
    const QString &ext = stakeExtIds[stake];
    return ext.isEmpty() ? QStringLiteral("link-%1").arg(stakeRowIds[stake]) : ext;
}

} // namespace caravan
