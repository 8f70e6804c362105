#include "ImportTestSupport.h"

#include "models/import/OfacRemarks.h"

using namespace caravan;
using namespace caravan::test;

namespace {

QString entityFact(TempCase &tc, const char *sql, const char *extId)
{
    return text(tc, QString::fromLatin1(sql).arg(QLatin1String(extId)));
}

} // namespace

TEST_CASE("OFAC remarks: aliases, identifiers by scheme, Linked To, DOB")
{
    const OfacRemarks r = OfacRemarks::parse(QStringLiteral(
        "DOB 10 Dec 1948; alt. DOB 1950; a.k.a. 'BNC'; f.k.a. 'OLD NAME'; Tax ID No. 7707083893 (Russia); "
        "Registration Number 1027700132195 (Russia); Vessel Registration Identification IMO 9187629; "
        "Linked To: ANGLO-CARIBBEAN CO., LTD; Something unusual."));
    REQUIRE(r.aliases.size() == 2);
    CHECK(r.aliases[0].name == "BNC");
    CHECK(r.aliases[1].kind == "former");
    CHECK(r.birthDate == "1948-12-10");
    CHECK(r.identifiers.contains(Identifier{QStringLiteral("ru-inn"), QStringLiteral("7707083893")}));
    CHECK(r.identifiers.contains(Identifier{QStringLiteral("ru-ogrn"), QStringLiteral("1027700132195")}));
    CHECK(r.identifiers.contains(Identifier{QStringLiteral("imo"), QStringLiteral("9187629")}));
    CHECK(r.properties.contains({QStringLiteral("linked_to"), QStringLiteral("ANGLO-CARIBBEAN CO., LTD")}));
    CHECK(r.properties.contains({QStringLiteral("remark"), QStringLiteral("Something unusual")}));
    // A tax id of another country or shape keeps the generic scheme.
    const OfacRemarks other = OfacRemarks::parse(QStringLiteral("Tax ID No. 100036386 (Serbia)."));
    CHECK(other.identifiers.value(0).scheme == "tax-id");
}

TEST_CASE("OFAC SDN 2024-05-03: the full list of 14,965 records")
{
    TempCase tc;
    const ImportSummary s = importFile(tc, sharedData(QStringLiteral("sanctions/ofac-sdn-2024-05-03/sdn.csv")));
    CHECK(s.format == "ofac-sdn");
    CHECK(s.rowsRead == 14965);
    CHECK(s.imported == 14965);
    CHECK(s.rejected == 0);
    CHECK(count(tc, "SELECT count(*) FROM entities") == 14965);
    CHECK(count(tc, "SELECT count(*) FROM entities WHERE type = 'Vessel'") == 851);
    CHECK(count(tc, "SELECT count(*) FROM entities WHERE type = 'Person'") == 6854);
    // Exact facts from the file.
    CHECK(entityFact(tc, "SELECT name FROM entities WHERE ext_id = '%1'", "ofac-306") == "BANCO NACIONAL DE CUBA");
    CHECK(entityFact(tc,
                     "SELECT group_concat(n.name) FROM entity_names n JOIN entities e ON e.id = n.entity_id "
                     "WHERE e.ext_id = '%1' AND n.kind = 'alias'",
                     "ofac-306") == "BNC");
    CHECK(entityFact(tc,
                     "SELECT group_concat(program, ',') FROM (SELECT d.program FROM designations d JOIN "
                     "entities e ON e.id = d.entity_id WHERE e.ext_id = '%1' AND d.list = 'OFAC SDN' ORDER BY "
                     "d.program)",
                     "ofac-17018") == "RUSSIA-EO14024,UKRAINE-EO13662");
    CHECK(entityFact(tc,
                     "SELECT i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id "
                     "WHERE e.ext_id = '%1' AND i.scheme = 'ru-inn'",
                     "ofac-15892") == "773407989940");
    CHECK(entityFact(tc,
                     "SELECT i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id "
                     "WHERE e.ext_id = '%1' AND i.scheme = 'imo'",
                     "ofac-15036") == "9187629");
    CHECK(entityFact(tc, "SELECT type || ' ' || country FROM entities WHERE ext_id = '%1'", "ofac-15036") ==
          "Vessel IR");
    CHECK(entityFact(tc, "SELECT birth_date FROM entities WHERE ext_id = '%1'", "ofac-6365") == "1957-07-30");
    CHECK(entityFact(tc,
                     "SELECT p.value FROM entity_properties p JOIN entities e ON e.id = p.entity_id "
                     "WHERE e.ext_id = '%1' AND p.key = 'title'",
                     "ofac-2686") == "Secretary General of Hizballah");
    CHECK(count(tc, "SELECT count(*) FROM entity_properties WHERE key = 'linked_to' AND value = 'HIZBALLAH'") > 0);
    CHECK(count(tc, "SELECT count(*) FROM entity_identifiers WHERE scheme = 'ru-inn'") > 100);
}

