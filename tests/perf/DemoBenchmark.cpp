// perf_demo [SCALE...]: generates the mixed training case at each scale (default 1 5 20) into a scratch
// folder and prints wall time, rows per second and the ratio to a baseline: inserting as many shipment
// rows with one bare prepared statement in one transaction, into the same schema, in the same process.
#include "models/demo/ScenarioGenerator.h"
#include "models/storage/CaseFile.h"
#include "models/storage/Connection.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <sqlite3.h>

using namespace caravan;

namespace {

// The floor: N shipment rows through one prepared statement, constant text, one transaction.
double baselineSeconds(const QString &path, qint64 rows)
{
    auto file = CaseFile::create(path, QStringLiteral("baseline"));
    if (!file)
        return -1;
    sqlite3 *db = (*file)->handle();
    QElapsedTimer timer;
    timer.start();
    Transaction tx(db);
    SqliteStatement st(db, "INSERT INTO shipments(ext_id, date, hs_code, hs6, description, quantity, unit, value, "
                           "currency, origin_country, destination_country) VALUES(?, ?, '8542310000', '854231', "
                           "'Electronic integrated circuits: processors and controllers', ?, 'pcs', ?, 'USD', 'DE', "
                           "'KZ')");
    for (qint64 i = 0; i < rows; ++i) {
        st.bind(1, QStringLiteral("KZ-20230101-%1").arg(i, 7, 10, QLatin1Char('0')));
        st.bind(2, QStringLiteral("2023-01-01"));
        st.bind(3, double(i % 5000));
        st.bind(4, double(i % 70000) * 1.5);
        if (!st.execute())
            return -1;
    }
    if (!tx.commit())
        return -1;
    return double(timer.nsecsElapsed()) / 1e9;
}

// Prints how long each phase of the generation took.
class PhaseTimer final : public Progress {
public:
    explicit PhaseTimer(QTextStream &out) : m_out(out) { m_timer.start(); }
    void setStatus(const QString &text) override
    {
        finish();
        m_phase = text;
        m_started = m_timer.nsecsElapsed();
    }
    void setProgress(std::int64_t, std::int64_t) override {}
    bool isCancelled() const override { return false; }
    void finish()
    {
        if (!m_phase.isEmpty())
            m_out << QStringLiteral("         %1: %2 s\n")
                         .arg(m_phase)
                         .arg(double(m_timer.nsecsElapsed() - m_started) / 1e9, 0, 'f', 2);
        m_phase.clear();
    }

private:
    QTextStream &m_out;
    QElapsedTimer m_timer;
    QString m_phase;
    qint64 m_started = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<int> scales;
    for (const QString &arg : app.arguments().mid(1))
        scales << arg.toInt();
    if (scales.isEmpty())
        scales = {1, 5, 20};
    QTextStream out(stdout);
    QTemporaryDir dir;
    out << "perf_demo: mixed scenario, seed 1\n";
    out << "scale  shipments  entities  answer_key  seconds  shipments/s  baseline_s  ratio  verdict\n";
    int failures = 0;
    for (int scale : scales) {
        const QString path = dir.filePath(QStringLiteral("demo-%1.caravan").arg(scale));
        auto file = CaseFile::create(path, QStringLiteral("perf"));
        if (!file) {
            out << "cannot create " << path << ": " << file.error().message << '\n';
            return 2;
        }
        PhaseTimer progress(out);
        QElapsedTimer timer;
        timer.start();
        auto counts = demo::ScenarioGenerator::generate(**file, {QStringLiteral("mixed"), 1, scale}, progress);
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        progress.finish();
        if (!counts) {
            out << "scale " << scale << " failed: " << counts.error().message << '\n';
            return 2;
        }
        file->reset();
        const double baseline =
            baselineSeconds(dir.filePath(QStringLiteral("baseline-%1.caravan").arg(scale)), counts->shipments);
        const bool ok = scale != 20 || seconds < 60.0;
        failures += ok ? 0 : 1;
        out << QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8  %9\n")
                   .arg(scale, 5)
                   .arg(counts->shipments, 9)
                   .arg(counts->entities, 8)
                   .arg(counts->answerItems, 10)
                   .arg(seconds, 7, 'f', 2)
                   .arg(double(counts->shipments) / seconds, 11, 'f', 0)
                   .arg(baseline, 10, 'f', 2)
                   .arg(seconds / baseline, 5, 'f', 1)
                   .arg(scale == 20 ? (ok ? QStringLiteral("under 60 s") : QStringLiteral("OVER 60 s"))
                                    : QStringLiteral("-"));
        out.flush();
        QFile::remove(path);
    }
    return failures ? 1 : 0;
}
