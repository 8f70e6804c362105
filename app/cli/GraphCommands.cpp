// The graph command: ownership or trade snapshots, their measures, paths, and GraphML/GEXF files with a layout.
#include "app/cli/CliSupport.h"
#include "app/cli/Commands.h"

#include "models/analysis/GraphBuilder.h"
#include "models/analysis/LayoutJob.h"
#include "models/graph/Centrality.h"
#include "models/graph/GraphExport.h"
#include "models/graph/Paths.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>

#include <algorithm>
#include <numeric>
#include <sstream>

namespace caravan::cli {

namespace {

QJsonArray keysOf(const graph::GraphSnapshot &s, const graph::Path &path)
{
    QJsonArray keys;
    for (const std::uint32_t v : path)
        keys.append(QString::fromStdString(s.nodes[v].key));
    return keys;
}

std::uint32_t nodeByKey(const graph::GraphSnapshot &s, const QString &key)
{
    const std::string wanted = key.toStdString();
    for (std::uint32_t v = 0; v < s.nodeCount(); ++v)
        if (s.nodes[v].key == wanted)
            return v;
    return s.nodeCount();
}

// The ten nodes with the highest scores, as {"entity": key, "name": label, "score": x}.
QJsonArray top(const graph::GraphSnapshot &s, const std::vector<double> &scores)
{
    std::vector<std::uint32_t> order(scores.size());
    std::iota(order.begin(), order.end(), 0u);
    const std::size_t k = std::min<std::size_t>(10, order.size());
    std::partial_sort(
        order.begin(), order.begin() + static_cast<std::ptrdiff_t>(k), order.end(),
        [&](std::uint32_t a, std::uint32_t b) { return scores[a] != scores[b] ? scores[a] > scores[b] : a < b; });
    QJsonArray result;
    for (std::size_t i = 0; i < k; ++i)
        result.append(QJsonObject{{QStringLiteral("entity"), QString::fromStdString(s.nodes[order[i]].key)},
                                  {QStringLiteral("name"), QString::fromStdString(s.nodes[order[i]].label)},
                                  {QStringLiteral("score"), scores[order[i]]}});
    return result;
}

} // namespace

int runGraph(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "caravan-cli graph CASE [--trade [--from DATE] [--to DATE] [--hs PREFIX] [--countries CC,..] [--by-country]] "
        "[--as-of DATE] [--path FROM TO [--max-hops K]] [--format graphml|gexf -o OUT [--layout force|hierarchy|none]] "
        "[--json]");
    QCommandLineParser parser;
    const QCommandLineOption trade(QStringLiteral("trade"), QStringLiteral("The trade network instead of ownership."));
    const QCommandLineOption asOf(QStringLiteral("as-of"), QStringLiteral("Links valid on this date."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption from(QStringLiteral("from"), QStringLiteral("Shipments from this date."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), QStringLiteral("Shipments up to this date."),
                                QStringLiteral("DATE"));
    const QCommandLineOption hs(QStringLiteral("hs"), QStringLiteral("HS code prefix."), QStringLiteral("PREFIX"));
    const QCommandLineOption countries(QStringLiteral("countries"), QStringLiteral("Country codes, comma-separated."),
                                       QStringLiteral("CC"));
    const QCommandLineOption byCountry(QStringLiteral("by-country"), QStringLiteral("Countries as nodes."));
    const QCommandLineOption path(QStringLiteral("path"), QStringLiteral("Paths between two entity ids."));
    const QCommandLineOption maxHops(QStringLiteral("max-hops"), QStringLiteral("Longest path listed (default 4)."),
                                     QStringLiteral("K"), QStringLiteral("4"));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("graphml or gexf."), QStringLiteral("F"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    QStringLiteral("Output file."), QStringLiteral("OUT"));
    const QCommandLineOption layout(QStringLiteral("layout"), QStringLiteral("force (default), hierarchy or none."),
                                    QStringLiteral("L"), QStringLiteral("force"));
    parser.addOptions(
        {trade, asOf, from, to, hs, countries, byCountry, path, maxHops, format, output, layout, jsonOption()});
    parser.addPositionalArgument(QStringLiteral("CASE"), QStringLiteral("The case file."));
    if (!parseArguments(parser, arguments, usage))
        return BadInput;
    const QStringList positional = parser.positionalArguments();
    const bool wantPath = parser.isSet(path);
    if (positional.size() != (wantPath ? 3 : 1))
        return fail(QStringLiteral("graph takes a case file%1 (usage: %2)")
                        .arg(wantPath ? QStringLiteral(" and two entity ids") : QString(), usage));
    auto readDate = [&](const QCommandLineOption &option, QDate *date) {
        if (!parser.isSet(option))
            return true;
        *date = QDate::fromString(parser.value(option), Qt::ISODate);
        return date->isValid();
    };
    OwnershipGraphOptions ownershipOptions;
    TradeGraphOptions tradeOptions;
    if (!readDate(asOf, &ownershipOptions.at) || !readDate(from, &tradeOptions.from) || !readDate(to, &tradeOptions.to))
        return fail(QStringLiteral("dates are written YYYY-MM-DD"));
    tradeOptions.hsPrefix = parser.value(hs);
    tradeOptions.countries = parser.value(countries).split(u',', Qt::SkipEmptyParts);
    tradeOptions.countryLevel = parser.isSet(byCountry);
    bool hopsOk = false;
    const int hops = parser.value(maxHops).toInt(&hopsOk);
    if (!hopsOk || hops < 1 || hops > 10)
        return fail(QStringLiteral("--max-hops takes a number from 1 to 10"));
    const QString fileFormat = parser.value(format).toLower();
    if (parser.isSet(format) != parser.isSet(output) ||
        (parser.isSet(format) && fileFormat != QLatin1String("graphml") && fileFormat != QLatin1String("gexf")))
        return fail(QStringLiteral("--format graphml|gexf and -o OUT go together"));
    const QString layoutName = parser.value(layout);
    if (layoutName != QLatin1String("force") && layoutName != QLatin1String("hierarchy") &&
        layoutName != QLatin1String("none"))
        return fail(QStringLiteral("--layout takes force, hierarchy or none"));

    auto file = openCase(positional.first(), CaseFile::OpenMode::ReadOnly);
    if (!file)
        return BadInput;
    NullProgress progress;
    GraphBuilder builder(file->handle());
    auto built =
        parser.isSet(trade) ? builder.trade(tradeOptions, progress) : builder.ownership(ownershipOptions, progress);
    if (!built)
        return fail(built.error().message, exitCodeFor(built.error()));
    const graph::GraphSnapshot &s = *built;

    QJsonObject result{{QStringLiteral("title"), QString::fromStdString(s.title)},
                       {QStringLiteral("nodes"), static_cast<qint64>(s.nodeCount())},
                       {QStringLiteral("edges"), static_cast<qint64>(s.edges.size())}};
    if (wantPath) {
        const std::uint32_t a = nodeByKey(s, positional[1]);
        const std::uint32_t b = nodeByKey(s, positional[2]);
        if (a >= s.nodeCount() || b >= s.nodeCount())
            return fail(
                QStringLiteral("%1 is not in this graph").arg(a >= s.nodeCount() ? positional[1] : positional[2]));
        const graph::Adjacency adjacency = graph::Adjacency::of(s, graph::Direction::Undirected);
        bool truncated = false;
        QJsonArray paths;
        for (const graph::Path &p : graph::allSimplePaths(adjacency, a, b, hops, 1000, &truncated))
            paths.append(keysOf(s, p));
        result.insert(QStringLiteral("shortest"), keysOf(s, graph::shortestPath(adjacency, a, b)));
        result.insert(QStringLiteral("paths"), paths);
        result.insert(QStringLiteral("paths_truncated"), truncated);
    } else {
        const graph::Components components = graph::connectedComponents(s.nodeCount(), graph::edgePairs(s));
        const graph::Adjacency adjacency = graph::Adjacency::of(s, graph::Direction::Undirected);
        const std::uint32_t sample = s.nodeCount() > 5000 ? 500 : 0;
        const graph::Betweenness b = graph::betweenness(adjacency, graph::BetweennessOptions{sample, 1});
        result.insert(QStringLiteral("components"), static_cast<qint64>(components.count()));
        result.insert(QStringLiteral("largest_component"),
                      components.count() ? static_cast<qint64>(components.sizes.front()) : 0);
        result.insert(QStringLiteral("top_degree"), top(s, graph::degreeCentrality(adjacency)));
        result.insert(QStringLiteral("top_betweenness"), top(s, b.scores));
        result.insert(QStringLiteral("betweenness_approximate"), b.approximate);
    }
    if (parser.isSet(output)) {
        std::vector<graph::Point> positions;
        if (layoutName != QLatin1String("none")) {
            LayoutRequest request;
            request.kind = layoutName == QLatin1String("hierarchy") ? LayoutKind::Hierarchy : LayoutKind::Force;
            request.vertexCount = s.nodeCount();
            request.edges = graph::edgePairs(s);
            request.spacing = 60;
            LayoutChannel channel;
            if (auto done = runLayout(request, channel, progress); !done)
                return fail(done.error().message);
            channel.take(positions);
        }
        std::ostringstream text;
        if (fileFormat == QLatin1String("graphml"))
            graph::writeGraphML(text, s, positions);
        else
            graph::writeGexf(text, s, positions);
        QFile out(parser.value(output));
        const std::string bytes = text.str();
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
            out.write(bytes.data(), static_cast<qint64>(bytes.size())) != static_cast<qint64>(bytes.size()))
            return fail(QStringLiteral("cannot write %1: %2").arg(parser.value(output), out.errorString()));
        result.insert(QStringLiteral("output"), QFileInfo(out.fileName()).absoluteFilePath());
    }
    if (parser.isSet(jsonOption())) {
        printJson(result);
        return Success;
    }
    printLine(QStringLiteral("%1: %2 nodes, %3 edges")
                  .arg(result.value(QStringLiteral("title")).toString())
                  .arg(s.nodeCount())
                  .arg(s.edges.size()));
    if (wantPath) {
        QStringList names;
        for (const auto &key : result.value(QStringLiteral("shortest")).toArray())
            names << key.toString();
        printLine(names.isEmpty() ? QStringLiteral("no path")
                                  : QStringLiteral("shortest: ") + names.join(QStringLiteral(" -> ")));
        printLine(QStringLiteral("%1 path(s) of at most %2 links")
                      .arg(result.value(QStringLiteral("paths")).toArray().size())
                      .arg(hops));
    } else
        printLine(QStringLiteral("%1 components, the largest of %2")
                      .arg(result.value(QStringLiteral("components")).toInteger())
                      .arg(result.value(QStringLiteral("largest_component")).toInteger()));
    if (result.contains(QStringLiteral("output")))
        printLine(QStringLiteral("wrote %1").arg(result.value(QStringLiteral("output")).toString()));
    return Success;
}

} // namespace caravan::cli
