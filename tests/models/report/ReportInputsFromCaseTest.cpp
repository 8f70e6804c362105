#include "../../support/TempCase.h"

#include "models/demo/ScenarioGenerator.h"
#include "models/report/ReportInputsFromCase.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("report inputs come from the detector and the ownership rules of the case")
{
    TempCase tc;
    NullProgress progress;
    demo::DemoOptions options; // the mixed scenario: chains and shadow-sanctioned companies are planted
    REQUIRE(demo::ScenarioGenerator::generate(tc.caseFile(), options, progress).ok());
    auto inputs = reportInputsFromCase(tc.caseFile(), QDate(2024, 12, 31), progress);
    INFO((inputs.ok() ? QString() : inputs.error().message).toStdString());
    REQUIRE(inputs.ok());
    REQUIRE(inputs->chains.has_value());
    REQUIRE(inputs->verdicts.has_value());
    REQUIRE_FALSE(inputs->chains->isEmpty());
    const ReportChain &chain = inputs->chains->first();
    CHECK(chain.id.startsWith(QStringLiteral("ch-")));
    CHECK(chain.route.size() >= 3);
    CHECK_FALSE(chain.evidence.isEmpty());
    bool blocked = false;
    for (const ReportVerdict &v : *inputs->verdicts) {
        CHECK(v.asOf == QStringLiteral("2024-12-31"));
        blocked = blocked || v.blocked;
    }
    CHECK(blocked);
}
