#include "models/analysis/PartyCountries.h"

#include "models/analysis/TradeSnapshot.h"

#include <algorithm>
#include <cmath>

namespace caravan {

void CountryTally::add(graph::CountryCode code, int count)
{
    if (code == 0 || count <= 0)
        return;
    m_total += count;
    for (auto &[c, n] : m_counts)
        if (c == code) {
            n += count;
            return;
        }
    m_counts.emplace_back(code, count);
}

void CountryTally::add(const CountryTally &other)
{
    for (const auto &[c, n] : other.m_counts)
        add(c, n);
}

std::pair<graph::CountryCode, int> CountryTally::leader() const
{
    std::pair<graph::CountryCode, int> best{0, 0};
    for (const auto &[c, n] : m_counts)
        if (n > best.second || (n == best.second && c < best.first))
            best = {c, n};
    return best;
}

graph::CountryCode CountryTally::consistent(double minShare, int minShipments) const
{
    const auto [code, n] = leader();
    if (code == 0 || n < minShipments || static_cast<double>(n) < minShare * static_cast<double>(m_total))
        return 0;
    return code;
}

QString countryText(graph::CountryCode code)
{
    if (code == 0)
        return {};
    const char16_t letters[2] = {static_cast<char16_t>(code >> 8), static_cast<char16_t>(code & 0xff)};
    return QString(reinterpret_cast<const QChar *>(letters), 2);
}

namespace {

// "12 shipments'" or "11 of 12 shipments'".
QString shipmentsOf(int supporting, int total)
{
    if (supporting == total)
        return total == 1 ? QStringLiteral("1 shipment's") : QStringLiteral("%1 shipments'").arg(total);
    return QStringLiteral("%1 of %2 shipments'").arg(supporting).arg(total);
}

} // namespace

std::size_t inferPartyCountries(TradeSnapshot &snap, const OriginLookup &originsOf, const PartyCountryRules &rules)
{
    std::vector<graph::CountryCode> &country = snap.trade.entityCountry;
    // A slot for every party without a country (a country written in some other form than two letters is
    // the registry's word, not ours to replace).
    std::vector<std::int32_t> slot(snap.entities.size(), -1);
    std::vector<std::int32_t> unknown;
    for (std::size_t e = 0; e < snap.entities.size(); ++e)
        if (country[e] == 0 && snap.entities[e].country.isEmpty()) {
            slot[e] = static_cast<std::int32_t>(unknown.size());
            unknown.push_back(static_cast<std::int32_t>(e));
        }
    if (unknown.empty())
        return 0;
    std::vector<CountryTally> received(unknown.size()), dispatched(unknown.size());
    const graph::TradeArrays &t = snap.trade;
    const bool hasCountries = snap.destinationCountry.size() == snap.shipmentCount();
    if (!hasCountries)
        return 0;
    for (std::size_t i = 0; i < snap.shipmentCount(); ++i) {
        if (const std::int32_t imp = t.importer[i]; imp >= 0 && slot[static_cast<std::size_t>(imp)] >= 0)
            received[static_cast<std::size_t>(slot[static_cast<std::size_t>(imp)])].add(snap.destinationCountry[i]);
        if (const std::int32_t exp = t.exporter[i]; exp >= 0 && slot[static_cast<std::size_t>(exp)] >= 0)
            dispatched[static_cast<std::size_t>(slot[static_cast<std::size_t>(exp)])].add(snap.dispatchCountry[i]);
    }
    // Origins count only for the parties that neither receive with a destination nor send with a dispatch
    // country: their shipments' origins are read now, and only theirs.
    std::vector<std::int32_t> originSlot(unknown.size(), -1);
    std::vector<std::size_t> needOrigin;
    for (std::size_t k = 0; k < unknown.size(); ++k)
        if (received[k].total() == 0 && dispatched[k].total() == 0) {
            originSlot[k] = static_cast<std::int32_t>(needOrigin.size());
            needOrigin.push_back(k);
        }
    std::vector<CountryTally> origin(needOrigin.size());
    if (!needOrigin.empty() && originsOf) {
        std::vector<std::uint32_t> sent;
        std::vector<std::size_t> senderOf;
        for (std::size_t i = 0; i < snap.shipmentCount(); ++i)
            if (const std::int32_t exp = t.exporter[i]; exp >= 0 && slot[static_cast<std::size_t>(exp)] >= 0) {
                const std::int32_t o = originSlot[static_cast<std::size_t>(slot[static_cast<std::size_t>(exp)])];
                if (o >= 0) {
                    sent.push_back(static_cast<std::uint32_t>(i));
                    senderOf.push_back(static_cast<std::size_t>(o));
                }
            }
        const std::vector<graph::CountryCode> origins =
            sent.empty() ? std::vector<graph::CountryCode>{} : originsOf(sent);
        for (std::size_t j = 0; j < sent.size() && j < origins.size(); ++j)
            origin[senderOf[j]].add(origins[j]);
    }
    std::size_t placed = 0;
    for (std::size_t k = 0; k < unknown.size(); ++k) {
        CountryTally where = received[k];
        where.add(dispatched[k]);
        graph::CountryCode code = 0;
        QString basis;
        if (where.total() > 0) {
            code = where.consistent(rules.minShare, rules.minShipments);
            if (code == 0)
                continue; // mixed evidence: unknown, whatever the origins say
            const auto [_, supporting] = where.leader();
            const QString what = received[k].total() == 0     ? QStringLiteral("dispatch country")
                                 : dispatched[k].total() == 0 ? QStringLiteral("destination")
                                                              : QStringLiteral("destination and dispatch country");
            basis = QStringLiteral("from %1 %2").arg(shipmentsOf(supporting, where.total()), what);
        } else {
            const CountryTally &made = origin[static_cast<std::size_t>(originSlot[k])];
            code = made.consistent(1.0, rules.minShipments);
            if (code == 0)
                continue;
            basis = QStringLiteral("from %1 origin").arg(shipmentsOf(made.total(), made.total()));
        }
        const auto e = static_cast<std::size_t>(unknown[k]);
        country[e] = code;
        snap.entities[e].country = countryText(code);
        snap.entities[e].countryBasis = basis;
        ++placed;
    }
    return placed;
}

} // namespace caravan
