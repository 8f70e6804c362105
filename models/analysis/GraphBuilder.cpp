#include "models/analysis/GraphBuilder.h"

#include "models/analysis/Chpl.h"
#include "models/analysis/ListRules.h"
#include "models/graph/BlockedStatus.h"
#include "models/graph/Paths.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>

#include <algorithm>
#include <set>
#include <unordered_map>
#include <unordered_set>

namespace caravan {

namespace {

using graph::GraphEdge;
using graph::GraphNode;
using graph::GraphSnapshot;
using graph::NodeFlag;
using graph::NodeKind;

QString isoOrEmpty(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

NodeKind kindOf(const QString &type)
{
    if (type == QLatin1String("Person"))
        return NodeKind::Person;
    if (type == QLatin1String("Organization"))
        return NodeKind::Organization;
    if (type == QLatin1String("Vessel"))
        return NodeKind::Vessel;
    if (type == QLatin1String("Company") || type == QLatin1String("LegalEntity"))
        return NodeKind::Company;
    return NodeKind::Other;
}

graph::EdgeKind edgeKindOf(const QString &type)
{
    if (type == QLatin1String("ownership"))
        return graph::EdgeKind::Ownership;
    if (type == QLatin1String("directorship"))
        return graph::EdgeKind::Directorship;
    if (type == QLatin1String("control"))
        return graph::EdgeKind::Control;
    return graph::EdgeKind::Other;
}

std::uint32_t entityNode(GraphSnapshot &snapshot, qint64 id)
{
    GraphNode node;
    node.id = id;
    return snapshot.addNode(node);
}

// Countries have no entity row: a stable negative id from the two letters.
std::int64_t countryNodeId(const QString &code)
{
    std::int64_t id = 0;
    for (const QChar c : code)
        id = id * 65536 + c.unicode();
    return -1 - id;
}

// An edge from a row "id, type, owner_id, asset_id, share_min, share_max, start_date, end_date" of links.
GraphEdge linkEdge(GraphSnapshot &snapshot, const SqliteStatement &st)
{
    GraphEdge e;
    e.id = st.int64(0);
    e.kind = edgeKindOf(st.text(1));
    e.from = entityNode(snapshot, st.int64(2));
    e.to = entityNode(snapshot, st.int64(3));
    if (!st.isNull(4)) {
        e.shareMin = st.real(4);
        e.shareMax = st.isNull(5) ? e.shareMin : st.real(5);
        e.weight = e.shareMax;
    }
    e.startDate = st.text(6).toStdString();
    e.endDate = st.text(7).toStdString();
    return e;
}

// A trade edge from a row "exporter_id, importer_id, count, total value, first date, last date" of shipments.
// Completes a trade edge whose ends are set from a row (.., .., count, value, first date, last date) and adds it.
void addTradeEdgeFromRow(GraphSnapshot &snapshot, GraphEdge e, const SqliteStatement &st)
{
    e.count = st.int64(2);
    e.weight = st.real(3) > 0 ? st.real(3) : static_cast<double>(e.count);
    e.startDate = st.text(4).toStdString();
    e.endDate = st.text(5).toStdString();
    snapshot.nodes[e.from].weight += e.weight;
    snapshot.nodes[e.to].weight += e.weight;
    snapshot.edges.push_back(std::move(e));
}

void addTradeEdge(GraphSnapshot &snapshot, const SqliteStatement &st)
{
    GraphEdge e;
    e.kind = graph::EdgeKind::Trade;
    e.from = entityNode(snapshot, st.int64(0));
    e.to = entityNode(snapshot, st.int64(1));
    addTradeEdgeFromRow(snapshot, std::move(e), st);
}

// The filters of a trade snapshot on shipments s, exporters x and importers m, bound by bindTradeFilter(). The
// country filter is one bound list ",KZ,KG," matched with instr(), and the CHPL filter one list ",854231,854232," of
// HS-6 codes, so the SQL stays static.
#define CARAVAN_COMPANY_TRADE_FILTER                                                                                   \
    "(?1 IS NULL OR s.date >= ?1) AND (?2 IS NULL OR s.date <= ?2) "                                                   \
    "AND (?3 IS NULL OR s.hs6 LIKE ?3 || '%' OR s.hs_code LIKE ?3 || '%') "                                            \
    "AND (?4 IS NULL OR instr(?4, ',' || x.country || ',') OR instr(?4, ',' || m.country || ',') "                     \
    "OR instr(?4, ',' || s.origin_country || ',') OR instr(?4, ',' || s.destination_country || ',')) "                 \
    "AND (?5 IS NULL OR instr(?5, ',' || s.hs6 || ','))"
// The shipments from or to the parties of the bound list ?6 (",ru-1,kz-1,", ext ids), found through the exporter and
// importer indexes: half a second on a million shipments where a scan takes twenty.
#define CARAVAN_PARTIES_TRADE_FILTER                                                                                   \
    "(s.exporter_id IN (SELECT id FROM entities WHERE instr(?6, ',' || ext_id || ',')) "                               \
    "OR s.importer_id IN (SELECT id FROM entities WHERE instr(?6, ',' || ext_id || ','))) AND "
#define CARAVAN_COMPANY_TRADE_FROM                                                                                     \
    "FROM shipments s JOIN entities x ON x.id = s.exporter_id JOIN entities m ON m.id = s.importer_id WHERE "

void bindTradeFilter(SqliteStatement &st, const TradeGraphOptions &options, const QStringList &chplCodes)
{
    st.bind(1, isoOrEmpty(options.from));
    st.bind(2, isoOrEmpty(options.to));
    QString digits = options.hsPrefix;
    digits.remove(u'.');
    st.bind(3, digits);
    st.bind(4, options.countries.isEmpty() ? QString() : u',' + options.countries.join(u',').toUpper() + u',');
    st.bind(5, chplCodes.isEmpty() ? QString() : u',' + chplCodes.join(u',') + u',');
}

// The parties of a statement with CARAVAN_PARTIES_TRADE_FILTER (?6).
void bindPartiesFilter(SqliteStatement &st, const TradeGraphOptions &options)
{
    st.bind(6, u',' + options.parties.join(u',') + u',');
}

// The HS-6 codes of the CHPL tier the options ask for (every tier for kAnyChplTier); empty when they ask none.
Result<QStringList> chplCodesFor(const TradeGraphOptions &options)
{
    QStringList codes;
    if (options.chplTier == kAnyChplTier) {
        for (const QString &tier : chpl::tiers())
            codes << chpl::codesOfTier(tier);
    } else if (!options.chplTier.isEmpty()) {
        codes = chpl::codesOfTier(options.chplTier);
        if (codes.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no CHPL tier '%1'").arg(options.chplTier));
    }
    return codes;
}

Error queryError(const SqliteStatement &st)
{
    return makeError(ErrorCode::Database, st.errorMessage());
}

Error cancelled()
{
    return makeError(ErrorCode::Cancelled, QStringLiteral("building the graph was cancelled"));
}

} // namespace

Result<GraphSnapshot> GraphBuilder::ownership(const OwnershipGraphOptions &options, Progress &progress) const
{
    progress.setStatus(QStringLiteral("Reading links"));
    GraphSnapshot snapshot;
    snapshot.title =
        (options.at.isValid() ? QCoreApplication::translate("caravan::GraphBuilder", "Ownership and control at %1")
                                    .arg(options.at.toString(Qt::ISODate))
                              : QCoreApplication::translate("caravan::GraphBuilder", "Ownership and control"))
            .toStdString();
    SqliteStatement st(m_db, "SELECT id, type, owner_id, asset_id, share_min, share_max, start_date, end_date "
                             "FROM links WHERE ?1 IS NULL OR ((start_date IS NULL OR start_date <= ?1) AND "
                             "(end_date IS NULL OR end_date >= ?1)) ORDER BY id");
    if (!st.isValid())
        return queryError(st);
    st.bind(1, isoOrEmpty(options.at));
    std::int64_t rows = 0;
    while (st.step()) {
        if ((++rows & 4095) == 0 && progress.isCancelled())
            return cancelled();
        const graph::EdgeKind kind = edgeKindOf(st.text(1));
        if ((kind == graph::EdgeKind::Directorship && !options.directorships) ||
            (kind == graph::EdgeKind::Control && !options.control) ||
            (kind == graph::EdgeKind::Other && !options.otherLinks))
            continue;
        snapshot.edges.push_back(linkEdge(snapshot, st));
    }
    if (st.failed())
        return queryError(st);
    if (auto described = describeNodes(snapshot, options.at, progress); !described)
        return described.error();
    graph::applyFiftyPercentRule(snapshot);
    return snapshot;
}

Result<GraphSnapshot> GraphBuilder::trade(const TradeGraphOptions &options, Progress &progress) const
{
    progress.setStatus(QStringLiteral("Aggregating shipments"));
    GraphSnapshot snapshot;
    QString title = options.countryLevel
                        ? QCoreApplication::translate("caravan::GraphBuilder", "Trade between countries")
                        : QCoreApplication::translate("caravan::GraphBuilder", "Trade between companies");
    if (options.from.isValid() || options.to.isValid())
        title += QLatin1Char(' ') + QCoreApplication::translate("caravan::GraphBuilder", "%1 to %2")
                                        .arg(isoOrEmpty(options.from), isoOrEmpty(options.to));
    if (!options.hsPrefix.isEmpty())
        title += QCoreApplication::translate("caravan::GraphBuilder", ", HS %1").arg(options.hsPrefix);
    const auto codes = chplCodesFor(options);
    if (!codes)
        return codes.error();
    const QStringList &chplCodes = codes.value();
    if (options.chplTier == kAnyChplTier)
        title += QCoreApplication::translate("caravan::GraphBuilder", ", CHPL goods");
    else if (!options.chplTier.isEmpty())
        title += QCoreApplication::translate("caravan::GraphBuilder", ", CHPL tier %1").arg(options.chplTier);
    snapshot.title = title.toStdString();
    const bool parties = !options.countryLevel && !options.parties.isEmpty();
    const char *entitySql =
        parties ? "SELECT s.exporter_id, s.importer_id, count(*), total(s.value), min(s.date), "
                  "max(s.date) " CARAVAN_COMPANY_TRADE_FROM CARAVAN_PARTIES_TRADE_FILTER CARAVAN_COMPANY_TRADE_FILTER
                  " GROUP BY s.exporter_id, s.importer_id ORDER BY s.exporter_id, s.importer_id"
                : "SELECT s.exporter_id, s.importer_id, count(*), total(s.value), min(s.date), "
                  "max(s.date) " CARAVAN_COMPANY_TRADE_FROM CARAVAN_COMPANY_TRADE_FILTER
                  " GROUP BY s.exporter_id, s.importer_id ORDER BY s.exporter_id, s.importer_id";
    const char *countrySql =
        "SELECT s.origin_country, s.destination_country, count(*), total(s.value), min(s.date), max(s.date) "
        "FROM shipments s WHERE s.origin_country IS NOT NULL AND s.destination_country IS NOT NULL "
        "AND (?1 IS NULL OR s.date >= ?1) AND (?2 IS NULL OR s.date <= ?2) "
        "AND (?3 IS NULL OR s.hs6 LIKE ?3 || '%' OR s.hs_code LIKE ?3 || '%') "
        "AND (?4 IS NULL OR instr(?4, ',' || s.origin_country || ',') "
        "OR instr(?4, ',' || s.destination_country || ',')) "
        "AND (?5 IS NULL OR instr(?5, ',' || s.hs6 || ',')) "
        "GROUP BY 1, 2 ORDER BY 1, 2";
    SqliteStatement st(m_db, options.countryLevel ? countrySql : entitySql);
    if (!st.isValid())
        return queryError(st);
    bindTradeFilter(st, options, chplCodes);
    if (parties)
        bindPartiesFilter(st, options);
    std::int64_t rows = 0;
    while (st.step()) {
        if ((++rows & 4095) == 0 && progress.isCancelled())
            return cancelled();
        GraphEdge e;
        if (options.countryLevel) {
            e.kind = graph::EdgeKind::Trade;
            const QString a = st.text(0), b = st.text(1);
            for (const QString &code : {a, b}) {
                GraphNode node;
                node.id = countryNodeId(code);
                node.label = code.toStdString();
                node.country = node.label;
                node.key = node.label;
                node.kind = NodeKind::Country;
                snapshot.addNode(node);
            }
            e.from = snapshot.indexOf(countryNodeId(a));
            e.to = snapshot.indexOf(countryNodeId(b));
            addTradeEdgeFromRow(snapshot, std::move(e), st);
        } else {
            addTradeEdge(snapshot, st);
        }
    }
    if (st.failed())
        return queryError(st);
    if (!options.countryLevel) {
        const QDate at = options.to.isValid() ? options.to : QDate();
        if (auto described = describeNodes(snapshot, at, progress); !described)
            return described.error();
    }
    return snapshot;
}

Result<std::uint32_t> GraphBuilder::tradeParties(const TradeGraphOptions &options, std::uint32_t limit,
                                                 Progress &progress) const
{
    progress.setStatus(QStringLiteral("Counting trading companies"));
    const auto codes = chplCodesFor(options);
    if (!codes)
        return codes.error();
    // Shipments in table order, not aggregated: a large case passes the limit within its first rows.
    const bool parties = !options.parties.isEmpty();
    SqliteStatement st(
        m_db, parties ? "SELECT s.exporter_id, s.importer_id " CARAVAN_COMPANY_TRADE_FROM CARAVAN_PARTIES_TRADE_FILTER
                            CARAVAN_COMPANY_TRADE_FILTER
                      : "SELECT s.exporter_id, s.importer_id " CARAVAN_COMPANY_TRADE_FROM CARAVAN_COMPANY_TRADE_FILTER);
    if (!st.isValid())
        return queryError(st);
    bindTradeFilter(st, options, codes.value());
    if (parties)
        bindPartiesFilter(st, options);
    std::unordered_set<std::int64_t> found;
    std::int64_t rows = 0;
    while (found.size() <= limit && st.step()) {
        if ((++rows & 4095) == 0 && progress.isCancelled())
            return cancelled();
        found.insert(st.int64(0));
        found.insert(st.int64(1));
    }
    if (st.failed())
        return queryError(st);
    return static_cast<std::uint32_t>(std::min<std::size_t>(found.size(), std::size_t{limit} + 1));
}

Result<GraphSnapshot> GraphBuilder::around(const std::vector<qint64> &centres, const std::vector<qint64> &extra,
                                           const QDate &at, Progress &progress) const
{
    progress.setStatus(QStringLiteral("Reading the neighbourhood"));
    GraphSnapshot snapshot;
    for (const qint64 id : centres)
        entityNode(snapshot, id);
    SqliteStatement links(m_db, "SELECT id, type, owner_id, asset_id, share_min, share_max, start_date, end_date "
                                "FROM links WHERE (owner_id = ?1 OR asset_id = ?1) AND (?2 IS NULL OR "
                                "((start_date IS NULL OR start_date <= ?2) AND (end_date IS NULL OR end_date >= ?2))) "
                                "ORDER BY id");
    SqliteStatement trade(m_db,
                          "SELECT exporter_id, importer_id, count(*), total(value), min(date), max(date) "
                          "FROM shipments WHERE exporter_id = ?1 OR importer_id = ?1 GROUP BY 1, 2 ORDER BY 1, 2");
    if (!links.isValid())
        return queryError(links);
    if (!trade.isValid())
        return queryError(trade);
    std::unordered_set<std::int64_t> seenLinks;
    std::set<std::pair<std::int64_t, std::int64_t>> seenTrade;
    for (const qint64 id : centres) {
        if (progress.isCancelled())
            return cancelled();
        links.reset();
        links.bind(1, id);
        links.bind(2, isoOrEmpty(at));
        while (links.step())
            if (seenLinks.insert(links.int64(0)).second)
                snapshot.edges.push_back(linkEdge(snapshot, links));
        if (links.failed())
            return queryError(links);
        trade.reset();
        trade.bind(1, id);
        while (trade.step())
            if (seenTrade.insert({trade.int64(0), trade.int64(1)}).second)
                addTradeEdge(snapshot, trade);
        if (trade.failed())
            return queryError(trade);
    }
    // The extra entities come with the links that join them to what is already shown.
    for (const qint64 id : extra)
        entityNode(snapshot, id);
    for (const qint64 id : extra) {
        links.reset();
        links.bind(1, id);
        links.bind(2, isoOrEmpty(at));
        while (links.step()) {
            const std::int64_t other = links.int64(2) == id ? links.int64(3) : links.int64(2);
            if (snapshot.indexOf(other) < snapshot.nodeCount() && seenLinks.insert(links.int64(0)).second)
                snapshot.edges.push_back(linkEdge(snapshot, links));
        }
        if (links.failed())
            return queryError(links);
    }
    if (auto described = describeNodes(snapshot, at, progress); !described)
        return described.error();
    return snapshot;
}

Status GraphBuilder::describeNodes(GraphSnapshot &snapshot, const QDate &at, Progress &progress) const
{
    progress.setStatus(QStringLiteral("Reading entities"));
    {
        SqliteStatement st(m_db, "SELECT name, type, country, ext_id FROM entities WHERE id = ?");
        for (std::uint32_t v = 0; v < snapshot.nodeCount(); ++v) {
            if ((v & 4095) == 0 && progress.isCancelled())
                return cancelled();
            GraphNode &node = snapshot.nodes[v];
            st.reset();
            st.bind(1, static_cast<qint64>(node.id));
            if (st.step()) {
                node.label = st.text(0).toStdString();
                node.kind = kindOf(st.text(1));
                node.country = st.text(2).toStdString();
                node.key = st.text(3).toStdString();
            } else {
                node.label = "#" + std::to_string(node.id);
                node.kind = NodeKind::Other;
            }
            progress.setProgress(v + 1, snapshot.nodeCount());
        }
    }
    {
        // Every designation outlines its node; only lists the OFAC 50% rule counts (the case's setting) seed
        // the blocked colours.
        auto rules = ListRules::load(m_db);
        if (!rules)
            return rules.error();
        SqliteStatement st(m_db,
                           "SELECT entity_id, list, program FROM designations WHERE ?1 IS NULL OR "
                           "((listed_date IS NULL OR listed_date <= ?1) AND (end_date IS NULL OR end_date >= ?1))");
        st.bind(1, isoOrEmpty(at));
        while (st.step())
            if (const std::uint32_t v = snapshot.indexOf(st.int64(0)); v < snapshot.nodeCount()) {
                snapshot.nodes[v].flags |= graph::flagBit(NodeFlag::Designated);
                if (rules->rulesFor(st.text(1), st.text(2)) & listrule::kOfac)
                    snapshot.nodes[v].flags |= graph::flagBit(NodeFlag::OfacDesignated);
            }
        if (st.failed())
            return queryError(st);
    }
    {
        SqliteStatement st(m_db, "SELECT e.id, m.status FROM marks m JOIN entities e ON e.ext_id = m.target_ref "
                                 "WHERE m.target_kind = 'entity'");
        while (st.step()) {
            const std::uint32_t v = snapshot.indexOf(st.int64(0));
            if (v >= snapshot.nodeCount())
                continue;
            const QString status = st.text(1);
            snapshot.nodes[v].flags |= graph::flagBit(status == QLatin1String("confirmed")   ? NodeFlag::MarkConfirmed
                                                      : status == QLatin1String("dismissed") ? NodeFlag::MarkDismissed
                                                                                             : NodeFlag::MarkSuspected);
        }
        if (st.failed())
            return queryError(st);
    }
    return {};
}

CaseDateSpan GraphBuilder::dateSpan() const
{
    CaseDateSpan span;
    SqliteStatement st(m_db, "SELECT min(d), max(d) FROM (SELECT min(date) AS d FROM shipments UNION ALL "
                             "SELECT max(date) FROM shipments UNION ALL SELECT min(start_date) FROM links "
                             "UNION ALL SELECT max(start_date) FROM links UNION ALL SELECT max(end_date) FROM links)");
    if (st.step()) {
        span.first = QDate::fromString(st.text(0).left(10), Qt::ISODate);
        span.last = QDate::fromString(st.text(1).left(10), Qt::ISODate);
    }
    return span;
}

GraphSnapshot neighbourhoodSnapshot(const GraphSnapshot &snapshot, std::int64_t seedId, int hops)
{
    GraphSnapshot result;
    result.title = snapshot.title;
    const std::uint32_t seed = snapshot.indexOf(seedId);
    if (seed >= snapshot.nodeCount())
        return result;
    const graph::Adjacency adjacency = graph::Adjacency::of(snapshot, graph::Direction::Undirected);
    const std::vector<int> distance = graph::hopDistances(adjacency, {seed}, hops);
    for (std::uint32_t v = 0; v < snapshot.nodeCount(); ++v)
        if (distance[v] >= 0)
            result.addNode(snapshot.nodes[v]);
    for (const GraphEdge &e : snapshot.edges)
        if (distance[e.from] >= 0 && distance[e.to] >= 0) {
            GraphEdge copy = e;
            copy.from = result.indexOf(snapshot.nodes[e.from].id);
            copy.to = result.indexOf(snapshot.nodes[e.to].id);
            result.edges.push_back(std::move(copy));
        }
    return result;
}

namespace {
bool isOwnershipOrControl(const GraphEdge &e)
{
    return e.kind == graph::EdgeKind::Ownership || e.kind == graph::EdgeKind::Control;
}

// Marks in `reached` every node reached from `start` along ownership and control edges, forward or backward.
void reachAlong(const GraphSnapshot &snapshot, std::uint32_t start, bool forward, std::vector<char> &reached)
{
    std::vector<std::vector<std::uint32_t>> next(snapshot.nodeCount());
    for (const GraphEdge &e : snapshot.edges)
        if (isOwnershipOrControl(e))
            next[forward ? e.from : e.to].push_back(forward ? e.to : e.from);
    std::vector<char> seen(snapshot.nodeCount(), 0);
    std::vector<std::uint32_t> pending{start};
    seen[start] = 1;
    while (!pending.empty()) {
        const std::uint32_t v = pending.back();
        pending.pop_back();
        reached[v] = 1;
        for (const std::uint32_t w : next[v])
            if (!seen[w]) {
                seen[w] = 1;
                pending.push_back(w);
            }
    }
}
} // namespace

GraphSnapshot lineageSnapshot(const GraphSnapshot &snapshot, std::int64_t entityId)
{
    GraphSnapshot result;
    const std::uint32_t seed = snapshot.indexOf(entityId);
    if (seed >= snapshot.nodeCount())
        return result;
    result.title = "Ownership of " + snapshot.nodes[seed].label;
    std::vector<char> kept(snapshot.nodeCount(), 0);
    reachAlong(snapshot, seed, false, kept);
    reachAlong(snapshot, seed, true, kept);
    for (std::uint32_t v = 0; v < snapshot.nodeCount(); ++v)
        if (kept[v]) {
            graph::GraphNode node = snapshot.nodes[v];
            if (v == seed)
                node.flags |= graph::flagBit(graph::NodeFlag::Focus);
            result.addNode(node);
        }
    for (const GraphEdge &e : snapshot.edges)
        if (isOwnershipOrControl(e) && kept[e.from] && kept[e.to]) {
            GraphEdge copy = e;
            copy.from = result.indexOf(snapshot.nodes[e.from].id);
            copy.to = result.indexOf(snapshot.nodes[e.to].id);
            result.edges.push_back(std::move(copy));
        }
    return result;
}

} // namespace caravan
