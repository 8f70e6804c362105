#pragma once

#include "models/domain/Entity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace caravan {

// What OFAC writes into the Remarks column of sdn.csv ("DOB 10 Dec 1948; a.k.a. 'BNC'; Tax ID No.
// 7707083893 (Russia); Linked To: HIZBALLAH."), taken apart into aliases, identifiers and properties.
// Nothing is dropped: a remark that matches no known pattern is kept as a "remark" property.
struct OfacRemarks {
    struct Alias {
        QString name;
        QString kind; // alias (a.k.a.), former (f.k.a.), new (n.k.a.)
    };
    QList<Alias> aliases;
    QList<Identifier> identifiers;
    QList<std::pair<QString, QString>> properties; // key, value
    QString birthDate;                             // the first DOB, as ISO (or a year)
    QStringList birthDates;                        // every DOB, as ISO (or a year), the first first

    static OfacRemarks parse(const QString &remarks);
};

} // namespace caravan
