#include "models/storage/CaseAddress.h"

#include <catch2/catch.hpp>

using namespace caravan;

TEST_CASE("a server case address is a libpq URI with the case as a parameter", "[teamcase][address]")
{
    auto a = CaseAddress::parse(QStringLiteral("postgresql://analyst@db.example:5432/caravan?case=almaty-2024"));
    REQUIRE(a.ok());
    CHECK(a->caseName() == QStringLiteral("almaty-2024"));
    CHECK(a->connectionUri() == QStringLiteral("postgresql://analyst@db.example:5432/caravan"));
    CHECK(a->ownerRole() == QStringLiteral("almaty-2024_owner"));
    CHECK(a->analystRole() == QStringLiteral("almaty-2024_analyst"));
    CHECK(a->readerRole() == QStringLiteral("almaty-2024_reader"));

    // Other libpq parameters stay for libpq, in their order.
    auto b = CaseAddress::parse(QStringLiteral("postgres://db/caravan?sslmode=require&case=c1&connect_timeout=5"));
    REQUIRE(b.ok());
    CHECK(b->caseName() == QStringLiteral("c1"));
    CHECK(b->connectionUri() == QStringLiteral("postgres://db/caravan?sslmode=require&connect_timeout=5"));

    CHECK(CaseAddress::isServerAddress(QStringLiteral("postgresql://x/y?case=z")));
    CHECK_FALSE(CaseAddress::isServerAddress(QStringLiteral("/home/a/case.caravan")));
    // Listing cases needs no case.
    CHECK(CaseAddress::parse(QStringLiteral("postgresql://analyst@db/caravan"), false).ok());
}

TEST_CASE("a server case address never carries a password and names a valid case", "[teamcase][address]")
{
    const auto refused = [](const char *text) {
        auto a = CaseAddress::parse(QString::fromUtf8(text));
        return a.ok() ? QString() : a.error().message;
    };
    CHECK(refused("postgresql://analyst:secret@db/caravan?case=c1").contains(QStringLiteral("PGPASSWORD")));
    CHECK(refused("postgresql://analyst@db/caravan?password=secret&case=c1").contains(QStringLiteral("PGPASSWORD")));
    CHECK(refused("postgresql://analyst@db/caravan").contains(QStringLiteral("?case=NAME")));
    CHECK(refused("postgresql://analyst@db/caravan?case=c1&case=c2").contains(QStringLiteral("more than one")));
    CHECK(refused("postgresql://analyst@db/caravan?case=Almaty").contains(QStringLiteral("cannot name a case")));
    CHECK(refused("postgresql://analyst@db/caravan?case=a;drop").contains(QStringLiteral("cannot name a case")));
    CHECK(refused("postgresql://analyst@db/caravan?case="
                  "abcdefghijabcdefghijabcdefghijabcdefghijx")
              .contains(QStringLiteral("cannot name a case")));
    CHECK(refused("postgresql://analyst@db/caravan?case=a%2Db") == QString()); // percent-decoded: a-b
    CHECK(refused("case.caravan").contains(QStringLiteral("postgresql://")));
}
