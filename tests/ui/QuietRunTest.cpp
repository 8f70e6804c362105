// The README's headless run (packaging/run.sh): Caravan opens the demo case offscreen and writes a screenshot
// without a single Qt warning on the way; --chain pictures a chain's route on the Map tab.
#include "../support/TempCase.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace caravan::test;

namespace {

struct GuiRun {
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the caravan GUI offscreen with a private runtime and configuration folder, to its end.
GuiRun runGui(const QStringList &arguments)
{
    QTemporaryDir home;
    REQUIRE(
        QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    QProcess caravan;
    caravan.setProcessEnvironment(env);
    caravan.start(QStringLiteral(CARAVAN_GUI_PATH), arguments);
    REQUIRE(caravan.waitForStarted(10000));
    REQUIRE(caravan.waitForFinished(120000));
    return {caravan.exitCode(), QString::fromUtf8(caravan.readAllStandardOutput()),
            QString::fromUtf8(caravan.readAllStandardError())};
}

// Pixels of exactly this colour in an image.
qsizetype pixelsOf(const QImage &image, QRgb colour)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    qsizetype n = 0;
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            n += (line[x] & 0xffffff) == (colour & 0xffffff) ? 1 : 0;
    }
    return n;
}

} // namespace

TEST_CASE("a headless open and screenshot of the demo case prints no Qt warning")
{
    TempCase tc;
    const QString demo = tc.file(QStringLiteral("demo.caravan"));
    REQUIRE(runCli({QStringLiteral("demo"), demo, QStringLiteral("--scenario"), QStringLiteral("mixed")}) == 0);
    const QString shot = tc.file(QStringLiteral("window.png"));
    const GuiRun run = runGui({demo, QStringLiteral("--screenshot"), shot});
    INFO("stderr: " << run.err.toStdString());
    CHECK(run.exitCode == 0);
    CHECK(run.err.isEmpty());
    CHECK(run.out.startsWith(QStringLiteral("screenshot written to")));
    const QImage image(shot);
    CHECK(image.width() > 800);
}

TEST_CASE("the --chain option shows a detected chain's route on the Map tab of a headless screenshot, and an unknown "
          "chain is an "
          "error",
          "[overview]")
{
    TempCase tc;
    const QString demo = tc.file(QStringLiteral("demo.caravan"));
    REQUIRE(runCli({QStringLiteral("demo"), demo, QStringLiteral("--scenario"), QStringLiteral("mixed")}) == 0);
    QByteArray json;
    REQUIRE(runCli({QStringLiteral("chains"), demo, QStringLiteral("--json")}, &json) == 0);
    const QJsonArray chains = QJsonDocument::fromJson(json).object().value(QLatin1String("chains")).toArray();
    REQUIRE_FALSE(chains.isEmpty());
    const QString chainId = chains.first().toObject().value(QLatin1String("id")).toString();

    const QString plain = tc.file(QStringLiteral("map.png")), route = tc.file(QStringLiteral("route.png"));
    const QStringList map{demo,
                          QStringLiteral("--tab"),
                          QStringLiteral("map"),
                          QStringLiteral("--size"),
                          QStringLiteral("1366x768"),
                          QStringLiteral("--screenshot")};
    const GuiRun withoutChain = runGui(map + QStringList{plain});
    REQUIRE(withoutChain.exitCode == 0);
    const GuiRun withChain = runGui(map + QStringList{route, QStringLiteral("--chain"), chainId});
    INFO("stderr: " << withChain.err.toStdString());
    REQUIRE(withChain.exitCode == 0);
    CHECK(withChain.err.isEmpty());
    // The route's legs are drawn in the purple of confirmed findings (MapPainter), which nothing else on the map uses.
    const QRgb purple = qRgb(0x6a, 0x2c, 0x91);
    CHECK(pixelsOf(QImage(plain), purple) < 50);
    CHECK(pixelsOf(QImage(route), purple) > 300);

    const GuiRun unknown = runGui(map + QStringList{plain, QStringLiteral("--chain"), QStringLiteral("ch-nope")});
    CHECK(unknown.exitCode == 2);
    CHECK(unknown.err.contains(QStringLiteral("no chain ch-nope")));
}
