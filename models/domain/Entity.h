#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace caravan {

enum class EntityType { Company, Person, Organization, Vessel, LegalEntity };

QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(const QString &name);

struct Identifier {
    QString scheme; // kz-bin, ru-inn, ru-ogrn, lei, imo, ...
    QString value;
    bool operator==(const Identifier &) const = default;
};

// A company, person, organisation or vessel as a case knows it: every name it was seen with, and where.
struct Entity {
    qint64 rowId = 0;
    QString extId; // the id its source gave (entities.csv id, FtM id, ofac-<ent_num>)
    EntityType type = EntityType::Company;
    QString name;
    QStringList aliases;
    QString country; // ISO 3166-1 alpha-2
    QList<Identifier> identifiers;
    std::optional<QDate> incorporationDate; // or birth date for a person
    QStringList addresses;
};

} // namespace caravan
