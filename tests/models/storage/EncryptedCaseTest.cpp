#include "../../support/CaseBuilder.h"
#include "../../support/TempCase.h"

#include "models/core/Progress.h"
#include "models/storage/CaseCipher.h"
#include "models/storage/CaseDigest.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QtConcurrent/QtConcurrentRun>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

const QString kPassphrase = QStringLiteral("correct horse battery staple");
const QByteArray kMarker = "Zzyzx Marker Trading LLP";

QByteArray readAll(const QString &path)
{
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    return f.readAll();
}

// Files in `dir` (recursively) whose bytes contain `marker`.
QStringList filesContaining(const QString &dir, const QByteArray &marker)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
            found << path;
    }
    return found;
}

// A small case with a marker entity, a link and a shipment, closed and encrypted; returns its digest.
QByteArray makeEncryptedCase(TempCase &tc)
{
    {
        CaseBuilder b(tc.caseFile());
        const qint64 a = b.company(QStringLiteral("a"), QString::fromUtf8(kMarker), QStringLiteral("KZ"));
        const qint64 c = b.company(QStringLiteral("c"), QStringLiteral("ООО «Бета»"), QStringLiteral("RU"));
        b.owns(a, c, QStringLiteral("51"));
        b.shipment(QStringLiteral("s1"), QStringLiteral("2023-03-01"), a, c, QStringLiteral("854231"), 10, 1000,
                   QStringLiteral("CN"), QStringLiteral("RU"));
    }
    auto digest = caseContentDigest(tc.caseFile().handle());
    REQUIRE(digest.ok());
    tc.close();
    REQUIRE(filesContaining(tc.dir(), kMarker).size() == 1);
    const Status st = CaseFile::encryptFile(tc.path(), kPassphrase);
    INFO(st.error().message.toStdString());
    REQUIRE(st.ok());
    return *digest;
}

} // namespace

TEST_CASE("an encrypted case opens with its passphrase and holds the same facts, and no plaintext stays on disk")
{
    TempCase tc;
    const QByteArray digest = makeEncryptedCase(tc);
    CHECK(CaseFile::isEncryptedFile(tc.path()));
    CHECK(filesContaining(tc.dir(), kMarker).isEmpty());
    CHECK_FALSE(QFile::exists(tc.path() + QStringLiteral("-wal")));
    CHECK(readAll(tc.path()).startsWith("CARAVAN-ENCRYPTED\n"));

    auto opened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadWrite, kPassphrase);
    INFO((opened ? QString() : opened.error().message).toStdString());
    REQUIRE(opened.ok());
    CaseFile &c = **opened;
    CHECK(c.isEncrypted());
    CHECK(c.path() == QFileInfo(tc.path()).absoluteFilePath());
    CHECK(caseContentDigest(c.handle()).value() == digest);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM shipments") == 1);
    // While it is open, nothing plain appears beside it either.
    CHECK(filesContaining(tc.dir(), kMarker).isEmpty());
}

TEST_CASE("a wrong passphrase, a missing one, a changed byte and a truncated file are refused")
{
    TempCase tc;
    makeEncryptedCase(tc);
    const QByteArray before = readAll(tc.path());

    auto wrong = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadWrite, QStringLiteral("wrong horse"));
    REQUIRE_FALSE(wrong.ok());
    CHECK(wrong.error().code == ErrorCode::WrongPassphrase);
    CHECK(wrong.error().message == QStringLiteral("Wrong passphrase for test.caravan (or the file was altered)"));
    CHECK(readAll(tc.path()) == before);
    CHECK_FALSE(CaseFile::decryptFile(tc.path(), QStringLiteral("wrong horse")).ok());
    CHECK(readAll(tc.path()) == before);

    auto missing = CaseFile::open(tc.path());
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().code == ErrorCode::NeedsPassphrase);
    CHECK(missing.error().message.contains(QStringLiteral("encrypted")));

    QByteArray tampered = before;
    tampered[tampered.size() / 2] = static_cast<char>(tampered[tampered.size() / 2] ^ 0x01);
    writeFile(tc.path(), tampered);
    auto altered = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly, kPassphrase);
    REQUIRE_FALSE(altered.ok());
    CHECK(altered.error().code == ErrorCode::WrongPassphrase);

    // Each header field, changed by one bit, and what catches it. The header is "CARAVAN-ENCRYPTED\n" (0-17),
    // format (18), KDF (19), iterations (20-23), salt (24-39), nonce (40-51), plaintext length (52-59); all of it is
    // also GCM's additional authenticated data. No field rests on that alone: the salt and the iteration count make
    // the key, the nonce enters GCM's tag, and the rest is checked by the reader. So each change must give the
    // named error, and the file must stay as it was.
    struct HeaderChange {
        int offset;
        ErrorCode expected;
    };
    for (const HeaderChange change :
         {HeaderChange{18, ErrorCode::NewerSchema}, HeaderChange{19, ErrorCode::NewerSchema},
          HeaderChange{23, ErrorCode::WrongPassphrase}, // 600000 -> 600001 iterations
          HeaderChange{30, ErrorCode::WrongPassphrase}, HeaderChange{45, ErrorCode::WrongPassphrase},
          HeaderChange{59, ErrorCode::Corrupt}}) {
        INFO("header byte " << change.offset);
        QByteArray header = before;
        header[change.offset] = static_cast<char>(header[change.offset] ^ 0x01);
        writeFile(tc.path(), header);
        auto opened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly, kPassphrase);
        REQUIRE_FALSE(opened.ok());
        CHECK(opened.error().code == change.expected);
        CHECK(readAll(tc.path()) == header);
    }

    writeFile(tc.path(), before.left(before.size() - 100));
    auto truncated = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly, kPassphrase);
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.error().code == ErrorCode::Corrupt);
    CHECK(truncated.error().message.contains(QStringLiteral("truncated")));
    writeFile(tc.path(), before.left(30));
    CHECK(CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly, kPassphrase).error().code == ErrorCode::Corrupt);
}

