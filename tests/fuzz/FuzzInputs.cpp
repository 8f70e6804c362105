#include "FuzzInputs.h"

#include "FuzzSupport.h"

#include "models/core/Progress.h"
#include "models/import/ColumnMapping.h"
#include "models/import/CsvReader.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseStats.h"
#include "models/storage/IntegrityCheck.h"

#include <QBuffer>
#include <QFile>

#include <array>

namespace caravan::fuzz {

namespace {

const std::array<QString, 4> &csvKinds()
{
    static const std::array<QString, 4> kinds = {QStringLiteral("entities"), QStringLiteral("links"),
                                                 QStringLiteral("shipments"), QStringLiteral("sanctions")};
    return kinds;
}

void importAs(const QString &format, const QString &name, const std::uint8_t *data, std::size_t size)
{
    ImportOptions options;
    options.format = format;
    importBytes(name, bytesOf(data, size), options);
}

QStringList headerOf(QByteArray content)
{
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    QStringList header;
    if (!reader.open() || !reader.next())
        return header;
    for (int i = 0; i < reader.record().size(); ++i)
        header.append(reader.record().trimmed(i));
    return header;
}

} // namespace

// The CSV engine over any bytes, with a small record limit so that it is reached too.
void feedCsvReader(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    QByteArray content = bytesOf(data, size);
    QBuffer buffer(&content);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.maxRecordBytes = 4096;
    CsvReader reader(&buffer, options);
    if (!reader.open())
        return;
    qint64 total = 0;
    while (reader.next()) {
        const CsvRecord &r = reader.record();
        for (int i = 0; i < r.size(); ++i)
            total += r.trimmed(i).size() + r.field(i).size();
        total += r.trimmed(r.size()).size() + r.raw().size() + r.problem().size() + r.line();
    }
    if (total < 0)
        std::abort();
}

// Caravan CSV; the first byte picks the kind.
void feedCaravanCsv(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return;
    ImportOptions options;
    options.format = QStringLiteral("caravan-csv");
    options.kind = csvKinds()[data[0] % csvKinds().size()];
    importBytes(QStringLiteral("fuzz.csv"), bytesOf(data + 1, size - 1), options);
}

// Somebody else's CSV with the mapping propose() makes from its header for the kind the first byte picks;
// the second byte picks the conventions (1 dd.MM.yyyy dates, 2 decimal comma, 4 '|' lists, 8 no new parties,
// 16 a constant currency).
void feedMappedCsv(const std::uint8_t *data, std::size_t size)
{
    if (size < 2)
        return;
    ensureApplication();
    const QByteArray content = bytesOf(data + 2, size - 2);
    const QStringList header = headerOf(content);
    if (header.isEmpty())
        return;
    ColumnMapping mapping = ColumnMapping::propose(header, csvKinds()[data[0] % csvKinds().size()]);
    const std::uint8_t style = data[1];
    if ((style & 1) != 0)
        mapping.dateFormat = QStringLiteral("dd.MM.yyyy");
    if ((style & 2) != 0)
        mapping.decimalSeparator = u',';
    if ((style & 4) != 0)
        mapping.listSeparator = u'|';
    mapping.createParties = (style & 8) == 0;
    if ((style & 16) != 0 && mapping.kind == QStringLiteral("shipments"))
        mapping.constants.insert(QStringLiteral("currency"), header.first());
    ImportOptions options;
    options.format = QStringLiteral("csv");
    options.kind = mapping.kind;
    options.mapping = mapping;
    importBytes(QStringLiteral("fuzz.csv"), content, options);
}

void feedFtm(const std::uint8_t *data, std::size_t size)
{
    importAs(QStringLiteral("ftm"), QStringLiteral("fuzz.json"), data, size);
}

void feedBods(const std::uint8_t *data, std::size_t size)
{
    importAs(QStringLiteral("bods"), QStringLiteral("fuzz.json"), data, size);
}

// An OFAC SDN CSV without its companion files.
void feedOfacSdn(const std::uint8_t *data, std::size_t size)
{
    importAs(QStringLiteral("ofac-sdn"), QStringLiteral("sdn.csv"), data, size);
}

void feedTradeStats(const std::uint8_t *data, std::size_t size)
{
    importAs(QStringLiteral("trade-stats"), QStringLiteral("trade.csv"), data, size);
}

// Any bytes passed as a case file, opened read-only (as `stats` and `check` do), counted and checked.
void feedCaseOpen(const std::uint8_t *data, std::size_t size)
{
    ensureApplication();
    const QString path = writeScratch(QStringLiteral("open.caravan"), bytesOf(data, size));
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto opened = CaseFile::open(path, CaseFile::OpenMode::ReadOnly);
    if (!opened)
        return;
    (void)readCaseStats((*opened)->handle());
    NullProgress progress;
    (void)checkCaseIntegrity((*opened)->handle(), progress);
}

FeedFunction feedFor(const QString &target)
{
    static const std::array<std::pair<const char *, FeedFunction>, 8> table = {{
        {"csv_reader", feedCsvReader},
        {"caravan_csv", feedCaravanCsv},
        {"mapped_csv", feedMappedCsv},
        {"ftm", feedFtm},
        {"bods", feedBods},
        {"ofac_sdn", feedOfacSdn},
        {"trade_stats", feedTradeStats},
        {"case_open", feedCaseOpen},
    }};
    for (const auto &[name, feed] : table)
        if (target == QLatin1String(name))
            return feed;
    return nullptr;
}

} // namespace caravan::fuzz
