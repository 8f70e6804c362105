#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include "models/storage/Sqlite.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("caravan-cli mark sets, reports and clears marks, and refuses bad targets")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Альфа»"), QStringLiteral("KZ"));
    }
    tc.close();
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--entity"), QStringLiteral("kz-1"),
                    QStringLiteral("--status"), QStringLiteral("confirmed"), QStringLiteral("--note"),
                    QStringLiteral("Проверено: тот же адрес"), QStringLiteral("--confidence"), QStringLiteral("0.8"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    CHECK(o.value(QStringLiteral("status")).toString() == QStringLiteral("confirmed"));
    CHECK(o.value(QStringLiteral("note")).toString() == QStringLiteral("Проверено: тот же адрес"));
    CHECK(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--chain"), QStringLiteral("chain-abc"),
                  QStringLiteral("--status"), QStringLiteral("dismissed")},
                 &out, &err) == 0);
    {
        CaseFile &c = tc.reopen(CaseFile::OpenMode::ReadOnly);
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM marks") == 2);
        CHECK(sqliteScalar(c.handle(), "SELECT confidence * 10 FROM marks WHERE target_ref = 'kz-1'") == 8);
        tc.close();
    }
    CHECK(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--entity"), QStringLiteral("nobody"),
                  QStringLiteral("--status"), QStringLiteral("suspected")},
                 &out, &err) == 2);
    CHECK(err.contains("no entity with the id nobody"));
    CHECK(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--entity"), QStringLiteral("kz-1"),
                  QStringLiteral("--status"), QStringLiteral("maybe")},
                 &out, &err) == 2);
    CHECK(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--entity"), QStringLiteral("kz-1"),
                  QStringLiteral("--shipment"), QStringLiteral("x"), QStringLiteral("--status"),
                  QStringLiteral("suspected")},
                 &out, &err) == 2);
    REQUIRE(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--entity"), QStringLiteral("kz-1"),
                    QStringLiteral("--clear")},
                   &out, &err) == 0);
    CaseFile &c = tc.reopen(CaseFile::OpenMode::ReadOnly);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM marks") == 1);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM audit_log WHERE action LIKE 'mark.%'") == 3);
}

TEST_CASE("caravan-cli mark refuses a case that is open for writing elsewhere")
{
    TempCase tc; // holds the write lock
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("kz-1"), QStringLiteral("Alpha"));
    }
    QByteArray out, err;
    CHECK(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--entity"), QStringLiteral("kz-1"),
                  QStringLiteral("--status"), QStringLiteral("suspected")},
                 &out, &err) == 2);
    CHECK(err.contains("open in another Caravan"));
}
