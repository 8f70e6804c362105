// Fuzz target: any bytes passed as a case file must give a clear error or a usable case, never a crash.
// Opens read-only (as `stats` and `check` do), then reads the counts and runs the integrity check.
#include "models/storage/CaseFile.h"
#include "models/storage/CaseStats.h"
#include "models/storage/IntegrityCheck.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_case_open";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.caravan"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return 0;
        f.write(reinterpret_cast<const char *>(data), static_cast<qint64>(size));
    }
    auto opened = caravan::CaseFile::open(path, caravan::CaseFile::OpenMode::ReadOnly);
    if (!opened)
        return 0;
    (void)caravan::readCaseStats((*opened)->handle());
    caravan::NullProgress progress;
    (void)caravan::checkCaseIntegrity((*opened)->handle(), progress);
    return 0;
}