TEST_CASE("every committed write to an encrypted case reaches the file, encrypted")
{
    TempCase tc;
    makeEncryptedCase(tc);
    {
        auto opened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadWrite, kPassphrase);
        REQUIRE(opened.ok());
        CaseFile &c = **opened;
        const QByteArray before = readAll(tc.path());
        {
            CaseBuilder b(c);
            b.company(QStringLiteral("n"), QStringLiteral("Newly Added Plaintext Co"));
        }
        CHECK(readAll(tc.path()) != before); // written at the commit, not at close
        REQUIRE(c.setSetting(QStringLiteral("chains.window_days"), QStringLiteral("45")).ok());
        // A copy of the file now (as a crash would leave it) holds both writes.
        const QString snapshot = tc.file(QStringLiteral("snapshot.caravan"));
        REQUIRE(QFile::copy(tc.path(), snapshot));
        auto copy = CaseFile::open(snapshot, CaseFile::OpenMode::ReadOnly, kPassphrase);
        REQUIRE(copy.ok());
        CHECK(sqliteScalar((*copy)->handle(), "SELECT count(*) FROM entities") == 3);
        CHECK((*copy)->setting(QStringLiteral("chains.window_days")) == QStringLiteral("45"));
        // Reading does not write the file again.
        const QByteArray afterWrites = readAll(tc.path());
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM entities") == 3);
        CHECK(readAll(tc.path()) == afterWrites);
        CHECK(filesContaining(tc.dir(), "Newly Added Plaintext Co").isEmpty());
    }
    auto reopened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly, kPassphrase);
    REQUIRE(reopened.ok());
    CHECK(sqliteScalar((*reopened)->handle(), "SELECT count(*) FROM entities") == 3);
    CHECK(sqliteScalar((*reopened)->handle(), "SELECT count(*) FROM audit_log WHERE action = 'setting.change'") == 1);
}

TEST_CASE("workers of an encrypted case see its data and their writes persist")
{
    TempCase tc;
    makeEncryptedCase(tc);
    {
        auto opened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadWrite, kPassphrase);
        REQUIRE(opened.ok());
        CaseFile &c = **opened;
        auto counted = QtConcurrent::run([&c] {
            auto reader = c.openWorkerConnection(true);
            return reader ? sqliteScalar((*reader)->handle(), "SELECT count(*) FROM entities").value_or(-1) : -2;
        });
        CHECK(counted.result() == 2);
        // Connections opened by path (item models, panels) reach the same memory.
        auto byPath = Connection::open(tc.path(), Connection::Mode::ReadOnly);
        REQUIRE(byPath.ok());
        CHECK((*byPath)->vault() != nullptr);
        CHECK(sqliteScalar((*byPath)->handle(), "SELECT count(*) FROM shipments") == 1);
        auto written = QtConcurrent::run([&c] {
            auto worker = CaseFile::openForWorker(c);
            if (!worker)
                return false;
            CaseBuilder b(**worker);
            b.company(QStringLiteral("w1"), QStringLiteral("Written by a worker"));
            return true;
        });
        REQUIRE(written.result());
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM entities WHERE ext_id = 'w1'") == 1);
    }
    auto reopened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadOnly, kPassphrase);
    REQUIRE(reopened.ok());
    CHECK(sqliteScalar((*reopened)->handle(), "SELECT count(*) FROM entities WHERE ext_id = 'w1'") == 1);
}

