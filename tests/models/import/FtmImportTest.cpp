#include "ImportTestSupport.h"

using namespace caravan;
using namespace caravan::test;

TEST_CASE("FollowTheMoney: the ZALA Aero cluster with dated stakes, sanctions and Cyrillic names")
{
    TempCase tc;
    const ImportSummary s = importFile(tc, sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    CHECK(s.format == "ftm");
    CHECK(s.rowsRead == 91);
    CHECK(s.skipped == 1); // the Passport record
    CHECK(s.rejected == 0);
    CHECK(s.imported == 90); // 41 Sanction, 14 Ownership, 11 Company, 11 Address, 6 Person, 4 Family, 3 Directorship
    CHECK(count(tc, "SELECT count(*) FROM entities") == 17);
    CHECK(count(tc, "SELECT count(*) FROM links WHERE type = 'ownership'") == 14);
    CHECK(count(tc, "SELECT count(*) FROM links WHERE type = 'directorship'") == 3);
    CHECK(count(tc, "SELECT count(*) FROM designations") == 41);
    // A dated stake: ZAKHAROV held 51% of LLC CST from 2015-11-25.
    CHECK(text(tc, QStringLiteral("SELECT share_min || '|' || share_max || '|' || start_date || '|' || "
                                  "ifnull(end_date, '') FROM links WHERE ext_id = "
                                  "'ru-dfe0a021cb69f99e198bb8cbbcb93e81130b32a7'")) == "51.0|51.0|2015-11-25|");
    CHECK(text(tc, QStringLiteral("SELECT d.list || '|' || d.program FROM designations d WHERE d.ext_id = "
                                  "'ofac-780cd5691cab9c1219d921e42857cc300fef150e'")) ==
          "Office of Foreign Assets Control|RUSSIA-EO14024");
    // Names in Cyrillic as aliases, the tax number as ru-inn, unmodelled properties kept.
    CHECK(count(tc, "SELECT count(*) FROM entity_names n JOIN entities e ON e.id = n.entity_id WHERE e.ext_id = "
                    "'NK-2Tbri3s6GgNtAwsSXh4qpL' AND n.name = 'Мария Александровна Осетрова'") == 1);
    CHECK(count(tc,
                "SELECT count(*) FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id WHERE "
                "e.ext_id = 'NK-2Tbri3s6GgNtAwsSXh4qpL' AND i.scheme = 'ru-inn' AND i.value = '183116181362'") == 1);
    CHECK(count(tc, "SELECT count(*) FROM entity_properties p JOIN entities e ON e.id = p.entity_id WHERE "
                    "e.ext_id = 'NK-2Tbri3s6GgNtAwsSXh4qpL' AND p.key = 'topics' AND p.value = 'sanction'") == 1);
    CHECK(text(tc, QStringLiteral("SELECT birth_date || ' ' || country FROM entities WHERE ext_id = "
                                  "'NK-2Tbri3s6GgNtAwsSXh4qpL'")) == "1988-01-07 RU");
    // Dangling addressEntity references are reported, kept as properties, and do not fail the file.
    bool dangling = false;
    for (const Issue &i : s.issues)
        dangling = dangling || i.message.contains("is not in the file");
    CHECK(dangling);
}

TEST_CASE("FollowTheMoney: references to ids missing from the file and the case reject the row")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("small.ftm.jsonl"));
    writeFile(path, R"({"id": "p1", "schema": "Person", "properties": {"name": ["Иван Петров"]}}
{"id": "o1", "schema": "Ownership", "properties": {"owner": ["p1"], "asset": ["c1"], "percentage": ["60"]}}
{"id": "c1", "schema": "Company", "properties": {"name": ["Alfa LLP"], "addressEntity": ["a1"]}}
{"id": "a1", "schema": "Address", "properties": {"full": ["Abay 1, Almaty"], "country": ["kz"]}}
{"id": "o2", "schema": "Ownership", "properties": {"owner": ["ghost"], "asset": ["c1"]}}
not json
)");
    const ImportSummary s = importFile(tc, path);
    CHECK(s.rowsRead == 6);
    CHECK(s.imported == 4);
    CHECK(s.rejected == 2);
    // The ownership listed before its asset is resolved after the whole file was read.
    CHECK(count(tc, "SELECT share_min FROM links WHERE ext_id = 'o1'") == 60);
    CHECK(text(tc, QStringLiteral("SELECT address || ' ' || country FROM entity_addresses")) == "Abay 1, Almaty KZ");
    CHECK(text(tc, QStringLiteral("SELECT reason FROM rejected_rows WHERE line_no = 5")) ==
          "owner 'ghost' is neither in the file nor in the case");
    CHECK(text(tc, QStringLiteral("SELECT raw FROM rejected_rows WHERE line_no = 6")) == "not json");
}
