#include "DemoCaseFacts.h"

#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

namespace caravan::test {

DemoCaseFacts DemoCaseFacts::load(sqlite3 *db)
{
    DemoCaseFacts f;
    {
        SqliteStatement st(db, "SELECT id, ext_id, type, name, country, birth_date FROM entities");
        while (st.step()) {
            Entity e{st.int64(0), st.text(1), st.text(2),
                     st.text(3),  st.text(4), QDate::fromString(st.text(5), Qt::ISODate)};
            f.byExtId.insert(e.extId, e.id);
            f.entities.insert(e.id, e);
        }
        REQUIRE_FALSE(st.failed());
    }
    {
        SqliteStatement st(db, "SELECT ext_id, date, exporter_id, importer_id, hs6, quantity, destination_country "
                               "FROM shipments ORDER BY id");
        while (st.step()) {
            Shipment s{st.text(0),  QDate::fromString(st.text(1), Qt::ISODate),
                       st.int64(2), st.int64(3),
                       st.text(4),  st.real(5),
                       st.text(6)};
            f.shipments.insert(s.extId, s);
            f.shipmentList.push_back(s);
        }
    }
    {
        SqliteStatement st(db, "SELECT type, owner_id, asset_id, share_min FROM links");
        while (st.step()) {
            if (st.text(0) == u"ownership")
                f.ownerships.push_back({st.int64(1), st.int64(2), st.real(3)});
            else if (st.text(0) == u"directorship")
                f.directorsOf[st.int64(2)].append(st.int64(1));
        }
    }
    {
        SqliteStatement st(db, "SELECT entity_id FROM designations");
        while (st.step())
            f.designated.insert(st.int64(0));
    }
    {
        SqliteStatement st(db, "SELECT entity_id, address FROM entity_addresses");
        while (st.step())
            f.addresses[st.int64(0)].append(st.text(1));
    }
    {
        SqliteStatement st(db, "SELECT entity_id, scheme, value FROM entity_identifiers");
        while (st.step())
            f.holdersOfIdentifier[st.text(1) + u':' + st.text(2)].append(st.int64(0));
    }
    return f;
}

QSet<qint64> DemoCaseFacts::blockedUnder50PercentRule() const
{
    QSet<qint64> blocked = designated;
    for (bool changed = true; changed;) {
        changed = false;
        QHash<qint64, double> stake;
        for (const Ownership &o : ownerships)
            if (blocked.contains(o.owner) && !blocked.contains(o.asset))
                stake[o.asset] += o.share;
        for (auto it = stake.begin(); it != stake.end(); ++it) {
            if (it.value() >= 50.0) {
                blocked.insert(it.key());
                changed = true;
            }
        }
    }
    return blocked;
}

} // namespace caravan::test
