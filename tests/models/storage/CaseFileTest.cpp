#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/storage/CaseFile.h"
#include "models/storage/CaseStats.h"
#include "models/storage/Schema.h"
#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <catch2/catch.hpp>

#include <sqlite3.h>

using namespace caravan;
using namespace caravan::test;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace

TEST_CASE("a new case is an empty WAL database at the current schema with foreign keys on")
{
    TempCase tc;
    CaseFile &c = tc.caseFile();
    CHECK(c.schemaVersion() == schema::kCurrentVersion);
    CHECK(c.title() == QStringLiteral("Test case"));
    CHECK(sqliteScalar(c.handle(), "PRAGMA foreign_keys") == 1);
    SqliteStatement mode(c.handle(), "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
    CHECK(sqliteScalar(c.handle(), "PRAGMA application_id") == schema::kApplicationId);
    auto stats = readCaseStats(c.handle());
    REQUIRE(stats.ok());
    CHECK(stats->entities == 0);
    CHECK(stats->shipments == 0);
    CHECK(stats->schemaVersion == schema::kCurrentVersion);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM audit_log WHERE action = 'case.create'") == 1);
}

TEST_CASE("creating a case over an existing file is refused and the file is untouched")
{
    TempCase tc;
    const QString other = tc.file(QStringLiteral("notes.txt"));
    writeFile(other, "my notes");
    auto created = CaseFile::create(other);
    REQUIRE_FALSE(created.ok());
    CHECK(created.error().message.contains(QStringLiteral("already exists")));
    QFile f(other);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == "my notes");
}

TEST_CASE("leftovers of a case creation that was killed are removed by the next writer of that case")
{
    TempCase tc;
    const QString path = tc.file(QStringLiteral("fresh.caravan"));
    const QString leftover = path + QStringLiteral(".creating-1a2b3c4d");
    const QString leftoverWal = leftover + QStringLiteral("-wal");
    const QString otherCase = tc.file(QStringLiteral("other.caravan.creating-99999999"));
    for (const QString &f : {leftover, leftoverWal, otherCase})
        writeFile(f, "half-built");
    {
        auto created = CaseFile::create(path);
        REQUIRE(created.ok());
    }
    CHECK_FALSE(QFileInfo::exists(leftover));
    CHECK_FALSE(QFileInfo::exists(leftoverWal));
    CHECK(QFileInfo::exists(otherCase)); // another case's build is not ours to remove

    writeFile(leftover, "half-built again");
    {
        auto readOnly = CaseFile::open(path, CaseFile::OpenMode::ReadOnly);
        REQUIRE(readOnly.ok());
    }
    CHECK(QFileInfo::exists(leftover)); // a reader holds no lock, so it leaves them
    {
        auto writer = CaseFile::open(path, CaseFile::OpenMode::ReadWrite);
        REQUIRE(writer.ok());
    }
    CHECK_FALSE(QFileInfo::exists(leftover));
}

TEST_CASE("facts written survive closing and reopening, with their provenance")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 a = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Альфа Транзит»"), QStringLiteral("KZ"));
        b.identifier(a, QStringLiteral("kz-bin"), QStringLiteral("190240012345"));
        const qint64 r = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Вектор"), QStringLiteral("RU"));
        b.owns(r, a, QStringLiteral("25-50"), QStringLiteral("2022-05-01"));
        b.shipment(QStringLiteral("DECL-1"), QStringLiteral("2023-01-15"), a, r, QStringLiteral("8542.31.0000"), 100,
                   5000, QStringLiteral("KZ"), QStringLiteral("RU"));
    }
    CaseFile &c = tc.reopen();
    auto stats = readCaseStats(c.handle());
    REQUIRE(stats.ok());
    CHECK(stats->entities == 2);
    CHECK(stats->ownershipLinks == 1);
    CHECK(stats->shipments == 1);
    SqliteStatement st(c.handle(), "SELECT e.name, s.file_name, e.source_row FROM entities e JOIN sources s "
                                   "ON s.id = e.source_id WHERE e.ext_id = 'kz-1'");
    REQUIRE(st.step());
    CHECK(st.text(0) == QStringLiteral("ТОО «Альфа Транзит»"));
    CHECK(st.text(1) == QStringLiteral("builder.csv"));
    CHECK(st.int64(2) == 1);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM shipments WHERE hs6 = '854231'") == 1);
    CHECK(sqliteScalar(c.handle(), "SELECT share_min FROM links") == 25);
}

TEST_CASE("foreign keys reject a link to a missing entity")
{
    TempCase tc;
    CHECK_FALSE(sqliteExec(tc.caseFile().handle(),
                           QStringLiteral("INSERT INTO links(type, owner_id, asset_id) VALUES('control', 998, 999)"))
                    .ok());
}

