#include "ImportTestSupport.h"

using namespace caravan;
using namespace caravan::test;

TEST_CASE("BODS 0.4: indirect ownership with exact shares")
{
    TempCase tc;
    const ImportSummary s =
        importFile(tc, sharedData(QStringLiteral("entities/bods-0.4/examples/indirect-ownership.json")));
    CHECK(s.format == "bods");
    CHECK(s.rowsRead == 6);
    CHECK(s.imported == 6);
    CHECK(count(tc, "SELECT count(*) FROM entities") == 3);
    // Company B (d4ab89ea169a) holds 60% of Company A (ad3f6c2fcc9e) directly, from 2017-11-01.
    CHECK(text(tc, QStringLiteral("SELECT share_min || '|' || share_max || '|' || start_date FROM links l JOIN "
                                  "entities o ON o.id = l.owner_id JOIN entities a ON a.id = l.asset_id WHERE "
                                  "l.type = 'ownership' AND o.ext_id = 'd4ab89ea169a' AND a.ext_id = "
                                  "'ad3f6c2fcc9e'")) == "60.0|60.0|2017-11-01");
    // Person 1's indirect 30% is kept, but not as a direct stake.
    CHECK(text(tc, QStringLiteral("SELECT type || '|' || role || '|' || share_min FROM links WHERE ext_id = "
                                  "'d8d75ccf40e4'")) == "other|indirect shareholding|30.0");
    CHECK(count(tc, "SELECT count(*) FROM links WHERE type = 'ownership'") == 1);
    CHECK(text(tc, QStringLiteral("SELECT scheme || ':' || value FROM entity_identifiers i JOIN entities e ON "
                                  "e.id = i.entity_id WHERE e.ext_id = 'ad3f6c2fcc9e'")) == "gb-coh:XE9999");
    CHECK(text(tc, QStringLiteral("SELECT type || ' ' || country || ' ' || birth_date FROM entities WHERE ext_id = "
                                  "'c25d4d612c2c'")) == "Person GB 1965-11");
}

TEST_CASE("BODS 0.4: share ranges become minimum and maximum")
{
    TempCase tc;
    importFile(tc, sharedData(QStringLiteral("entities/bods-0.4/examples/joint-ownership.json")));
    CHECK(count(tc, "SELECT count(*) FROM links WHERE type = 'ownership'") > 0);
    CHECK(count(tc, "SELECT count(*) FROM links WHERE share_min IS NOT NULL AND share_min < share_max") +
              count(tc, "SELECT count(*) FROM links WHERE share_min = share_max") >
          0);
}

TEST_CASE("BODS 0.2 is refused with a clear message before anything is written")
{
    auto job = ImportJob::prepare(sharedData(QStringLiteral("entities/bods-0.2-gleif/rr-data-out.json")), {});
    REQUIRE_FALSE(job.ok());
    CHECK(job.error().message.contains("BODS 0.2"));
    CHECK(job.error().message.contains("reads BODS 0.4"));
}