TEST_CASE("OFAC SDN 2021-07 set: addresses and aliases joined from add.csv and alt.csv")
{
    TempCase tc;
    const ImportSummary s = importFile(tc, sharedData(QStringLiteral("sanctions/ofac-sdn-2021-07/sdn.csv")));
    CHECK(count(tc, "SELECT count(*) FROM entities") == 8976);
    CHECK(s.rejected == 0);
    // Counted from the files: sdn.csv, add.csv and alt.csv rows (their closing EOF byte is no row) and the five
    // sdn_comments.csv rows; skipped are the add.csv rows of listed entities whose every field is "-0-".
    CHECK(s.rowsRead == 8976 + 13837 + 11910 + 5);
    CHECK(s.skipped == 2397);
    CHECK(s.imported == 34728 - 2397);
    CHECK(entityFact(tc,
                     "SELECT group_concat(n.name) FROM entity_names n JOIN entities e ON e.id = n.entity_id "
                     "WHERE e.ext_id = '%1' AND n.kind = 'alias'",
                     "ofac-306") == "NATIONAL BANK OF CUBA");
    CHECK(entityFact(tc,
                     "SELECT a.address || ' / ' || a.country FROM entity_addresses a JOIN entities e ON "
                     "e.id = a.entity_id WHERE e.ext_id = '%1'",
                     "ofac-173") == "Ibex House, The Minories, London EC3N 1DY, United Kingdom / GB");
}

TEST_CASE("OFAC SDN mini: dangling address and alias rows are rejected rows, not errors")
{
    TempCase tc;
    const ImportSummary s = importFile(tc, sharedData(QStringLiteral("sanctions/ofac-sdn-mini/sdn.csv")));
    CHECK(count(tc, "SELECT count(*) FROM entities") == 17);
    CHECK(s.rowsRead == 17 + 28 + 18 + 1);
    CHECK(s.rejected == 9);
    CHECK(s.skipped == 5); // add.csv rows of listed entities with no address at all ("-0-" in every field)
    CHECK(s.imported == 64 - 9 - 5);
    CHECK(count(tc, "SELECT count(*) FROM rejected_rows WHERE reason LIKE 'add:%'") == 4);
    CHECK(count(tc, "SELECT count(*) FROM rejected_rows WHERE reason LIKE 'alt:%'") == 5);
    CHECK(text(tc, QStringLiteral("SELECT raw FROM rejected_rows WHERE reason LIKE 'add:%ofac-12562%'"))
              .startsWith("12562,"));
    // The comment row continued the remarks of record 33151: its currency address is whole.
    CHECK(count(tc, "SELECT count(*) FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id WHERE "
                    "e.ext_id = 'ofac-33151' AND i.value LIKE '%aa35MVkf7sDjuGUYAP5izQt7Qi'") == 1);
}

// cons_prim.csv holds 442 records (SOURCE.txt says 441; counted with Python's csv module too).
TEST_CASE("OFAC non-SDN list goes in as its own list beside the SDN list")
{
    TempCase tc;
    importFile(tc, sharedData(QStringLiteral("sanctions/ofac-sdn-mini/sdn.csv")));
    const ImportSummary s = importFile(tc, sharedData(QStringLiteral("sanctions/ofac-non-sdn/cons_prim.csv")));
    CHECK(s.rejected == 0);
    CHECK(count(tc, "SELECT count(DISTINCT entity_id) FROM designations WHERE list = 'OFAC Non-SDN'") == 442);
    CHECK(count(tc, "SELECT count(*) FROM designations WHERE list = 'OFAC SDN'") > 0);
    CHECK(count(tc, "SELECT count(*) FROM sources") == 2);
}
