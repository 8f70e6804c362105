#include <QApplication>

#include <memory>

namespace caravan::test {
std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv)
{
    return std::make_unique<QApplication>(argc, argv);
}
} // namespace caravan::test
