#include "models/analysis/DecisionPreview.h"

#include "models/analysis/GraphBuilder.h"
#include "models/analysis/LayoutJob.h"
#include "models/graph/OwnershipRules.h"
#include "models/storage/CaseFile.h"
#include "models/storage/DecisionStore.h"
#include "models/storage/EntityDetails.h"
#include "models/storage/Sqlite.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <set>

namespace caravan {

namespace {

using graph::EdgeKind;
using graph::GraphEdge;
using graph::NodeFlag;

// How many entities whose verdict changes are drawn (the text counts them all).
constexpr int kMaxChangedShown = 40;

VerdictChange::Ofac ofacLevel(const graph::OwnershipRules &rules, std::uint32_t e)
{
    if (rules.graph().designations(e) & graph::kOfacDesignated)
        return VerdictChange::Ofac::Designated;
    if (rules.isBlocked(e))
        return VerdictChange::Ofac::Blocked;
    if (rules.isPossiblyBlocked(e))
        return VerdictChange::Ofac::PossiblyBlocked;
    return VerdictChange::Ofac::None;
}

VerdictChange::Eu euLevel(const graph::OwnershipRules &rules, std::uint32_t e)
{
    if (rules.graph().designations(e) & graph::kEuDesignated)
        return VerdictChange::Eu::Listed;
    return rules.isEuOwned(e) ? VerdictChange::Eu::Owned : VerdictChange::Eu::None;
}

// The case's ownership graph as if the decision were accepted: a carries b's designations and, for a merge,
// every stake of b (a stake a already has with the same counterpart stays one stake, as the loader would keep it).
graph::OwnershipGraph acceptedGraph(const graph::OwnershipGraph &before, MatchKind kind, std::uint32_t a,
                                    std::uint32_t b)
{
    graph::OwnershipGraph after = before;
    after.setDesignations(a, static_cast<std::uint8_t>(before.designations(a) | before.designations(b)));
    if (kind != MatchKind::Duplicate || a == b)
        return after;
    std::set<std::tuple<std::uint32_t, std::uint32_t, graph::StakeKind>> existing;
    const auto note = [&](std::uint32_t s) {
        const graph::Stake &stake = before.stake(s);
        if (stake.active)
            existing.insert({stake.owner, stake.asset, stake.kind});
    };
    before.forEachOut(a, note);
    before.forEachIn(a, note);
    std::vector<std::uint32_t> moving;
    before.forEachOut(b, [&](std::uint32_t s) { moving.push_back(s); });
    before.forEachIn(b, [&](std::uint32_t s) { moving.push_back(s); });
    for (const std::uint32_t s : moving) {
        graph::Stake stake = before.stake(s);
        if (!stake.active)
            continue;
        graph::Stake gone = stake;
        gone.active = false;
        after.replaceStake(s, gone);
        if (stake.owner == b)
            stake.owner = a;
        if (stake.asset == b)
            stake.asset = a;
        if (stake.owner == stake.asset || !existing.insert({stake.owner, stake.asset, stake.kind}).second)
            continue;
        after.addStake(stake);
    }
    return after;
}

bool isHolding(EdgeKind kind)
{
    return kind == EdgeKind::Ownership || kind == EdgeKind::Control;
}

// Counts what a gains from b in the neighbourhood (a is node 0, b node 1) and marks b's edges as gained.
void countGains(DecisionEffect &effect)
{
    const graph::GraphSnapshot &g = effect.graph;
    std::set<std::pair<std::uint32_t, int>> aOwners, aHoldings, aOther;
    std::set<std::uint32_t> aPartners, newPartners;
    for (const GraphEdge &e : g.edges) {
        const bool fromA = e.from == 0 && e.to != 1;
        const bool toA = e.to == 0 && e.from != 1;
        if (!fromA && !toA)
            continue;
        const std::uint32_t other = fromA ? e.to : e.from;
        if (e.kind == EdgeKind::Trade)
            aPartners.insert(other);
        else if (isHolding(e.kind))
            (fromA ? aHoldings : aOwners).insert({other, int(e.kind)});
        else
            aOther.insert({other, int(e.kind)});
    }
    for (std::uint32_t i = 0; i < g.edges.size(); ++i) {
        const GraphEdge &e = g.edges[i];
        if (e.from != 1 && e.to != 1)
            continue;
        effect.gainedEdges.push_back(i);
        const bool outgoing = e.from == 1;
        const std::uint32_t other = outgoing ? e.to : e.from;
        if (other == 0 || other == 1)
            continue; // between the two: becomes the entity's own
        if (e.kind == EdgeKind::Trade) {
            effect.shipmentsAdded += static_cast<int>(e.count);
            if (!aPartners.count(other) && newPartners.insert(other).second)
                ++effect.partnersAdded;
        } else if (isHolding(e.kind)) {
            auto &known = outgoing ? aHoldings : aOwners;
            if (known.insert({other, int(e.kind)}).second)
                ++(outgoing ? effect.holdingsAdded : effect.ownersAdded);
        } else if (aOther.insert({other, int(e.kind)}).second) {
            ++effect.otherLinksAdded;
        }
    }
}

// Names and identifiers of b that a does not have (b's own name becomes one of a's names).
Status countFacts(sqlite3 *db, qint64 a, qint64 b, DecisionEffect &effect)
{
    SqliteStatement names(db, "SELECT count(DISTINCT n) FROM (SELECT name AS n FROM entity_names WHERE entity_id = ?2 "
                              "UNION SELECT name FROM entities WHERE id = ?2) WHERE n NOT IN "
                              "(SELECT name FROM entity_names WHERE entity_id = ?1 UNION "
                              "SELECT name FROM entities WHERE id = ?1)");
    SqliteStatement ids(db, "SELECT count(*) FROM entity_identifiers i WHERE i.entity_id = ?2 AND NOT EXISTS "
                            "(SELECT 1 FROM entity_identifiers j WHERE j.entity_id = ?1 AND j.scheme = i.scheme "
                            "AND j.value = i.value)");
    for (SqliteStatement *st : {&names, &ids}) {
        if (!st->isValid())
            return makeError(ErrorCode::Database, st->errorMessage());
        st->bind(1, a);
        st->bind(2, b);
        if (!st->step())
            return makeError(ErrorCode::Database, st->errorMessage());
    }
    effect.namesAdded = static_cast<int>(names.int64(0));
    effect.identifiersAdded = static_cast<int>(ids.int64(0));
    return {};
}

// Colours the neighbourhood as if accepted: the statuses after the decision replace the ones read from the case.
void colourAsAccepted(DecisionEffect &effect, const OwnershipSnapshot &base, const graph::OwnershipRules &after)
{
    const std::uint32_t statusBits = graph::flagBit(NodeFlag::Designated) | graph::flagBit(NodeFlag::OfacDesignated) |
                                     graph::flagBit(NodeFlag::Blocked) | graph::flagBit(NodeFlag::PossiblyBlocked);
    for (graph::GraphNode &node : effect.graph.nodes) {
        const auto dense = base.find(QString::fromStdString(node.key));
        if (!dense)
            continue;
        node.flags &= ~statusBits;
        const VerdictChange::Ofac level = ofacLevel(after, *dense);
        if (level == VerdictChange::Ofac::Designated)
            node.flags |= graph::flagBit(NodeFlag::OfacDesignated);
        if (after.graph().designations(*dense) != graph::kNotDesignated || base.designations.contains(*dense))
            node.flags |= graph::flagBit(NodeFlag::Designated);
        if (level == VerdictChange::Ofac::Blocked)
            node.flags |= graph::flagBit(NodeFlag::Blocked);
        else if (level == VerdictChange::Ofac::PossiblyBlocked)
            node.flags |= graph::flagBit(NodeFlag::PossiblyBlocked);
    }
    if (effect.kind == MatchKind::Duplicate && effect.graph.nodeCount() >= 2) { // b becomes a
        graph::GraphNode &b = effect.graph.nodes[1];
        b.flags = (b.flags & ~statusBits) | (effect.graph.nodes[0].flags & statusBits);
    }
}

std::vector<graph::Point> layOut(const graph::GraphSnapshot &g, Progress &progress)
{
    LayoutRequest request;
    request.kind = LayoutKind::Force;
    request.vertexCount = g.nodeCount();
    request.edges = graph::edgePairs(g);
    if (g.nodeCount() >= 2)
        request.edges.emplace_back(0, 1); // the pair side by side, as the one entity it would become
    request.spacing = 60;
    LayoutChannel channel;
    std::vector<graph::Point> positions;
    if (g.nodeCount() > 0 && runLayout(request, channel, progress, 1000000))
        channel.take(positions);
    if (positions.size() != g.nodeCount()) { // a circle, should the layout have given nothing
        positions.resize(g.nodeCount());
        for (std::uint32_t i = 0; i < g.nodeCount(); ++i)
            positions[i] = {100 * std::cos(i * 6.283 / g.nodeCount()), 100 * std::sin(i * 6.283 / g.nodeCount())};
    }
    return positions;
}

} // namespace

Result<DecisionEffect> previewDecision(CaseFile &file, DecisionPreviewBase &base, MatchKind kind, const QString &aRef,
                                       const QString &bRef, const QDate &asOf, Progress &progress)
{
    sqlite3 *db = file.handle();
    const qint64 aRow = findEntityByExtId(db, aRef);
    const qint64 bRow = findEntityByExtId(db, bRef);
    if (aRow <= 0 || bRow <= 0)
        return makeError(ErrorCode::NotFound, QStringLiteral("no entity %1").arg(aRow <= 0 ? aRef : bRef));
    DecisionEffect effect;
    effect.kind = kind;
    effect.aRef = aRef;
    effect.bRef = bRef;
    effect.asOf = asOf;
    const auto stored = decisionstore::find(file, kind, aRef, bRef);
    effect.alreadyAccepted = stored && stored->verdict == MatchVerdict::Accepted;

    if (!base.snapshot) {
        OwnershipLoadOptions options;
        options.asOf = asOf;
        auto loaded = OwnershipSnapshot::load(db, options, progress);
        if (!loaded)
            return loaded.error();
        base.snapshot = std::make_shared<const OwnershipSnapshot>(loaded.takeValue());
    }
    const OwnershipSnapshot &snapshot = *base.snapshot;
    const auto a = snapshot.find(aRef);
    const auto b = snapshot.find(bRef);
    if (!a || !b)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("%1 or %2 is not in the ownership snapshot").arg(aRef, bRef));
    if (auto it = snapshot.designations.constFind(*b); it != snapshot.designations.constEnd())
        effect.lists = *it;

