// OpenSanctions' name-matching benchmark (../shared/data/resolution/nomenklatura-name-bench): Caravan's name
// comparison on every labelled pair, P/R/F1 overall and per script, schema, category and case group, beside the
// verdicts of OpenSanctions' own matcher (logic_v2) on the same rows. A figure, not a timed test.
// Usage: perf_name_bench [--errors|--scores] [--threshold T] [FOLDER]. Exit 1 when F1 falls under 0.85. --errors
// lists the pairs of the tuning half (odd rows) Caravan gets wrong, --scores every pair of it with its score; the test
// half (even rows) is left unread.
#include "models/resolution/Matcher.h"
#include "models/resolution/NameBenchmark.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace caravan;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString folder = QStringLiteral(CARAVAN_SHARED_DATA "/resolution/nomenklatura-name-bench");
    bool showErrors = false;
    bool showAll = false;
    double threshold = Matcher::kDefaultThreshold;
    const QStringList args = app.arguments().mid(1);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--errors"))
            showErrors = true;
        else if (args[i] == QLatin1String("--scores"))
            showErrors = showAll = true;
        else if (args[i] == QLatin1String("--threshold") && i + 1 < args.size())
            threshold = args[++i].toDouble();
        else
            folder = args[i];
    }
    QTextStream out(stdout);
    auto pairs = namebenchmark::read(folder);
    if (!pairs) {
        QTextStream(stderr) << pairs.error().message << Qt::endl;
        return 2;
    }
    namebenchmark::score(pairs.value(), threshold);
    if (showErrors)
        out << namebenchmark::errors(pairs.value(), true, showAll) << Qt::endl;
    out << QStringLiteral("Name benchmark: %1 pairs, Caravan at threshold %2\n").arg(pairs->size()).arg(threshold);
    out << namebenchmark::report(pairs.value());
    const double f1 = namebenchmark::count(pairs.value(), false, false).f1();
    out << QStringLiteral("\nGoal: F1 >= 0.85 on all pairs: %1\n")
               .arg(f1 >= 0.85 ? QStringLiteral("met") : QStringLiteral("missed"));
    return f1 >= 0.85 ? 0 : 1;
}
