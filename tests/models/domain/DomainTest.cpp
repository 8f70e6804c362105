#include "models/domain/Entity.h"
#include "models/domain/Link.h"
#include "models/domain/Mark.h"
#include "models/domain/Shipment.h"

#include <catch2/catch.hpp>

using namespace caravan;

TEST_CASE("shares parse as exact values, ranges or unknown")
{
    auto exact = Share::parse(QStringLiteral("51"));
    REQUIRE(exact);
    CHECK(exact->isExact());
    CHECK(*exact->min == 51.0);
    auto decimal = Share::parse(QStringLiteral("12,5%"));
    REQUIRE(decimal);
    CHECK(*decimal->min == 12.5);
    auto range = Share::parse(QStringLiteral("25-50"));
    REQUIRE(range);
    CHECK(*range->min == 25.0);
    CHECK(*range->max == 50.0);
    CHECK_FALSE(range->isExact());
    CHECK(range->toText() == QStringLiteral("25-50"));
    auto spaced = Share::parse(QStringLiteral("50 % - 75 %"));
    REQUIRE(spaced);
    CHECK(*spaced->max == 75.0);
    auto unknown = Share::parse(QString());
    REQUIRE(unknown);
    CHECK_FALSE(unknown->isKnown());
    CHECK_FALSE(Share::parse(QStringLiteral("120")));
    CHECK_FALSE(Share::parse(QStringLiteral("50-25")));
    CHECK_FALSE(Share::parse(QStringLiteral("half")));
}

TEST_CASE("HS-6 codes come from declared codes of any length and punctuation")
{
    CHECK(hs6Of(QStringLiteral("854231")) == QStringLiteral("854231"));
    CHECK(hs6Of(QStringLiteral("8542.31")) == QStringLiteral("854231"));
    CHECK(hs6Of(QStringLiteral("8542.31.0000")) == QStringLiteral("854231"));
    CHECK(hs6Of(QStringLiteral("8542310000")) == QStringLiteral("854231"));
    CHECK(hs6Of(QStringLiteral("8542")).isEmpty());
    CHECK(hs6Of(QStringLiteral("85A231")).isEmpty());
}

TEST_CASE("type and status names round-trip")
{
    for (auto t : {EntityType::Company, EntityType::Person, EntityType::Organization, EntityType::Vessel})
        CHECK(entityTypeFromName(entityTypeName(t)) == t);
    CHECK(entityTypeFromName(QStringLiteral("individual")) == EntityType::Person);
    CHECK_FALSE(entityTypeFromName(QStringLiteral("Spaceship")));
    for (auto l : {LinkType::Ownership, LinkType::Directorship, LinkType::Control})
        CHECK(linkTypeFromName(linkTypeName(l)) == l);
    for (auto s : {MarkStatus::Suspected, MarkStatus::Confirmed, MarkStatus::Dismissed})
        CHECK(markStatusFromName(markStatusName(s)) == s);
    CHECK(markTargetFromName(QStringLiteral("Chain")) == MarkTarget::Chain);
}
