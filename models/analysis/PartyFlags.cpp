// The red flags that rest on who a party is and whom it is tied to: T6, T5, T7.
#include "models/analysis/RedFlagRules.h"

#include "models/storage/Sqlite.h"

#include <map>
#include <set>

namespace caravan::flagrules {

void shadowSanctioned(Context &c)
{
    const TradeSnapshot &s = c.snap;
    const graph::TradeArrays &t = s.trade;
    // Only parties that a designation reaches through ownership or control can be shadow-sanctioned: scan
    // their own shipments, on both sides, and look their status up on each shipment's date.
    for (std::size_t e = 0; e < s.entities.size(); ++e) {
        const auto party = static_cast<std::int32_t>(e);
        const qint64 row = s.entities[e].rowId;
        if (!c.inFocus(party) || !c.exposure.isExposed(row))
            continue;
        std::size_t first = 0;
        int count = 0;
        std::vector<qint64> rows;
        for (const PartyIndex *index : {&c.byExporter, &c.byImporter}) {
            for (std::size_t p = index->begin(party); p < index->end(party); ++p) {
                const std::uint32_t i = index->ids[p];
                if (!c.exposure.on(row, t.day[i]))
                    continue;
                if (count == 0 || t.day[i] < t.day[first])
                    first = i;
                if (rows.size() < 5)
                    rows.push_back(s.shipmentRowId[i]);
                ++count;
            }
        }
        if (count == 0)
            continue;
        c.flag(
            party, "T6",
            QStringLiteral("%1 is a party to %2 shipment(s) while sanctioned, first %3: on %4, %5")
                .arg(c.label(party))
                .arg(count)
                .arg(c.shipmentLabel(first), isoFromDay(t.day[first]), c.exposure.on(row, t.day[first])->explanation),
            rows);
    }
}

namespace {

// Upper-case letters and digits of any script, single spaces between words: "ул. Абая, 10" = "УЛ АБАЯ 10".
QString normaliseAddress(const QString &address)
{
    QString out;
    out.reserve(address.size());
    bool space = false;
    for (const QChar ch : address) {
        if (ch.isLetterOrNumber()) {
            if (space && !out.isEmpty())
                out.append(u' ');
            out.append(ch.toUpper());
            space = false;
        } else {
            space = true;
        }
    }
    return out;
}

} // namespace

Status sharedAddressOrDirector(Context &c)
{
    const TradeSnapshot &s = c.snap;
    // Groups of entities tied by one thing (an address, a director), and what that thing is.
    std::map<QString, std::set<std::int32_t>> byAddress;
    std::map<std::int32_t, std::set<std::int32_t>> byDirector;
    {
        SqliteStatement q(c.db, "SELECT entity_id, address FROM entity_addresses");
        while (q.step()) {
            const std::int32_t e = s.entityIndex(q.int64(0));
            const QString key = normaliseAddress(q.text(1));
            if (e >= 0 && key.size() >= 8)
                byAddress[key].insert(e);
        }
        if (q.failed() || !q.isValid())
            return makeError(ErrorCode::Database, QStringLiteral("cannot read addresses: %1").arg(sqliteError(c.db)));
    }
    {
        SqliteStatement q(c.db, "SELECT owner_id, asset_id FROM links WHERE type = 'directorship'");
        while (q.step()) {
            const std::int32_t d = s.entityIndex(q.int64(0));
            const std::int32_t e = s.entityIndex(q.int64(1));
            if (d >= 0 && e >= 0 && d != e)
                byDirector[d].insert(e);
        }
        if (q.failed() || !q.isValid())
            return makeError(ErrorCode::Database,
                             QStringLiteral("cannot read directorships: %1").arg(sqliteError(c.db)));
    }
    auto why = [&](std::int32_t r) {
        QStringList w;
        if (c.inDestination(r))
            w << s.entity(r).country;
        if (c.isListed(r))
            w << QStringLiteral("listed");
        return w.join(QStringLiteral(", "));
    };
    std::map<std::int32_t, QStringList> reasons;
    auto tie = [&](const std::set<std::int32_t> &group, const QString &how) {
        for (std::int32_t r : group) {
            if (!c.inDestination(r) && !c.isListed(r))
                continue;
            for (std::int32_t x : group)
                if (x != r && !c.inDestination(x))
                    reasons[x] << QStringLiteral("%1 with %2 [%3]").arg(how, c.label(r), why(r));
        }
    };
    for (const auto &[address, group] : byAddress)
        if (group.size() > 1)
            tie(group, QStringLiteral("shares the address \"%1\"").arg(address));
    for (const auto &[director, group] : byDirector)
        if (group.size() > 1)
            tie(group, QStringLiteral("shares the director %1").arg(c.label(director)));
    for (auto &[x, list] : reasons) {
        list.removeDuplicates();
        c.flag(x, "T5", QStringLiteral("%1 %2").arg(c.label(x), list.join(QStringLiteral("; "))));
    }
    return {};
}

Status foreignSubsidiary(Context &c)
{
    const TradeSnapshot &s = c.snap;
    const graph::TradeArrays &t = s.trade;
    SqliteStatement q(c.db,
                      "SELECT owner_id, asset_id, type, share_min FROM links WHERE type IN ('ownership', 'control')");
    if (!q.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read links: %1").arg(sqliteError(c.db)));
    std::map<std::int32_t, QStringList> reasons;
    std::map<std::int32_t, std::vector<qint64>> cited;
    while (q.step()) {
        const std::int32_t parent = s.entityIndex(q.int64(0));
        const std::int32_t x = s.entityIndex(q.int64(1));
        if (parent < 0 || x < 0 || parent == x || !c.inFocus(x) || !c.inDestination(parent) || c.inDestination(x))
            continue;
        // The parent's suppliers before the invasion, with the first shipment from each.
        std::map<std::int32_t, std::size_t> before;
        for (std::size_t p = c.byImporter.begin(parent); p < c.byImporter.end(parent); ++p) {
            const std::uint32_t i = c.byImporter.ids[p];
            if (t.day[i] >= c.invasionDay)
                break;
            if (t.exporter[i] >= 0)
                before.try_emplace(t.exporter[i], i);
        }
        if (before.empty())
            continue;
        std::set<std::int32_t> seen;
        for (std::size_t p = c.byImporter.begin(x); p < c.byImporter.end(x); ++p) {
            const std::uint32_t i = c.byImporter.ids[p];
            if (t.day[i] < c.invasionDay)
                continue;
            auto it = before.find(t.exporter[i]);
            if (it == before.end() || !seen.insert(t.exporter[i]).second)
                continue;
            const QString how = q.text(2) == QLatin1String("control")
                                    ? QStringLiteral("controlled by")
                                    : (q.isNull(3) ? QStringLiteral("owned (share unknown) by")
                                                   : QStringLiteral("owned %1% by").arg(q.real(3)));
            reasons[x] << QStringLiteral("%1 %2, a customer of %3 before 2022-02-24 (%4); %3 ships to %5 since (%6)")
                              .arg(how, c.label(parent), c.label(t.exporter[i]), c.shipmentLabel(it->second),
                                   s.entity(x).name, c.shipmentLabel(i));
            cited[x].push_back(s.shipmentRowId[it->second]);
            cited[x].push_back(s.shipmentRowId[i]);
        }
    }
    if (q.failed())
        return makeError(ErrorCode::Database, q.errorMessage());
    for (const auto &[x, list] : reasons)
        c.flag(x, "T7", QStringLiteral("%1 is %2").arg(c.label(x), list.join(QStringLiteral("; "))), cited[x]);
    return {};
}

} // namespace caravan::flagrules
