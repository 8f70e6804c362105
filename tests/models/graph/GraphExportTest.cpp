#include "models/graph/GraphExport.h"

#include <QXmlStreamReader>

#include <catch2/catch.hpp>

#include <sstream>

using namespace caravan::graph;

namespace {

GraphSnapshot sample()
{
    GraphSnapshot s;
    s.title = "Ownership <2023-01-01>";
    GraphNode owner;
    owner.id = 10;
    owner.label = "Захаров Александр";
    owner.kind = NodeKind::Person;
    owner.country = "RU";
    owner.flags = flagBit(NodeFlag::Designated);
    GraphNode asset;
    asset.id = 11;
    asset.label = "ТОО «Қазақ Транзит» & Co";
    asset.country = "KZ";
    const std::uint32_t a = s.addNode(owner);
    const std::uint32_t b = s.addNode(asset);
    CHECK(s.addNode(owner) == a);
    GraphEdge e;
    e.from = a;
    e.to = b;
    e.shareMin = 25;
    e.shareMax = 50;
    e.startDate = "2022-04-01";
    s.edges.push_back(e);
    return s;
}

// Element names, attribute values and texts of a well-formed document; fails the test otherwise.
QString parse(const std::string &xml, int *nodes, int *edges)
{
    QXmlStreamReader reader(QByteArray::fromStdString(xml));
    QString all;
    *nodes = *edges = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            *nodes += reader.name() == QLatin1String("node");
            *edges += reader.name() == QLatin1String("edge");
            for (const auto &attribute : reader.attributes())
                all += attribute.value() + u'|';
        } else if (reader.isCharacters())
            all += reader.text() + u'|';
    }
    CHECK_FALSE(reader.hasError());
    return all;
}

} // namespace

TEST_CASE("GraphML export is well-formed and keeps labels in any script, kinds, shares and positions")
{
    const GraphSnapshot s = sample();
    std::ostringstream out;
    writeGraphML(out, s, {{1.5, 2}, {3, -4}});
    int nodes = 0, edges = 0;
    const QString text = parse(out.str(), &nodes, &edges);
    CHECK(nodes == 2);
    CHECK(edges == 1);
    CHECK(text.contains(QStringLiteral("Захаров Александр|")));
    CHECK(text.contains(QStringLiteral("ТОО «Қазақ Транзит» & Co|")));
    CHECK(text.contains(QStringLiteral("Ownership <2023-01-01>|")));
    CHECK(text.contains(QStringLiteral("designated|")));
    CHECK(text.contains(QStringLiteral("Person|")));
    CHECK(text.contains(QStringLiteral("share_min|25|share_max|50|")));
    CHECK(text.contains(QStringLiteral("2022-04-01|")));
    CHECK(text.contains(QStringLiteral("x|1.5|y|2|")));
}

TEST_CASE("GEXF export is well-formed with attributes and viz positions")
{
    const GraphSnapshot s = sample();
    std::ostringstream out;
    writeGexf(out, s, {{1.5, 2}, {3, -4}});
    int nodes = 0, edges = 0;
    const QString text = parse(out.str(), &nodes, &edges);
    CHECK(nodes == 2);
    CHECK(edges == 1);
    CHECK(text.contains(QStringLiteral("ТОО «Қазақ Транзит» & Co|")));
    CHECK(text.contains(QStringLiteral("ownership|")));
    CHECK(text.contains(QStringLiteral("|3|4|0|"))); // y flipped: GEXF's y axis points up
    CHECK(out.str().find("http://gexf.net/1.3") != std::string::npos);
    // Without positions there is no viz element.
    std::ostringstream bare;
    writeGexf(bare, s);
    CHECK(bare.str().find("viz:position") == std::string::npos);
}

TEST_CASE("XML escaping drops control characters")
{
    CHECK(xmlEscape(std::string("a\x01<b>\"'&")) == "a&lt;b&gt;&quot;&apos;&amp;");
}
