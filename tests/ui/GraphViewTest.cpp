#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"
#include "Screenshot.h"

#include "models/analysis/GraphBuilder.h"
#include "models/editing/CaseDocument.h"
#include "models/tasks/Task.h"
#include "models/tasks/TaskTracker.h"
#include "ui/graph/GraphCanvas.h"
#include "ui/graph/GraphRenderer.h"
#include "ui/graph/GraphView.h"
#include "ui/graph/TimeFilterSlider.h"
#include "ui/panels/InspectorPanel.h"
#include "ui/panels/OwnershipPanel.h"
#include "ui/panels/TablePanel.h"
#include "ui/window/MainWindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPainter>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTranslator>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <random>
#include <set>

using namespace caravan;
using namespace caravan::test;

namespace {

QString first(const QJsonObject &properties, const char *key)
{
    const QJsonArray values = properties.value(QLatin1String(key)).toArray();
    return values.isEmpty() ? QString() : values.first().toString();
}

// The real ZALA Aero / Kalashnikov cluster from OpenSanctions (FtM JSON lines): entities, stakes, directors and
// sanctions, loaded through the case builder (the FtM importer is not part of this test).
void loadZalaCluster(CaseFile &file)
{
    QFile in(sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    REQUIRE(in.open(QIODevice::ReadOnly));
    std::vector<QJsonObject> records;
    while (!in.atEnd())
        records.push_back(QJsonDocument::fromJson(in.readLine()).object());
    CaseBuilder b(file);
    QHash<QString, qint64> ids;
    for (const QJsonObject &r : records) {
        const QString schema = r.value(QLatin1String("schema")).toString();
        if (schema != QLatin1String("Company") && schema != QLatin1String("Person"))
            continue;
        const QJsonObject p = r.value(QLatin1String("properties")).toObject();
        // Prefer a Cyrillic name when the record has one: the labels then show it.
        QString name = r.value(QLatin1String("caption")).toString();
        for (const auto &n : p.value(QLatin1String("name")).toArray())
            if (n.toString().contains(QRegularExpression(QStringLiteral("[А-Яа-я]")))) {
                name = n.toString();
                break;
            }
        const QString country = first(p, "country").toUpper();
        const QString id = r.value(QLatin1String("id")).toString();
        ids[id] = schema == QLatin1String("Person") ? b.person(id, name, country) : b.company(id, name, country);
    }
    for (const QJsonObject &r : records) {
        const QString schema = r.value(QLatin1String("schema")).toString();
        const QJsonObject p = r.value(QLatin1String("properties")).toObject();
        if (schema == QLatin1String("Ownership") && ids.contains(first(p, "owner")) && ids.contains(first(p, "asset")))
            b.owns(ids[first(p, "owner")], ids[first(p, "asset")], first(p, "percentage"), first(p, "startDate"),
                   first(p, "endDate"));
        else if (schema == QLatin1String("Directorship") && ids.contains(first(p, "director")) &&
                 ids.contains(first(p, "organization")))
            b.link(QStringLiteral("directorship"), ids[first(p, "director")], ids[first(p, "organization")]);
        else if (schema == QLatin1String("Sanction") && ids.contains(first(p, "entity")))
            b.designate(ids[first(p, "entity")], first(p, "authority"), first(p, "program"), first(p, "startDate"));
    }
    b.commit();
}

// A trade case of realistic shape: EU and Asian suppliers, transit companies in KZ, KG, AM, AE, TR and
// Russian buyers; chips (8542) and other goods, 2019 to 2024, with transit flows growing after 2022.
void fillTrade(CaseFile &file, int companies, int shipments)
{
    CaseBuilder b(file);
    std::mt19937 random(7);
    const QStringList suppliers{QStringLiteral("DE"), QStringLiteral("CN"), QStringLiteral("NL"), QStringLiteral("US")};
    const QStringList transit{QStringLiteral("KZ"), QStringLiteral("KG"), QStringLiteral("AM"), QStringLiteral("AE"),
                              QStringLiteral("TR")};
    std::vector<qint64> supply, middle, buyers;
    for (int i = 0; i < companies; ++i) {
        const int role = i % 3;
        const QString country = role == 0   ? suppliers[i % suppliers.size()]
                                : role == 1 ? transit[i % transit.size()]
                                            : QStringLiteral("RU");
        const QString name = role == 0   ? QStringLiteral("Supplier %1 GmbH").arg(i)
                             : role == 1 ? QStringLiteral("ТОО «Транзит-%1»").arg(i)
                                         : QStringLiteral("ООО «Восток-%1»").arg(i);
        const qint64 id = b.company(QStringLiteral("c%1").arg(i), name, country);
        (role == 0 ? supply : role == 1 ? middle : buyers).push_back(id);
    }
    auto pick = [&](const std::vector<qint64> &v) {
        // A few hubs: squared uniform favours the first companies.
        const double u = std::uniform_real_distribution<double>(0, 1)(random);
        return v[static_cast<std::size_t>(u * u * static_cast<double>(v.size()))];
    };
    for (int i = 0; i < shipments; ++i) {
        const int year = 2019 + i % 6;
        const QString date = QStringLiteral("%1-%2-15").arg(year).arg(1 + i % 12, 2, 10, QLatin1Char('0'));
        const bool onward = year >= 2022 && i % 2 == 0;
        const qint64 from = onward ? pick(middle) : pick(supply);
        const qint64 to = onward ? pick(buyers) : (year >= 2022 ? pick(middle) : pick(buyers));
        const QString hs = i % 3 == 0 ? QStringLiteral("8542.31") : QStringLiteral("8471.30");
        b.shipment(QStringLiteral("S%1").arg(i), date, from, to, hs, 10, 1000.0 + (i % 17) * 250.0,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
    }
    b.commit();
}

struct ViewOnCase {
    TempCase tc;
    std::unique_ptr<CaseDocument> document;
    GraphView view;
    explicit ViewOnCase(GraphView::Kind kind) : view(kind) {}
    void open()
    {
        tc.close();
        auto opened = CaseFile::open(tc.path());
        REQUIRE(opened.ok());
        document = std::make_unique<CaseDocument>(opened.takeValue());
        view.resize(1400, 850);
        view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&view));
        QSignalSpy idle(&view, &GraphView::idle);
        view.setDocument(document.get());
        REQUIRE(idle.wait(60000));
    }
    void waitIdle()
    {
        if (!view.isBusy())
            return;
        QSignalSpy idle(&view, &GraphView::idle);
        REQUIRE(idle.wait(60000));
    }
    void screenshot(const QString &name) { caravan::test::screenshot(view, name); }
    ~ViewOnCase() { view.setDocument(nullptr); }
};

} // namespace

