#include "models/geo/MapGeometry.h"
#include "models/analysis/ChainDetector.h"
#include "models/geo/MapProjection.h"
#include "models/geo/RouteLeg.h"
#include "models/geo/WorldShapes.h"
#include "models/import/CountryNames.h"

#include <catch2/catch.hpp>

using namespace caravan;

namespace {

QDate day(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

graph::GraphNode countryNode(std::int64_t id, const char *code)
{
    graph::GraphNode n;
    n.id = id;
    n.country = code;
    n.key = code;
    n.label = code;
    n.kind = graph::NodeKind::Country;
    return n;
}

graph::GraphEdge tradeEdge(std::uint32_t from, std::uint32_t to, double value, std::int64_t count)
{
    graph::GraphEdge e;
    e.from = from;
    e.to = to;
    e.kind = graph::EdgeKind::Trade;
    e.weight = value;
    e.count = count;
    return e;
}

} // namespace

TEST_CASE("The Natural Earth projection puts known places where the formulas say", "[geo]")
{
    const QPointF origin = MapProjection::project(QPointF(0, 0));
    CHECK(origin.x() == Approx(0).margin(1e-12));
    CHECK(origin.y() == Approx(0).margin(1e-12));
    // On the equator at 180°E the x factor is 0.8707: x = π · 0.8707.
    CHECK(MapProjection::project(QPointF(180, 0)).x() == Approx(2.7353847).epsilon(1e-6));
    // North is up: the pole at y = -(π/2)(1.007226 + 0.015085 φ² - ...) = -1.42239.
    CHECK(MapProjection::project(QPointF(0, 90)).y() == Approx(-1.4223905).epsilon(1e-6));
    // Moscow (37.62°E, 55.75°N).
    const QPointF moscow = MapProjection::project(QPointF(37.62, 55.75));
    CHECK(moscow.x() == Approx(0.4827953).epsilon(1e-6));
    CHECK(moscow.y() == Approx(-0.9754179).epsilon(1e-6));
    const QRectF world = MapProjection::worldRect();
    CHECK(world.left() == Approx(-2.7353847).epsilon(1e-6));
    CHECK(world.bottom() == Approx(1.4223905).epsilon(1e-6));
}

TEST_CASE("The embedded world map has Natural Earth's countries by alpha-2 code", "[geo]")
{
    const WorldShapes &world = WorldShapes::instance();
    REQUIRE_FALSE(world.isEmpty());
    // 241 shapes in Natural Earth 1:50m, Australia's two sharing one code.
    CHECK(world.countries().size() == 240);
    for (const char *code : {"DE", "AE", "KZ", "RU", "BY", "KG", "AM", "GE", "TR", "CN", "HK", "SG", "US", "BH"})
        CHECK(world.country(QString::fromLatin1(code)) != nullptr);
    CHECK(world.country(QStringLiteral("kz")) == world.country(QStringLiteral("KZ")));
    CHECK(world.country(QStringLiteral("XX")) == nullptr);

    // Germany spans 5.87°E to 15.04°E and 47.27°N to 55.06°N; its geographic centre is near 10.45°E, 51.16°N.
    const CountryShape *de = world.country(QStringLiteral("DE"));
    REQUIRE(de);
    CHECK(de->bounds.left() == Approx(5.87).margin(0.1));
    CHECK(de->bounds.right() == Approx(15.04).margin(0.1));
    CHECK(de->bounds.top() == Approx(47.27).margin(0.1)); // y is latitude here: top() is the smallest
    CHECK(de->bounds.bottom() == Approx(55.06).margin(0.1));
    CHECK(de->anchor.x() == Approx(10.45).margin(0.3));
    CHECK(de->anchor.y() == Approx(51.16).margin(0.3));
    // Projected: 10.45°E, 51.16°N lies at (0.13818, -0.89869) on the plane.
    CHECK(de->projectedAnchor.x() == Approx(0.13818).margin(0.006));
    CHECK(de->projectedAnchor.y() == Approx(-0.89869).margin(0.006));
    CHECK(de->projected.contains(de->projectedAnchor));
    // Russia's flows meet it at Moscow, not at the centre of Siberia.
    CHECK(world.country(QStringLiteral("RU"))->anchor == QPointF(37.62, 55.75));
}

TEST_CASE("A world map that is not one, or is cut short, is refused", "[geo]")
{
    QString error;
    CHECK(WorldShapes::fromData("nonsense", &error).isEmpty());
    CHECK(error == QStringLiteral("not a Caravan world map"));
    QByteArray cut("CVWM");
    cut.append(char(1)).append(char(0)).append(char(2)).append(char(0)); // version 1, two countries, then nothing
    CHECK(WorldShapes::fromData(cut, &error).isEmpty());
    CHECK(error == QStringLiteral("the world map is cut short at country 0"));
}

TEST_CASE("A chain DE -> AE -> KZ -> RU is three numbered legs with their dates and arcs", "[geo]")
{
    DetectedChain chain;
    chain.route = QStringLiteral("DE -> AE -> KZ -> RU");
    chain.intermediaries = 2;
    chain.dates = {QStringLiteral("2023-03-01"), QStringLiteral("2023-03-20"), QStringLiteral("2023-04-11"),
                   QStringLiteral("2023-05-02")};
    const std::vector<RouteLeg> legs = routeLegs(chain);
    REQUIRE(legs.size() == 3);
    CHECK(legs[0].number == 1);
    CHECK(legs[0].from == QStringLiteral("DE"));
    CHECK(legs[0].to == QStringLiteral("AE"));
    CHECK(legs[0].datesText() == QStringLiteral("2023-03-01"));
    CHECK(legs[1].number == 2);
    CHECK(legs[1].from == QStringLiteral("AE"));
    CHECK(legs[1].to == QStringLiteral("KZ"));
    CHECK(legs[2].number == 3);
    CHECK(legs[2].from == QStringLiteral("KZ"));
    CHECK(legs[2].to == QStringLiteral("RU"));
    CHECK(legs[2].shipments == 2); // the two onward shipments
    CHECK(legs[2].datesText() == QStringLiteral("2023-04-11 – 2023-05-02"));

    const WorldShapes &world = WorldShapes::instance();
    const std::vector<MapLeg> arcs = MapGeometry::legs(legs, world);
    REQUIRE(arcs.size() == 3);
    const char *ends[][2] = {{"DE", "AE"}, {"AE", "KZ"}, {"KZ", "RU"}};
    for (std::size_t i = 0; i < arcs.size(); ++i) {
        CHECK(arcs[i].drawable);
        CHECK(arcs[i].arc.start == world.country(QString::fromLatin1(ends[i][0]))->projectedAnchor);
        CHECK(arcs[i].arc.end == world.country(QString::fromLatin1(ends[i][1]))->projectedAnchor);
        CHECK(arcs[i].arc.at(0) == arcs[i].arc.start);
        CHECK(arcs[i].arc.at(1) == arcs[i].arc.end);
    }
    // The view of the route holds every arc and has the asked aspect ratio.
    const QRectF view = MapGeometry::routeView(arcs, world, 1.6);
    CHECK(view.width() / view.height() == Approx(1.6));
    for (const MapLeg &m : arcs) {
        CHECK(view.contains(m.arc.start));
        CHECK(view.contains(m.arc.end));
        CHECK(view.contains(m.arc.at(0.5)));
    }
    CHECK(view.width() < MapProjection::worldRect().width() / 2);
}

TEST_CASE("Route legs group hops between the same countries, unknown countries are legs without an arc", "[geo]")
{
    const std::vector<RouteLeg> legs = routeLegs({{QStringLiteral("CN"), QStringLiteral("KG"), day("2023-06-01")},
                                                  {QStringLiteral("KG"), QStringLiteral("?"), day("2023-07-15")},
                                                  {QStringLiteral("KG"), QStringLiteral("?"), day("2023-07-02")}});
    REQUIRE(legs.size() == 2);
    CHECK(legs[1].number == 2);
    CHECK(legs[1].first == day("2023-07-02"));
    CHECK(legs[1].last == day("2023-07-15"));
    const std::vector<MapLeg> arcs = MapGeometry::legs(legs, WorldShapes::instance());
    CHECK(arcs[0].drawable);
    CHECK_FALSE(arcs[1].drawable);

    DetectedChain split;
    split.route = QStringLiteral("DE -> KZ -> RU+BY");
    split.intermediaries = 1;
    split.dates = {QStringLiteral("2023-01-10"), QStringLiteral("2023-02-01")};
    const std::vector<RouteLeg> two = routeLegs(split);
    REQUIRE(two.size() == 3);
    CHECK(two[1].to == QStringLiteral("RU"));
    CHECK(two[2].to == QStringLiteral("BY"));
    CHECK(two[2].number == 3);
}

TEST_CASE("Flows come from the country-level trade snapshot, largest drawn last", "[geo]")
{
    graph::GraphSnapshot trade;
    trade.addNode(countryNode(1, "DE"));
    trade.addNode(countryNode(2, "KZ"));
    trade.addNode(countryNode(3, "RU"));
    trade.addNode(countryNode(4, "ZZ")); // no shape
    trade.edges = {tradeEdge(0, 1, 500000, 4), tradeEdge(1, 2, 1200000, 9), tradeEdge(1, 1, 70000, 2),
                   tradeEdge(3, 2, 10000, 1), tradeEdge(0, 2, 90000, 1)};
    const WorldShapes &world = WorldShapes::instance();
    const std::vector<MapFlow> flows = MapGeometry::flows(trade, world);
    REQUIRE(flows.size() == 3); // within KZ and from ZZ left out
    CHECK(flows.back().from == QStringLiteral("KZ"));
    CHECK(flows.back().to == QStringLiteral("RU"));
    CHECK(flows.back().value == 1200000);
    CHECK(flows.front().value == 90000);
    CHECK(MapGeometry::flows(trade, world, 1).size() == 1);
    // A → B and B → A bow to opposite sides.
    const MapArc there = MapGeometry::arc(QPointF(0, 0), QPointF(1, 0));
    const MapArc back = MapGeometry::arc(QPointF(1, 0), QPointF(0, 0));
    CHECK(there.control.y() == Approx(-0.18));
    CHECK(back.control.y() == Approx(0.18));

    const QHash<QString, CountryTotals> totals = MapGeometry::totals(trade);
    CHECK(totals.value(QStringLiteral("KZ")).imported == 500000 + 70000);
    CHECK(totals.value(QStringLiteral("KZ")).exported == 1200000 + 70000);
    CHECK(totals.value(QStringLiteral("RU")).imported == 1200000 + 10000 + 90000);
    CHECK(totals.value(QStringLiteral("RU")).shipmentsIn == 11);
}

TEST_CASE("Country names for the map's tooltips come in the interface's language", "[geo]")
{
    CHECK(countrynames::nameOf(QStringLiteral("KZ"), QStringLiteral("ru")) == QStringLiteral("Казахстан"));
    CHECK(countrynames::nameOf(QStringLiteral("kz"), QStringLiteral("kk")) == QStringLiteral("Қазақстан"));
    CHECK(countrynames::nameOf(QStringLiteral("AE"), QStringLiteral("en")) == QStringLiteral("United Arab Emirates"));
    CHECK(countrynames::nameOf(QStringLiteral("QQ"), QStringLiteral("en")).isEmpty());
    CHECK(countrynames::nameOf(QStringLiteral("KAZ"), QStringLiteral("en")).isEmpty());
}
