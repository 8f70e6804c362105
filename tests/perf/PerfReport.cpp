// Benchmark for reports: a case with 1,000,000 shipments and 100 marked chains (synthetic detector chains
// passed in as ReportChain, each with a route and evidence shipments), built and painted to PDF.
// Goals: under 10 s and under 20 MB of memory above what the open case already used. The baseline is one
// plain aggregate scan of the shipments (what any monthly chart must at least read), measured in the same run.
#include "PerfSupport.h"

#include "models/report/ReportBuilder.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/MarkStore.h"
#include "models/storage/Sqlite.h"
#include "ui/report/ReportPainter.h"

#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <random>

using namespace caravan;
using namespace caravan::perf;

namespace {

constexpr int kShipments = 1'000'000;
constexpr int kCompanies = 5'000;
constexpr int kChains = 100;
const char *const kCountries[] = {"DE", "KZ", "RU", "AE", "KG", "AM", "TR", "IT"};
const char *const kHs[] = {"854231", "854232", "851762", "847150", "848210", "901380", "845710", "020130", "300490"};

bool fillCase(CaseFile &file)
{
    CaseWriter writer(file.handle());
    Transaction tx(file.handle());
    auto source = writer.addSource({QStringLiteral("perf-shipments.csv"),
                                    {},
                                    QString(64, u'b'),
                                    QStringLiteral("caravan-csv"),
                                    QStringLiteral("shipments"),
                                    QStringLiteral("UTF-8")});
    if (!source)
        return false;
    std::mt19937_64 rng(7);
    for (int i = 0; i < kCompanies; ++i) {
        const QString cc = QString::fromLatin1(kCountries[i % 8]);
        const QString name =
            i % 2 ? QStringLiteral("ТОО «Компания %1»").arg(i) : QStringLiteral("Company %1 GmbH").arg(i);
        if (!writer.addEntity({QStringLiteral("c%1").arg(i), QStringLiteral("Company"), name, cc, {}},
                              {*source, i + 1}))
            return false;
    }
    for (int i = 0; i < kShipments; ++i) {
        ShipmentRecord s;
        s.extId = QStringLiteral("DECL-%1").arg(i);
        s.date = QStringLiteral("20%1-%2-%3")
                     .arg(19 + rng() % 6)
                     .arg(1 + rng() % 12, 2, 10, QLatin1Char('0'))
                     .arg(1 + rng() % 28, 2, 10, QLatin1Char('0'));
        s.exporter = 1 + static_cast<qint64>(rng() % kCompanies);
        s.importer = 1 + static_cast<qint64>(rng() % kCompanies);
        s.hsCode = QString::fromLatin1(kHs[rng() % std::size(kHs)]);
        s.quantity = static_cast<double>(1 + rng() % 10000);
        s.unit = QStringLiteral("pcs");
        s.value = static_cast<double>(100 + rng() % 1000000);
        s.currency = QStringLiteral("USD");
        s.originCountry = QString::fromLatin1(kCountries[s.exporter % 8]);
        s.destinationCountry = QString::fromLatin1(kCountries[s.importer % 8]);
        if (!writer.addShipment(s, {*source, kCompanies + i + 1}))
            return false;
    }
    if (!writer.finishSource(*source, kShipments, kShipments, 0, 0))
        return false;
    return tx.commit().ok();
}

QList<ReportChain> makeChains(CaseFile &file)
{
    std::mt19937_64 rng(11);
    QList<ReportChain> chains;
    for (int i = 0; i < kChains; ++i) {
        ReportChain c;
        c.id = QStringLiteral("chain-%1").arg(i, 4, 10, QLatin1Char('0'));
        c.score = 0.5 + static_cast<double>(rng() % 500) / 1000.0;
        const int hops = 3 + static_cast<int>(rng() % 2);
        for (int h = 0; h < hops; ++h)
            c.route << QStringLiteral("c%1").arg(rng() % kCompanies);
        c.hs = QStringLiteral("854231");
        c.flags = {QStringLiteral("T3"), QStringLiteral("T4")};
        c.explanation = QStringLiteral("Supplier to intermediary and on to a Russian buyer within %1 days; quantity "
                                       "within %2%.")
                            .arg(10 + rng() % 80)
                            .arg(rng() % 20);
        for (int e = 0; e < hops - 1; ++e) {
            ShipmentRef ref;
            ref.id = QStringLiteral("DECL-%1").arg(rng() % kShipments);
            c.evidence << ref;
        }
        Mark m;
        m.target = MarkTarget::Chain;
        m.targetRef = c.id;
        m.status = i % 3 == 0 ? MarkStatus::Confirmed : MarkStatus::Suspected;
        m.note = QStringLiteral("Проверено по декларациям %1.").arg(i);
        if (!markstore::put(file, m).ok())
            return {};
        chains << c;
    }
    return chains;
}

long rssKiB(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(field))
            return line.mid(static_cast<int>(qstrlen(field))).trimmed().split(' ').first().toLong();
    return 0;
}

