#include "DemoCaseFacts.h"

#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

#include <cmath>

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
        SqliteStatement st(db, "SELECT ext_id, date, exporter_id, importer_id, hs6, quantity, unit, weight_kg, value, "
                               "currency, origin_country, dispatch_country, destination_country "
                               "FROM shipments ORDER BY id");
        while (st.step()) {
            Shipment s;
            s.extId = st.text(0);
            s.date = QDate::fromString(st.text(1), Qt::ISODate);
            s.exporter = st.int64(2);
            s.importer = st.int64(3);
            s.hs6 = st.text(4);
            s.quantity = st.isNull(5) ? std::nan("") : st.real(5);
            s.unit = st.text(6);
            s.weightKg = st.real(7);
            s.value = st.real(8);
            s.currency = st.text(9);
            s.origin = st.text(10);
            s.dispatch = st.text(11);
            s.destination = st.text(12);
            f.receivesIn.insert(s.importer, s.destination);
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

double DemoCaseFacts::Shipment::canonical() const
{
    // Written here from UN/ECE Recommendation 20, the OKEI classifier and Russian customs usage, not
    // taken from the generator.
    static const QHash<QString, double> factors{
        {QStringLiteral("kg"), 1},
        {QStringLiteral("KG"), 1},
        {QStringLiteral("Kg"), 1},
        {QStringLiteral("KGM"), 1},
        {QStringLiteral("кг"), 1},
        {QStringLiteral("166"), 1},
        {QStringLiteral("t"), 1000},
        {QStringLiteral("т"), 1000},
        {QStringLiteral("TNE"), 1000},
        {QStringLiteral("168"), 1000},
        {QStringLiteral("tonnes"), 1000},
        {QStringLiteral("pcs"), 1},
        {QStringLiteral("PCS"), 1},
        {QStringLiteral("pieces"), 1},
        {QStringLiteral("PCE"), 1},
        {QStringLiteral("H87"), 1},
        {QStringLiteral("шт"), 1},
        {QStringLiteral("шт."), 1},
        {QStringLiteral("796"), 1},
        {QStringLiteral("1000 pcs"), 1000},
        {QStringLiteral("thousand pieces"), 1000},
        {QStringLiteral("тыс. шт"), 1000},
        {QStringLiteral("1000 шт"), 1000},
        {QStringLiteral("798"), 1000},
        {QStringLiteral("set"), 1},
        {QStringLiteral("SET"), 1},
        {QStringLiteral("sets"), 1},
        {QStringLiteral("компл."), 1},
        {QStringLiteral("компл"), 1},
        {QStringLiteral("839"), 1},
        {QStringLiteral("pair"), 1},
        {QStringLiteral("pairs"), 1},
        {QStringLiteral("PR"), 1},
        {QStringLiteral("пар"), 1},
        {QStringLiteral("пара"), 1},
        {QStringLiteral("715"), 1},
        {QStringLiteral("l"), 1},
        {QStringLiteral("litres"), 1},
        {QStringLiteral("LTR"), 1},
        {QStringLiteral("л"), 1},
        {QStringLiteral("112"), 1},
        {QStringLiteral("m2"), 1},
        {QStringLiteral("MTK"), 1},
        {QStringLiteral("м2"), 1},
        {QStringLiteral("055"), 1},
        {QStringLiteral("m3"), 1},
        {QStringLiteral("MTQ"), 1},
        {QStringLiteral("м3"), 1},
        {QStringLiteral("113"), 1},
    };
    const auto it = factors.find(unit);
    if (std::isnan(quantity) || it == factors.end())
        return std::nan("");
    return quantity * it.value();
}

QString DemoCaseFacts::countryOf(qint64 id) const
{
    const QString country = entities.value(id).country;
    return country.isEmpty() ? receivesIn.value(id) : country;
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
