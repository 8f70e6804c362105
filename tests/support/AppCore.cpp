#include <QCoreApplication>

#include <memory>

namespace caravan::test {
std::unique_ptr<QCoreApplication> makeTestApplication(int &argc, char **argv)
{
    return std::make_unique<QCoreApplication>(argc, argv);
}
} // namespace caravan::test
