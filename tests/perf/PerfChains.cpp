// Benchmark for the chain detector (issue 7), driven by chains_bench.sh:
//   perf_chains generate CASE [SHIPMENTS] [COMPANIES]   a case of random trade with planted chains (C API, one
//                                                       transaction): one-intermediary, split onward and
//                                                       two-intermediary chains, ext ids "P<kind>-<n>-<hop>"
//   perf_chains detect CASE                             runs the whole detector in this process and prints its time
//   perf_chains check CASE CHAINS.json                  recall of the planted chains in a `chains --json` output
// The script times the detector against an sqlite3 self-join with the best index for it.
#include "BenchCase.h"
#include "PerfSupport.h"

#include "models/analysis/ChainDetector.h"
#include "models/domain/Chpl.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>
#include <random>

using namespace caravan;
using namespace caravan::perf;

namespace {

const char *const kEu[] = {"DE", "IT", "FR", "PL", "NL", "CZ"};
const char *const kTransit[] = {"KZ", "KG", "AM", "AE", "TR", "GE", "UZ", "CN"};
const char *const kDestination[] = {"RU", "RU", "RU", "BY"};
const char *const kOther[] = {"US", "JP", "GB", "KR"};

// The HS-6 pool: the 50 CHPL codes' neighbours and a spread of other chapters, 400 codes.
std::vector<int> hsPool()
{
    std::vector<int> pool;
    const int chapters[] = {2, 8, 22, 30, 39, 40, 61, 64, 72, 73, 84, 85, 87, 88, 90, 94};
    for (int i = 0; i < 400; ++i)
        pool.push_back(chapters[i % 16] * 10000 + (i * 37) % 100 * 100 + (i % 7) * 10);
    for (int code : {854231, 854232, 854239, 851762, 852691, 848210, 848220, 880730, 845710, 903020})
        pool[static_cast<std::size_t>(code % 400)] = code;
    return pool;
}

QString isoDay(int dayOffset)
{
    return QDate(2019, 1, 1).addDays(dayOffset).toString(Qt::ISODate);
}

int generate(const QString &path, int shipments, int companies)
{
    const auto created = perf::createBenchCase(path, QStringLiteral("chains benchmark"));
    if (!created)
        return 2;
    CaseFile &file = *created;
    CaseWriter writer(file.handle());
    Transaction tx(file.handle());
    auto source = perf::addBenchSource(writer, QStringLiteral("bench.csv"), u'b', QStringLiteral("caravan-csv"),
                                       QStringLiteral("shipments"));
    if (!source)
        return 2;
    std::mt19937_64 rng(7);
    auto pick = [&](auto &list) { return QString::fromLatin1(list[rng() % std::size(list)]); };
    std::vector<qint64> eu, transit, destination, all;
    std::vector<QString> countryOf(static_cast<std::size_t>(companies) + 1);
    qint64 row = 0;
    for (int i = 0; i < companies; ++i) {
        const int r = static_cast<int>(rng() % 100);
        const QString cc = r < 35 ? pick(kEu) : r < 70 ? pick(kTransit) : r < 90 ? pick(kDestination) : pick(kOther);
        auto id = writer.addEntity({QStringLiteral("co-%1").arg(i),
                                    QStringLiteral("Company"),
                                    QStringLiteral("Company %1 %2").arg(i).arg(cc),
                                    cc,
                                    {}},
                                   {*source, ++row});
        if (!id)
            return 2;
        all.push_back(*id);
        countryOf[static_cast<std::size_t>(*id)] = cc;
        if (r < 90)
            (r < 35 ? eu : r < 70 ? transit : destination).push_back(*id);
    }
    const std::vector<int> pool = hsPool();
    auto add = [&](const QString &ext, int day, qint64 from, qint64 to, int hs, double qty) {
        ShipmentRecord s;
        s.extId = ext;
        s.date = isoDay(day);
        s.exporter = from;
        s.importer = to;
        s.hsCode = QString::number(hs).rightJustified(6, u'0');
        s.description = QStringLiteral("goods");
        s.quantity = qty;
        s.unit = QStringLiteral("pcs");
        s.value = qty * (10.0 + static_cast<double>(rng() % 1000) / 10.0);
        s.currency = QStringLiteral("USD");
        return writer.addShipment(s, {*source, ++row}).ok();
    };
    auto any = [&](const std::vector<qint64> &v) { return v[rng() % v.size()]; };
    auto jitter = [&](double q, double percent) {
        return std::round(q * (1.0 + (static_cast<double>(rng() % 2001) / 1000.0 - 1.0) * percent / 100.0));
    };
    // Planted chains first: 1,200 one-intermediary, 400 split, 400 two-intermediary.
    int planted = 0;
    for (int n = 0; n < 2000; ++n) {
        const int hs = pool[rng() % pool.size()];
        const int d1 = static_cast<int>(rng() % 2000);
        const double q = static_cast<double>(100 + rng() % 5000);
        const qint64 s = any(eu), x = any(transit), y = any(destination);
        bool ok = add(QStringLiteral("P%1-%2-in").arg(n < 1200 ? 1 : n < 1600 ? 2 : 3).arg(n), d1, s, x, hs, q);
        if (n < 1200) {
            ok = ok && add(QStringLiteral("P1-%1-out").arg(n), d1 + 1 + static_cast<int>(rng() % 80), x, y, hs,
                           jitter(q, 10));
            planted += 2;
        } else if (n < 1600) {
            const int parts = 2 + static_cast<int>(rng() % 3);
            for (int k = 0; k < parts; ++k)
                ok = ok && add(QStringLiteral("P2-%1-out%2").arg(n).arg(k), d1 + 5 + 20 * k, x, any(destination), hs,
                               std::round(q / parts));
            planted += 1 + parts;
        } else {
            qint64 x2 = any(transit);
            // The second intermediary in another country than the first.
            while (countryOf[static_cast<std::size_t>(x2)] == countryOf[static_cast<std::size_t>(x)])
                x2 = any(transit);
            ok = ok && add(QStringLiteral("P3-%1-mid").arg(n), d1 + 30, x, x2, hs, jitter(q, 5)) &&
                 add(QStringLiteral("P3-%1-out").arg(n), d1 + 60, x2, y, hs, jitter(q, 5));
            planted += 3;
        }
        if (!ok)
            return 2;
    }
    // Random trade for the rest.
    for (int i = planted; i < shipments; ++i) {
        const qint64 from = any(all);
        qint64 to = any(all);
        if (to == from)
            to = any(all);
        const double q = std::round(std::exp(static_cast<double>(rng() % 1000) / 100.0));
        if (!add(QStringLiteral("R-%1").arg(i), static_cast<int>(rng() % 2190), from, to, pool[rng() % pool.size()],
                 std::max(1.0, q)))
            return 2;
    }
    if (!writer.finishSource(*source, row, row, 0, 0) || !tx.commit())
        return 2;
    QTextStream(stdout) << "generated " << shipments << " shipments among " << companies
                        << " companies (2,000 planted chains)" << Qt::endl;
    return 0;
}

int detect(const QString &path)
{
    auto file = CaseFile::open(path, CaseFile::OpenMode::ReadOnly);
    if (!file)
        return 2;
    auto settings = ChainSettings::load(**file);
    if (!settings)
        return 2;
    NullProgress progress;
    Result<ChainRun> run = makeError(ErrorCode::InvalidInput, {});
    const double ms = timeMs([&] { run = detectChains((*file)->handle(), *settings, {}, progress); });
    if (!run)
        return 2;
    report(QStringLiteral("detector in process (load, search, flags, score)"), ms,
           QStringLiteral("%1 chains, hs6_pairs %2").arg(run->chains.size()).arg(run->stats.hs6Pairs));
    QTextStream(stdout) << "  timings_ms " << QJsonDocument(run->timingsMs).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

// Recall of the planted chains: a planted chain is found when a chain holds exactly its shipments. Planted food
// and medicine chains (HS chapters 01-24, 30) must stay below the minimum score; the others must all be found.
int check(const QString &casePath, const QString &jsonPath)
{
    QFile f(jsonPath);
    auto file = CaseFile::open(casePath, CaseFile::OpenMode::ReadOnly);
    if (!f.open(QIODevice::ReadOnly) || !file)
        return 2;
    QSet<QString> food;
    int planted = 0;
    {
        SqliteStatement q((*file)->handle(), "SELECT ext_id, hs6 FROM shipments WHERE ext_id LIKE 'P%-in'");
        while (q.step()) {
            ++planted;
            if (isFoodOrMedicine(static_cast<std::int32_t>(q.int64(1))))
                food.insert(q.text(0).section(u'-', 0, 1));
        }
    }
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    QSet<QString> found;
    int other = 0, foodFound = 0;
    for (const QJsonValue &v : o.value(QStringLiteral("chains")).toArray()) {
        const QJsonArray ships = v.toObject().value(QStringLiteral("shipments")).toArray();
        const QString key = ships.first().toString().section(u'-', 0, 1);
        bool pure = key.startsWith(u'P');
        for (const QJsonValue &s : ships)
            pure = pure && s.toString().section(u'-', 0, 1) == key;
        if (!pure)
            ++other;
        else if (food.contains(key))
            ++foodFound;
        else
            found.insert(key);
    }
    const qsizetype expected = planted - food.size();
    const QJsonObject stats = o.value(QStringLiteral("stats")).toObject();
    QTextStream(stdout)
        << "  planted chains found: " << found.size() << " of " << expected << " (recall "
        << QString::number(static_cast<double>(found.size()) / static_cast<double>(expected), 'f', 3)
        << "); planted food/medicine chains listed: " << foodFound << " of " << food.size()
        << " (should be 0); other chains: " << other << Qt::endl
        << "  detector stats: hs6_pairs " << stats.value(QStringLiteral("hs6_pairs")).toInteger() << ", timings_ms "
        << QJsonDocument(stats.value(QStringLiteral("timings_ms")).toObject()).toJson(QJsonDocument::Compact)
        << Qt::endl;
    return found.size() == expected && foodFound == 0 ? 0 : 3;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 3 && args[1] == u"generate")
        return generate(args[2], args.size() > 3 ? args[3].toInt() : 1000000,
                        args.size() > 4 ? args[4].toInt() : 50000);
    if (args.size() == 3 && args[1] == u"detect")
        return detect(args[2]);
    if (args.size() == 4 && args[1] == u"check")
        return check(args[2], args[3]);
    QTextStream(stderr) << "usage: perf_chains generate CASE [SHIPMENTS] [COMPANIES] | detect CASE | check CASE JSON"
                        << Qt::endl;
    return 2;
}
