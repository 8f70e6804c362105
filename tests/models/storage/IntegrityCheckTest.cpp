#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/storage/IntegrityCheck.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("a sound case passes the integrity check")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 a = b.company(QStringLiteral("a"), QStringLiteral("Alpha"));
        const qint64 c = b.company(QStringLiteral("c"), QStringLiteral("Charlie"));
        b.owns(a, c, QStringLiteral("60"));
        b.shipment(QStringLiteral("S1"), QStringLiteral("2023-02-01"), a, c, QStringLiteral("854231"), 1, 2,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
    }
    NullProgress p;
    const IntegrityReport report = checkCaseIntegrity(tc.caseFile().handle(), p);
    INFO(report.problems.join(QStringLiteral("; ")).toStdString());
    CHECK(report.ok());
    CHECK(report.checksRun > 10);
}

TEST_CASE("the integrity check finds broken references and broken rules")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("a"), QStringLiteral("Alpha"));
    }
    sqlite3 *db = tc.caseFile().handle();
    REQUIRE(
        sqliteExec(db, QStringLiteral("PRAGMA foreign_keys = OFF; "
                                      "INSERT INTO links(type, owner_id, asset_id) VALUES('control', 1, 4242); "
                                      "INSERT INTO shipments(date, hs_code, hs6) VALUES('15.01.2023', '8542', '85x'); "
                                      "PRAGMA foreign_keys = ON;"))
            .ok());
    NullProgress p;
    const IntegrityReport report = checkCaseIntegrity(db, p);
    REQUIRE_FALSE(report.ok());
    const QString all = report.problems.join(u'\n');
    CHECK(all.contains(QStringLiteral("links point to missing records")));
    CHECK(all.contains(QStringLiteral("shipments with a malformed date")));
    CHECK(all.contains(QStringLiteral("malformed HS-6")));
}
