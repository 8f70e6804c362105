#pragma once

#include "../../support/TempCase.h"

#include "models/demo/AnswerKey.h"
#include "models/demo/ScenarioGenerator.h"

#include <QString>

#include <vector>

namespace caravan::test {

// Generates a scenario into a fresh temporary case (REQUIREs success) and returns its counts; messy by
// default, as the demo and training cases are.
demo::DemoCounts generateDemo(TempCase &tc, const QString &scenario, std::uint64_t seed, int scale = 1,
                              demo::Realism realism = demo::Realism::Messy);
std::vector<demo::AnswerItem> answerKey(TempCase &tc);
// Lower case, letters and digits only (the test's own normalisation, independent of the generator's).
QString foldAddress(const QString &address);

} // namespace caravan::test
