#pragma once

#include "models/graph/ChainSearch.h"

#include <QString>

#include <functional>
#include <utility>
#include <vector>

namespace caravan {

class TradeSnapshot;

// How much agreement the shipments must show before they say where a party is.
struct PartyCountryRules {
    double minShare = 0.8;   // the leading country's share of the shipments that name a country
    int minShipments = 1;    // shipments behind an inferred country
    int minDisagreement = 2; // shipments behind a country that contradicts the registered one (T15)
};

// The countries that shipments name for one party, with how many shipments name each.
class CountryTally {
public:
    void add(graph::CountryCode code, int count = 1);
    void add(const CountryTally &other);
    int total() const { return m_total; }
    // The country most shipments name (the smaller code on a tie) and how many do; {0, 0} when none.
    std::pair<graph::CountryCode, int> leader() const;
    // The leader when it holds at least `minShare` of the tally and `minShipments` shipments; else 0.
    graph::CountryCode consistent(double minShare, int minShipments) const;

private:
    std::vector<std::pair<graph::CountryCode, int>> m_counts;
    int m_total = 0;
};

// Where a party is, read from its shipments when its entity gives no country: the destination of what it
// receives (as importer) and the dispatch country of what it sends (as exporter) count together; only when
// neither is named anywhere does the origin of what it sends count, and then only when every shipment names
// the same one (origin is where goods were made: a Kazakh re-exporter ships goods of German origin, so origin
// never outvotes receiving or dispatch evidence). Mixed evidence leaves the party unknown.
//
// Fills trade.entityCountry, entities[].country and entities[].countryBasis ("from 12 shipments' destination")
// of the parties it places, and returns how many it placed. Runs over the snapshot's columns; the origins,
// which the snapshot does not hold (they decide so rarely that reading them for every shipment would slow
// every load), come from `originsOf` for the shipments of the parties that need them, by shipment index.
using OriginLookup = std::function<std::vector<graph::CountryCode>(const std::vector<std::uint32_t> &shipments)>;
std::size_t inferPartyCountries(TradeSnapshot &snap, const OriginLookup &originsOf,
                                const PartyCountryRules &rules = {});

// "KZ" from its packed code.
QString countryText(graph::CountryCode code);

} // namespace caravan
