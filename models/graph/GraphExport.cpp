#include "models/graph/GraphExport.h"

#include <cstdio>

namespace caravan::graph {

namespace {

std::string number(double value)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.10g", value);
    return buffer;
}

std::string flagsText(std::uint32_t flags)
{
    static const std::pair<NodeFlag, const char *> names[] = {{NodeFlag::Designated, "designated"},
                                                              {NodeFlag::Blocked, "blocked"},
                                                              {NodeFlag::PossiblyBlocked, "possibly-blocked"},
                                                              {NodeFlag::MarkSuspected, "suspected"},
                                                              {NodeFlag::MarkConfirmed, "confirmed"},
                                                              {NodeFlag::MarkDismissed, "dismissed"},
                                                              {NodeFlag::Focus, "focus"}};
    std::string text;
    for (const auto &[flag, name] : names)
        if (hasFlag(flags, flag)) {
            if (!text.empty())
                text += ';';
            text += name;
        }
    return text;
}

bool hasPositions(const GraphSnapshot &snapshot, const std::vector<Point> &positions)
{
    return !positions.empty() && positions.size() == snapshot.nodes.size();
}

} // namespace

std::string xmlEscape(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (const char ch : text) {
        const auto c = static_cast<unsigned char>(ch);
        switch (ch) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\'':
            out += "&apos;";
            break;
        default:
            if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r')
                out += ch;
        }
    }
    return out;
}

void writeGraphML(std::ostream &out, const GraphSnapshot &snapshot, const std::vector<Point> &positions)
{
    const bool withXY = hasPositions(snapshot, positions);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
           "xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
           "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n"
           "  <key id=\"label\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>\n"
           "  <key id=\"kind\" for=\"node\" attr.name=\"kind\" attr.type=\"string\"/>\n"
           "  <key id=\"country\" for=\"node\" attr.name=\"country\" attr.type=\"string\"/>\n"
           "  <key id=\"flags\" for=\"node\" attr.name=\"flags\" attr.type=\"string\"/>\n"
           "  <key id=\"nweight\" for=\"node\" attr.name=\"weight\" attr.type=\"double\"/>\n"
           "  <key id=\"entity\" for=\"node\" attr.name=\"entity\" attr.type=\"long\"/>\n"
           "  <key id=\"key\" for=\"node\" attr.name=\"source_id\" attr.type=\"string\"/>\n"
           "  <key id=\"x\" for=\"node\" attr.name=\"x\" attr.type=\"double\"/>\n"
           "  <key id=\"y\" for=\"node\" attr.name=\"y\" attr.type=\"double\"/>\n"
           "  <key id=\"ekind\" for=\"edge\" attr.name=\"kind\" attr.type=\"string\"/>\n"
           "  <key id=\"eweight\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
           "  <key id=\"share_min\" for=\"edge\" attr.name=\"share_min\" attr.type=\"double\"/>\n"
           "  <key id=\"share_max\" for=\"edge\" attr.name=\"share_max\" attr.type=\"double\"/>\n"
           "  <key id=\"count\" for=\"edge\" attr.name=\"count\" attr.type=\"long\"/>\n"
           "  <key id=\"start\" for=\"edge\" attr.name=\"start_date\" attr.type=\"string\"/>\n"
           "  <key id=\"end\" for=\"edge\" attr.name=\"end_date\" attr.type=\"string\"/>\n";
    out << "  <graph id=\"G\" edgedefault=\"directed\">\n";
    if (!snapshot.title.empty())
        out << "    <desc>" << xmlEscape(snapshot.title) << "</desc>\n";
    for (std::size_t i = 0; i < snapshot.nodes.size(); ++i) {
        const GraphNode &node = snapshot.nodes[i];
        out << "    <node id=\"n" << i << "\">"
            << "<data key=\"label\">" << xmlEscape(node.label) << "</data>"
            << "<data key=\"kind\">" << nodeKindName(node.kind) << "</data>";
        if (!node.country.empty())
            out << "<data key=\"country\">" << xmlEscape(node.country) << "</data>";
        if (node.flags != 0)
            out << "<data key=\"flags\">" << flagsText(node.flags) << "</data>";
        out << "<data key=\"nweight\">" << number(node.weight) << "</data>"
            << "<data key=\"entity\">" << node.id << "</data>";
        if (!node.key.empty())
            out << "<data key=\"key\">" << xmlEscape(node.key) << "</data>";
        if (withXY)
            out << "<data key=\"x\">" << number(positions[i].x) << "</data><data key=\"y\">" << number(positions[i].y)
                << "</data>";
        out << "</node>\n";
    }
    for (std::size_t i = 0; i < snapshot.edges.size(); ++i) {
        const GraphEdge &edge = snapshot.edges[i];
        out << "    <edge id=\"e" << i << "\" source=\"n" << edge.from << "\" target=\"n" << edge.to << "\">"
            << "<data key=\"ekind\">" << edgeKindName(edge.kind) << "</data>"
            << "<data key=\"eweight\">" << number(edge.weight) << "</data>";
        if (edge.hasShare())
            out << "<data key=\"share_min\">" << number(edge.shareMin) << "</data><data key=\"share_max\">"
                << number(edge.shareMax) << "</data>";
        if (edge.kind == EdgeKind::Trade)
            out << "<data key=\"count\">" << edge.count << "</data>";
        if (!edge.startDate.empty())
            out << "<data key=\"start\">" << xmlEscape(edge.startDate) << "</data>";
        if (!edge.endDate.empty())
            out << "<data key=\"end\">" << xmlEscape(edge.endDate) << "</data>";
        out << "</edge>\n";
    }
    out << "  </graph>\n</graphml>\n";
}

