// The Catch2 runner shared by every test executable. Qt needs its application object before the
// tests run; which one (core or GUI) comes from the executable's own makeTestApplication().
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

namespace caravan::test {
std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv);
}

int main(int argc, char *argv[])
{
    // Discovery runs the binary at build time, where no display and no ctest environment exist.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QTemporaryDir runtimeDir;
    if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
        qputenv("XDG_RUNTIME_DIR", runtimeDir.path().toLocal8Bit());
    QStandardPaths::setTestModeEnabled(true);
    auto app = caravan::test::makeTestApplication(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("CaravanTests"));
    QCoreApplication::setApplicationName(QStringLiteral("caravan-tests"));
    return Catch::Session().run(argc, argv);
}
