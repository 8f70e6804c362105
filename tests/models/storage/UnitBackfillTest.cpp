#include "../../support/TempCase.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/storage/Schema.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("a version 4 case gains canonical units and quantities for the shipments it holds when upgraded")
{
    TempCase tc;
    const QString old = tc.file(QStringLiteral("v4.caravan"));
    REQUIRE(CaseFile::createAtVersion(old, 4, QStringLiteral("Old case")).ok());
    {
        auto c = Connection::open(old, Connection::Mode::ReadWrite);
        REQUIRE(c.ok());
        REQUIRE(sqliteExec((*c)->handle(),
                           QStringLiteral("INSERT INTO shipments(ext_id, date, hs_code, hs6, quantity, unit) VALUES "
                                          "('S1', '2023-01-01', '854231', '854231', 2, 'т'), "
                                          "('S2', '2023-01-02', '854231', '854231', 3, 'тыс. шт'), "
                                          "('S3', '2023-01-03', '854231', '854231', 4, 'бух'), "
                                          "('S4', '2023-01-04', '854231', '854231', 5, NULL), "
                                          "('S5', '2023-01-05', '854231', '854231', NULL, 'KGM')"))
                    .ok());
    }
    auto opened = CaseFile::open(old);
    REQUIRE(opened.ok());
    CaseFile &c = **opened;
    REQUIRE(c.migratedFrom() == 4);
    auto row = [&](const char *id) {
        SqliteStatement st(c.handle(), "SELECT ifnull(unit_canonical, '-') || '|' || ifnull(quantity_canonical, '-') "
                                       "FROM shipments WHERE ext_id = ?");
        st.bind(1, QString::fromLatin1(id));
        return st.step() ? st.text(0) : QString();
    };
    CHECK(row("S1") == QStringLiteral("kg|2000.0"));
    CHECK(row("S2") == QStringLiteral("piece|3000.0"));
    CHECK(row("S3") == QStringLiteral("-|-"));
    CHECK(row("S4") == QStringLiteral("-|-"));
    CHECK(row("S5") == QStringLiteral("kg|-"));
}
