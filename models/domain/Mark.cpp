#include "models/domain/Mark.h"

namespace caravan {

QString markStatusName(MarkStatus status)
{
    switch (status) {
    case MarkStatus::Suspected:
        return QStringLiteral("suspected");
    case MarkStatus::Confirmed:
        return QStringLiteral("confirmed");
    case MarkStatus::Dismissed:
        return QStringLiteral("dismissed");
    }
    return {};
}

std::optional<MarkStatus> markStatusFromName(const QString &name)
{
    for (const auto s : {MarkStatus::Suspected, MarkStatus::Confirmed, MarkStatus::Dismissed})
        if (name.compare(markStatusName(s), Qt::CaseInsensitive) == 0)
            return s;
    return std::nullopt;
}

QString markTargetName(MarkTarget target)
{
    switch (target) {
    case MarkTarget::Chain:
        return QStringLiteral("chain");
    case MarkTarget::Entity:
        return QStringLiteral("entity");
    case MarkTarget::Shipment:
        return QStringLiteral("shipment");
    }
    return {};
}

std::optional<MarkTarget> markTargetFromName(const QString &name)
{
    for (const auto t : {MarkTarget::Chain, MarkTarget::Entity, MarkTarget::Shipment})
        if (name.compare(markTargetName(t), Qt::CaseInsensitive) == 0)
            return t;
    return std::nullopt;
}

} // namespace caravan
