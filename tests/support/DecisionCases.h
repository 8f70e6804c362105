#pragma once

namespace caravan {
class CaseFile;
}

namespace caravan::test {

// Cases where accepting a match candidate changes ownership verdicts, for the decision preview and its panels.
//
// plantBlockingDuplicate: "ALFA TRANZIT LLP" (kz-1, owned 100% by nobody on a list, holding 100% of
// "Alfa Service LLP" kz-3) and its duplicate "ТОО «Альфа Транзит»" (ftm-2, same BIN) owned 60% by the designated
// "ZAKHAROV Aleksandr" (ofac-45937), 20% by "Petrov Ivan" and 20% by "Sidorov Oleg", exporter of 12 shipments to
// "Kyrgyz Trade LLC" (kg-1). Merging ftm-2 into kz-1 adds 3 owners and 12 shipments to ALFA TRANZIT LLP and makes
// it, and Alfa Service LLP through it, blocked under the OFAC 50% rule.
void plantBlockingDuplicate(CaseFile &file);

// plantBlockingScreening: "ТОО «Бета Логистик»" (kz-10) holds 60% of "Beta Cargo LLP" (kz-11); the OFAC SDN entry
// "BETA LOGISTIK LLP" (ofac-88) matches it. Accepting the match designates kz-10 and blocks Beta Cargo LLP.
void plantBlockingScreening(CaseFile &file);

} // namespace caravan::test
