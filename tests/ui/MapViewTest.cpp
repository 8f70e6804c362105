#include "../support/TempCase.h"

#include "models/demo/ScenarioGenerator.h"
#include "models/editing/CaseDocument.h"
#include "models/geo/MapProjection.h"
#include "models/geo/WorldShapes.h"
#include "models/itemmodels/ChainTableModel.h"
#include "models/storage/Sqlite.h"
#include "ui/charts/ChartPanel.h"
#include "ui/graph/TimeFilterSlider.h"
#include "ui/map/MapCanvas.h"
#include "ui/map/MapPainter.h"
#include "ui/map/MapView.h"
#include "ui/panels/ChainsPanel.h"
#include "ui/window/MainWindow.h"

#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QLocale>
#include <QMouseEvent>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// The route's purple (MapPainter's kRoute) within a few shades, anywhere in a 5x5 square around `at`.
bool routeColourNear(const QImage &image, const QPointF &at)
{
    for (int dy = -2; dy <= 2; ++dy)
        for (int dx = -2; dx <= 2; ++dx) {
            const QColor c = image.pixelColor(qRound(at.x()) + dx, qRound(at.y()) + dy);
            if (std::abs(c.red() - 0x6a) <= 6 && std::abs(c.green() - 0x2c) <= 6 && std::abs(c.blue() - 0x91) <= 6)
                return true;
        }
    return false;
}

} // namespace

