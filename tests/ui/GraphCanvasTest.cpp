#include "ui/graph/GraphCanvas.h"

#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace caravan;

namespace {

// Five nodes: a star around 0 (1, 2, 3) and 4 alone far right; Cyrillic and Kazakh labels.
graph::GraphSnapshot smallGraph()
{
    graph::GraphSnapshot s;
    const char *labels[] = {"ТОО «Қазақ Транзит»", "Bauteile GmbH", "ООО Восток", "Захаров А.", "Ала-Тоо Трейд"};
    for (int i = 0; i < 5; ++i) {
        graph::GraphNode node;
        node.id = 100 + i;
        node.label = labels[i];
        node.country = i == 0 ? "KZ" : i == 4 ? "KG" : "RU";
        node.kind = i == 3 ? graph::NodeKind::Person : graph::NodeKind::Company;
        node.flags =
            i == 3 ? graph::flagBit(graph::NodeFlag::Designated) | graph::flagBit(graph::NodeFlag::Blocked) : 0u;
        s.addNode(node);
    }
    for (std::uint32_t leaf : {1u, 2u, 3u}) {
        graph::GraphEdge e;
        e.from = leaf == 3 ? 3 : 0;
        e.to = leaf == 3 ? 0 : leaf;
        e.shareMin = e.shareMax = 51;
        s.edges.push_back(e);
    }
    return s;
}

std::vector<QPointF> smallPositions()
{
    return {{0, 0}, {-100, -60}, {-100, 60}, {100, -80}, {400, 0}};
}

struct Shown {
    GraphCanvas canvas;
    Shown()
    {
        canvas.resize(800, 500);
        canvas.setSnapshot(smallGraph(), smallPositions());
        canvas.show();
        REQUIRE(QTest::qWaitForWindowExposed(&canvas));
        canvas.fitToView();
    }
    QPoint at(std::uint32_t v) const { return canvas.viewport().toScreen(canvas.positions()[v]).toPoint(); }
};

} // namespace

TEST_CASE("hit-testing finds the node under the cursor and ignores hidden nodes and empty space")
{
    Shown s;
    for (std::uint32_t v = 0; v < 5; ++v)
        CHECK(s.canvas.nodeAt(s.at(v)) == v);
    CHECK(s.canvas.nodeAt(s.at(0) + QPoint(0, 40)) == -1);
    s.canvas.selectNodes({4});
    s.canvas.hideSelected();
    CHECK(s.canvas.nodeAt(s.at(4)) == -1);
    CHECK(s.canvas.visibleCount() == 4);
}

