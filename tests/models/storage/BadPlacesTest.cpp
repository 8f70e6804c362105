#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/storage/CaseStats.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/IntegrityCheck.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>
#include <unistd.h>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("a case on a path with spaces and Cyrillic letters works like any other")
{
    QTemporaryDir dir;
    REQUIRE(QDir(dir.path()).mkpath(QStringLiteral("Дела 2024/Алматы транзит")));
    const QString path = dir.filePath(QStringLiteral("Дела 2024/Алматы транзит/дело №1 (копия).caravan"));
    {
        auto created = CaseFile::create(path);
        REQUIRE(created.ok());
        CaseBuilder b(**created);
        b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Қазақ»"));
    }
    auto opened = CaseFile::open(path);
    REQUIRE(opened.ok());
    CHECK((*opened)->title() == QStringLiteral("дело №1 (копия)"));
    CHECK(readCaseStats((*opened)->handle())->entities == 1);
}

TEST_CASE("a full disk fails the write cleanly and keeps what was committed")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("kept"), QStringLiteral("Committed before the disk filled up"));
    }
    sqlite3 *db = tc.caseFile().handle();
    const auto pages = sqliteScalar(db, "PRAGMA page_count");
    REQUIRE(pages);
    // SQLite reports SQLITE_FULL once the file may not grow: the same path a full disk takes.
    REQUIRE(sqliteExec(db, QStringLiteral("PRAGMA max_page_count = %1").arg(*pages + 2)).ok());
    bool failed = false;
    {
        Transaction tx(db);
        REQUIRE(tx.isActive());
        CaseWriter w(db);
        for (int i = 0; i < 5000 && !failed; ++i) {
            auto r = w.addEntity({QStringLiteral("x%1").arg(i),
                                  QStringLiteral("Company"),
                                  QStringLiteral("A company with a long name to fill pages %1").arg(i),
                                  {},
                                  {}},
                                 {});
            if (!r) {
                failed = true;
                CHECK(r.error().message.contains(QStringLiteral("full")));
            }
        }
    } // rolled back
    CHECK(failed);
    REQUIRE(sqliteExec(db, QStringLiteral("PRAGMA max_page_count = 1073741823")).ok());
    CHECK(sqliteScalar(db, "SELECT count(*) FROM entities") == 1);
    NullProgress p;
    CHECK(checkCaseIntegrity(db, p).ok());
}

TEST_CASE("a case in a read-only folder or a read-only file is refused for writing with a clear message")
{
    if (geteuid() == 0) {
        // File permissions do not stop root (CI runs as root): run this very test again as an unprivileged user,
        // where they bite, and require that it ran every assertion and passed.
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), QDir::tempPath());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), QDir::tempPath());
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QStringLiteral("setpriv"),
                    {QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"),
                     QStringLiteral("--"), QCoreApplication::applicationFilePath(),
                     QStringLiteral("a case in a read-only folder or a read-only file is refused for writing with a "
                                    "clear message")});
        REQUIRE(child.waitForFinished(120000));
        const QString output = QString::fromUtf8(child.readAll());
        INFO(output.toStdString());
        CHECK(child.exitCode() == 0);
        const QRegularExpressionMatch ran =
            QRegularExpression(QStringLiteral("All tests passed \\((\\d+) assertions")).match(output);
        REQUIRE(ran.hasMatch());
        CHECK(ran.captured(1).toInt() >= 7);
        return;
    }
    TempCase tc;
    tc.close();
    SECTION("read-only file")
    {
        REQUIRE(QFile::setPermissions(tc.path(), QFile::ReadOwner));
        auto opened = CaseFile::open(tc.path());
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("read-only")));
        CHECK(CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly).ok());
        QFile::setPermissions(tc.path(), QFile::ReadOwner | QFile::WriteOwner);
    }
    SECTION("read-only folder")
    {
        QFile::setPermissions(tc.dir(), QFile::ReadOwner | QFile::ExeOwner);
        auto opened = CaseFile::open(tc.path());
        QFile::setPermissions(tc.dir(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("writable")));
    }
}
