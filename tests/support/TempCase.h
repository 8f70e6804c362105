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

// Path of a file in ../shared/data.
QString sharedData(const QString &relative);
// Writes `content` to `path` as bytes.
void writeFile(const QString &path, const QByteArray &content);
// Runs caravan-cli with arguments; returns exit code, fills stdout and stderr.
int runCli(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);

} // namespace caravan::test
