#include "models/domain/MatchDecision.h"

namespace caravan {

QString matchKindName(MatchKind kind)
{
    return kind == MatchKind::Screening ? QStringLiteral("screening") : QStringLiteral("duplicate");
}

std::optional<MatchKind> matchKindFromName(const QString &name)
{
    for (const auto k : {MatchKind::Screening, MatchKind::Duplicate})
        if (name.compare(matchKindName(k), Qt::CaseInsensitive) == 0)
            return k;
    return std::nullopt;
}

QString matchVerdictName(MatchVerdict verdict)
{
    return verdict == MatchVerdict::Accepted ? QStringLiteral("accepted") : QStringLiteral("rejected");
}

} // namespace caravan