TEST_CASE("a copy of an encrypted case is encrypted, and decrypting gives back a plain case")
{
    TempCase tc;
    const QByteArray digest = makeEncryptedCase(tc);
    const QString copy = tc.file(QStringLiteral("copy.caravan"));
    {
        auto opened = CaseFile::open(tc.path(), CaseFile::OpenMode::ReadWrite, kPassphrase);
        REQUIRE(opened.ok());
        NullProgress progress;
        REQUIRE((*opened)->saveCopyAs(copy, progress).ok());
    }
    CHECK(CaseFile::isEncryptedFile(copy));
    CHECK(filesContaining(tc.dir(), kMarker).isEmpty());
    CHECK(CaseFile::open(copy).error().code == ErrorCode::NeedsPassphrase);

    CHECK(CaseFile::encryptFile(tc.path(), kPassphrase).error().message.contains(QStringLiteral("already")));
    REQUIRE(CaseFile::decryptFile(tc.path(), kPassphrase).ok());
    CHECK_FALSE(CaseFile::isEncryptedFile(tc.path()));
    auto plain = CaseFile::open(tc.path());
    REQUIRE(plain.ok());
    CHECK_FALSE((*plain)->isEncrypted());
    CHECK(caseContentDigest((*plain)->handle()).value() == digest);
    SqliteStatement check((*plain)->handle(), "PRAGMA integrity_check");
    REQUIRE(check.step());
    CHECK(check.text(0) == QStringLiteral("ok"));
    SqliteStatement mode((*plain)->handle(), "PRAGMA journal_mode");
    REQUIRE(mode.step());
    CHECK(mode.text(0) == QStringLiteral("wal"));
}

TEST_CASE("upgrading an older schema writes no plaintext backup, whether the case is encrypted before or after")
{
    TempCase tc;
    tc.close();
    const QString title = QString::fromUtf8(kMarker);
    // Encrypting an older case upgrades it first; its backup is then encrypted too.
    const QString old = tc.file(QStringLiteral("old.caravan"));
    REQUIRE(CaseFile::createAtVersion(old, 3, title).ok());
    REQUIRE(CaseFile::encryptFile(old, kPassphrase).ok());
    CHECK(CaseFile::isEncryptedFile(old + QStringLiteral(".v3.bak")));

    // An encrypted case at an older schema: the backup written before upgrading is encrypted.
    const QString older = tc.file(QStringLiteral("older.caravan"));
    REQUIRE(CaseFile::createAtVersion(older, 3, title).ok());
    auto key = CaseKey::generate(kPassphrase);
    REQUIRE(key.ok());
    QByteArray image = readAll(older);
    image[18] = 1;
    image[19] = 1;
    auto encrypted = caseCipher::encrypt(*key, image);
    REQUIRE(encrypted.ok());
    writeFile(older, *encrypted);
    QFile::remove(older + QStringLiteral("-wal"));
    QFile::remove(older + QStringLiteral("-shm"));
    {
        auto opened = CaseFile::open(older, CaseFile::OpenMode::ReadWrite, kPassphrase);
        INFO((opened ? QString() : opened.error().message).toStdString());
        REQUIRE(opened.ok());
        CHECK((*opened)->migratedFrom() == 3);
        CHECK(CaseFile::isEncryptedFile((*opened)->backupPath()));
        CHECK((*opened)->title() == title);
    }
    CHECK(filesContaining(tc.dir(), kMarker).isEmpty());
}

TEST_CASE("encrypting a case encrypts every plaintext backup an earlier upgrade left beside it")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        b.company(QStringLiteral("a"), QString::fromUtf8(kMarker), QStringLiteral("KZ"));
    }
    tc.close();
    // Two backups from earlier upgrades, written while the case was still plain, and a file that only looks alike.
    const QString v3 = tc.path() + QStringLiteral(".v3.bak");
    const QString v4 = tc.path() + QStringLiteral(".v4.2.bak");
    const QString other = tc.path() + QStringLiteral(".v4.notes.bak");
    REQUIRE(QFile::copy(tc.path(), v3));
    REQUIRE(QFile::copy(tc.path(), v4));
    writeFile(other, "unrelated");
    CHECK(CaseFile::backupsOf(tc.path()) == QStringList{v3, v4});
    REQUIRE(filesContaining(tc.dir(), kMarker).size() == 3);

    REQUIRE(CaseFile::encryptFile(tc.path(), kPassphrase).ok());
    CHECK(CaseFile::isEncryptedFile(tc.path()));
    CHECK(CaseFile::isEncryptedFile(v3));
    CHECK(CaseFile::isEncryptedFile(v4));
    CHECK(readAll(other) == "unrelated");
    CHECK(filesContaining(tc.dir(), kMarker).isEmpty());
    // Each backup opens with the case's passphrase and still holds what it held.
    auto backup = CaseFile::open(v3, CaseFile::OpenMode::ReadOnly, kPassphrase);
    INFO((backup ? QString() : backup.error().message).toStdString());
    REQUIRE(backup.ok());
    CHECK(sqliteScalar((*backup)->handle(), "SELECT count(*) FROM entities") == 1);
}