TEST_CASE("the ownership view shows the real ZALA Aero cluster, blocked status, paths and exports")
{
    ViewOnCase v(GraphView::Kind::Ownership);
    loadZalaCluster(v.tc.caseFile());
    v.open();
    GraphCanvas *canvas = v.view.canvas();
    REQUIRE(canvas->nodeCount() >= 10);
    CHECK(canvas->snapshot().edges.size() >= 10);
    bool designated = false, blocked = false;
    for (const auto &node : canvas->snapshot().nodes) {
        designated = designated || graph::hasFlag(node.flags, graph::NodeFlag::Designated);
        blocked = blocked || graph::hasFlag(node.flags, graph::NodeFlag::Blocked);
    }
    CHECK(designated);
    CHECK(blocked);
    CHECK(graph::layoutIsValid([&] {
        std::vector<graph::Point> p;
        for (const QPointF &q : canvas->positions())
            p.push_back({q.x(), q.y()});
        return p;
    }()));
    v.screenshot(QStringLiteral("ownership-zala.png"));

    // The shortest path between the two ends of the first ownership edge's neighbourhood.
    REQUIRE(v.view.searchAndSelect(QStringLiteral("ЗАЛА")));
    const std::uint32_t zala = canvas->selection().front();
    const auto &e = canvas->snapshot().edges.front();
    canvas->selectNodes({e.from, e.to == zala ? e.from : zala});
    if (canvas->selection().size() == 2) {
        v.view.findPath(false);
        CHECK(canvas->state().hasHighlight);
        CHECK(v.view.statusText().contains(QStringLiteral("→")));
    }
    QTemporaryDir dir;
    for (const char *name : {"g.png", "g.svg", "g.graphml", "g.gexf"}) {
        QString error;
        CHECK(v.view.exportTo(dir.filePath(QString::fromLatin1(name)), &error));
        CHECK(error.isEmpty());
        CHECK(QFileInfo(dir.filePath(QString::fromLatin1(name))).size() > 500);
    }
    QString error;
    CHECK_FALSE(v.view.exportTo(dir.filePath(QStringLiteral("g.doc")), &error));
    CHECK_FALSE(error.isEmpty());

    // Dragging a node is undoable through the document's undo stack.
    canvas->clearHighlight();
    const QPoint grab = canvas->viewport().toScreen(canvas->positions()[0]).toPoint();
    const std::int64_t hit = canvas->nodeAt(grab);
    REQUIRE(hit >= 0);
    const auto dragged = static_cast<std::uint32_t>(hit);
    const QPointF original = canvas->positions()[dragged];
    const QPoint drop = grab + QPoint(40, 25);
    QTest::mousePress(canvas, Qt::LeftButton, {}, grab);
    QMouseEvent move(QEvent::MouseMove, drop, canvas->mapToGlobal(drop), Qt::NoButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(canvas, &move);
    QTest::mouseRelease(canvas, Qt::LeftButton, {}, drop);
    const QPointF moved = canvas->positions()[dragged];
    CHECK(moved != original);
    REQUIRE(v.document->undoStack()->count() == 1);
    v.document->undoStack()->undo();
    CHECK(canvas->positions()[dragged] == original);
    v.document->undoStack()->redo();
    CHECK(canvas->positions()[dragged] == moved);

    // Positions are saved with the case and come back for the same entities.
    const QPointF before = canvas->positions()[0];
    const qint64 id = canvas->snapshot().nodes[0].id;
    GraphView again(GraphView::Kind::Ownership);
    again.resize(1400, 850);
    again.show();
    QSignalSpy idle(&again, &GraphView::idle);
    again.setDocument(v.document.get());
    if (again.isBusy())
        idle.wait(30000);
    const std::uint32_t index = again.canvas()->snapshot().indexOf(id);
    REQUIRE(index < again.canvas()->nodeCount());
    CHECK(again.canvas()->positions()[index] == before);
    again.setDocument(nullptr);
}

TEST_CASE("the trade view aggregates shipments and follows the timeline and filters")
{
    ViewOnCase v(GraphView::Kind::Trade);
    fillTrade(v.tc.caseFile(), 900, 6000);
    v.open();
    GraphCanvas *canvas = v.view.canvas();
    // 898 trading companies are a hairball at fit: the view opens grouped by country, and says why.
    CHECK(v.view.countryLevel()->isChecked());
    REQUIRE(canvas->nodeCount() > 0);
    CHECK(canvas->nodeCount() <= 10);
    CHECK(canvas->snapshot().nodes.front().kind == graph::NodeKind::Country);
    INFO("status: " << v.view.statusText().toStdString());
    // Decided by counting companies before the company network is aggregated: it never is at this size.
    CHECK(v.view.statusText().startsWith(QStringLiteral("Grouped by country: more than 200 companies")));
    // The user's choice stands: unticked, the companies come back and stay.
    v.view.countryLevel()->setChecked(false);
    v.waitIdle();
    CHECK_FALSE(v.view.countryLevel()->isChecked());
    REQUIRE(canvas->nodeCount() > 500);
    const std::size_t allEdges = canvas->snapshot().edges.size();
    v.screenshot(QStringLiteral("trade-all.png"));

    v.view.timeFilter()->setRange(QDate(2019, 1, 1), QDate(2022, 2, 23));
    v.waitIdle();
    const std::size_t before = canvas->snapshot().edges.size();
    v.view.timeFilter()->setRange(QDate(2022, 2, 24), QDate(2024, 12, 31));
    v.waitIdle();
    const std::size_t after = canvas->snapshot().edges.size();
    CHECK(before < allEdges);
    CHECK(after < allEdges);
    // After the invasion, transit companies appear as importers and exporters.
    CHECK(canvas->snapshot().title.find("2022-02-24") != std::string::npos);
    v.screenshot(QStringLiteral("trade-after-2022.png"));

    v.view.hsFilter()->setText(QStringLiteral("8542"));
    v.view.reload();
    v.waitIdle();
    CHECK(canvas->snapshot().edges.size() < after);

    v.view.countryLevel()->setChecked(true);
    v.waitIdle();
    CHECK(canvas->nodeCount() <= 10);
    CHECK(canvas->snapshot().nodes.front().kind == graph::NodeKind::Country);
    v.screenshot(QStringLiteral("trade-countries.png"));
}

TEST_CASE("a chain's focus on a large trade network shows its companies and their partners only, By country brings "
          "the whole network back",
          "[graph][parties]")
{
    ViewOnCase v(GraphView::Kind::Trade);
    fillTrade(v.tc.caseFile(), 900, 6000);
    v.open();
    GraphCanvas *canvas = v.view.canvas();
    REQUIRE(v.view.countryLevel()->isChecked());
    const QStringList parties{QStringLiteral("c3"), QStringLiteral("c4")};
    v.view.focusCompanies(parties);
    v.waitIdle();
    CHECK_FALSE(v.view.countryLevel()->isChecked());
    const graph::GraphSnapshot &snapshot = canvas->snapshot();
    REQUIRE(snapshot.nodeCount() > 2);
    CHECK(snapshot.nodeCount() < 300);
    // Every edge is a shipment of c3 or c4, and both are there.
    std::set<std::string> keys;
    for (const graph::GraphNode &node : snapshot.nodes)
        keys.insert(node.key);
    CHECK(keys.count("c3") == 1);
    CHECK(keys.count("c4") == 1);
    for (const graph::GraphEdge &e : snapshot.edges) {
        const std::string &from = snapshot.nodes[e.from].key, &to = snapshot.nodes[e.to].key;
        CHECK((from == "c3" || from == "c4" || to == "c3" || to == "c4"));
    }
    CHECK(v.view.statusText().startsWith(
        QStringLiteral("2 companies and their trade partners only: By country shows the whole network.")));
    // The same focus again builds nothing.
    v.view.focusCompanies(parties);
    CHECK_FALSE(v.view.isBusy());

    v.view.countryLevel()->setChecked(true);
    v.waitIdle();
    CHECK(v.view.focusedCompanies().isEmpty());
    CHECK(canvas->snapshot().nodes.front().kind == graph::NodeKind::Country);
    v.view.countryLevel()->setChecked(false);
    v.waitIdle();
    CHECK(canvas->nodeCount() > 500); // every company
}

TEST_CASE("at fit a network of many components shows the largest that read, says what it leaves out, and All "
          "components shows the rest",
          "[graph][components]")
{
    ViewOnCase v(GraphView::Kind::Ownership);
    // One holding of 30 (a parent owning 29 companies) and 150 small groups of four (a parent owning three): 630
    // entities in 151 components, more than a 1400 x 850 view shows legibly.
    std::vector<QString> holding;
    {
        CaseBuilder b(v.tc.caseFile());
        const qint64 parent = b.company(QStringLiteral("h-0"), QStringLiteral("Holding Parent"), QStringLiteral("CY"));
        holding.push_back(QStringLiteral("h-0"));
        for (int i = 1; i < 30; ++i) {
            holding.push_back(QStringLiteral("h-%1").arg(i));
            b.owns(parent, b.company(holding.back(), QStringLiteral("Holding Child %1").arg(i), QStringLiteral("RU")),
                   QStringLiteral("100"));
        }
        for (int g = 0; g < 150; ++g) {
            const qint64 owner = b.person(QStringLiteral("g%1-o").arg(g), QStringLiteral("Owner %1").arg(g));
            for (int k = 0; k < 3; ++k)
                b.owns(
                    owner,
                    b.company(QStringLiteral("g%1-%2").arg(g).arg(k), QStringLiteral("Group %1 Co %2").arg(g).arg(k)),
                    QStringLiteral("60"));
        }
        b.commit();
    }
    v.open();
    GraphCanvas *canvas = v.view.canvas();
    const std::uint32_t shown = canvas->nodeCount();
    INFO("shown " << shown << ", status: " << v.view.statusText().toStdString());
    REQUIRE(shown < 630);
    // The holding first and whole, then groups of four whole: never a component cut.
    REQUIRE((shown - 30) % 4 == 0);
    for (const QString &id : holding) {
        bool found = false;
        for (const graph::GraphNode &node : canvas->snapshot().nodes)
            found = found || node.key == id.toStdString();
        CHECK(found);
    }
    const std::uint32_t groups = (shown - 30) / 4;
    CHECK(canvas->snapshot().edges.size() == 29 + 3 * groups);
    CHECK(v.view.statusText().startsWith(QStringLiteral("The %1 largest components (%2 of 630 entities); %3 more "
                                                        "components, %4 entities: All components shows them.")
                                             .arg(groups + 1)
                                             .arg(shown)
                                             .arg(150 - groups)
                                             .arg(630 - shown)));
    REQUIRE(v.view.allComponentsAction()->isEnabled());

    // An entity left out is found all the same: its own ownership view.
    REQUIRE(v.view.searchAndSelect(QStringLiteral("Group 149 Co 2")));
    v.waitIdle();
    CHECK(v.view.focusedEntity() != 0);
    CHECK(canvas->nodeCount() == 2); // the company and its owner
    v.view.showWholeNetwork();
    v.waitIdle();
    CHECK(canvas->nodeCount() == shown);

    v.view.allComponentsAction()->setChecked(true);
    v.waitIdle();
    CHECK(canvas->nodeCount() == 630);
    CHECK(canvas->snapshot().edges.size() == 29 + 3 * 150);
    CHECK_FALSE(v.view.statusText().contains(QStringLiteral("largest components")));
    v.view.allComponentsAction()->setChecked(false);
    v.waitIdle();
    CHECK(canvas->nodeCount() == shown);
}

TEST_CASE("the main window has Ownership and Trade tabs, a node selected in the graph shows in the inspector")
{
    TempCase tc;
    loadZalaCluster(tc.caseFile());
    tc.close();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(window.openCase(tc.path()));
    GraphView *ownership = window.ownershipGraph();
    REQUIRE(ownership != nullptr);
    CHECK(window.tabs()->tabText(window.tabs()->indexOf(ownership)) == QStringLiteral("Ownership"));
    CHECK(window.tabs()->indexOf(window.tradeGraph()) >= 0);
    QSignalSpy idle(ownership, &GraphView::idle);
    window.tabs()->setCurrentWidget(ownership);
    REQUIRE(idle.wait(30000));
    REQUIRE(ownership->searchAndSelect(QStringLiteral("ЗАЛА")));
    CHECK(window.inspector()->plainText().contains(QStringLiteral("ЗАЛА"), Qt::CaseInsensitive));
    if (const QByteArray dir = qgetenv("CARAVAN_SCREENSHOTS"); !dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/main-window-ownership.png"));
    window.closeCase();
}

TEST_CASE("Show ownership focuses the Ownership tab on an entity's owners and holdings, Whole network restores it")
{
    TempCase tc;
    loadZalaCluster(tc.caseFile());
    tc.close();
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    REQUIRE(window.openCase(tc.path()));
    GraphView *ownership = window.ownershipGraph();
    QSignalSpy idle(ownership, &GraphView::idle);
    window.tabs()->setCurrentWidget(ownership);
    REQUIRE(idle.wait(30000));
    GraphCanvas *canvas = ownership->canvas();
    const std::uint32_t whole = canvas->nodeCount();
    // The entity with the largest ownership family that is not the whole network.
    graph::GraphNode zala;
    std::uint32_t family = 0;
    for (const graph::GraphNode &node : canvas->snapshot().nodes)
        if (const std::uint32_t size = lineageSnapshot(canvas->snapshot(), node.id).nodeCount();
            size > family && size < whole) {
            family = size;
            zala = node;
        }
    REQUIRE(family >= 3);

    window.tabs()->setCurrentWidget(window.entityPanel());
    window.ownershipPanel()->showEntity(QString::fromStdString(zala.key));
    QPushButton *button = window.ownershipPanel()->showOwnershipButton();
    REQUIRE(button->isEnabled());
    idle.clear();
    button->click();
    CHECK(window.tabs()->currentWidget() == ownership);
    CHECK(ownership->focusedEntity() == zala.id);
    if (ownership->isBusy())
        REQUIRE(idle.wait(30000));
    const graph::GraphSnapshot &focused = canvas->snapshot();
    const std::uint32_t focus = focused.indexOf(zala.id);
    REQUIRE(focus < focused.nodeCount());
    CHECK(graph::hasFlag(focused.nodes[focus].flags, graph::NodeFlag::Focus));
    CHECK(focused.nodeCount() == family);
    for (const graph::GraphEdge &e : focused.edges)
        CHECK((e.kind == graph::EdgeKind::Ownership || e.kind == graph::EdgeKind::Control));
    // Owners above their holdings: the hierarchy layout.
    for (const graph::GraphEdge &e : focused.edges)
        if (e.kind == graph::EdgeKind::Ownership && e.from != e.to)
            CHECK(canvas->positions()[e.from].y() < canvas->positions()[e.to].y());
    bool colour = false;
    for (const graph::GraphNode &n : focused.nodes)
        colour = colour || graph::hasFlag(n.flags, graph::NodeFlag::Blocked) ||
                 graph::hasFlag(n.flags, graph::NodeFlag::PossiblyBlocked);
    CHECK(colour);
    // Zoomed in, the shares are written on the edges.
    QImage image(1400, 850, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&image);
    const RenderStats stats = GraphRenderer::render(painter, canvas->state(), canvas->viewport());
    painter.end();
    CHECK(stats.edgeLabelsDrawn > 0);
    if (const QByteArray dir = qgetenv("CARAVAN_SCREENSHOTS"); !dir.isEmpty())
        window.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/ownership-focused.png"));

    REQUIRE(ownership->wholeNetworkAction()->isEnabled());
    ownership->wholeNetworkAction()->trigger();
    if (ownership->isBusy())
        REQUIRE(idle.wait(30000));
    CHECK(ownership->focusedEntity() == 0);
    CHECK(canvas->nodeCount() == whole);
    CHECK_FALSE(ownership->wholeNetworkAction()->isEnabled());

    // From the entity table too.
    window.tabs()->setCurrentWidget(window.entityPanel());
    window.showOwnershipOf(QString::fromStdString(zala.key));
    CHECK(window.tabs()->currentWidget() == ownership);
    CHECK(canvas->nodeCount() < whole);
    window.closeCase();
}

TEST_CASE("share labels: exact, range and unknown")
{
    graph::GraphEdge e;
    CHECK(GraphRenderer::shareText(e) == QStringLiteral("?"));
    e.shareMin = e.shareMax = 51;
    CHECK(GraphRenderer::shareText(e) == QStringLiteral("51%"));
    e.shareMin = 25;
    e.shareMax = 50;
    CHECK(GraphRenderer::shareText(e) == QStringLiteral("25–50%"));
    e.kind = graph::EdgeKind::Directorship;
    CHECK(GraphRenderer::shareText(e).isEmpty());
}

TEST_CASE("the trade view filters by CHPL tier, a click on an edge describes it")
{
    ViewOnCase v(GraphView::Kind::Trade);
    CaseBuilder b(v.tc.caseFile());
    const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Bauteile GmbH"), QStringLiteral("DE"));
    const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Транзит"), QStringLiteral("KZ"));
    const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Восток"), QStringLiteral("RU"));
    b.shipment(QStringLiteral("s1"), QStringLiteral("2023-03-01"), de, kz, QStringLiteral("8542.31"), 10, 2000,
               QStringLiteral("DE"), QStringLiteral("KZ"));
    b.shipment(QStringLiteral("s2"), QStringLiteral("2023-03-20"), kz, ru, QStringLiteral("8542.31"), 10, 2500,
               QStringLiteral("KZ"), QStringLiteral("RU"));
    b.shipment(QStringLiteral("s3"), QStringLiteral("2023-04-01"), de, ru, QStringLiteral("6403.99"), 5, 700,
               QStringLiteral("DE"), QStringLiteral("RU"));
    b.commit();
    v.open();
    GraphCanvas *canvas = v.view.canvas();
    REQUIRE(canvas->snapshot().edges.size() == 3);
    QComboBox *tier = v.view.chplTierFilter();
    REQUIRE(tier != nullptr);
    tier->setCurrentIndex(tier->findData(QStringLiteral("1")));
    v.waitIdle();
    CHECK(canvas->snapshot().edges.size() == 2); // shoes (6403) are not on the CHPL
    tier->setCurrentIndex(tier->findData(QStringLiteral("4.B")));
    v.waitIdle();
    CHECK(canvas->snapshot().edges.empty());
    tier->setCurrentIndex(0);
    v.waitIdle();
    REQUIRE(canvas->snapshot().edges.size() == 3);

    // Click the middle of the DE -> KZ edge: it is selected and described.
    const graph::GraphSnapshot &s = canvas->snapshot();
    std::vector<QPointF> places(3);
    places[s.indexOf(de)] = QPointF(0, 0); // a triangle, well apart
    places[s.indexOf(kz)] = QPointF(600, 0);
    places[s.indexOf(ru)] = QPointF(300, 450);
    canvas->setPositions(places);
    canvas->fitToView();
    std::size_t target = 0;
    for (std::size_t i = 0; i < s.edges.size(); ++i)
        if (s.nodes[s.edges[i].from].id == de && s.nodes[s.edges[i].to].id == kz)
            target = i;
    const graph::GraphEdge &e = s.edges[target];
    // A point on the edge outside both discs (big trading nodes may cover its middle).
    const QPointF a = canvas->viewport().toScreen(canvas->positions()[e.from]);
    const QPointF c = canvas->viewport().toScreen(canvas->positions()[e.to]);
    QPointF middle = (a + c) / 2;
    for (double t = 0.5; t < 0.95 && canvas->nodeAt(middle) >= 0; t += 0.05)
        middle = a + (c - a) * t;
    INFO("edge from " << a.x() << "," << a.y() << " to " << c.x() << "," << c.y());
    REQUIRE(canvas->nodeAt(middle) < 0);
    CHECK(canvas->edgeAt(middle) == static_cast<std::int64_t>(target));
    CHECK(canvas->edgeAt(QPointF(-500, -500)) == -1);
    QSignalSpy selected(canvas, &GraphCanvas::edgeSelected);
    QTest::mouseClick(canvas, Qt::LeftButton, {}, middle.toPoint());
    REQUIRE(selected.count() == 1);
    CHECK(canvas->selectedEdge() == static_cast<std::int64_t>(target));
    CHECK(canvas->state().edgeHighlighted[target]);
    CHECK(v.view.statusText().contains(QStringLiteral("Bauteile GmbH")));
    CHECK(v.view.statusText().contains(QStringLiteral("2023-03-01")));
    CHECK(canvas->toolTip() == v.view.statusText());
    v.screenshot(QStringLiteral("trade-edge-selected.png"));
    // A click on empty space clears it.
    QTest::mouseClick(canvas, Qt::LeftButton, {}, QPoint(3, canvas->height() - 3));
    CHECK(canvas->selectedEdge() == -1);
}

TEST_CASE("the trade view says it is building the graph while it does, and that there is nothing only when so")
{
    {
        ViewOnCase v(GraphView::Kind::Trade);
        fillTrade(v.tc.caseFile(), 60, 2000);
        v.tc.close();
        auto opened = CaseFile::open(v.tc.path());
        REQUIRE(opened.ok());
        v.document = std::make_unique<CaseDocument>(opened.takeValue());
        v.view.resize(1000, 700);
        v.view.show();
        REQUIRE(QTest::qWaitForWindowExposed(&v.view));
        QSignalSpy idle(&v.view, &GraphView::idle);
        v.view.setDocument(v.document.get());
        // The graph is built off the GUI thread: until it arrives, the canvas says so.
        CHECK(v.view.canvas()->nodeCount() == 0);
        CHECK(v.view.canvas()->placeholderText() == GraphView::tr("Building the graph…"));
        REQUIRE(idle.wait(60000));
        CHECK(v.view.canvas()->nodeCount() > 0);
        CHECK(v.view.canvas()->placeholderText().isEmpty());
    }
    {
        ViewOnCase empty(GraphView::Kind::Trade);
        empty.open();
        CHECK(empty.view.canvas()->nodeCount() == 0);
        CHECK(empty.view.canvas()->placeholderText().startsWith(QStringLiteral("Nothing to draw yet")));
    }
}

TEST_CASE("the trade view at fit: a big network opens by country, a double-click on a country opens its companies",
          "[graph][aggregate]")
{
    ViewOnCase v(GraphView::Kind::Trade);
    fillTrade(v.tc.caseFile(), 900, 3000);
    v.open();
    GraphCanvas *canvas = v.view.canvas();
    REQUIRE(v.view.countryLevel()->isChecked());
    std::uint32_t country = canvas->nodeCount();
    for (std::uint32_t i = 0; i < canvas->nodeCount(); ++i)
        if (canvas->snapshot().nodes[i].key == "KZ")
            country = i;
    REQUIRE(country < canvas->nodeCount());
    v.screenshot(QStringLiteral("trade-grouped.png"));
    QTest::mouseDClick(canvas, Qt::LeftButton, {}, canvas->viewport().toScreen(canvas->positions()[country]).toPoint());
    v.waitIdle();
    CHECK_FALSE(v.view.countryLevel()->isChecked());
    CHECK(v.view.countryFilter()->text() == QStringLiteral("KZ"));
    REQUIRE(canvas->nodeCount() > 10);
    CHECK(canvas->snapshot().nodes.front().kind != graph::NodeKind::Country);
    bool anyKz = false;
    for (const graph::GraphNode &n : canvas->snapshot().nodes)
        anyKz = anyKz || n.country == "KZ";
    CHECK(anyKz);
    // A rebuild (the timeline moved) keeps the companies: the user chose them.
    v.view.reload();
    v.waitIdle();
    CHECK_FALSE(v.view.countryLevel()->isChecked());
}

TEST_CASE("a new layout stops the running one in every language (found by its kind, not its translated title)")
{
    const QString language = GENERATE(QStringLiteral("en"), QStringLiteral("kk"));
    // Caravan's own translator for the language, removed again at the end (other tests read English).
    QTranslator translator;
    if (language != u"en") {
        REQUIRE(translator.load(QStringLiteral("caravan_") + language, QStringLiteral(":/i18n")));
        QCoreApplication::installTranslator(&translator);
    }
    struct Uninstall {
        QTranslator &t;
        ~Uninstall() { QCoreApplication::removeTranslator(&t); }
    } uninstall{translator};
    REQUIRE(GraphView::tr("Layout of %1 nodes").startsWith(GraphView::tr("Layout")) == (language == u"en"));
    ViewOnCase v(GraphView::Kind::Trade);
    fillTrade(v.tc.caseFile(), 900, 6000);
    v.open();
    v.waitIdle();
    // The 900 companies, not the few countries a network this size opens with: their layout takes long enough to
    // be running still when the second one starts.
    v.view.showCompanies();
    v.waitIdle();
    REQUIRE(v.view.canvas()->nodeCount() > 200);
    QPointer<Task> first;
    const auto noted = QObject::connect(&TaskTracker::instance(), &TaskTracker::taskStarted, &v.view,
                                        [&](Task *task) { first = first ? first : QPointer<Task>(task); });
    v.view.runLayout(LayoutKind::Force);
    QObject::disconnect(noted);
    REQUIRE(first);
    CHECK(first->kind() == TaskKind::Layout);
    CHECK_FALSE(first->isCancelRequested());
    v.view.runLayout(LayoutKind::Hierarchy);
    CHECK(first->isCancelRequested());
    CHECK(TaskTracker::instance().running(&v.view, TaskKind::Layout).size() <= 1);
    v.waitIdle();
}
