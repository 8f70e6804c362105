// Screening 50,000 case entities against 15,000 designated entities with 30,000 aliases, and duplicate search over
// 100,000 entities: blocking and scoring times, against scoring all pairs of a 5,000-entity sample scaled up.
// Goal: screening under 10 s. Names are generated (seeded): persons and companies, Latin and Cyrillic, with
// variants of listed names planted among the case entities so that there is something to find.
#include "PerfSupport.h"

#include <algorithm>

#include "models/resolution/MatchEngine.h"
#include "models/resolution/Normaliser.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QThreadPool>

#include <ctime>
#include <random>

using namespace caravan;
using namespace caravan::perf;

namespace {

// Pronounceable made-up words from syllables: enough distinct names that blocking sees realistic key sizes.
class NameGenerator {
public:
    explicit NameGenerator(unsigned seed) : m_rng(seed) {}

    QString word(int minSyllables, int maxSyllables)
    {
        static const char *const syllables[] = {"ka",  "za",  "ro",  "vi", "na",  "tor", "mar",  "sen", "lo",  "dar",
                                                "bek", "tas", "ul",  "an", "kov", "in",  "bay",  "er",  "sul", "gor",
                                                "mi",  "ly",  "tem", "ir", "ba",  "sha", "zhan", "al",  "nur", "kas"};
        std::uniform_int_distribution<int> count(minSyllables, maxSyllables);
        std::uniform_int_distribution<int> pick(0, int(std::size(syllables)) - 1);
        QString w;
        for (int i = count(m_rng); i > 0; --i)
            w += QLatin1String(syllables[pick(m_rng)]);
        w[0] = w[0].toUpper();
        return w;
    }

    Entity entity(int index, bool listed)
    {
        Entity e;
        e.rowId = index + 1;
        e.extId = (listed ? QStringLiteral("L") : QStringLiteral("C")) + QString::number(index);
        std::uniform_real_distribution<double> u(0.0, 1.0);
        if (u(m_rng) < 0.5) {
            e.type = EntityType::Person;
            e.name = word(2, 3) + QStringLiteral("ov ") + word(1, 2) + u' ' + word(2, 2) + QStringLiteral("ovich");
        } else {
            e.type = EntityType::Company;
            static const char *const forms[] = {"LLP", "LLC", "JSC", "TOO", "OOO", "Ltd", "FZE"};
            e.name = word(2, 3) + u' ' + (u(m_rng) < 0.6 ? word(2, 3) + u' ' : QString()) +
                     QLatin1String(forms[std::uniform_int_distribution<int>(0, 6)(m_rng)]);
        }
        if (u(m_rng) < 0.4)
            e.name = normaliser::toCyrillic(e.name);
        e.country = QLatin1String(u(m_rng) < 0.5 ? "RU" : "KZ");
        if (u(m_rng) < 0.3)
            e.identifiers.append(
                {QStringLiteral("ru-inn"), QString::number(7700000000LL + index * 7 + (listed ? 1 : 2))});
        return e;
    }

    // A spelling of the same entity as a case might hold it: reordered, other script, a letter changed.
    Entity variant(const Entity &of, int index)
    {
        Entity e = of;
        e.rowId = index + 1;
        e.extId = QStringLiteral("C") + QString::number(index);
        QStringList tokens = e.name.split(u' ');
        std::rotate(tokens.begin(), tokens.begin() + 1, tokens.end());
        e.name = tokens.join(u' ');
        e.name = e.name.at(0).script() == QChar::Script_Cyrillic ? normaliser::toLatin(e.name)
                                                                 : normaliser::toCyrillic(e.name);
        e.aliases.clear();
        return e;
    }

