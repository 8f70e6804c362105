#include "TempCase.h"

#include <QDir>
#include <QFile>
#include <QProcess>

#include <catch2/catch.hpp>

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
    return QDir(QStringLiteral(CARAVAN_SHARED_DATA)).filePath(relative);
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
