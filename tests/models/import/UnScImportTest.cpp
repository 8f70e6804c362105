#include "ImportTestSupport.h"

#include "models/import/ImportFormats.h"

using namespace caravan;
using namespace caravan::test;

namespace {

const QString kUnList = QStringLiteral("sanctions/un-sc-consolidated/consolidated.xml");

QString fact(TempCase &tc, const char *sql, const char *extId)
{
    return text(tc, QString::fromUtf8(sql).arg(QLatin1String(extId)));
}

} // namespace

TEST_CASE("UN SC consolidated list 2026-02-27: 730 individuals and 273 entities")
{
    CHECK(importformats::detect(sharedData(kUnList)).value() == "un-sc");
    TempCase tc;
    const ImportSummary s = importFile(tc, sharedData(kUnList));
    CHECK(s.format == "un-sc");
    CHECK(s.rowsRead == 1003);
    CHECK(s.imported == 1003);
    CHECK(s.rejected == 0);
    CHECK(count(tc, "SELECT count(*) FROM entities WHERE type = 'Person' AND ext_id LIKE 'un-%'") == 730);
    CHECK(count(tc, "SELECT count(*) FROM entities WHERE type = 'Company' AND ext_id LIKE 'un-%'") == 273);
    CHECK(count(tc, "SELECT count(*) FROM designations WHERE list = 'UN SC'") == 1003);
    CHECK(count(tc, "SELECT count(*) FROM designations WHERE list = 'UN SC' AND program = 'DPRK'") == 155);
    CHECK(count(tc, "SELECT count(*) FROM entity_names WHERE kind = 'weak'") == 615);
    CHECK(count(tc, "SELECT count(*) FROM entity_names WHERE kind = 'former'") == 19);
    // Every nationality and address country the list names is known.
    CHECK(count(tc, "SELECT count(*) FROM entities WHERE country IS NULL AND ext_id IN (SELECT e.ext_id FROM "
                    "entities e JOIN entity_properties p ON p.entity_id = e.id AND p.key = 'nationality')") <= 1);

    // Exact facts from the file.
    CHECK(fact(tc, "SELECT name FROM entities WHERE ext_id = '%1'", "un-QDi.001") ==
          "MOHAMMED SALAHALDIN ABD EL HALIM ZIDANE");
    CHECK(fact(tc, "SELECT birth_date || ' ' || country FROM entities WHERE ext_id = '%1'", "un-QDi.001") ==
          "1963-04-11 EG");
    CHECK(fact(tc,
               "SELECT group_concat(p.value, ',') FROM entity_properties p JOIN entities e ON e.id = p.entity_id "
               "WHERE e.ext_id = '%1' AND p.key = 'dob'",
               "un-QDi.001") == "1963-04-11,1960-04-11");
    CHECK(fact(tc,
               "SELECT d.program || ' ' || d.listed_date FROM designations d JOIN entities e ON e.id = d.entity_id "
               "WHERE e.ext_id = '%1'",
               "un-CDi.002") == "DRC 2005-11-01");
    CHECK(fact(tc,
               "SELECT n.kind FROM entity_names n JOIN entities e ON e.id = n.entity_id "
               "WHERE e.ext_id = '%1' AND n.name = 'AIGLE BLANC'",
               "un-CDi.002") == "alias");
    CHECK(fact(tc,
               "SELECT count(*) FROM entity_names n JOIN entities e ON e.id = n.entity_id "
               "WHERE e.ext_id = '%1' AND n.name = 'صدام حسين التكريتي'",
               "un-IQi.001") == "1");
    CHECK(fact(tc,
               "SELECT i.value FROM entity_identifiers i JOIN entities e ON e.id = i.entity_id "
               "WHERE e.ext_id = '%1' AND i.scheme = 'passport'",
               "un-CDi.021") == "OB 0243318");
    CHECK(fact(tc,
               "SELECT n.name FROM entity_names n JOIN entities e ON e.id = n.entity_id "
               "WHERE e.ext_id = '%1' AND n.name LIKE '%KOMID%'",
               "un-KPe.001") == "\"KOMID\"");
    CHECK(fact(tc,
               "SELECT a.address || ' ' || a.country FROM entity_addresses a JOIN entities e ON e.id = a.entity_id "
               "WHERE e.ext_id = '%1'",
               "un-KPe.001") == "Central District, Pyongyang, Democratic People's Republic of Korea KP");
}

TEST_CASE("UN SC list: a truncated file is an error and leaves the case as it was")
{
    TempCase tc;
    QFile f(sharedData(kUnList));
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QString cut = tc.file(QStringLiteral("consolidated.xml"));
    writeFile(cut, f.read(200 * 1024));
    auto job = ImportJob::prepare(cut, {});
    REQUIRE(job.ok());
    CHECK((*job)->format() == "un-sc");
    NullProgress progress;
    auto summary = (*job)->run(tc.caseFile(), progress);
    REQUIRE_FALSE(summary.ok());
    CHECK(summary.error().message.contains(QStringLiteral("consolidated.xml line")));
    CHECK(count(tc, "SELECT count(*) FROM entities") == 0);
}

TEST_CASE("UN SC list: other XML is not taken for it")
{
    TempCase tc;
    const QString other = tc.file(QStringLiteral("other.xml"));
    writeFile(other, "<?xml version=\"1.0\"?><root/>");
    CHECK_FALSE(importformats::detect(other).ok());
    ImportOptions options;
    options.format = QStringLiteral("un-sc");
    CHECK_FALSE(ImportJob::prepare(other, options).ok());
}
