// Mirror statistics benchmark (issue 20): trade-statistics rows compared and ranked.
//   perf_mirror generate CASE [ROWS]   a case of ROWS monthly HS-6 trade-statistics rows (default 10,000,000): 20
//                                      exporters x 10 hubs x HS-6 codes x 72 months, both sides, values with noise,
//                                      one in 50 flows short on the importer's side (C API, one transaction)
//   perf_mirror compare CASE           compareMirror() by HS-6 and year in this process; prints its time
//   perf_mirror                        both at 1,000,000 rows in a scratch folder (tests/perf/run.sh)
// mirror_bench.sh times caravan-cli mirror --json against the same aggregation in sqlite3.
#include "BenchCase.h"
#include "PerfSupport.h"

#include "models/analysis/MirrorComparison.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/Connection.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <random>

using namespace caravan;
using namespace caravan::perf;

namespace {

const char *const kExporters[] = {"DE", "IT", "FR", "PL", "NL", "CZ", "AT", "BE", "ES", "SE",
                                  "US", "JP", "GB", "KR", "CH", "CN", "IN", "TW", "FI", "DK"};
const char *const kImporters[] = {"KZ", "KG", "AM", "GE", "AE", "TR", "UZ", "RU", "BY", "TJ"};

int generate(const QString &path, qint64 rows)
{
    const auto created = perf::createBenchCase(path, QStringLiteral("mirror benchmark"));
    if (!created)
        return 2;
    CaseFile &file = *created;
    CaseWriter writer(file.handle());
    Transaction tx(file.handle());
    auto source = perf::addBenchSource(writer, QStringLiteral("comext.csv"), u'm', QStringLiteral("trade-stats"),
                                       QStringLiteral("trade-stats"));
    if (!source)
        return 2;
    const qint64 perCode = static_cast<qint64>(std::size(kExporters) * std::size(kImporters)) * 72 * 2;
    const qint64 codes = std::max<qint64>(1, rows / perCode);
    std::mt19937_64 rng(20);
    std::uniform_real_distribution<double> noise(0.9, 1.1);
    qint64 row = 0;
    TradeStatRecord t;
    t.currency = QStringLiteral("EUR");
    for (qint64 c = 0; c < codes && row < rows; ++c) {
        t.hsCode = QString::number(840000 + c * 7);
        for (const char *e : kExporters)
            for (const char *i : kImporters) {
                const double base = 1000.0 * static_cast<double>(1 + rng() % 1000);
                const bool shortImporter = rng() % 50 == 0;
                for (int m = 0; m < 72; ++m) {
                    const int year = 2019 + m / 12;
                    t.period = QStringLiteral("%1-%2").arg(year).arg(m % 12 + 1, 2, 10, QLatin1Char('0'));
                    const double growth = year >= 2022 && rng() % 20 == 0 ? 3.0 : 1.0;
                    const double exported = base * growth * noise(rng);
                    t.reporter = QLatin1String(e);
                    t.partner = QLatin1String(i);
                    t.flow = QStringLiteral("export");
                    t.value = exported;
                    if (!writer.addTradeStat(t, {*source, ++row}))
                        return 2;
                    t.reporter = QLatin1String(i);
                    t.partner = QLatin1String(e);
                    t.flow = QStringLiteral("import");
                    t.value = exported * 1.05 * noise(rng) * (shortImporter ? 0.1 : 1.0);
                    if (!writer.addTradeStat(t, {*source, ++row}))
                        return 2;
                }
            }
    }
    if (!writer.finishSource(*source, row, row, 0, 0) || !tx.commit())
        return 2;
    QTextStream(stdout) << QStringLiteral("  %1 trade-statistics rows, %2 HS-6 codes").arg(row).arg(codes) << Qt::endl;
    return 0;
}

int compare(const QString &path)
{
    auto file = CaseFile::open(path, CaseFile::OpenMode::ReadOnly);
    if (!file) {
        QTextStream(stderr) << file.error().message << Qt::endl;
        return 2;
    }
    MirrorSettings s;
    NullProgress progress;
    Result<MirrorResult> result = makeError(ErrorCode::InvalidInput, QString());
    const double ms = timeMs([&] { result = compareMirror((*file)->handle(), s, progress); });
    if (!result) {
        QTextStream(stderr) << result.error().message << Qt::endl;
        return 2;
    }
    qint64 flagged = 0;
    for (const MirrorFlow &f : result->flows)
        flagged += f.flags.isEmpty() ? 0 : 1;
    report(QStringLiteral("compareMirror, HS-6 x year, %1 rows").arg(result->rows), ms,
           QStringLiteral("%1 flows, %2 flagged, peak %3 MiB")
               .arg(result->flows.size())
               .arg(flagged)
               .arg(peakRssMiB(), 0, 'f', 0));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() >= 2 && args.at(0) == u"generate")
        return generate(args.at(1), args.size() > 2 ? args.at(2).toLongLong() : 10'000'000);
    if (args.size() == 2 && args.at(0) == u"compare")
        return compare(args.at(1));
    if (!args.isEmpty()) {
        QTextStream(stderr) << "usage: perf_mirror [generate CASE [ROWS] | compare CASE]" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("mirror.caravan"));
    if (const int rc = generate(path, 1'000'000); rc != 0)
        return rc;
    return compare(path);
}
