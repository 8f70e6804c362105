// T15: a party's registered country contradicted by its own shipments.
#include "models/analysis/PartyCountries.h"
#include "models/analysis/RedFlagRules.h"

namespace caravan::flagrules {

// An entity registered in one country whose shipments say another: a Kazakh company whose purchases are all
// delivered to Russia, or whose sales all leave from somewhere else. The receiving side (destination of what it
// imports) and the sending side (dispatch country of what it exports) are read on their own; either may flag.
void countryDisagreement(Context &c)
{
    const TradeSnapshot &s = c.snap;
    if (s.destinationCountry.size() != s.shipmentCount())
        return;
    const PartyCountryRules rules;
    for (std::size_t e = 0; e < s.entities.size(); ++e) {
        const auto party = static_cast<std::int32_t>(e);
        const graph::CountryCode registered = s.trade.entityCountry[e];
        // An inferred country came from these very shipments: it cannot contradict them.
        if (registered == 0 || !s.entities[e].countryBasis.isEmpty() || !c.inFocus(party))
            continue;
        QStringList why;
        std::vector<qint64> cited;
        const auto side = [&](const PartyIndex &index, const std::vector<graph::CountryCode> &where, const char *what) {
            CountryTally tally;
            for (std::size_t p = index.begin(party); p < index.end(party); ++p)
                tally.add(where[index.ids[p]]);
            const graph::CountryCode other = tally.consistent(rules.minShare, rules.minDisagreement);
            if (other == 0 || other == registered)
                return;
            QStringList examples;
            for (std::size_t p = index.begin(party); p < index.end(party); ++p) {
                const std::uint32_t i = index.ids[p];
                if (where[i] != other)
                    continue;
                if (examples.size() < 3)
                    examples << c.shipmentLabel(i);
                if (cited.size() < 10)
                    cited.push_back(s.shipmentRowId[i]);
            }
            why << QStringLiteral("%1 of %2 shipments it %3 %4 (%5%6)")
                       .arg(tally.leader().second)
                       .arg(tally.total())
                       .arg(QLatin1String(what), countryText(other), examples.join(QStringLiteral(", ")),
                            tally.leader().second > examples.size() ? QStringLiteral(", ...") : QString());
        };
        side(c.byImporter, s.destinationCountry, "received were delivered to");
        side(c.byExporter, s.dispatchCountry, "sent were dispatched from");
        if (!why.isEmpty())
            c.flag(party, "T15",
                   QStringLiteral("%1 is registered in %2, but %3")
                       .arg(c.label(party), countryText(registered), why.join(QStringLiteral("; and "))),
                   std::move(cited));
    }
}

} // namespace caravan::flagrules
