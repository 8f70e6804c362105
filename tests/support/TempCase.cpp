#include "TempCase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <catch2/catch.hpp>

#include <cstdlib>
#include <iostream>

namespace caravan::test {

TempCase::TempCase(const QString &name) : m_path(m_dir.filePath(name))
{
    REQUIRE(m_dir.isValid());
    auto created = CaseFile::create(m_path, QStringLiteral("Test case"));
    INFO((created.ok() ? QString() : created.error().message).toStdString());
    REQUIRE(created.ok());
    m_case = created.takeValue();
}

TempCase::~TempCase() = default;

CaseFile &TempCase::reopen(CaseFile::OpenMode mode)
{
    m_case.reset();
    auto opened = CaseFile::open(m_path, mode);
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    m_case = opened.takeValue();
    return *m_case;
}

QString sharedData(const QString &relative)
{
    const QString root = qEnvironmentVariable("CARAVAN_SHARED_DATA", QStringLiteral(CARAVAN_SHARED_DATA));
    if (!QFileInfo(root).isDir()) {
        std::cout << "CARAVAN-SKIP: this test reads real public data from " << QDir::cleanPath(root).toStdString()
                  << ", which is missing (put the shared/ folder beside the project)" << std::endl;
        std::exit(kSkipExitCode);
    }
    return QDir(root).filePath(relative);
}

void writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(f.write(content) == content.size());
}

int runCli(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    process.start(QStringLiteral(CARAVAN_CLI_PATH), arguments);
    REQUIRE(process.waitForStarted(10000));
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(300000));
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return process.exitCode();
}

} // namespace caravan::test
