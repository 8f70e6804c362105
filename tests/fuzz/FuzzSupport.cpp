#include "FuzzSupport.h"

#include "models/core/Progress.h"
#include "models/import/ImportJob.h"
#include "models/storage/CaseFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdlib>

namespace caravan::fuzz {

namespace {

QTemporaryDir &scratchDir()
{
    static QTemporaryDir dir;
    return dir;
}

// An empty case created once; each input is imported into a copy of it.
const QString &templateCase()
{
    static const QString path = [] {
        const QString p = scratchDir().filePath(QStringLiteral("template.caravan"));
        if (!CaseFile::create(p, QStringLiteral("fuzz")))
            std::abort();
        return p;
    }();
    return path;
}

void removeCase(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal", ".lock"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

void ensureApplication()
{
    if (QCoreApplication::instance() != nullptr)
        return;
    static int argc = 1;
    static char name[] = "caravan_fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

QByteArray bytesOf(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
}

QString writeScratch(const QString &name, const QByteArray &content)
{
    const QString path = scratchDir().filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

void importBytes(const QString &name, const QByteArray &content, const ImportOptions &options)
{
    ensureApplication();
    const QString input = writeScratch(name, content);
    auto job = ImportJob::prepare(input, options);
    if (!job)
        return;
    const QString casePath = scratchDir().filePath(QStringLiteral("fuzz.caravan"));
    removeCase(casePath);
    if (!QFile::copy(templateCase(), casePath))
        std::abort();
    auto opened = CaseFile::open(casePath);
    if (!opened)
        std::abort(); // a copy of a good case must open
    NullProgress progress;
    (void)(*job)->run(**opened, progress);
}

} // namespace caravan::fuzz
