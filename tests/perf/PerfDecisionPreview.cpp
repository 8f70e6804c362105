// perf_decision_preview CASE: what the review panel pays to show the effect of accepting a candidate, on a large
// case (e.g. `caravan-cli demo big.caravan --scale 20`): the first preview (loads the ownership snapshot and runs
// the rules once), then each further candidate; against the baseline of loading the ownership snapshot alone.
#include "PerfSupport.h"

#include "models/analysis/DecisionPreview.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>

using namespace caravan;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc < 2) {
        QTextStream(stderr) << "usage: perf_decision_preview CASE" << Qt::endl;
        return 2;
    }
    auto file = CaseFile::open(QString::fromLocal8Bit(argv[1]), CaseFile::OpenMode::ReadOnly);
    if (!file) {
        QTextStream(stderr) << file.error().message << Qt::endl;
        return 2;
    }
    CaseFile &c = **file;
    // Pairs to preview: companies with the most links, each with the next one (the effect is what is measured).
    QStringList ids;
    SqliteStatement st(c.handle(), "SELECT e.ext_id FROM entities e JOIN links l ON l.owner_id = e.id OR "
                                   "l.asset_id = e.id GROUP BY e.id ORDER BY count(*) DESC LIMIT 21");
    while (st.step())
        ids << st.text(0);
    if (ids.size() < 2) {
        QTextStream(stderr) << "the case has too few linked entities" << Qt::endl;
        return 2;
    }
    const QDate asOf(2024, 6, 1);
    NullProgress progress;
    QTextStream(stdout) << "perf_decision_preview: " << c.path() << Qt::endl;
    const double baseline = perf::timeMs([&] {
        OwnershipLoadOptions options;
        options.asOf = asOf;
        (void)OwnershipSnapshot::load(c.handle(), options, progress);
    });
    perf::report(QStringLiteral("baseline: load the ownership snapshot"), baseline);
    DecisionPreviewBase base;
    bool ok = true;
    const double first = perf::timeMs(
        [&] { ok = bool(previewDecision(c, base, MatchKind::Duplicate, ids[0], ids[1], asOf, progress)); });
    perf::report(QStringLiteral("first preview (snapshot, rules, what-if, neighbourhood)"), first,
                 QStringLiteral("x%1 of the baseline").arg(first / baseline, 0, 'f', 2));
    int n = 0;
    const double rest = perf::timeMs([&] {
        for (int i = 1; i + 1 < ids.size(); ++i, ++n)
            ok = ok && previewDecision(c, base, i % 2 ? MatchKind::Duplicate : MatchKind::Screening, ids[i], ids[i + 1],
                                       asOf, progress);
    });
    perf::report(QStringLiteral("each further preview (mean of %1)").arg(n), rest / n,
                 QStringLiteral("x%1 of the baseline").arg(rest / n / baseline, 0, 'f', 2));
    return ok ? 0 : 1;
}
