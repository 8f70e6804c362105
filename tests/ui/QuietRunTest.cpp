// The README's headless run (packaging/run.sh): Caravan opens the demo case offscreen and writes a screenshot
// without a single Qt warning on the way.
#include "../support/TempCase.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace caravan::test;

TEST_CASE("a headless open and screenshot of the demo case prints no Qt warning")
{
    TempCase tc;
    const QString demo = tc.file(QStringLiteral("demo.caravan"));
    REQUIRE(runCli({QStringLiteral("demo"), demo, QStringLiteral("--scenario"), QStringLiteral("mixed")}) == 0);

    QTemporaryDir home;
    REQUIRE(
        QFile::setPermissions(home.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("QT_LOGGING_RULES"));
    env.remove(QStringLiteral("QT_MESSAGE_PATTERN"));
    const QString shot = tc.file(QStringLiteral("window.png"));
    QProcess caravan;
    caravan.setProcessEnvironment(env);
    caravan.start(QStringLiteral(CARAVAN_GUI_PATH), {demo, QStringLiteral("--screenshot"), shot});
    REQUIRE(caravan.waitForStarted(10000));
    REQUIRE(caravan.waitForFinished(120000));
    const QString err = QString::fromUtf8(caravan.readAllStandardError());
    const QString out = QString::fromUtf8(caravan.readAllStandardOutput());
    INFO("stderr: " << err.toStdString());
    CHECK(caravan.exitCode() == 0);
    CHECK(err.isEmpty());
    CHECK(out.startsWith(QStringLiteral("screenshot written to")));
    const QImage image(shot);
    CHECK(image.width() > 800);
}
