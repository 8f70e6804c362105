#include "models/domain/Entity.h"

namespace caravan {

QString entityTypeName(EntityType type)
{
    switch (type) {
    case EntityType::Company:
        return QStringLiteral("Company");
    case EntityType::Person:
        return QStringLiteral("Person");
    case EntityType::Organization:
        return QStringLiteral("Organization");
    case EntityType::Vessel:
        return QStringLiteral("Vessel");
    case EntityType::LegalEntity:
        return QStringLiteral("LegalEntity");
    }
    return {};
}

std::optional<EntityType> entityTypeFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == u"company")
        return EntityType::Company;
    if (n == u"person" || n == u"individual")
        return EntityType::Person;
    if (n == u"organization" || n == u"organisation")
        return EntityType::Organization;
    if (n == u"vessel")
        return EntityType::Vessel;
    if (n == u"legalentity")
        return EntityType::LegalEntity;
    return std::nullopt;
}

} // namespace caravan
