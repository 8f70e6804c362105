#include "ui/graph/GraphStyle.h"

#include <QLocale>

#include <algorithm>
#include <cmath>
#include <map>

namespace caravan {

namespace {

const QColor kNeutral(0xa7, 0xb4, 0xc2);

// Twelve distinguishable colours for countries (none of them the status reds and oranges).
const QColor kCountryColours[] = {QColor(0x1f, 0x77, 0xb4), QColor(0x2c, 0xa0, 0x2c), QColor(0x94, 0x67, 0xbd),
                                  QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x17, 0xbe, 0xcf),
                                  QColor(0xbc, 0xbd, 0x22), QColor(0x39, 0x3b, 0x79), QColor(0x63, 0x79, 0x39),
                                  QColor(0x00, 0x6d, 0x5b), QColor(0x6b, 0x6e, 0xcf), QColor(0xa6, 0x56, 0x28)};

QString countryName(const QString &code)
{
    const QLocale::Territory territory = QLocale::codeToTerritory(code);
    return territory == QLocale::AnyTerritory ? code : code + u' ' + QLocale::territoryToString(territory);
}

} // namespace

QString GraphStyle::kindName(graph::NodeKind kind)
{
    switch (kind) {
    case graph::NodeKind::Company:
        return tr("Company");
    case graph::NodeKind::Person:
        return tr("Person");
    case graph::NodeKind::Organization:
        return tr("Organization");
    case graph::NodeKind::Vessel:
        return tr("Vessel");
    case graph::NodeKind::Country:
        return tr("Country");
    case graph::NodeKind::Other:
        break;
    }
    return tr("Other");
}

void GraphStyle::applyColours(CanvasState &state, ColourMode mode)
{
    const std::uint32_t n = state.nodeCount();
    state.colour.assign(n, 0);
    state.palette.clear();
    state.legend.clear();
    const LegendEntry designated{GraphRenderer::designatedColour(), tr("designated (outline)"), true};
    switch (mode) {
    case ColourMode::Type: {
        state.legendTitle = tr("Entity type");
        state.palette = {QColor(0x3b, 0x75, 0xaf), QColor(0x55, 0xa8, 0x68), QColor(0x8c, 0x61, 0x3c),
                         QColor(0x17, 0x9f, 0xb0), QColor(0x6d, 0x6d, 0xa8), kNeutral};
        std::vector<int> seen(state.palette.size(), 0);
        for (std::uint32_t v = 0; v < n; ++v) {
            state.colour[v] = static_cast<std::uint8_t>(state.snapshot.nodes[v].kind);
            seen[state.colour[v]] = 1;
        }
        for (std::size_t k = 0; k < seen.size(); ++k)
            if (seen[k])
                state.legend.append({state.palette[k], kindName(static_cast<graph::NodeKind>(k))});
        break;
    }
    case ColourMode::Country: {
        state.legendTitle = tr("Country");
        std::map<std::string, int> counts;
        for (const graph::GraphNode &node : state.snapshot.nodes)
            ++counts[node.country];
        std::vector<std::pair<int, std::string>> ranked;
        for (const auto &[code, count] : counts)
            if (!code.empty())
                ranked.emplace_back(-count, code);
        std::sort(ranked.begin(), ranked.end());
        const std::size_t named = std::min<std::size_t>(ranked.size(), std::size(kCountryColours));
        std::map<std::string, std::uint8_t> index;
        for (std::size_t i = 0; i < named; ++i) {
            index[ranked[i].second] = static_cast<std::uint8_t>(i);
            state.palette.push_back(kCountryColours[i]);
            state.legend.append({kCountryColours[i], countryName(QString::fromStdString(ranked[i].second))});
        }
        state.palette.push_back(kNeutral);
        state.legend.append({kNeutral, ranked.size() > named ? tr("other or unknown") : tr("unknown")});
        const auto other = static_cast<std::uint8_t>(state.palette.size() - 1);
        for (std::uint32_t v = 0; v < n; ++v) {
            const auto it = index.find(state.snapshot.nodes[v].country);
            state.colour[v] = it == index.end() ? other : it->second;
        }
        break;
    }
    case ColourMode::Sanctions: {
        state.legendTitle = tr("Sanctions status");
        state.palette = {kNeutral, blocked(), possiblyBlocked()};
        state.legend = {{blocked(), tr("blocked (OFAC 50% rule)")},
                        {possiblyBlocked(), tr("possibly blocked (ranges, unknown shares)")},
                        {kNeutral, tr("not blocked")}};
        for (std::uint32_t v = 0; v < n; ++v) {
            const std::uint32_t f = state.snapshot.nodes[v].flags;
            state.colour[v] = graph::hasFlag(f, graph::NodeFlag::Blocked)           ? 1
                              : graph::hasFlag(f, graph::NodeFlag::PossiblyBlocked) ? 2
                                                                                    : 0;
        }
        break;
    }
    case ColourMode::Mark: {
        state.legendTitle = tr("Investigator's marks");
        state.palette = {kNeutral, suspected(), confirmed(), dismissed()};
        state.legend = {{suspected(), tr("suspected")},
                        {confirmed(), tr("confirmed")},
                        {dismissed(), tr("dismissed")},
                        {kNeutral, tr("not marked")}};
        for (std::uint32_t v = 0; v < n; ++v) {
            const std::uint32_t f = state.snapshot.nodes[v].flags;
            state.colour[v] = graph::hasFlag(f, graph::NodeFlag::MarkConfirmed)   ? 2
                              : graph::hasFlag(f, graph::NodeFlag::MarkSuspected) ? 1
                              : graph::hasFlag(f, graph::NodeFlag::MarkDismissed) ? 3
                                                                                  : 0;
        }
        break;
    }
    }
    state.legend.append(designated);
}