TEST_CASE("files that are not cases are refused with a clear message and left unchanged")
{
    TempCase tc;
    SECTION("a text file")
    {
        const QString path = tc.file(QStringLiteral("README.md"));
        writeFile(path, "# Not a case\n");
        const QByteArray before = fileHash(path);
        auto opened = CaseFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotACase);
        CHECK(opened.error().message.contains(QStringLiteral("not a Caravan case file")));
        CHECK(fileHash(path) == before);
        CHECK_FALSE(QFileInfo::exists(path + QStringLiteral("-wal")));
    }
    SECTION("an empty file")
    {
        const QString path = tc.file(QStringLiteral("empty.caravan"));
        writeFile(path, "");
        auto opened = CaseFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotACase);
    }
    SECTION("another program's SQLite database")
    {
        const QString path = tc.file(QStringLiteral("other.sqlite"));
        {
            auto c = Connection::open(path, Connection::Mode::Create);
            REQUIRE(c.ok());
            REQUIRE(sqliteExec((*c)->handle(), QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES(1);")).ok());
        }
        const QByteArray before = fileHash(path);
        auto opened = CaseFile::open(path);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().message.contains(QStringLiteral("SQLite database but not a Caravan case")));
        CHECK(fileHash(path) == before);
    }
    SECTION("a missing file")
    {
        auto opened = CaseFile::open(tc.file(QStringLiteral("missing.caravan")));
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == ErrorCode::NotFound);
    }
}

TEST_CASE("a truncated case is reported as damaged")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        for (int i = 0; i < 2000; ++i)
            b.company(QStringLiteral("c%1").arg(i), QStringLiteral("Company number %1 with a long name").arg(i));
    }
    tc.close();
    QFile f(tc.path());
    REQUIRE(f.open(QIODevice::ReadWrite));
    const qint64 size = f.size();
    REQUIRE(size > 8192);
    REQUIRE(f.resize(size / 2 - 100)); // not a whole number of pages either
    f.close();
    auto opened = CaseFile::open(tc.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::Corrupt);
}

