// The labelled test set: hand-made hard cases (tests/data/resolution/screening_pairs.csv) and pairs from real data
// in ../shared/data (the ZALA Aero / Kalashnikov cluster in FtM against the OFAC SDN list of May 2024, labelled by
// the OFAC record each FtM entity cites; and each FtM entity's Cyrillic names against its Latin ones).
#include "ResolutionTestSupport.h"

#include "../../support/TempCase.h"
#include "models/resolution/CaseMatching.h"
#include "models/resolution/Normaliser.h"

#include <QDir>

using namespace caravan;
using namespace caravan::test;
using namespace caravan::test::resolution;

namespace {

QString describe(const CaseMatch &m)
{
    return QString::number(m.score, 'f', 3) + QStringLiteral(" | ") + m.reasons.join(QStringLiteral(" | "));
}

QString pairKey(const QString &a, const QString &b)
{
    return a + QStringLiteral(" ~ ") + b;
}

// The two sides of each row of a labelled file (15 columns), as <prefix>-<row>a and <prefix>-<row>b.
void readLabelled(const QString &path, const QString &prefix, QList<Side> &a, QList<Side> &b, QList<QString> &labels)
{
    const QList<QStringList> rows = readCsv(path);
    for (qsizetype i = 1; i < rows.size(); ++i) {
        const QStringList &r = rows[i];
        REQUIRE(r.size() == 15);
        const QStringList types = r[1].split(u'|');
        const auto side = [&](int at, const QString &id) {
            return Side{id,        types.value(at == 2 ? 0 : 1, types[0]),
                        r[at],     r[at + 1].split(u';', Qt::SkipEmptyParts),
                        r[at + 2], parseIds(r[at + 3]),
                        r[at + 4], r[at + 5]};
        };
        a.append(side(2, QStringLiteral("%1-%2a").arg(prefix).arg(i)));
        b.append(side(8, QStringLiteral("%1-%2b").arg(prefix).arg(i)));
        labels.append(r[0]);
    }
}

// The hand-made pairs: a sides screened against designated b sides. Rows alternate between two halves: odd rows
// are the tuning half, even rows the test half (issue 16: the whole set was looked at while tuning, so the halves
// are reported apart and the held-out file below is the figure that counts).
Quality handMadePairs(int half = -1)
{
    QList<Side> allA, allB, a, b;
    QList<QString> labels;
    readLabelled(QStringLiteral(CARAVAN_TEST_DATA "/resolution/screening_pairs.csv"), QStringLiteral("hand"), allA,
                 allB, labels);
    REQUIRE(labels.size() > 30);
    QSet<QString> truth;
    for (qsizetype i = 0; i < labels.size(); ++i) {
        // Row numbers count from 1 after the header, as in the file.
        if (half >= 0 && (i + 1) % 2 != half)
            continue;
        a.append(allA[i]);
        b.append(allB[i]);
        if (labels[i] == QLatin1String("match"))
            truth.insert(pairKey(a.back().extId, b.back().extId));
    }
    TempCase temp;
    addSides(temp.caseFile(), a);
    addSides(temp.caseFile(), b, QStringLiteral("TEST"));
    NullProgress progress;
    auto found = casematching::screen(temp.caseFile(), MatchOptions{}, progress);
    REQUIRE(found);
    QHash<QString, QString> predicted;
    for (const CaseMatch &m : found.value())
        predicted.insert(pairKey(m.aRef, m.bRef), describe(m));
    return compare(predicted, truth,
                   half < 0    ? QStringLiteral("hand-made pairs")
                   : half == 1 ? QStringLiteral("hand-made pairs, tuning half (odd rows)")
                               : QStringLiteral("hand-made pairs, test half (even rows)"));
}

QString sortedKey(const QString &x, const QString &y)
{
    return x < y ? pairKey(x, y) : pairKey(y, x);
}

// The held-out file (tests/data/resolution/resolve_heldout.csv), written for issue 16 and not used to tune: both
// sides of every row in one case, `resolve` (duplicates) at its default threshold. Every pair it proposes counts,
// also between rows. Rows labelled "possible" (full namesakes, names alone) are left out of precision and recall:
// they must be proposed in the "possible, check" band.
Quality resolveHeldOut(const QString &file = QStringLiteral("resolve_heldout.csv"), int matches = 20,
                       int nonmatches = 20)
{
    QList<Side> a, b;
    QList<QString> labels;
    readLabelled(QStringLiteral(CARAVAN_TEST_DATA "/resolution/") + file, QStringLiteral("ho"), a, b, labels);
    REQUIRE(labels.count(QStringLiteral("match")) == matches);
    REQUIRE(labels.count(QStringLiteral("nonmatch")) == nonmatches);
    QSet<QString> truth, possible;
    for (qsizetype i = 0; i < labels.size(); ++i)
        (labels[i] == QLatin1String("match")      ? truth
         : labels[i] == QLatin1String("possible") ? possible
                                                  : truth)
            .insert(labels[i] == QLatin1String("nonmatch") ? QString() : sortedKey(a[i].extId, b[i].extId));
    truth.remove(QString());
    TempCase temp;
    addSides(temp.caseFile(), a + b);
    NullProgress progress;
    auto found = casematching::duplicates(temp.caseFile(), MatchOptions{}, progress);
    REQUIRE(found);
    QHash<QString, QString> predicted;
    QSet<QString> possibleInBand;
    for (const CaseMatch &m : found.value()) {
        const QString key = sortedKey(m.aRef, m.bRef);
        if (possible.contains(key)) {
            if (Matcher::band(m.score) == MatchBand::Possible)
                possibleInBand.insert(key);
            else
                WARN("held out: a 'possible' pair in the first band: " << describe(m).toStdString());
            continue;
        }
        predicted.insert(key, describe(m));
    }
    CHECK(possibleInBand == possible);
    return compare(predicted, truth, QStringLiteral("resolve, held-out pairs (%1)").arg(file));
}

// FtM entities screened against the whole OFAC SDN list; with `withIdentifiers` false, names, dates and countries
// only. OFAC's own near-duplicates among themselves are not part of this set.
Quality ftmAgainstOfac(bool withIdentifiers)
{
    QList<FtmEntity> ftm = readFtm(sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    const QList<Side> ofac = readOfacSdn(sharedData(QStringLiteral("sanctions/ofac-sdn-2024-05-03/sdn.csv")));
    REQUIRE(ofac.size() > 14000);
    QSet<QString> listed;
    for (const Side &s : ofac)
        listed.insert(s.extId);
    QList<Side> subjects;
    QSet<QString> truth;
    QSet<QString> ftmIds;
    for (FtmEntity &e : ftm) {
        if (!withIdentifiers)
            e.side.ids.clear();
        subjects.append(e.side);
        ftmIds.insert(e.side.extId);
        for (const QString &n : e.ofacIds) {
            // FtM's record of LLC CST also cites OFAC 45934, LLC ZALA AERO: another company with its own tax id
            // (1841001815 against 1841015504). The citation is FtM merging sources, not a match.
            if (n == QLatin1String("45934"))
                continue;
            if (listed.contains(QStringLiteral("ofac-") + n))
                truth.insert(pairKey(e.side.extId, QStringLiteral("ofac-") + n));
        }
    }
    REQUIRE(truth.size() >= 7);
    TempCase temp;
    addSides(temp.caseFile(), subjects);
    addSides(temp.caseFile(), ofac, QStringLiteral("OFAC SDN"));
    NullProgress progress;
    auto found = casematching::screen(temp.caseFile(), MatchOptions{}, progress);
    REQUIRE(found);
    QHash<QString, QString> predicted;
    for (const CaseMatch &m : found.value())
        if (ftmIds.contains(m.aRef))
            predicted.insert(pairKey(m.aRef, m.bRef), describe(m));
    return compare(predicted, truth,
                   withIdentifiers ? QStringLiteral("FtM against OFAC")
                                   : QStringLiteral("FtM against OFAC, names only"));
}

bool isCyrillic(const QString &name)
{
    for (QChar c : name)
        if (c.script() == QChar::Script_Cyrillic)
            return true;
    return false;
}

// The spellings of an entity's names, order and script aside.
QSet<QString> nameKeys(const Side &side)
{
    QSet<QString> keys;
    for (const QString &n : QStringList{side.name} + side.aliases) {
        QStringList tokens = normaliser::name(n).tokens;
        for (QString &t : tokens)
            t = normaliser::skeleton(t);
        tokens.sort();
        keys.insert(tokens.join(u' '));
    }
    return keys;
}

// Each FtM entity with names in both scripts becomes two: its Cyrillic names and its Latin names, nothing else.
// Entities that share a name with another entity of the cluster are left out: OpenSanctions merged records, so
// "Zala Aero" is a name of both LLC CST and JSC Zala Aero, and names alone cannot tell them apart (the sets with
// identifiers above do).
Quality ftmScripts()
{
    const QList<FtmEntity> ftm = readFtm(sharedData(QStringLiteral("entities/ftm/zala_aero_cluster.ftm.jsonl")));
    QHash<QString, int> owners;
    for (const FtmEntity &e : ftm)
        for (const QString &k : nameKeys(e.side))
            ++owners[k];
    QList<Side> sides;
    QSet<QString> truth;
    for (const FtmEntity &e : ftm) {
        const QSet<QString> keys = nameKeys(e.side);
        if (std::any_of(keys.begin(), keys.end(), [&](const QString &k) { return owners.value(k) > 1; }))
            continue;
        QStringList cyrillic, latin;
        for (const QString &n : e.side.aliases)
            (isCyrillic(n) ? cyrillic : latin).append(n);
        if (cyrillic.isEmpty() || latin.isEmpty())
            continue;
        sides.append(
            Side{QStringLiteral("cyr-") + e.side.extId, e.side.type, cyrillic.takeFirst(), cyrillic, {}, {}, {}, {}});
        sides.append(
            Side{QStringLiteral("lat-") + e.side.extId, e.side.type, latin.takeFirst(), latin, {}, {}, {}, {}});
        truth.insert(pairKey(sides[sides.size() - 2].extId, sides.back().extId));
    }
    REQUIRE(truth.size() >= 8);
    TempCase temp;
    addSides(temp.caseFile(), sides);
    NullProgress progress;
    auto found = casematching::duplicates(temp.caseFile(), MatchOptions{}, progress);
    REQUIRE(found);
    QHash<QString, QString> predicted;
    for (const CaseMatch &m : found.value())
        predicted.insert(m.aRef.startsWith(QLatin1String("cyr-")) ? pairKey(m.aRef, m.bRef) : pairKey(m.bRef, m.aRef),
                         describe(m));
    return compare(predicted, truth, QStringLiteral("FtM Cyrillic against Latin names"));
}

} // namespace

TEST_CASE("held-out pairs: resolve at its default threshold", "[resolution][quality]")
{
    const Quality q = resolveHeldOut();
    CHECK(q.truePositives + q.falseNegatives == 20);
    CHECK(q.precision() >= 0.95);
    CHECK(q.recall() >= 0.95);
}

// The blind set (tests/data/resolution/resolve_blind.csv), written by tests/heldout/make_resolve_pairs.py from
// identities and transformations fixed before the matcher was run on it, and never used to tune: 24 same-entity
// pairs, 22 hard negatives (other patronymic, same company name elsewhere, differing identifiers of one scheme,
// other dates of birth, one distinctive word changed), 2 full namesakes that must land in the second band.
TEST_CASE("blind held-out pairs: resolve at its default threshold", "[resolution][quality]")
{
    const Quality q = resolveHeldOut(QStringLiteral("resolve_blind.csv"), 24, 22);
    WARN("blind held-out set: precision " << q.precision() << ", recall " << q.recall() << " (" << q.truePositives
                                          << " found, " << q.falsePositives << " wrong, " << q.falseNegatives
                                          << " missed)");
    CHECK(q.truePositives + q.falseNegatives == 24);
    CHECK(q.precision() >= 0.95);
    CHECK(q.recall() >= 0.95);
}

TEST_CASE("hand-made pairs: the tuning and the test half reported apart", "[resolution][quality]")
{
    const Quality tuning = handMadePairs(1);
    const Quality test = handMadePairs(0);
    CHECK(tuning.truePositives + test.truePositives == handMadePairs().truePositives);
}

TEST_CASE("labelled set: precision and recall at the default threshold", "[resolution][quality]")
{
    Quality all;
    all += handMadePairs();
    all += ftmAgainstOfac(true);
    all += ftmScripts();
    WARN("labelled set at threshold " << Matcher::kDefaultThreshold << ": precision " << all.precision() << ", recall "
                                      << all.recall() << " (" << all.truePositives << " found, " << all.falsePositives
                                      << " wrong, " << all.falseNegatives << " missed)");
    CHECK(all.precision() >= 0.95);
    CHECK(all.recall() >= 0.95);
}

// A stress figure, not part of the labelled set: FtM's identifiers removed. Different companies with the same
// short name (LLC CST and the unrelated LLC "ЦСТ"; JSC Zala Aero of 2024 and LLC ZALA AERO) cannot be told apart
// by names alone, which is why identifiers decide when present.
TEST_CASE("FtM against OFAC on names, dates and countries alone", "[resolution][quality]")
{
    const Quality q = ftmAgainstOfac(false);
    CHECK(q.recall() >= 0.95);
    CHECK(q.precision() >= 0.6);
}
