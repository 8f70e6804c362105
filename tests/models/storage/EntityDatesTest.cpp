// Schema 6: entity_dates holds every date of an entity; a version 5 case keeps its one birth_date as the first.
#include "../../support/TempCase.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/Connection.h"
#include "models/storage/EntityDetails.h"
#include "models/storage/Schema.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("a version 5 case gains entity_dates with its birth dates")
{
    TempCase tc;
    const QString old = tc.file(QStringLiteral("v5.caravan"));
    REQUIRE(CaseFile::createAtVersion(old, 5, QStringLiteral("Old case")).ok());
    {
        auto c = Connection::open(old, Connection::Mode::ReadWrite);
        REQUIRE(c.ok());
        REQUIRE(sqliteExec((*c)->handle(), QStringLiteral("INSERT INTO entities(ext_id, type, name, birth_date) VALUES"
                                                          "('p1', 'Person', 'Гусев Борис', '1971-03-02'),"
                                                          "('p2', 'Person', 'Гусев Борис', NULL),"
                                                          "('c1', 'Company', 'ТОО Альфа', '2015')"))
                    .ok());
    }
    auto opened = CaseFile::open(old);
    REQUIRE(opened.ok());
    CaseFile &c = **opened;
    CHECK(c.schemaVersion() == schema::kCurrentVersion);
    CHECK(c.migratedFrom() == 5);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM entity_dates") == 2);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM entity_dates d JOIN entities e ON e.id = d.entity_id "
                                   "WHERE (e.ext_id = 'p1' AND d.date = '1971-03-02') OR "
                                   "(e.ext_id = 'c1' AND d.date = '2015')") == 2);
}

TEST_CASE("CaseWriter stores the first date and every further one once, with provenance")
{
    TempCase tc;
    CaseWriter w(tc.caseFile().handle());
    EntityRecord e;
    e.extId = QStringLiteral("p1");
    e.type = QStringLiteral("Person");
    e.name = QStringLiteral("POPOV, Dimitri Igorevich");
    e.birthDate = QStringLiteral("1961-02-13");
    e.otherDates = {QStringLiteral("1961-02-13"), QStringLiteral("1965-02-13")};
    auto id = w.addEntity(e, Provenance{0, 7});
    REQUIRE(id.ok());
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM entity_dates") == 2);
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM entity_dates WHERE source_row = 7 AND "
                                               "date IN ('1961-02-13', '1965-02-13')") == 2);
    // The inspector and the review panel see both.
    auto details = loadEntityDetails(tc.caseFile().handle(), id.value());
    REQUIRE(details.ok());
    CHECK(details->birthDate == "1961-02-13");
    REQUIRE(details->dates.size() == 2);
    CHECK(details->dates[1].text == "1965-02-13");
}