TEST_CASE("a case killed during a checkpoint, its header ahead of the file's end, opens from its WAL")
{
    // A checkpoint writes page 1 (with the new page count) before the pages after the file's old end. A kill
    // in between leaves a main file shorter than its header says, and a WAL that still holds every page.
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        for (int i = 0; i < 200; ++i)
            b.company(QStringLiteral("c%1").arg(i), QStringLiteral("Company number %1").arg(i));
    }
    tc.close();
    const qint64 oldSize = QFileInfo(tc.path()).size();
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(tc.path().toUtf8().constData(), &db) == SQLITE_OK);
    REQUIRE(sqliteExec(db, QStringLiteral("PRAGMA journal_mode = WAL; PRAGMA wal_autocheckpoint = 0;")).ok());
    REQUIRE(sqlite3_db_config(db, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) == SQLITE_OK);
    REQUIRE(sqliteExec(db, QStringLiteral("BEGIN; CREATE TABLE filler(x); WITH RECURSIVE n(i) AS (SELECT 1 UNION "
                                          "ALL SELECT i + 1 FROM n WHERE i < 20000) INSERT INTO filler SELECT "
                                          "printf('%0200d', i) FROM n; COMMIT;"))
                .ok());
    const QString crashed = tc.file(QStringLiteral("crashed.caravan"));
    REQUIRE(QFile::copy(tc.path(), crashed));
    REQUIRE(QFile::copy(tc.path() + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    sqlite3_close(db);

    // Page 1 as the WAL's last frame for it has it, written over the crashed copy's page 1.
    QFile wal(crashed + QStringLiteral("-wal"));
    REQUIRE(wal.open(QIODevice::ReadOnly));
    const QByteArray frames = wal.readAll();
    const auto be32 = [&frames](qsizetype at) {
        return (quint32(quint8(frames[at])) << 24) | (quint32(quint8(frames[at + 1])) << 16) |
               (quint32(quint8(frames[at + 2])) << 8) | quint32(quint8(frames[at + 3]));
    };
    const qsizetype pageSize = be32(8);
    QByteArray page1;
    for (qsizetype at = 32; at + 24 + pageSize <= frames.size(); at += 24 + pageSize)
        if (be32(at) == 1)
            page1 = frames.mid(at + 24, pageSize);
    REQUIRE(page1.size() == pageSize);
    QFile main(crashed);
    REQUIRE(main.open(QIODevice::ReadWrite));
    REQUIRE(main.write(page1) == pageSize);
    main.close();
    const quint32 declared = (quint32(quint8(page1[28])) << 24) | (quint32(quint8(page1[29])) << 16) |
                             (quint32(quint8(page1[30])) << 8) | quint32(quint8(page1[31]));
    REQUIRE(qint64(declared) * pageSize > oldSize); // the header is ahead of the file's end

    auto opened = CaseFile::open(crashed);
    INFO((opened.ok() ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    CHECK(sqliteScalar((*opened)->handle(), "SELECT count(*) FROM filler") == 20000);
    CHECK(sqliteScalar((*opened)->handle(), "SELECT count(*) FROM entities") == 200);
}

TEST_CASE("a case from a newer Caravan is refused and unchanged")
{
    TempCase tc;
    REQUIRE(sqliteExec(tc.caseFile().handle(), QStringLiteral("PRAGMA user_version = 99")).ok());
    tc.close();
    const QByteArray before = fileHash(tc.path());
    auto opened = CaseFile::open(tc.path());
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.error().code == ErrorCode::NewerSchema);
    CHECK(opened.error().message.contains(QStringLiteral("newer Caravan")));
    CHECK(fileHash(tc.path()) == before);
}

TEST_CASE("a version 1 case is upgraded after a backup copy is written")
{
    TempCase tc;
    const QString old = tc.file(QStringLiteral("old.caravan"));
    REQUIRE(CaseFile::createAtVersion(old, 1, QStringLiteral("Old case")).ok());
    {
        auto c = Connection::open(old, Connection::Mode::ReadWrite);
        REQUIRE(c.ok());
        REQUIRE(
            sqliteExec((*c)->handle(),
                       QStringLiteral("INSERT INTO entities(ext_id, type, name) VALUES('e1', 'Person', 'Иван Петров')"))
                .ok());
        CHECK(sqliteScalar((*c)->handle(), "PRAGMA user_version") == 1);
    }
    SECTION("read-only opening refuses to upgrade")
    {
        auto ro = CaseFile::open(old, CaseFile::OpenMode::ReadOnly);
        REQUIRE_FALSE(ro.ok());
        CHECK(ro.error().message.contains(QStringLiteral("upgraded")));
    }
    SECTION("read-write opening upgrades")
    {
        auto opened = CaseFile::open(old);
        REQUIRE(opened.ok());
        CaseFile &c = **opened;
        CHECK(c.schemaVersion() == schema::kCurrentVersion);
        REQUIRE(c.migratedFrom() == 1);
        CHECK(c.backupPath() == old + QStringLiteral(".v1.bak"));
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM trade_stats") == 0);
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM entities") == 1);
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM audit_log WHERE action = 'case.upgrade'") == 1);
        // The backup is the old file, whole and still at version 1.
        auto backup = Connection::open(c.backupPath(), Connection::Mode::ReadOnly);
        REQUIRE(backup.ok());
        CHECK(sqliteScalar((*backup)->handle(), "PRAGMA user_version") == 1);
        CHECK(sqliteScalar((*backup)->handle(), "SELECT count(*) FROM entities") == 1);
    }
}

TEST_CASE("a case open for writing is locked against a second writer")
{
    TempCase tc;
    auto second = CaseFile::open(tc.path());
    REQUIRE_FALSE(second.ok());
    CHECK(second.error().code == ErrorCode::Locked);
    CHECK(second.error().message.contains(QStringLiteral("open in another Caravan")));
    auto reader = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly);
    REQUIRE(reader.ok());
    CHECK((*reader)->isReadOnly());
    tc.close();
    auto again = CaseFile::open(tc.path());
    CHECK(again.ok());
}

TEST_CASE("settings and title are stored and audited")
{
    TempCase tc;
    CaseFile &c = tc.caseFile();
    REQUIRE(c.setSetting(QStringLiteral("chains.window_days"), QStringLiteral("90")).ok());
    REQUIRE(c.setTitle(QStringLiteral("Дело №7")).ok());
    CaseFile &again = tc.reopen();
    CHECK(again.setting(QStringLiteral("chains.window_days")) == QStringLiteral("90"));
    CHECK(again.setting(QStringLiteral("missing"), QStringLiteral("x")) == QStringLiteral("x"));
    CHECK(again.title() == QStringLiteral("Дело №7"));
    CHECK(sqliteScalar(again.handle(),
                       "SELECT count(*) FROM audit_log WHERE action IN ('setting.change','case.title')") == 2);
}

TEST_CASE("a copy of the case is complete and independent")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("a"), QStringLiteral("Alpha"));
    }
    NullProgress progress;
    const QString copy = tc.file(QStringLiteral("copy of case.caravan"));
    REQUIRE(tc.caseFile().saveCopyAs(copy, progress).ok());
    auto opened = CaseFile::open(copy);
    REQUIRE(opened.ok());
    CHECK(sqliteScalar((*opened)->handle(), "SELECT count(*) FROM entities") == 1);
    CHECK_FALSE(tc.caseFile().saveCopyAs(copy, progress).ok()); // never overwrites
}

TEST_CASE("a worker thread writes to the open case through its own connection")
{
    TempCase tc;
    auto written = QtConcurrent::run([&tc] {
        auto worker = CaseFile::openForWorker(tc.caseFile());
        if (!worker)
            return false;
        CaseBuilder b(**worker);
        b.company(QStringLiteral("w1"), QStringLiteral("Written by a worker"));
        return true;
    });
    REQUIRE(written.result());
    CHECK(sqliteScalar(tc.caseFile().handle(), "SELECT count(*) FROM entities WHERE ext_id = 'w1'") == 1);
    auto readOnly = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly);
    REQUIRE(readOnly.ok());
    CHECK_FALSE(CaseFile::openForWorker(**readOnly).ok());
}