TEST_CASE("click, Ctrl+click and a Shift rubber band select, a click on empty space clears")
{
    Shown s;
    QSignalSpy changed(&s.canvas, &GraphCanvas::selectionChanged);
    QTest::mouseClick(&s.canvas, Qt::LeftButton, {}, s.at(1));
    CHECK(s.canvas.selection() == std::vector<std::uint32_t>{1});
    QTest::mouseClick(&s.canvas, Qt::LeftButton, Qt::ControlModifier, s.at(2));
    CHECK(s.canvas.selection() == std::vector<std::uint32_t>{1, 2});
    CHECK(s.canvas.selectedEntityIds() == QList<qint64>{101, 102});
    QTest::mouseClick(&s.canvas, Qt::LeftButton, Qt::ControlModifier, s.at(1));
    CHECK(s.canvas.selection() == std::vector<std::uint32_t>{2});
    CHECK(changed.count() >= 3);

    // Rubber band around the left half: nodes 0, 1, 2.
    const QPoint from = s.at(1) + QPoint(-20, -20);
    const QPoint to = QPoint(s.at(0).x() + 20, s.at(2).y() + 20);
    QTest::mousePress(&s.canvas, Qt::LeftButton, Qt::ShiftModifier, from);
    QMouseEvent move(QEvent::MouseMove, to, s.canvas.mapToGlobal(to), Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
    QCoreApplication::sendEvent(&s.canvas, &move);
    QTest::mouseRelease(&s.canvas, Qt::LeftButton, Qt::ShiftModifier, to);
    CHECK(s.canvas.selection() == std::vector<std::uint32_t>{0, 1, 2});

    QTest::mouseClick(&s.canvas, Qt::LeftButton, {}, s.at(0) + QPoint(0, 60));
    CHECK(s.canvas.selection().empty());
}

TEST_CASE("dragging a selected node moves it and pins it")
{
    Shown s;
    const QPointF before = s.canvas.positions()[4];
    const QPoint start = s.at(4);
    const QPoint end = start + QPoint(-50, 30);
    QTest::mousePress(&s.canvas, Qt::LeftButton, {}, start);
    QSignalSpy moved(&s.canvas, &GraphCanvas::nodesMoved);
    QMouseEvent move(QEvent::MouseMove, end, s.canvas.mapToGlobal(end), Qt::NoButton, Qt::LeftButton, {});
    QCoreApplication::sendEvent(&s.canvas, &move);
    QTest::mouseRelease(&s.canvas, Qt::LeftButton, {}, end);
    CHECK(moved.count() == 1);
    const QPointF after = s.canvas.positions()[4];
    CHECK(after.x() < before.x());
    CHECK(after.y() > before.y());
    CHECK(s.canvas.pinned()[4]);
    CHECK(s.canvas.nodeAt(end) == 4);
    CHECK(s.canvas.lastMove().nodes == std::vector<std::uint32_t>{4});
    CHECK(s.canvas.lastMove().from.front() == before);
    CHECK(s.canvas.lastMove().to.front() == after);
    s.canvas.setSelectionPinned(false);
    CHECK_FALSE(s.canvas.pinned()[4]);
    s.canvas.selectNodes({1, 2});
    s.canvas.setSelectionPinned(true);
    CHECK(s.canvas.pinned()[1]);
    CHECK(s.canvas.pinned()[2]);
    CHECK_FALSE(s.canvas.pinned()[0]);
}

TEST_CASE("keys: Delete hides, Space expands neighbours ring by ring, F fits everything visible")
{
    Shown s;
    s.canvas.setFocus();
    s.canvas.focusOn(1); // only node 1 shown
    CHECK(s.canvas.visibleCount() == 1);
    QTest::keyClick(&s.canvas, Qt::Key_Space);
    CHECK(s.canvas.visibleCount() == 2); // 1 and its owner 0
    QTest::keyClick(&s.canvas, Qt::Key_Space);
    CHECK(s.canvas.visibleCount() == 4); // 0's neighbours 2 and 3; 4 stays hidden
    CHECK(s.canvas.state().hidden[4]);
    s.canvas.selectNodes({2});
    QTest::keyClick(&s.canvas, Qt::Key_Delete);
    CHECK(s.canvas.state().hidden[2]);
    s.canvas.showAll();
    s.canvas.setViewport({5000, 5000}, 0.01); // looking elsewhere
    QTest::keyClick(&s.canvas, Qt::Key_F);
    const QRectF frame = s.canvas.rect();
    for (std::uint32_t v = 0; v < 5; ++v)
        CHECK(frame.contains(s.canvas.viewport().toScreen(s.canvas.positions()[v])));
}

TEST_CASE("highlighting a path dims the rest, the renderer draws labels in any script")
{
    Shown s;
    s.canvas.highlightPaths({{1, 0, 3}});
    CHECK(s.canvas.state().hasHighlight);
    CHECK(s.canvas.state().highlighted[0]);
    CHECK_FALSE(s.canvas.state().highlighted[2]);
    CHECK(s.canvas.state().edgeHighlighted[0]); // 0 -> 1
    CHECK_FALSE(s.canvas.state().edgeHighlighted[1]);
    const QImage image = s.canvas.renderImage(s.canvas.size());
    CHECK(s.canvas.lastStats().nodesDrawn >= 0);
    CHECK(image.size() == s.canvas.size());
    s.canvas.clearHighlight();
    s.canvas.repaint();
    CHECK(s.canvas.lastStats().nodesDrawn == 5);
    CHECK(s.canvas.lastStats().labelsDrawn == 5);
    CHECK(s.canvas.lastStats().edgesDrawn == 3);
}

TEST_CASE("PNG and SVG exports are written and the SVG keeps Cyrillic and Kazakh labels as text")
{
    Shown s;
    QTemporaryDir dir;
    const QString png = dir.filePath(QStringLiteral("view.png"));
    const QString svg = dir.filePath(QStringLiteral("view.svg"));
    REQUIRE(s.canvas.exportPng(png));
    REQUIRE(s.canvas.exportSvg(svg));
    const QImage image(png);
    CHECK(image.width() == 1600);
    // Something else than background: node colours are in the picture.
    bool coloured = false;
    for (int y = 0; y < image.height() && !coloured; y += 4)
        for (int x = 0; x < image.width() && !coloured; x += 4)
            coloured = image.pixelColor(x, y).saturation() > 100;
    CHECK(coloured);
    QFile file(svg);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("<svg")));
    CHECK(text.contains(QStringLiteral("Қазақ")));
    CHECK(text.contains(QStringLiteral("Восток")));
}

TEST_CASE("the legend never covers nodes at fit, and a click folds it to its heading", "[graph][legend]")
{
    Shown s;
    // A low, wide canvas: fitted without regard to the legend, the left nodes would sit under it.
    s.canvas.resize(800, 240);
    s.canvas.setColourMode(ColourMode::Country);
    s.canvas.fitToView();
    QTest::qWait(20);
    const QRectF legend = s.canvas.legendRect();
    REQUIRE_FALSE(legend.isEmpty());
    for (std::uint32_t v = 0; v < 5; ++v) {
        const double r = s.canvas.state().radius[v] * s.canvas.viewport().scale;
        const QRectF disc(QPointF(s.at(v)) - QPointF(r, r), QSizeF(2 * r, 2 * r));
        INFO("node " << v);
        CHECK_FALSE(legend.intersects(disc));
    }
    // Folded: only its heading is left; a node under the old box is clickable again.
    const double openHeight = legend.height();
    QTest::mouseClick(&s.canvas, Qt::LeftButton, {}, legend.center().toPoint());
    CHECK(s.canvas.legendCollapsed());
    CHECK(s.canvas.legendRect().height() < openHeight / 2);
    CHECK(s.canvas.selection().empty()); // the click went to the legend, not to the graph
    QTest::mouseClick(&s.canvas, Qt::LeftButton, {}, s.canvas.legendRect().center().toPoint());
    CHECK_FALSE(s.canvas.legendCollapsed());
}
