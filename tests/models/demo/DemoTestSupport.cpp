#include "DemoTestSupport.h"

#include <catch2/catch.hpp>

namespace caravan::test {

demo::DemoCounts generateDemo(TempCase &tc, const QString &scenario, std::uint64_t seed, int scale,
                              demo::Realism realism)
{
    NullProgress progress;
    auto counts = demo::ScenarioGenerator::generate(tc.caseFile(), {scenario, seed, scale, realism}, progress);
    INFO((counts.ok() ? QString() : counts.error().message).toStdString());
    REQUIRE(counts.ok());
    return counts.value();
}

std::vector<demo::AnswerItem> answerKey(TempCase &tc)
{
    auto items = demo::readAnswerKey(tc.caseFile().handle());
    REQUIRE(items.ok());
    return items.value();
}

QString foldAddress(const QString &address)
{
    QString out;
    for (const QChar c : address)
        if (c.isLetterOrNumber())
            out += c.toLower();
    return out;
}

} // namespace caravan::test
