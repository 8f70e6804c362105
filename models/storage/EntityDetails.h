#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>

struct sqlite3;

namespace caravan {

// A fact about an entity with where it came from, as the inspector and reports cite it.
struct SourcedText {
    QString text;
    QString detail; // kind of name, identifier scheme, share, ...
    QString source; // "file.csv:12"
};

struct RelatedEntity {
    qint64 rowId = 0;
    QString extId;
    QString name;
    QString linkType; // ownership, directorship, control
    QString share;    // "51", "25-50" or empty
    QString period;   // "2021-03-01 – " or empty
    QString source;
    bool outgoing = false; // true: this entity owns/directs the related one
};

// Everything the inspector shows about one entity.
struct EntityDetails {
    qint64 rowId = 0;
    QString extId;
    QString type;
    QString name;
    QString country;
    QString birthDate;
    QString source;
    QList<SourcedText> names;
    QList<SourcedText> identifiers;
    QList<SourcedText> addresses;
    QList<SourcedText> dates; // every birth or incorporation date the sources gave (birthDate is the first)
    QList<SourcedText> designations;
    QList<RelatedEntity> related;
    QString markStatus; // suspected, confirmed, dismissed or empty
    QString markNote;
    QString markBy;
    qint64 shipmentsOut = 0;
    qint64 shipmentsIn = 0;
};

Result<EntityDetails> loadEntityDetails(sqlite3 *db, qint64 entityRowId);
// The row id of the entity with the id its source gave, or 0.
qint64 findEntityByExtId(sqlite3 *db, const QString &extId);

} // namespace caravan
