#pragma once

#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/demo/DemoWorld.h"

#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace caravan {
class CaseFile;
}

namespace caravan::demo {

// A named training scenario: what it teaches and which answer-key patterns it plants.
struct ScenarioInfo {
    QString name;
    QString teaches;
    QStringList patterns;
};

struct DemoOptions {
    QString scenario = QStringLiteral("mixed");
    std::uint64_t seed = 1;
    int scale = 1;
    // Messy: written as real extracts arrive (unit spellings, missing quantities and countries, national
    // tariff codes, two languages); Clean: one spelling of everything.
    Realism realism = Realism::Messy;
};

// Builds a training case with known answers, offline and deterministically: the same scenario, seed and
// scale give byte-identical case contents (timestamps of the source rows and the audit log aside). A
// realistic benign background (DemoBackground) receives the scenario's planted patterns and decoys
// (ChainPlanter, OwnershipPlanter, IdentityPlanter); the answer key goes to the answer_key table. Every
// row is written in one transaction through CaseWriter's prepared statements.
class ScenarioGenerator {
public:
    static constexpr int kMaxScale = 50;

    static const std::vector<ScenarioInfo> &scenarios();
    static const ScenarioInfo *find(const QString &name);

    // Fills `file`, which must hold no entities or shipments yet. Nothing is written on failure.
    static Result<DemoCounts> generate(CaseFile &file, const DemoOptions &options, Progress &progress);
};

} // namespace caravan::demo