void GraphStyle::applySizes(CanvasState &state, SizeMode mode, const std::vector<double> &scores)
{
    const std::uint32_t n = state.nodeCount();
    std::vector<double> measure(n, 0.0);
    switch (mode) {
    case SizeMode::Degree:
        for (const graph::GraphEdge &e : state.snapshot.edges) {
            measure[e.from] += 1;
            measure[e.to] += 1;
        }
        break;
    case SizeMode::Betweenness:
        if (scores.size() == n)
            measure = scores;
        break;
    case SizeMode::Value:
        for (std::uint32_t v = 0; v < n; ++v)
            measure[v] = state.snapshot.nodes[v].weight;
        break;
    case SizeMode::Uniform:
        break;
    }
    const double top = n == 0 ? 0.0 : *std::max_element(measure.begin(), measure.end());
    state.radius.resize(n);
    for (std::uint32_t v = 0; v < n; ++v)
        state.radius[v] = top > 0 ? 4.0 + 11.0 * std::sqrt(std::max(measure[v], 0.0) / top) : 6.0;
}

void GraphStyle::applyEdgeWidths(CanvasState &state)
{
    const auto &edges = state.snapshot.edges;
    double topWeight = 0;
    for (const graph::GraphEdge &e : edges)
        if (e.kind == graph::EdgeKind::Trade)
            topWeight = std::max(topWeight, e.weight);
    state.edgeWidth.resize(edges.size());
    for (std::size_t i = 0; i < edges.size(); ++i) {
        const graph::GraphEdge &e = edges[i];
        double width = 1.0;
        if (e.kind == graph::EdgeKind::Trade && topWeight > 0)
            width = 0.5 + 3.5 * std::log1p(std::max(e.weight, 0.0)) / std::log1p(topWeight);
        else if (e.hasShare())
            width = 0.5 + 3.5 * std::clamp(e.shareMax, 0.0, 100.0) / 100.0;
        state.edgeWidth[i] = static_cast<float>(width);
    }
}

} // namespace caravan
