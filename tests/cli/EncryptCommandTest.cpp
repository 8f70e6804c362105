#include "../support/TempCase.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

const QByteArray kMarker = "Qwixel Plaintext Marker GmbH";

bool anyFileContains(const QString &dir, const QByteArray &marker)
{
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(marker))
            return true;
    }
    return false;
}

// Sets CARAVAN_PASSPHRASE for the commands run while it lives.
class PassphraseEnv {
public:
    explicit PassphraseEnv(const QByteArray &value) { qputenv("CARAVAN_PASSPHRASE", value); }
    ~PassphraseEnv() { qunsetenv("CARAVAN_PASSPHRASE"); }
};

qint64 entityCount(const QByteArray &statsJson)
{
    return QJsonDocument::fromJson(statsJson).object().value(QStringLiteral("entities")).toInteger(-1);
}

} // namespace

TEST_CASE("caravan-cli encrypt and decrypt a case, every command opens it with the passphrase")
{
    TempCase tc;
    tc.close();
    qunsetenv("CARAVAN_PASSPHRASE");
    const QString entities = tc.file(QStringLiteral("entities.csv"));
    writeFile(entities, "id,type,name\nc1,Company," + kMarker + "\n");
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("import"), tc.path(), entities}, &out, &err) == 0);
    QFile::remove(entities);

    // No passphrase: a clear refusal, nothing written.
    CHECK(runCli({QStringLiteral("encrypt"), tc.path()}, &out, &err) == 2);
    CHECK(err.contains("CARAVAN_PASSPHRASE"));
    CHECK_FALSE(CaseFile::isEncryptedFile(tc.path()));
    {
        PassphraseEnv env("s3cret passphrase");
        REQUIRE(runCli({QStringLiteral("encrypt"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
        CHECK(QJsonDocument::fromJson(out).object().value(QStringLiteral("encrypted")).toBool());
    }
    CHECK(CaseFile::isEncryptedFile(tc.path()));
    CHECK_FALSE(anyFileContains(tc.dir(), kMarker));

    CHECK(runCli({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")}, &out, &err) == 2);
    CHECK(err.contains("encrypted"));
    CHECK(err.contains("--passphrase-file"));
    {
        PassphraseEnv env("not it");
        const QByteArray before = [&] {
            QFile f(tc.path());
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        CHECK(runCli({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")}, &out, &err) == 2);
        CHECK(err.contains("Wrong passphrase for test.caravan"));
        QFile f(tc.path());
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == before);
    }
    {
        PassphraseEnv env("s3cret passphrase");
        REQUIRE(runCli({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
        CHECK(entityCount(out) == 1);
        // An import into the encrypted case persists.
        const QString more = tc.file(QStringLiteral("more.csv"));
        writeFile(more, "id,type,name\nc2,Company,Second Co\nc3,Person,Third Person\n");
        REQUIRE(runCli({QStringLiteral("import"), tc.path(), more}, &out, &err) == 0);
        QFile::remove(more);
        REQUIRE(runCli({QStringLiteral("mark"), tc.path(), QStringLiteral("--entity"), QStringLiteral("c2"),
                        QStringLiteral("--status"), QStringLiteral("suspected")},
                       &out, &err) == 0);
        REQUIRE(runCli({QStringLiteral("check"), tc.path()}, &out, &err) == 0);
    }
    // The passphrase from a file; the file itself holds no case data.
    const QString secretFile = tc.file(QStringLiteral("pass.txt"));
    writeFile(secretFile, "s3cret passphrase\n");
    REQUIRE(runCli({QStringLiteral("stats"), tc.path(), QStringLiteral("--passphrase-file"), secretFile,
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(entityCount(out) == 3);
    CHECK(QJsonDocument::fromJson(out).object().value(QStringLiteral("marks")).toInteger() == 1);
    CHECK(CaseFile::isEncryptedFile(tc.path()));
    CHECK_FALSE(anyFileContains(tc.dir(), kMarker));
    CHECK_FALSE(anyFileContains(tc.dir(), "Second Co"));

    REQUIRE(runCli({QStringLiteral("decrypt"), tc.path(), QStringLiteral("--passphrase-file"), secretFile}, &out,
                   &err) == 0);
    CHECK_FALSE(CaseFile::isEncryptedFile(tc.path()));
    REQUIRE(runCli({QStringLiteral("check"), tc.path()}, &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("stats"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(entityCount(out) == 3);
    CHECK(runCli({QStringLiteral("decrypt"), tc.path(), QStringLiteral("--passphrase-file"), secretFile}, &out, &err) ==
          2);
    CHECK(err.contains("not encrypted"));
}
