#pragma once

#include "models/storage/CaseFile.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace caravan::test {

// A scratch folder that disappears with the test, and a case file created in it.
class TempCase {
public:
    explicit TempCase(const QString &name = QStringLiteral("test.caravan"));
    ~TempCase();

    const QString &path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }
    CaseFile &caseFile() { return *m_case; }
    // Closes the case (releases its lock) so the file can be opened again.
    void close() { m_case.reset(); }
    CaseFile &reopen(CaseFile::OpenMode mode = CaseFile::OpenMode::ReadWrite);

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<CaseFile> m_case;
};

// Exit status of a test that cannot run here; ctest reports it as skipped (SKIP_RETURN_CODE in tests/CMakeLists.txt).
inline constexpr int kSkipExitCode = 77;
// Path of a file in ../shared/data (the environment's CARAVAN_SHARED_DATA, else the folder CMake was given). When that
// folder is absent (a clone without ../shared beside it), the test says which folder it needs and ends with
// kSkipExitCode, so ctest lists it as skipped instead of failed.
QString sharedData(const QString &relative);
// Writes `content` to `path` as bytes.
void writeFile(const QString &path, const QByteArray &content);
// Runs caravan-cli with arguments; returns exit code, fills stdout and stderr.
int runCli(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);

} // namespace caravan::test