    std::mt19937 &rng() { return m_rng; }

private:
    std::mt19937 m_rng;
};

QList<MatchRecord> prepare(const QList<Entity> &entities)
{
    QList<MatchRecord> out;
    out.reserve(entities.size());
    for (const Entity &e : entities)
        out.append(prepareMatchRecord(e));
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream(stdout) << "threads: " << QThreadPool::globalInstance()->maxThreadCount() << Qt::endl;
    NameGenerator gen(20261128);

    QList<Entity> listed;
    for (int i = 0; i < 15000; ++i) {
        Entity e = gen.entity(i, true);
        for (int k = 0; k < 2; ++k) // 30,000 aliases
            e.aliases.append(k == 0 ? normaliser::toLatin(e.name) : gen.entity(i, true).name);
        listed.append(e);
    }
    QList<Entity> cases;
    std::uniform_int_distribution<int> pickListed(0, int(listed.size()) - 1);
    QHash<int, int> planted; // case entity -> the listed entity it is a variant of
    for (int i = 0; i < 50000; ++i) {
        if (i % 50 == 0) {
            const int of = pickListed(gen.rng());
            planted.insert(i, of);
            cases.append(gen.variant(listed[of], i));
        } else {
            cases.append(gen.entity(i, false));
        }
    }

    QList<MatchRecord> listedRecords, caseRecords;
    const double prepareMs = timeMs([&] {
        listedRecords = prepare(listed);
        caseRecords = prepare(cases);
    });
    report(QStringLiteral("normalise 65,000 entities, 95,000 names"), prepareMs);

    MatchOptions options;
    NullProgress progress;
    qsizetype found = 0;
    qsizetype plantedFound = 0;
    QList<MatchCandidate> candidates;
    // The machine is shared: CPU time (all threads) tells the work apart from waiting for a core.
    const std::clock_t cpuBefore = std::clock();
    const double screenMs = timeMs([&] {
        auto r = matchengine::screen(caseRecords, listedRecords, options, progress);
        found = r ? r->size() : -1;
        if (r)
            candidates = std::move(r.value());
    });
    const double screenCpuMs = double(std::clock() - cpuBefore) * 1000.0 / CLOCKS_PER_SEC;
    QSet<int> foundPlanted;
    for (const MatchCandidate &c : candidates)
        if (planted.value(c.a, -1) == c.b)
            foundPlanted.insert(c.a);
    plantedFound = foundPlanted.size();
    report(QStringLiteral("screen 50,000 x 15,000 (blocked)"), screenMs,
           QStringLiteral("%1 candidates, %2 of %3 planted variants found; CPU %4 ms on %5 threads")
               .arg(found)
               .arg(plantedFound)
               .arg(planted.size())
               .arg(screenCpuMs, 0, 'f', 0)
               .arg(QThreadPool::globalInstance()->maxThreadCount()));

    if (app.arguments().contains(QStringLiteral("--screen-only")))
        return screenMs < 10000.0 ? 0 : 1;

    // Baseline: all pairs of a 5,000-entity sample (5,000 case entities x 5,000 listed), scaled to the full size.
    const QList<MatchRecord> caseSample = caseRecords.mid(0, 5000);
    const QList<MatchRecord> listedSample = listedRecords.mid(0, 5000);
    const double allPairsSampleMs = timeMs([&] { matchengine::scoreAllPairs(caseSample, listedSample, options); });
    const double scale = (50000.0 * 15000.0) / (5000.0 * 5000.0);
    const double allPairsMs = allPairsSampleMs * scale;
    report(QStringLiteral("all pairs 5,000 x 5,000 sample"), allPairsSampleMs);
    report(QStringLiteral("all pairs 50,000 x 15,000 (scaled x%1)").arg(scale), allPairsMs,
           QStringLiteral("blocking is %1x faster").arg(allPairsMs / screenMs, 0, 'f', 1));

    // Duplicates over 100,000 entities: the case entities, the listed ones and 35,000 more.
    QList<Entity> many = cases;
    for (int i = 0; i < 35000; ++i)
        many.append(gen.entity(100000 + i, false));
    for (const Entity &e : listed)
        many.append(e);
    const QList<MatchRecord> manyRecords = prepare(many);
    qsizetype pairs = 0;
    const double dupMs = timeMs([&] {
        auto r = matchengine::duplicates(manyRecords, options, progress);
        pairs = r ? r->size() : -1;
    });
    report(QStringLiteral("duplicates among 100,000 (blocked)"), dupMs, QStringLiteral("%1 pairs").arg(pairs));
    const QList<MatchRecord> dupSample = manyRecords.mid(0, 5000);
    const double dupSampleMs = timeMs([&] { matchengine::scoreAllPairs(dupSample, dupSample, options); });
    // All pairs of n entities is n(n-1)/2; the sample scored n^2 ordered pairs.
    const double dupScale = (100000.0 * 99999.0 / 2.0) / (5000.0 * 5000.0);
    report(QStringLiteral("all pairs 5,000 sample (ordered pairs)"), dupSampleMs);
    report(QStringLiteral("all pairs among 100,000 (scaled x%1)").arg(dupScale, 0, 'f', 0), dupSampleMs * dupScale,
           QStringLiteral("blocking is %1x faster").arg(dupSampleMs * dupScale / dupMs, 0, 'f', 1));
    QTextStream(stdout) << "  peak memory " << peakRssMiB() << " MiB" << Qt::endl;

    const bool goal = screenMs < 10000.0;
    QTextStream(stdout) << (goal ? "  goal met: " : "  GOAL MISSED: ") << "screening 50k x 15k in " << screenMs / 1000.0
                        << " s (goal < 10 s)" << Qt::endl;
    return goal ? 0 : 1;
}
