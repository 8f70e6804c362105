#pragma once

#include <QString>

#include <cstdint>

namespace caravan {

// Which authority a designation list belongs to, and what kind of measure it is. Only some kinds block
// property under an ownership rule: the OFAC 50% rule follows OFAC's SDN list alone; the EU rule follows EU
// listings (and UN listings, which EU law implements); the UK rule follows UK listings (and UN listings, which
// UK law implements). Export controls, OFAC's non-SDN lists, other countries' sanctions and registers that are
// no sanction at all feed none of them.
enum class ListAuthority : std::uint8_t {
    OfacSdn,         // OFAC's Specially Designated Nationals and Blocked Persons List: blocking
    OfacNonSdn,      // OFAC's non-SDN lists (SSI, NS-MBS, CAPTA, NS-PLC, FSE, 561, CMIC): not blocking
    UsExportControl, // BIS Entity List, Denied Persons, Unverified, Military End-User: export controls
    UsOther,         // other US screening lists (State's ISN and DDTC debarments): no ownership rule
    Eu,              // the Council of the EU, the Commission (DG FISMA, the EU Financial Sanctions Files)
    EuMemberState,   // a member state's register of EU sanctions (France's DG Trésor, Belgium's FPS Finance)
    Uk,              // UK sanctions (OFSI / HM Treasury, the FCDO's UK Sanctions List)
    UkNotSanction,   // UK registers that are no sanction (the Insolvency Service's director disqualifications)
    Un,              // the UN Security Council's consolidated list
    OtherCountry,    // sanctions of another country (Switzerland, Japan, Canada, Australia, ...): no rule here
    Unknown,         // not recognised: feeds no rule until the investigator says so
};

// The rules a list can feed, as the ownership graph's designation bits (graph::kOfacDesignated, ...).
namespace listrule {
inline constexpr std::uint8_t kNone = 0;
inline constexpr std::uint8_t kOfac = 1; // = graph::kOfacDesignated
inline constexpr std::uint8_t kEu = 2;   // = graph::kEuDesignated
inline constexpr std::uint8_t kUk = 4;   // = graph::kUkDesignated
inline constexpr std::uint8_t kAll = kOfac | kEu | kUk;
} // namespace listrule

// What the classifier made of one list name.
struct ListClass {
    ListAuthority authority = ListAuthority::Unknown;
    QString label;                        // "OFAC SDN", "EU", "UK", "Switzerland (SECO)", ...
    std::uint8_t rules = listrule::kNone; // the rules it feeds by default
};

// Classifies a designation list from the names readers store: the list (the SDN reader's "OFAC SDN" and
// "OFAC Non-SDN", "UN SC", "US DPL", "US CSL SDN"/"US CSL EL" keys, an FtM authority such as "Council of the
// European Union" or "Foreign, Commonwealth & Development Office", a Caravan CSV `list` cell such as "EU")
// and, where the list name alone cannot tell, the program ("SSI", a Japanese program text, ...).
ListClass classifyList(const QString &list, const QString &program = {});

// The rules each kind of list feeds by default (see ListAuthority).
std::uint8_t defaultRules(ListAuthority authority);

// "OFAC SDN", "OFAC non-SDN", "US export control (BIS)", ...: the class as the lists editor shows it.
QString authorityName(ListAuthority authority);
// "ofac_sdn", "ofac_non_sdn", ...: the class as JSON and the CLI print it.
QString authorityKey(ListAuthority authority);

} // namespace caravan
