#pragma once

#include <QDate>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

struct sqlite3;

namespace caravan::test {

// A generated case read back into plain structures, so that tests can check the planted answers by
// direct computation, independently of the generator's own bookkeeping.
struct DemoCaseFacts {
    struct Entity {
        qint64 id = 0;
        QString extId;
        QString type;
        QString name;
        QString country;
        QDate born;
    };
    struct Shipment {
        QString extId;
        QDate date;
        qint64 exporter = 0;
        qint64 importer = 0;
        QString hs6;
        double quantity = 0; // as declared; NaN when not declared
        QString unit;        // as declared
        double weightKg = 0;
        double value = 0;
        QString currency;
        QString origin;
        QString dispatch;
        QString destination;
        // The quantity in kg, pieces, sets, pairs, l, m2 or m3, by the test's own reading of the unit
        // spellings the generator may write; NaN when not declared or not read.
        double canonical() const;
    };
    struct Ownership {
        qint64 owner = 0;
        qint64 asset = 0;
        double share = 0;
    };

    QHash<qint64, Entity> entities;
    QHash<QString, qint64> byExtId;
    QHash<QString, Shipment> shipments;
    std::vector<Shipment> shipmentList;
    std::vector<Ownership> ownerships;
    QHash<qint64, QList<qint64>> directorsOf; // company -> directors
    QSet<qint64> designated;
    QHash<qint64, QStringList> addresses;
    QHash<QString, QList<qint64>> holdersOfIdentifier; // "scheme:value" -> entities
    QHash<qint64, QString> receivesIn;                 // importer -> destination country of its imports

    static DemoCaseFacts load(sqlite3 *db);
    Entity entity(const QString &extId) const { return entities.value(byExtId.value(extId)); }
    // The entity's country, or where it is missing, the destination country its imports name.
    QString countryOf(qint64 id) const;
    // The OFAC 50% rule as a least fixed point over every ownership link and designation.
    QSet<qint64> blockedUnder50PercentRule() const;
};

} // namespace caravan::test
