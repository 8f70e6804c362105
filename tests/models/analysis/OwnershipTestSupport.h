#pragma once

// For the analysis tests: an ownership analysis of a test case, and one verdict found by the id a source gave.
#include "models/analysis/OwnershipAnalysis.h"
#include "models/storage/CaseFile.h"

#include <catch2/catch.hpp>

#include <memory>

namespace caravan::test {

inline std::unique_ptr<OwnershipAnalysis> loadAnalysis(CaseFile &file, const OwnershipOptions &options)
{
    NullProgress progress;
    auto result = OwnershipAnalysis::load(file.handle(), options, progress);
    INFO((result ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return result.takeValue();
}

inline OwnershipVerdict verdictOf(const OwnershipAnalysis &analysis, const QString &extId)
{
    const auto e = analysis.find(extId);
    INFO(extId.toStdString());
    REQUIRE(e.has_value());
    return analysis.verdict(*e);
}

} // namespace caravan::test