void writeGexf(std::ostream &out, const GraphSnapshot &snapshot, const std::vector<Point> &positions)
{
    const bool withXY = hasPositions(snapshot, positions);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\" version=\"1.3\">\n"
           "  <meta><creator>Caravan</creator><description>"
        << xmlEscape(snapshot.title)
        << "</description></meta>\n"
           "  <graph defaultedgetype=\"directed\" mode=\"static\">\n"
           "    <attributes class=\"node\">\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"country\" title=\"country\" type=\"string\"/>\n"
           "      <attribute id=\"flags\" title=\"flags\" type=\"string\"/>\n"
           "      <attribute id=\"weight\" title=\"weight\" type=\"double\"/>\n"
           "      <attribute id=\"entity\" title=\"entity\" type=\"long\"/>\n"
           "      <attribute id=\"source_id\" title=\"source_id\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <attributes class=\"edge\">\n"
           "      <attribute id=\"kind\" title=\"kind\" type=\"string\"/>\n"
           "      <attribute id=\"share_min\" title=\"share_min\" type=\"double\"/>\n"
           "      <attribute id=\"share_max\" title=\"share_max\" type=\"double\"/>\n"
           "      <attribute id=\"count\" title=\"count\" type=\"long\"/>\n"
           "      <attribute id=\"start_date\" title=\"start_date\" type=\"string\"/>\n"
           "      <attribute id=\"end_date\" title=\"end_date\" type=\"string\"/>\n"
           "    </attributes>\n"
           "    <nodes>\n";
    for (std::size_t i = 0; i < snapshot.nodes.size(); ++i) {
        const GraphNode &node = snapshot.nodes[i];
        out << "      <node id=\"n" << i << "\" label=\"" << xmlEscape(node.label) << "\"><attvalues>"
            << "<attvalue for=\"kind\" value=\"" << nodeKindName(node.kind) << "\"/>";
        if (!node.country.empty())
            out << "<attvalue for=\"country\" value=\"" << xmlEscape(node.country) << "\"/>";
        if (node.flags != 0)
            out << "<attvalue for=\"flags\" value=\"" << flagsText(node.flags) << "\"/>";
        out << "<attvalue for=\"weight\" value=\"" << number(node.weight) << "\"/>"
            << "<attvalue for=\"entity\" value=\"" << node.id << "\"/>";
        if (!node.key.empty())
            out << "<attvalue for=\"source_id\" value=\"" << xmlEscape(node.key) << "\"/>";
        out << "</attvalues>";
        if (withXY)
            out << "<viz:position x=\"" << number(positions[i].x) << "\" y=\"" << number(-positions[i].y)
                << "\" z=\"0\"/>";
        out << "</node>\n";
    }
    out << "    </nodes>\n    <edges>\n";
    for (std::size_t i = 0; i < snapshot.edges.size(); ++i) {
        const GraphEdge &edge = snapshot.edges[i];
        out << "      <edge id=\"e" << i << "\" source=\"n" << edge.from << "\" target=\"n" << edge.to << "\" weight=\""
            << number(edge.weight) << "\"><attvalues>"
            << "<attvalue for=\"kind\" value=\"" << edgeKindName(edge.kind) << "\"/>";
        if (edge.hasShare())
            out << "<attvalue for=\"share_min\" value=\"" << number(edge.shareMin)
                << "\"/><attvalue for=\"share_max\" value=\"" << number(edge.shareMax) << "\"/>";
        if (edge.kind == EdgeKind::Trade)
            out << "<attvalue for=\"count\" value=\"" << edge.count << "\"/>";
        if (!edge.startDate.empty())
            out << "<attvalue for=\"start_date\" value=\"" << xmlEscape(edge.startDate) << "\"/>";
        if (!edge.endDate.empty())
            out << "<attvalue for=\"end_date\" value=\"" << xmlEscape(edge.endDate) << "\"/>";
        out << "</attvalues></edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
}

} // namespace caravan::graph
