#pragma once

#include "models/analysis/OwnershipSnapshot.h"
#include "models/core/Progress.h"
#include "models/core/Result.h"
#include "models/domain/MatchDecision.h"
#include "models/graph/GraphSnapshot.h"
#include "models/graph/Layout.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace caravan {

class CaseFile;

// An entity whose ownership verdict a decision would change: its levels before and after, strongest first.
struct VerdictChange {
    enum class Ofac { None, PossiblyBlocked, Blocked, Designated };
    enum class Eu { None, Owned, Listed };
    qint64 rowId = 0;
    QString extId;
    QString name;
    Ofac ofacBefore = Ofac::None;
    Ofac ofacAfter = Ofac::None;
    Eu euBefore = Eu::None;
    Eu euAfter = Eu::None;
};

// What accepting a match candidate would do to the case, worked out without touching it: for a duplicate, what
// the survivor (a) gains from the absorbed entity (b); for a screening match, the designations a would carry; and
// for both, whose OFAC 50% and EU verdicts change. Carries the neighbourhood of the two entities (one hop of links
// and trade partners, plus the entities whose verdict changes) laid out for a small graph, drawn as if accepted.
struct DecisionEffect {
    Q_DECLARE_TR_FUNCTIONS(DecisionEffect)
public:
    MatchKind kind = MatchKind::Duplicate;
    QString aRef, bRef, aName, bName;
    bool alreadyAccepted = false; // the decision is in the case: its effect is there already
    // Duplicate: what a gains (relationships a does not have yet, and every shipment of b).
    int namesAdded = 0;
    int identifiersAdded = 0;
    int ownersAdded = 0;
    int holdingsAdded = 0;
    int otherLinksAdded = 0;
    int shipmentsAdded = 0;
    int partnersAdded = 0;
    QStringList lists;            // the active designations b would pass to a ("list (program)")
    QDate asOf;                   // the day the verdicts are for
    QList<VerdictChange> changes; // a first, then by name

    graph::GraphSnapshot graph;              // node 0 is a, node 1 is b; colours as if accepted
    std::vector<graph::Point> positions;     // one per node
    std::vector<std::uint32_t> mergingNodes; // a and b
    std::vector<std::uint32_t> changedNodes; // entities whose verdict changes
    std::vector<std::uint32_t> gainedEdges;  // b's links and trade, which would become a's

    // One paragraph for the review panel: what would be added, and which verdicts change.
    QString summary() const;
};

namespace graph {
class OwnershipRules;
}

// The ownership snapshot a preview compares with and the rules run on it, worked out once per state of the case
// and shared by the previews that follow (one at a time).
struct DecisionPreviewBase {
    std::shared_ptr<const OwnershipSnapshot> snapshot;
    std::shared_ptr<const graph::OwnershipRules> before;
};

// Works out a DecisionEffect on a worker's connection. Fills base (as of asOf) when it is empty.
Result<DecisionEffect> previewDecision(CaseFile &file, DecisionPreviewBase &base, MatchKind kind, const QString &aRef,
                                       const QString &bRef, const QDate &asOf, Progress &progress);

} // namespace caravan
