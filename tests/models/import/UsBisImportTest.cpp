#include "ImportTestSupport.h"

#include "models/import/ImportFormats.h"

using namespace caravan;
using namespace caravan::test;

namespace {

QString bisFile(const char *name)
{
    return sharedData(QStringLiteral("sanctions/us-bis-dpl-csl/") + QLatin1String(name));
}

QString fact(TempCase &tc, const char *sql, const char *extId)
{
    return text(tc, QString::fromLatin1(sql).arg(QLatin1String(extId)));
}

} // namespace

TEST_CASE("BIS Denied Persons List 2019: 546 rows, one entity per party with its addresses")
{
    CHECK(importformats::detect(bisFile("dpl.txt")).value() == "us-dpl");
    TempCase tc;
    const ImportSummary s = importFile(tc, bisFile("dpl.txt"));
    CHECK(s.format == "us-dpl");
    CHECK(s.rowsRead == 546);
    CHECK(s.imported == 546);
    CHECK(s.rejected == 0);
    // 416 names; " I. ASH" and "I. ASH", "AL NASER AIRLINES" and "AL-NASER  AIRLINES" are one party each.
    CHECK(count(tc, "SELECT count(*) FROM entities WHERE ext_id LIKE 'us-dpl-%'") == 414);
    // One designation per denial order: two parties have two orders.
    CHECK(count(tc, "SELECT count(*) FROM designations WHERE list = 'US DPL'") == 416);
    CHECK(count(tc, "SELECT count(*) FROM entity_addresses") == 546);
    CHECK(fact(tc, "SELECT name FROM entities WHERE ext_id = '%1'", "us-dpl-adrian-manuel-hernandez") ==
          "ADRIAN MANUEL HERNANDEZ");
    CHECK(fact(tc,
               "SELECT count(*) FROM entity_addresses a JOIN entities e ON e.id = a.entity_id WHERE e.ext_id = '%1'",
               "us-dpl-abdulah-al-nasser") == "2");
    CHECK(fact(tc,
               "SELECT d.listed_date || ' ' || d.end_date FROM designations d JOIN entities e ON e.id = d.entity_id "
               "WHERE e.ext_id = '%1'",
               "us-dpl-abdulah-al-nasser") == "2002-03-04 2056-06-29");
    CHECK(fact(tc,
               "SELECT type || ' ' || a.country FROM entities e JOIN entity_addresses a ON a.entity_id = e.id "
               "WHERE e.ext_id = '%1'",
               "us-dpl-adt-analog-and-digital-technik") == "Company DE");
}

TEST_CASE("Consolidated Screening List, 2019 layout: parties of nine lists")
{
    CHECK(importformats::detect(bisFile("csl_2019_slice.csv")).value() == "us-csl");
    TempCase tc;
    const ImportSummary s = importFile(tc, bisFile("csl_2019_slice.csv"));
    CHECK(s.format == "us-csl");
    CHECK(s.rowsRead == 115);
    CHECK(s.imported == 115);
    // 110 parties: AL NASER WINGS AIRLINES (DPL) and others come with one row per address.
    CHECK(count(tc, "SELECT count(*) FROM entities") == 110);
    CHECK(count(tc, "SELECT count(*) FROM designations WHERE list = 'US CSL' AND program = 'DPL'") == 7);
    CHECK(fact(tc,
               "SELECT i.scheme || ' ' || i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id "
               "WHERE e.ext_id = '%1'",
               "us-csl-sdn-20264") == "tax-id 80-0890696");
    CHECK(fact(tc,
               "SELECT group_concat(n.name, '|') FROM entity_names n JOIN entities e ON e.id = n.entity_id "
               "WHERE e.ext_id = '%1' AND n.kind = 'alias'",
               "us-csl-sdn-8124") == "CARIBE SOL|HAVANTUR CANADA INC.");
    CHECK(fact(tc,
               "SELECT e.type || ' ' || e.country || ' ' || i.value FROM entities e JOIN entity_identifiers i ON "
               "i.entity_id = e.id WHERE e.ext_id = '%1' AND i.scheme = 'imo'",
               "us-csl-sdn-27304") == "Vessel IR 9116412");
    CHECK(fact(tc, "SELECT d.program FROM designations d JOIN entities e ON e.id = d.entity_id WHERE e.ext_id = '%1'",
               "us-csl-sdn-8124") == "SDN CUBA");
}

TEST_CASE("Consolidated Screening List, current layout with _id")
{
    TempCase tc;
    const ImportSummary s = importFile(tc, bisFile("consolidated_csl_slice.csv"));
    CHECK(s.format == "us-csl");
    CHECK(s.rowsRead == 13);
    CHECK(s.imported == 13);
    CHECK(count(tc, "SELECT count(*) FROM entities") == 13);
    CHECK(fact(tc,
               "SELECT i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id WHERE e.ext_id = '%1' "
               "AND i.scheme = 'passport'",
               "us-csl-52291") == "836238033");
    CHECK(fact(tc,
               "SELECT i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id WHERE e.ext_id = '%1' "
               "AND i.scheme = 'swift-bic'",
               "us-csl-18283") == "RUDVRUMM");
    CHECK(fact(tc, "SELECT type || ' ' || name FROM entities WHERE ext_id = '%1'", "us-csl-52291") ==
          "Person RIM, Ryong Nam");
    CHECK(fact(tc,
               "SELECT a.address || ' ' || a.country FROM entity_addresses a JOIN entities e ON e.id = a.entity_id "
               "WHERE e.ext_id = '%1'",
               "us-csl-1b5979e8fd3920a1a0985bf5088dad930a6a5562d1513f9e4b015e42") ==
          "Komitas 26/114, Yerevan, Armenia, AM AM");
}

TEST_CASE("BIS lists: a file of another shape named as one is bad input")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("other.csv"));
    writeFile(path, "a,b,c\n1,2,3\n");
    for (const char *format : {"us-dpl", "us-csl"}) {
        ImportOptions options;
        options.format = QLatin1String(format);
        auto job = ImportJob::prepare(path, options);
        REQUIRE_FALSE(job.ok());
        CHECK(job.error().message.contains(QStringLiteral("other.csv")));
    }
}