// Resets VmHWM to the current RSS, so the next peak is the report's own.
void resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    if (clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("perf-report.caravan"));
    {
        auto created = CaseFile::create(path, QStringLiteral("Benchmark: 1,000,000 shipments, 100 chains"));
        if (!created)
            return 2;
        const double fillMs = timeMs([&] { fillCase(**created); });
        report(QStringLiteral("setup: write 1,000,000 shipments"), fillMs);
    }
    auto opened = CaseFile::open(path, CaseFile::OpenMode::ReadWrite);
    if (!opened)
        return 2;
    CaseFile &file = **opened;
    const QList<ReportChain> chains = makeChains(file);
    if (chains.size() != kChains)
        return 2;

    double scanned = 0;
    const double baselineMs = timeMs([&] {
        SqliteStatement st(file.handle(), "SELECT substr(date, 1, 7), sum(value) FROM shipments GROUP BY 1");
        while (st.step())
            scanned += st.real(1);
    });
    report(QStringLiteral("baseline: one monthly GROUP BY over the shipments"), baselineMs);

    // Warm the fonts and QCustomPlot once (a GUI session has done so before anyone asks for a report).
    {
        ReportDocument warm;
        warm.caseTitle = QStringLiteral("warm-up");
        NullProgress progress;
        (void)ReportPainter::writePdf(warm, dir.filePath(QStringLiteral("warm.pdf")), progress);
    }

    const long rssBefore = rssKiB("VmRSS:");
    resetPeak();
    ReportInputs inputs;
    inputs.chains = chains;
    NullProgress progress;
    Result<ReportDocument> doc = makeError(ErrorCode::InvalidInput, QString());
    const double buildMs = timeMs([&] { doc = ReportBuilder(file, inputs, {}).build(progress); });
    if (!doc)
        return 2;
    report(QStringLiteral("build the report content (7 sections, 100 chains)"), buildMs,
           QStringLiteral("%1x baseline").arg(buildMs / baselineMs, 0, 'f', 1));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
    Result<int> pages = 0;
    const double paintMs = timeMs([&] { pages = ReportPainter::writePdf(*doc, pdf, progress); });
    if (!pages)
        return 2;
    report(QStringLiteral("lay out and paint the PDF"), paintMs,
           QStringLiteral("%1 pages, %2 KiB").arg(*pages).arg(QFileInfo(pdf).size() / 1024));
    if (argc > 1) // perf_report OUT.pdf keeps the report for a person to look at
        QFile::copy(pdf, QString::fromLocal8Bit(argv[1]));
    const double totalMs = buildMs + paintMs;
    const long peak = rssKiB("VmHWM:");
    const double growthMiB = static_cast<double>(peak - rssBefore) / 1024.0;
    report(QStringLiteral("total (goal: under 10,000 ms)"), totalMs,
           QStringLiteral("%1x baseline").arg(totalMs / baselineMs, 0, 'f', 1));
    QTextStream(stdout) << QStringLiteral("  memory: %1 MiB before the report, peak %2 MiB during it: +%3 MiB "
                                          "(goal: under 20 MiB)")
                               .arg(static_cast<double>(rssBefore) / 1024.0, 0, 'f', 1)
                               .arg(static_cast<double>(peak) / 1024.0, 0, 'f', 1)
                               .arg(growthMiB, 0, 'f', 1)
                        << Qt::endl;
    const bool ok = totalMs < 10000 && growthMiB < 20;
    return ok && scanned > 0 ? 0 : 1;
}
