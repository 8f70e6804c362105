// Force-directed layout and betweenness on random graphs of 10,000 / 30,000 and 100,000 / 300,000 edges.
// Writes each edge list (and the figures) to a folder so that graph_bench.sh can run igraph on the same graph.
// Times are CPU milliseconds of the computing thread.
// Usage: perf_graph_layout [--out DIR] [--small-only]
#include "PerfSupport.h"

#include "models/graph/Centrality.h"
#include "models/graph/ForceLayout.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <ctime>
#include <random>

using namespace caravan;
using namespace caravan::graph;

namespace {

// CPU time of this thread in ms: igraph's figures in graph_bench.sh are CPU times too, and the machines are shared.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

template <typename Fn> double cpuMs(Fn &&fn)
{
    const double start = threadCpuMs();
    fn();
    return threadCpuMs() - start;
}

// A uniform random multigraph without self-loops: the igraph script reads the same file.
EdgeList randomGraph(std::uint32_t n, std::size_t m, std::uint64_t seed)
{
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<std::uint32_t> pick(0, n - 1);
    EdgeList edges;
    edges.reserve(m);
    while (edges.size() < m) {
        const std::uint32_t a = pick(random), b = pick(random);
        if (a != b)
            edges.emplace_back(a, b);
    }
    return edges;
}

void writeEdges(const QString &path, const EdgeList &edges)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return;
    QByteArray text;
    text.reserve(static_cast<qsizetype>(edges.size() * 14));
    for (const auto &[a, b] : edges)
        text += QByteArray::number(a) + ' ' + QByteArray::number(b) + '\n';
    file.write(text);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int outAt = static_cast<int>(args.indexOf(QStringLiteral("--out")));
    const QString outDir = outAt > 0 && outAt + 1 < args.size() ? args[outAt + 1] : QString();
    const bool smallOnly = args.contains(QStringLiteral("--small-only"));
    if (!outDir.isEmpty())
        QDir().mkpath(outDir);
    QFile figures(outDir.isEmpty() ? QString() : outDir + QStringLiteral("/caravan.tsv"));
    if (!outDir.isEmpty() && !figures.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text))
        return 2;
    auto record = [&](const QString &line) {
        if (figures.isOpen())
            figures.write(line.toUtf8() + '\n');
    };

    struct Size {
        std::uint32_t n;
        std::size_t m;
    };
    std::vector<Size> sizes{{10000, 30000}};
    if (!smallOnly)
        sizes.push_back({100000, 300000});
    for (const Size size : sizes) {
        const EdgeList edges = randomGraph(size.n, size.m, 20240223);
        const QString name = QStringLiteral("%1_%2").arg(size.n).arg(size.m);
        if (!outDir.isEmpty())
            writeEdges(outDir + QStringLiteral("/edges_") + name + QStringLiteral(".txt"), edges);
        std::vector<Point> positions;
        std::uint64_t steps = 0;
        const double ms = cpuMs([&] {
            ForceLayout layout(size.n, edges);
            layout.run();
            steps = layout.stepsDone();
            positions = layout.positions();
        });
        const double quality = layoutQuality(positions, edges);
        perf::report(QStringLiteral("force layout %1 nodes / %2 edges").arg(size.n).arg(size.m), ms,
                     QStringLiteral("quality %1 (mean edge / mean random pair), %2 steps, valid %3")
                         .arg(quality, 0, 'f', 3)
                         .arg(steps)
                         .arg(layoutIsValid(positions) ? QStringLiteral("yes") : QStringLiteral("NO")));
        record(QStringLiteral("layout\t%1\t%2\t%3").arg(name).arg(ms, 0, 'f', 1).arg(quality, 0, 'f', 4));
    }
    // Betweenness on the small graph only: exact Brandes is O(n m).
    {
        const EdgeList edges = randomGraph(10000, 30000, 20240223);
        Betweenness result;
        const double ms = cpuMs([&] { result = betweenness(Adjacency(10000, edges, Direction::Undirected)); });
        double top = 0;
        for (double x : result.scores)
            top = std::max(top, x);
        perf::report(QStringLiteral("betweenness exact 10000 / 30000 (undirected)"), ms,
                     QStringLiteral("max %1").arg(top, 0, 'f', 1));
        record(QStringLiteral("betweenness\t10000_30000\t%1\t%2").arg(ms, 0, 'f', 1).arg(top, 0, 'f', 3));
        Betweenness sampled;
        const double sampledMs = cpuMs([&] {
            sampled = betweenness(Adjacency(10000, edges, Direction::Undirected), BetweennessOptions{500, 1});
        });
        perf::report(QStringLiteral("betweenness sampled (500 sources) 10000 / 30000"), sampledMs,
                     QStringLiteral("approximate"));
        record(QStringLiteral("betweenness_sampled\t10000_30000\t%1\t0").arg(sampledMs, 0, 'f', 1));
    }
    return 0;
}