TEST_CASE("The Map tab draws the case's trade and the selected chain's route as numbered legs with dates")
{
    TempCase tc;
    NullProgress progress;
    REQUIRE(demo::ScenarioGenerator::generate(tc.caseFile(), demo::DemoOptions{}, progress).ok());
    // What RU received in the whole case, by the declarations' destination (the Trade view's country level).
    double ruValue = 0;
    qint64 ruShipments = 0;
    {
        SqliteStatement st(tc.caseFile().handle(),
                           "SELECT total(value), count(*) FROM shipments WHERE destination_country = 'RU' "
                           "AND origin_country IS NOT NULL");
        REQUIRE(st.step());
        ruValue = st.real(0);
        ruShipments = st.int64(1);
    }
    double ru2023 = 0;
    {
        SqliteStatement st(tc.caseFile().handle(),
                           "SELECT total(value) FROM shipments WHERE destination_country = 'RU' "
                           "AND origin_country IS NOT NULL AND date BETWEEN '2023-01-01' AND '2023-12-31'");
        REQUIRE(st.step());
        ru2023 = st.real(0);
    }
    REQUIRE(ru2023 > 0);
    REQUIRE(ru2023 < ruValue);
    REQUIRE(ruShipments > 0);
    tc.close();

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    REQUIRE(window.openCase(tc.path()));
    MapView *map = window.findChild<MapView *>(QStringLiteral("mapTab"));
    REQUIRE(map);
    CHECK(window.tabs()->indexOf(map) == window.tabs()->indexOf(window.chartPanel()) + 1);

    QSignalSpy idle(map, &MapView::idle);
    window.tabs()->setCurrentWidget(map);
    REQUIRE(idle.wait(60000));
    MapCanvas *canvas = map->canvas();
    REQUIRE_FALSE(canvas->scene().flows.empty());
    CHECK(canvas->scene().flows.size() <= 80);
    const CountryTotals ru = canvas->scene().totals.value(QStringLiteral("RU"));
    CHECK(ru.imported == Approx(ruValue));
    CHECK(ru.shipmentsIn == ruShipments);
    CHECK(canvas->tooltipFor(QStringLiteral("RU")).contains(QLocale().toString(ruValue, 'f', 0)));
    // The country under a widget point: Kazakhstan's anchor is in Kazakhstan.
    const QTransform t = MapPainter::transform(canvas->rect(), canvas->view());
    CHECK(canvas->countryAt(t.map(WorldShapes::instance().country(QStringLiteral("KZ"))->projectedAnchor)) ==
          QStringLiteral("KZ"));

    // The Trade view's filters: one year of shipments, then goods no shipment carries, then all goods again.
    idle.clear();
    map->timeFilter()->setRange(QDate(2023, 1, 1), QDate(2023, 12, 31));
    REQUIRE(idle.wait(60000));
    CHECK(canvas->scene().totals.value(QStringLiteral("RU")).imported == Approx(ru2023));
    idle.clear();
    map->hsFilter()->setText(QStringLiteral("00"));
    Q_EMIT map->hsFilter()->editingFinished();
    REQUIRE(idle.wait(60000));
    CHECK(canvas->scene().flows.empty());
    CHECK(map->statusText() == QStringLiteral("No shipments between countries match the filters. Select a chain in the "
                                              "Chains dock to draw its route."));
    idle.clear();
    map->hsFilter()->clear();
    Q_EMIT map->hsFilter()->editingFinished();
    REQUIRE(idle.wait(60000));
    CHECK_FALSE(canvas->scene().flows.empty());

    // Detect the chains and select the planted DE -> AE -> KZ -> RU.
    ChainsPanel *panel = window.chainsPanel();
    QSignalSpy finished(panel, &ChainsPanel::detectionFinished);
    panel->detect();
    REQUIRE(finished.wait(60000));
    const int row = [&] {
        for (int r = 0; r < panel->model()->rowCount(); ++r)
            if (panel->model()->chain(r)->route == QStringLiteral("DE -> AE -> KZ -> RU"))
                return r;
        return -1;
    }();
    REQUIRE(row >= 0);
    const QString id = panel->model()->chain(row)->id;
    panel->view()->selectRow(0);
    for (int r = 0; r < panel->view()->model()->rowCount(); ++r)
        if (panel->view()->model()->index(r, ChainTableModel::Id).data().toString() == id)
            panel->view()->setCurrentIndex(panel->view()->model()->index(r, 0));
    REQUIRE(panel->currentChain());
    REQUIRE(panel->currentChain()->id == id);

    const std::vector<RouteLeg> &legs = map->routeLegs();
    REQUIRE(legs.size() == 3);
    const char *expected[][3] = {{"DE", "AE", "2023-08-08"}, {"AE", "KZ", "2023-09-14"}, {"KZ", "RU", "2023-11-01"}};
    for (std::size_t i = 0; i < legs.size(); ++i) {
        CHECK(legs[i].number == static_cast<int>(i) + 1);
        CHECK(legs[i].from == QString::fromLatin1(expected[i][0]));
        CHECK(legs[i].to == QString::fromLatin1(expected[i][1]));
        CHECK(legs[i].datesText() == QString::fromLatin1(expected[i][2]));
    }
    REQUIRE(canvas->scene().legs.size() == 3);
    CHECK(map->statusText().contains(QStringLiteral("DE -> AE -> KZ -> RU")));

    // The map is fitted to the route and draws each leg: the route's purple lies on every arc.
    const QImage image = canvas->grab().toImage();
    const QTransform fitted = MapPainter::transform(canvas->rect(), canvas->view());
    for (const MapLeg &m : canvas->scene().legs) {
        REQUIRE(m.drawable);
        CHECK(canvas->rect().contains(fitted.map(m.arc.start).toPoint()));
        CHECK(canvas->rect().contains(fitted.map(m.arc.end).toPoint()));
        // Along the whole leg (its numbered disc aside): nothing, not the legend, covers it.
        for (const double along : {0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8}) {
            INFO("leg " << m.leg.number << " at " << along);
            CHECK(routeColourNear(image, fitted.map(m.arc.at(along))));
        }
    }
    CHECK(canvas->tooltipFor(QStringLiteral("AE")).contains(QStringLiteral("Route leg 1: DE → AE, 2023-08-08")));

    // F fits the route again; + zooms by 1.25 about the centre; the wheel zooms about the cursor, which stays put.
    const QRectF routeFit = canvas->view();
    canvas->fitWorld();
    CHECK(canvas->view().width() > routeFit.width() * 2);
    QTest::keyClick(canvas, Qt::Key_F);
    CHECK(canvas->view() == routeFit);
    QTest::keyClick(canvas, Qt::Key_Plus);
    CHECK(canvas->view().width() == Approx(routeFit.width() / 1.25));
    CHECK(canvas->view().center().x() == Approx(routeFit.center().x()));
    const QPointF cursor(canvas->width() * 0.3, canvas->height() * 0.6);
    const QPointF under = MapPainter::transform(canvas->rect(), canvas->view()).inverted().map(cursor);
    canvas->zoom(2, cursor);
    const QPointF after = MapPainter::transform(canvas->rect(), canvas->view()).inverted().map(cursor);
    CHECK(after.x() == Approx(under.x()));
    CHECK(after.y() == Approx(under.y()));
    canvas->fit();

    // Dragging pans by what the mouse moved; after the release the map is drawn afresh at its new place.
    const QRectF beforeDrag = canvas->view();
    const double scale = MapPainter::transform(canvas->rect(), beforeDrag).m11();
    const auto send = [canvas](QEvent::Type type, QPointF at, Qt::MouseButtons buttons) {
        QMouseEvent e(type, at, canvas->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(canvas, &e);
    };
    send(QEvent::MouseButtonPress, QPointF(300, 200), Qt::LeftButton);
    send(QEvent::MouseMove, QPointF(340, 230), Qt::LeftButton);
    const QImage dragging = canvas->grab().toImage();
    if (const QString shots = qEnvironmentVariable("CARAVAN_SCREENSHOTS"); !shots.isEmpty())
        dragging.save(QDir(shots).filePath(QStringLiteral("map-dragging.png")));
    send(QEvent::MouseMove, QPointF(380, 260), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, QPointF(380, 260), Qt::NoButton);
    CHECK(canvas->view().left() == Approx(beforeDrag.left() - 80 / scale));
    CHECK(canvas->view().top() == Approx(beforeDrag.top() - 60 / scale));
    const QImage dropped = canvas->grab().toImage();
    const QTransform moved = MapPainter::transform(canvas->rect(), canvas->view());
    for (const MapLeg &m : canvas->scene().legs)
        CHECK(routeColourNear(dropped, moved.map(m.arc.at(0.3))));
    CHECK(dragging != dropped);
    canvas->fit();

    const QString dir = qEnvironmentVariable("CARAVAN_SCREENSHOTS");
    if (!dir.isEmpty()) {
        window.grab().save(QDir(dir).filePath(QStringLiteral("map-route-1366x768.png")));
        window.resize(1920, 1080);
        canvas->fit();
        window.grab().save(QDir(dir).filePath(QStringLiteral("map-route-1920x1080.png")));
        canvas->fitWorld();
        window.grab().save(QDir(dir).filePath(QStringLiteral("map-world-1920x1080.png")));
    }

    // No chain: no route, nothing purple where leg 1 was.
    map->setChain(nullptr);
    CHECK(map->routeLegs().empty());
    CHECK(canvas->scene().legs.empty());
}

TEST_CASE("The map keeps the part asked for when its widget is resized")
{
    MapCanvas canvas;
    canvas.resize(300, 300);
    canvas.show();
    canvas.fitWorld();
    // A tall widget shows the world's whole width with sea above and below; widened, it shows that width again.
    CHECK(canvas.view().width() == Approx(MapProjection::worldRect().width()));
    canvas.resize(1000, 600);
    CHECK(canvas.view().width() == Approx(MapProjection::worldRect().width()));
    canvas.resize(300, 300);
    canvas.resize(1000, 600);
    CHECK(canvas.view().width() == Approx(MapProjection::worldRect().width()));
}

TEST_CASE("The route's legend goes to a corner the route leaves free")
{
    MapCanvas canvas;
    canvas.resize(600, 400);
    canvas.show();
    MapScene scene;
    const std::vector<RouteLeg> legs{
        RouteLeg{1, QStringLiteral("DE"), QStringLiteral("AE"), QDate(2023, 8, 8), QDate(2023, 8, 8), 1}};
    scene.legs = MapGeometry::legs(legs, WorldShapes::instance());
    canvas.setScene(scene);
    // Germany in the top left corner, where the legend would go first.
    const QPointF de = WorldShapes::instance().country(QStringLiteral("DE"))->projectedAnchor;
    canvas.setView(QRectF(de - QPointF(0.03, 0.03), QSizeF(0.9, 0.6)));
    const QImage image = canvas.grab().toImage();
    const QTransform t = MapPainter::transform(canvas.rect(), canvas.view());
    for (const double along : {0.05, 0.1, 0.2, 0.3, 0.4, 0.6, 0.7, 0.8}) {
        INFO("at " << along);
        CHECK(routeColourNear(image, t.map(scene.legs.front().arc.at(along))));
    }
}
