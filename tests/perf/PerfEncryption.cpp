// Encrypted cases: time to encrypt, open (key derivation + decryption + loading into memory) and save after a
// small commit, for a case of N shipments (default 100,000), against opening and committing to the same
// case as a plain file in the same run.
#include "PerfSupport.h"

#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/Connection.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace caravan;
using namespace caravan::perf;

namespace {

const QString kPassphrase = QStringLiteral("benchmark passphrase");

bool fill(CaseFile &file, int shipments)
{
    Transaction tx(file.handle());
    CaseWriter writer(file.handle());
    SourceRecord source;
    source.fileName = QStringLiteral("bench.csv");
    source.sha256 = QStringLiteral("bench");
    source.format = QStringLiteral("caravan-csv");
    auto sourceId = writer.addSource(source);
    if (!sourceId)
        return false;
    qint64 row = 0;
    std::vector<qint64> entities;
    for (int i = 0; i < 2000; ++i) {
        EntityRecord e;
        e.extId = QStringLiteral("e%1").arg(i);
        e.type = QStringLiteral("Company");
        e.name = QStringLiteral("Company number %1 LLP").arg(i);
        e.country = i % 2 ? QStringLiteral("KZ") : QStringLiteral("DE");
        auto id = writer.addEntity(e, Provenance{*sourceId, ++row});
        if (!id)
            return false;
        entities.push_back(*id);
    }
    for (int i = 0; i < shipments; ++i) {
        ShipmentRecord s;
        s.extId = QStringLiteral("s%1").arg(i);
        s.date = QStringLiteral("2023-%1-%2")
                     .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                     .arg(1 + i % 28, 2, 10, QLatin1Char('0'));
        s.exporter = entities[static_cast<size_t>(i) % entities.size()];
        s.importer = entities[static_cast<size_t>(i * 7 + 1) % entities.size()];
        s.hsCode = QStringLiteral("854231");
        s.quantity = 10.0 + i % 50;
        s.value = 1000.0 + i;
        s.originCountry = QStringLiteral("DE");
        s.destinationCountry = QStringLiteral("KZ");
        if (!writer.addShipment(s, Provenance{*sourceId, ++row}))
            return false;
    }
    return tx.commit().ok();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int shipments = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 100000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bench.caravan"));
    QTextStream(stdout) << "perf_encryption: a case of " << shipments << " shipments" << Qt::endl;
    {
        auto created = CaseFile::create(path);
        if (!created || !fill(**created, shipments))
            return 1;
    }
    double plainOpen = 0, plainCommit = 0;
    {
        std::unique_ptr<CaseFile> file;
        plainOpen = timeMs([&] { file = CaseFile::open(path).takeValue(); });
        plainCommit = timeMs([&] { file->setSetting(QStringLiteral("bench"), QStringLiteral("1")).ok(); });
    }
    const qint64 plainSize = QFileInfo(path).size();
    report(QStringLiteral("plain: open (baseline)"), plainOpen);
    report(QStringLiteral("plain: one small commit (baseline)"), plainCommit);
    const double encrypt = timeMs([&] { CaseFile::encryptFile(path, kPassphrase).ok(); });
    report(QStringLiteral("encrypt the file in place"), encrypt,
           QStringLiteral("%1 MiB").arg(static_cast<double>(plainSize) / 1048576.0, 0, 'f', 1));
    std::unique_ptr<CaseFile> file;
    const double open = timeMs([&] {
        auto opened = CaseFile::open(path, CaseFile::OpenMode::ReadWrite, kPassphrase);
        if (opened)
            file = opened.takeValue();
    });
    if (!file)
        return 1;
    report(QStringLiteral("encrypted: open (PBKDF2 + decrypt + load into memory)"), open,
           QStringLiteral("x%1 of plain").arg(open / std::max(plainOpen, 0.001), 0, 'f', 1));
    const double commit = timeMs([&] { file->setSetting(QStringLiteral("bench"), QStringLiteral("2")).ok(); });
    report(QStringLiteral("encrypted: one small commit (encrypt + write + fsync)"), commit,
           QStringLiteral("x%1 of plain").arg(commit / std::max(plainCommit, 0.001), 0, 'f', 1));
    const double read = timeMs([&] { sqliteScalar(file->handle(), "SELECT sum(value) FROM shipments"); });
    report(QStringLiteral("encrypted: a full scan of the shipments (no write)"), read);
    const double kdf = timeMs([&] { file->checkPassphrase(kPassphrase); });
    report(QStringLiteral("PBKDF2-HMAC-SHA256, 600,000 iterations"), kdf);
    QTextStream(stdout) << QStringLiteral("  peak memory %1 MiB").arg(peakRssMiB(), 0, 'f', 0) << Qt::endl;
    return 0;
}
