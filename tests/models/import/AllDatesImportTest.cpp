// Every birth or incorporation date a source gives is kept (entity_dates, schema 6), not only the first: OFAC's
// "DOB 13 Feb 1961; DOB 13 Feb 1965", the UN list's several INDIVIDUAL_DATE_OF_BIRTH, FtM's several
// incorporationDate values, and a ';' list in Caravan CSV's incorporation_date.
#include "ImportTestSupport.h"

#include "models/import/OfacRemarks.h"

using namespace caravan;
using namespace caravan::test;

namespace {

QString datesOf(TempCase &tc, const QString &extId)
{
    return text(tc, QStringLiteral("SELECT group_concat(d.date, ';') FROM (SELECT d.date FROM entity_dates d JOIN "
                                   "entities e ON e.id = d.entity_id WHERE e.ext_id = '%1' ORDER BY d.id) d")
                        .arg(extId));
}

} // namespace

TEST_CASE("OFAC remarks keep every DOB, the first first")
{
    const OfacRemarks r = OfacRemarks::parse(QStringLiteral("DOB 10 Dec 1948; alt. DOB 1950; DOB 10 Dec 1948."));
    CHECK(r.birthDate == "1948-12-10");
    CHECK(r.birthDates == QStringList{QStringLiteral("1948-12-10"), QStringLiteral("1950")});
}

TEST_CASE("OFAC SDN 2024: both dates of birth of POPOV, Dimitri Igorevich (ent_num 10030) are kept")
{
    TempCase tc;
    importFile(tc, sharedData(QStringLiteral("sanctions/ofac-sdn-2024-05-03/sdn.csv")));
    CHECK(text(tc, QStringLiteral("SELECT birth_date FROM entities WHERE ext_id = 'ofac-10030'")) == "1961-02-13");
    CHECK(datesOf(tc, QStringLiteral("ofac-10030")) == "1961-02-13;1965-02-13");
    // A full date and a year: ISMAILOV's 1975 and 1978 and IVANOV's 1950 and 1952.
    CHECK(datesOf(tc, QStringLiteral("ofac-20133")) == "1975-07-25;1978-07-25");
    CHECK(datesOf(tc, QStringLiteral("ofac-16690")) == "1950-05-12;1952");
    // 548 records give two DOBs or more; 523 of them two or more that read as dates (the others write ranges such
    // as "DOB 1960 to 1962" or "circa 1970").
    CHECK(count(tc, "SELECT count(*) FROM (SELECT entity_id FROM entity_dates GROUP BY entity_id "
                    "HAVING count(*) > 1)") == 523);
}

TEST_CASE("UN consolidated list: every exact date and year of birth is kept")
{
    TempCase tc;
    importFile(tc, sharedData(QStringLiteral("sanctions/un-sc-consolidated/consolidated.xml")));
    CHECK(datesOf(tc, QStringLiteral("un-CDi.011")) == "1965-12-28;1965-12-29");
    CHECK(datesOf(tc, QStringLiteral("un-CDi.013")) == "1954;1953");
    // "Approximately 1966" stays a property; the exact date is kept.
    CHECK(datesOf(tc, QStringLiteral("un-CDi.014")) == "1962-03-17");
}

TEST_CASE("FtM: every incorporationDate of a company is kept")
{
    TempCase tc;
    importFile(tc, sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    CHECK(datesOf(tc, QStringLiteral("NK-cWSvGMvufNH5KwEV88FwTA")) == "2005-11-03;2002-07-31;2012-10-29");
    CHECK(datesOf(tc, QStringLiteral("NK-56Edov9bas9puzaChH5pBy")) == "2002-12-31;2002-10-02");
}

TEST_CASE("Caravan CSV: incorporation_date may list several dates")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("entities.csv"));
    writeFile(path, "id,type,name,aliases,country,identifiers,incorporation_date,address\n"
                    "p1,Person,Гусев Борис Васильевич,,RU,,1971-03-02;1972-03-02,\n"
                    "p2,Person,Bad Second Date,,RU,,1971-03-02;1972-13-02,\n");
    const ImportSummary s = importFile(tc, path);
    CHECK(s.imported == 1);
    CHECK(s.rejected == 1);
    CHECK(text(tc, QStringLiteral("SELECT birth_date FROM entities WHERE ext_id = 'p1'")) == "1971-03-02");
    CHECK(datesOf(tc, QStringLiteral("p1")) == "1971-03-02;1972-03-02");
}
