#pragma once

#include "models/import/ImportContext.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace caravan {

// One party on a screening list (BIS Denied Persons, the Consolidated Screening List), as a list
// reader gathered it from a row, and the writing of it into the case: the entity (new, or the one
// already stored under the same id), its names, addresses, identifiers, properties and designations.
struct ListedParty {
    struct Address {
        QString text;
        QString country; // ISO alpha-2 or empty
    };
    QString extId;
    QString type; // Person, Company, Vessel; empty: judged from the name
    QString name;
    QString country;
    QString birthDate;
    QStringList aliases;
    QList<Address> addresses;
    QList<std::pair<QString, QString>> identifiers; // scheme, value
    QList<std::pair<QString, QString>> properties;  // key, value (empty values are dropped)
    QString list;
    QStringList programs; // one designation each, or one without a program when empty
    QString listedDate;
    QString endDate;

    // Person or Company from the name alone: legal forms and business words make a Company.
    static QString typeOfName(const QString &name);
    // "the-name-in-lower-case" for ids of lists that give none.
    static QString slug(const QString &text);

    // Writes the party. Designations already stored for it by this source (same list, program and
    // listed date) are not repeated, so a party listed on several rows keeps one designation.
    RowOutcome store(ImportContext &context, const Provenance &from) const;
};

} // namespace caravan
