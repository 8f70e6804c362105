#include "../../support/DecisionCases.h"
#include "../../support/TempCase.h"

#include "models/analysis/DecisionPreview.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/EntityDetails.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

DecisionEffect preview(CaseFile &file, MatchKind kind, const QString &a, const QString &b)
{
    DecisionPreviewBase base;
    NullProgress progress;
    auto effect = previewDecision(file, base, kind, a, b, QDate(2024, 6, 1), progress);
    REQUIRE(effect);
    REQUIRE(base.snapshot);
    return effect.takeValue();
}

const VerdictChange *changeOf(const DecisionEffect &e, const QString &extId)
{
    for (const VerdictChange &c : e.changes)
        if (c.extId == extId)
            return &c;
    return nullptr;
}

} // namespace

TEST_CASE("the preview of a duplicate says what the survivor gains and who becomes blocked", "[analysis][decision]")
{
    TempCase tc;
    plantBlockingDuplicate(tc.caseFile());
    const qint64 before =
        decisionstore::survivorOf(tc.caseFile(), findEntityByExtId(tc.caseFile().handle(), QStringLiteral("ftm-2")));
    const DecisionEffect e =
        preview(tc.caseFile(), MatchKind::Duplicate, QStringLiteral("kz-1"), QStringLiteral("ftm-2"));
    // Looking changed nothing.
    CHECK(decisionstore::survivorOf(tc.caseFile(), before) == before);
    CHECK(decisionstore::list(tc.caseFile()).isEmpty());

    CHECK(e.aName == QStringLiteral("ALFA TRANZIT LLP"));
    CHECK(e.ownersAdded == 3);
    CHECK(e.holdingsAdded == 0);
    CHECK(e.shipmentsAdded == 12);
    CHECK(e.partnersAdded == 1);
    CHECK(e.namesAdded == 2); // its own name and its alias
    CHECK(e.identifiersAdded == 0);

    const VerdictChange *self = changeOf(e, QStringLiteral("kz-1"));
    REQUIRE(self);
    CHECK(self->ofacBefore == VerdictChange::Ofac::None);
    CHECK(self->ofacAfter == VerdictChange::Ofac::Blocked);
    const VerdictChange *held = changeOf(e, QStringLiteral("kz-3"));
    REQUIRE(held);
    CHECK(held->ofacAfter == VerdictChange::Ofac::Blocked);
    CHECK(held->name == QStringLiteral("Alfa Service LLP"));
    CHECK(e.changes.first().extId == QStringLiteral("kz-1"));

    // The neighbourhood: the pair, three owners, the holding, the trade partner; b's links are what a gains.
    CHECK(e.graph.nodeCount() == 7);
    CHECK(e.positions.size() == 7);
    CHECK(e.gainedEdges.size() == 4); // three owners and one aggregated trade edge
    CHECK(e.mergingNodes == std::vector<std::uint32_t>{0, 1});
    CHECK(e.changedNodes.size() == 2);
    // Drawn as if accepted: the survivor is blocked.
    CHECK(graph::hasFlag(e.graph.nodes[0].flags, graph::NodeFlag::Blocked));

    const QString text = e.summary();
    CHECK(text.startsWith(QStringLiteral("Merging adds 2 names, 3 owners, 12 shipments, 1 new trade partners to "
                                         "ALFA TRANZIT LLP.")));
    // The listed owner is on the OFAC SDN list only: blocked under the OFAC rule, not EU owned (the EU rule
    // counts EU and UN lists).
    CHECK(text.contains(QStringLiteral("It becomes blocked under the OFAC 50% rule.")));
    CHECK_FALSE(text.contains(QStringLiteral("EU-owned")));
    CHECK(text.contains(QStringLiteral("become blocked under the OFAC 50% rule: Alfa Service LLP.")));
}

TEST_CASE("the preview of a screening match names the designation and the holdings that become blocked",
          "[analysis][decision]")
{
    TempCase tc;
    plantBlockingScreening(tc.caseFile());
    const DecisionEffect e =
        preview(tc.caseFile(), MatchKind::Screening, QStringLiteral("kz-10"), QStringLiteral("ofac-88"));
    REQUIRE(e.lists.size() == 1);
    CHECK(e.lists.first() == QStringLiteral("OFAC SDN (RUSSIA-EO14024)"));
    const VerdictChange *self = changeOf(e, QStringLiteral("kz-10"));
    REQUIRE(self);
    CHECK(self->ofacAfter == VerdictChange::Ofac::Designated);
    const VerdictChange *cargo = changeOf(e, QStringLiteral("kz-11"));
    REQUIRE(cargo);
    CHECK(cargo->ofacBefore == VerdictChange::Ofac::None);
    CHECK(cargo->ofacAfter == VerdictChange::Ofac::Blocked);
    CHECK(cargo->euAfter == VerdictChange::Eu::None); // an OFAC SDN listing feeds no EU rule
    const QString text = e.summary();
    CHECK(text.startsWith(QStringLiteral("Accepting the match designates ТОО «Бета Логистик»: OFAC SDN "
                                         "(RUSSIA-EO14024).")));
    CHECK(text.contains(QStringLiteral("become blocked under the OFAC 50% rule: Beta Cargo LLP.")));
    CHECK(e.gainedEdges.empty());
}

TEST_CASE("once accepted, the preview says the effect is in the case", "[analysis][decision]")
{
    TempCase tc;
    plantBlockingScreening(tc.caseFile());
    MatchDecision d;
    d.kind = MatchKind::Screening;
    d.aRef = QStringLiteral("kz-10");
    d.bRef = QStringLiteral("ofac-88");
    d.verdict = MatchVerdict::Accepted;
    REQUIRE(decisionstore::put(tc.caseFile(), d));
    const DecisionEffect e = preview(tc.caseFile(), MatchKind::Screening, d.aRef, d.bRef);
    CHECK(e.alreadyAccepted);
    CHECK(e.changes.isEmpty());
    CHECK(e.summary().startsWith(QStringLiteral("Accepted:")));
}

TEST_CASE("a preview of entities that are not in the case is an error", "[analysis][decision]")
{
    TempCase tc;
    plantBlockingScreening(tc.caseFile());
    DecisionPreviewBase base;
    NullProgress progress;
    CHECK_FALSE(previewDecision(tc.caseFile(), base, MatchKind::Duplicate, QStringLiteral("kz-10"),
                                QStringLiteral("nobody"), QDate(2024, 6, 1), progress));
}