    progress.setStatus(QStringLiteral("Applying the ownership rules"));
    const graph::OwnershipRuleOptions ruleOptions{euInclusiveOn(asOf)};
    if (!base.before) {
        auto rules = std::make_shared<graph::OwnershipRules>(snapshot.graph, ruleOptions);
        rules->run();
        base.before = std::move(rules);
    }
    const graph::OwnershipRules &before = *base.before;
    std::unique_ptr<graph::OwnershipRules> accepted;
    if (!effect.alreadyAccepted) {
        accepted = std::make_unique<graph::OwnershipRules>(acceptedGraph(snapshot.graph, kind, *a, *b), ruleOptions);
        accepted->run();
    }
    const graph::OwnershipRules &after = accepted ? *accepted : before;
    if (progress.isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    for (std::uint32_t e = 0; e < snapshot.graph.entityCount(); ++e) {
        if (kind == MatchKind::Duplicate && e == *b && *a != *b)
            continue; // absorbed: its verdict becomes the survivor's
        VerdictChange c;
        c.ofacBefore = ofacLevel(before, e);
        c.ofacAfter = ofacLevel(after, e);
        c.euBefore = euLevel(before, e);
        c.euAfter = euLevel(after, e);
        if (c.ofacBefore == c.ofacAfter && c.euBefore == c.euAfter)
            continue;
        c.rowId = snapshot.rowIds[e];
        c.extId = snapshot.extIds[e];
        effect.changes.append(c);
    }

    std::vector<qint64> extra;
    for (const VerdictChange &c : std::as_const(effect.changes))
        if (c.rowId != aRow && c.rowId != bRow && extra.size() < std::size_t(kMaxChangedShown))
            extra.push_back(c.rowId);
    auto around = GraphBuilder(db).around({aRow, bRow}, extra, QDate(), progress);
    if (!around)
        return around.error();
    effect.graph = around.takeValue();
    effect.aName = QString::fromStdString(effect.graph.nodes[0].label);
    effect.bName = QString::fromStdString(effect.graph.nodes[1].label);
    for (VerdictChange &c : effect.changes) {
        const std::uint32_t v = effect.graph.indexOf(c.rowId);
        if (v < effect.graph.nodeCount()) {
            c.name = QString::fromStdString(effect.graph.nodes[v].label);
            effect.changedNodes.push_back(v);
        } else {
            SqliteStatement st(db, "SELECT name FROM entities WHERE id = ?");
            st.bind(1, c.rowId);
            c.name = st.step() ? st.text(0) : c.extId;
        }
    }
    std::stable_sort(effect.changes.begin(), effect.changes.end(),
                     [aRow](const VerdictChange &x, const VerdictChange &y) {
                         if ((x.rowId == aRow) != (y.rowId == aRow))
                             return x.rowId == aRow;
                         return QString::localeAwareCompare(x.name, y.name) < 0;
                     });
    effect.mergingNodes = {0, 1};
    if (kind == MatchKind::Duplicate && !effect.alreadyAccepted) {
        countGains(effect);
        if (auto counted = countFacts(db, aRow, bRow, effect); !counted)
            return counted.error();
    }
    colourAsAccepted(effect, snapshot, after);
    effect.positions = layOut(effect.graph, progress);
    return effect;
}

namespace {

// "A, B and 3 more"
QString someNames(const QList<VerdictChange> &changes)
{
    constexpr int kNamed = 4;
    QStringList names;
    for (int i = 0; i < changes.size() && i < kNamed; ++i)
        names << changes[i].name;
    QString text = names.join(QStringLiteral(", "));
    if (changes.size() > kNamed)
        text = DecisionEffect::tr("%1 and %n more", nullptr, int(changes.size() - kNamed)).arg(text);
    return text;
}

} // namespace

QString DecisionEffect::summary() const
{
    QStringList sentences;
    if (alreadyAccepted) {
        sentences << (kind == MatchKind::Duplicate
                          ? tr("Accepted: %1 is merged into %2. Withdraw the decision in the Decisions list to "
                               "unmerge them.")
                                .arg(bName, aName)
                          : tr("Accepted: %1 carries the designations of %2. Withdraw the decision in the Decisions "
                               "list to take them off.")
                                .arg(aName, bName));
        return sentences.join(u' ');
    }
    if (kind == MatchKind::Duplicate) {
        QStringList gains;
        if (namesAdded > 0)
            gains << tr("%n names", nullptr, namesAdded);
        if (identifiersAdded > 0)
            gains << tr("%n identifiers", nullptr, identifiersAdded);
        if (ownersAdded > 0)
            gains << tr("%n owners", nullptr, ownersAdded);
        if (holdingsAdded > 0)
            gains << tr("%n holdings", nullptr, holdingsAdded);
        if (otherLinksAdded > 0)
            gains << tr("%n other links", nullptr, otherLinksAdded);
        if (shipmentsAdded > 0)
            gains << tr("%n shipments", nullptr, shipmentsAdded);
        if (partnersAdded > 0)
            gains << tr("%n new trade partners", nullptr, partnersAdded);
        sentences << (gains.isEmpty() ? tr("Merging adds nothing new to %1.").arg(aName)
                                      : tr("Merging adds %1 to %2.").arg(gains.join(QStringLiteral(", ")), aName));
        if (!lists.isEmpty())
            sentences << tr("It takes over the designations of %1: %2.").arg(bName, lists.join(QStringLiteral("; ")));
    } else {
        sentences << (lists.isEmpty()
                          ? tr("Accepting the match gives %1 no active designation as of %2.")
                                .arg(aName, QLocale().toString(asOf, QLocale::ShortFormat))
                          : tr("Accepting the match designates %1: %2.").arg(aName, lists.join(QStringLiteral("; "))));
    }

    QList<VerdictChange> blocked, possibly, eu;
    bool selfBlocked = false, selfPossibly = false, selfEu = false;
    for (const VerdictChange &c : changes) {
        const bool ofacUp = c.ofacAfter > c.ofacBefore && c.ofacAfter != VerdictChange::Ofac::Designated;
        const bool euUp = c.euAfter > c.euBefore && c.euAfter == VerdictChange::Eu::Owned;
        if (c.extId == aRef) {
            selfBlocked = ofacUp && c.ofacAfter == VerdictChange::Ofac::Blocked;
            selfPossibly = ofacUp && c.ofacAfter == VerdictChange::Ofac::PossiblyBlocked;
            selfEu = euUp;
            continue;
        }
        if (ofacUp)
            (c.ofacAfter == VerdictChange::Ofac::PossiblyBlocked ? possibly : blocked) << c;
        if (euUp)
            eu << c;
    }
    // When the EU rule reaches exactly the entities the OFAC rule blocks, one sentence says both.
    const bool euToo = !blocked.isEmpty() && std::all_of(blocked.begin(), blocked.end(), [&eu](const VerdictChange &c) {
        return std::any_of(eu.begin(), eu.end(), [&c](const VerdictChange &d) { return d.rowId == c.rowId; });
    });
    QList<VerdictChange> euOnly;
    for (const VerdictChange &c : std::as_const(eu))
        if (!euToo ||
            std::none_of(blocked.begin(), blocked.end(), [&c](const VerdictChange &d) { return d.rowId == c.rowId; }))
            euOnly << c;
    if (selfBlocked)
        sentences << (selfEu ? tr("It becomes blocked under the OFAC 50% rule and EU-owned under the EU rule.")
                             : tr("It becomes blocked under the OFAC 50% rule."));
    else if (selfPossibly)
        sentences << tr("It becomes possibly blocked under the OFAC 50% rule (share ranges at their upper bounds).");
    if (selfEu && !selfBlocked)
        sentences << tr("It becomes EU-owned under the EU rule.");
    if (!blocked.isEmpty())
        sentences << (euToo ? tr("%n other entities become blocked (OFAC 50% rule, and EU-owned): %1.", nullptr,
                                 int(blocked.size()))
                            : tr("%n other entities become blocked under the OFAC 50% rule: %1.", nullptr,
                                 int(blocked.size())))
                         .arg(someNames(blocked));
    if (!possibly.isEmpty())
        sentences << tr("%n other entities become possibly blocked: %1.", nullptr, int(possibly.size()))
                         .arg(someNames(possibly));
    if (!euOnly.isEmpty())
        sentences << tr("%n other entities become EU-owned under the EU rule: %1.", nullptr, int(euOnly.size()))
                         .arg(someNames(euOnly));
    if (changes.isEmpty())
        sentences << tr("No ownership verdict changes as of %1.").arg(QLocale().toString(asOf, QLocale::ShortFormat));
    return sentences.join(u' ');
}

} // namespace caravan
