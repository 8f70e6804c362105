// Benchmark for the foundation: a case with 1,000,000 shipments; time to open it and show the first screen of
// the shipments table, and to jump to its last row. Target: under 300 ms each. The baseline is a plain scan of
// the same table's row ids with the SQLite C API, measured in the same run.
#include "PerfSupport.h"

#include "models/itemmodels/ShipmentTableModel.h"
#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"
#include "models/storage/Sqlite.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>

#include <random>

using namespace caravan;
using namespace caravan::perf;

namespace {

bool fillCase(CaseFile &file, int shipments, int companies)
{
    CaseWriter writer(file.handle());
    Transaction tx(file.handle());
    auto source = writer.addSource({QStringLiteral("perf.csv"),
                                    {},
                                    QString(64, u'a'),
                                    QStringLiteral("caravan-csv"),
                                    QStringLiteral("shipments"),
                                    QStringLiteral("UTF-8")});
    if (!source)
        return false;
    std::mt19937_64 rng(42);
    const char *countries[] = {"DE", "KZ", "RU", "AE", "KG", "AM", "TR", "IT"};
    for (int i = 0; i < companies; ++i) {
        const QString cc = QString::fromLatin1(countries[i % 8]);
        if (!writer.addEntity({QStringLiteral("c%1").arg(i),
                               QStringLiteral("Company"),
                               QStringLiteral("Company %1 %2").arg(i).arg(cc),
                               cc,
                               {}},
                              {*source, i + 1}))
            return false;
    }
    for (int i = 0; i < shipments; ++i) {
        ShipmentRecord s;
        s.extId = QStringLiteral("DECL-%1").arg(i);
        s.date = QStringLiteral("20%1-%2-%3")
                     .arg(19 + rng() % 6)
                     .arg(1 + rng() % 12, 2, 10, QLatin1Char('0'))
                     .arg(1 + rng() % 28, 2, 10, QLatin1Char('0'));
        s.exporter = 1 + static_cast<qint64>(rng() % companies);
        s.importer = 1 + static_cast<qint64>(rng() % companies);
        s.hsCode = QString::number(840000 + rng() % 50000);
        s.description = QStringLiteral("Goods of kind %1").arg(rng() % 1000);
        s.quantity = static_cast<double>(1 + rng() % 10000);
        s.unit = QStringLiteral("pcs");
        s.value = static_cast<double>(rng() % 1000000) / 10.0;
        s.currency = QStringLiteral("USD");
        s.originCountry = QString::fromLatin1(countries[rng() % 8]);
        s.destinationCountry = QString::fromLatin1(countries[rng() % 8]);
        if (!writer.addShipment(s, {*source, companies + i + 1}))
            return false;
    }
    return writer.finishSource(*source, companies + shipments, companies + shipments, 0, 0).ok() && tx.commit().ok();
}

// Reads every cell of rows [first, first + count) as a view would for one screen.
void touchScreen(const QAbstractItemModel &model, int first, int count)
{
    for (int r = first; r < first + count && r < model.rowCount(); ++r)
        for (int c = 0; c < model.columnCount(); ++c)
            model.data(model.index(r, c));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int shipments = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("perf.caravan"));
    QTextStream out(stdout);
    out << "perf_tables: " << shipments << " shipments" << Qt::endl;
    {
        auto created = CaseFile::create(path);
        if (!created) {
            out << created.error().message << Qt::endl;
            return 1;
        }
        report(QStringLiteral("build the case (one transaction, C API)"),
               timeMs([&] { fillCase(**created, shipments, 50000); }));
    }
    out << "  case file size: " << QFile(path).size() / (1024 * 1024) << " MiB" << Qt::endl;

    double baseline = 0;
    {
        auto c = CaseFile::open(path, CaseFile::OpenMode::ReadOnly);
        baseline = timeMs([&] {
            SqliteStatement st((*c)->handle(), "SELECT id FROM shipments ORDER BY date, id");
            qint64 sum = 0;
            while (st.step())
                sum += st.int64(0);
            (void)sum;
        });
        report(QStringLiteral("baseline: scan all ids in date order (C API)"), baseline);
    }

    std::unique_ptr<CaseFile> file;
    ShipmentTableModel model;
    QTableView view;
    view.resize(1600, 900);
    view.verticalHeader()->setDefaultSectionSize(24);
    const double open = timeMs([&] {
        file = CaseFile::open(path).takeValue();
        model.setCase(file->handle(), file->path());
        model.reloadNow();
        view.setModel(&model);
        touchScreen(model, 0, 40);
    });
    report(QStringLiteral("open case + first screen of shipments (model)"), open,
           QStringLiteral("%1x baseline, target < 300 ms").arg(open / baseline, 0, 'f', 2));
    const double paint = timeMs([&] { view.grab(); });
    report(QStringLiteral("paint the first screen (QTableView, offscreen)"), paint);
    const double last = timeMs([&] {
        view.scrollToBottom();
        touchScreen(model, model.rowCount() - 40, 40);
        view.grab();
    });
    report(QStringLiteral("jump to the last row and paint it"), last, QStringLiteral("target < 300 ms"));
    const double middle = timeMs([&] {
        view.scrollTo(model.index(model.rowCount() / 2, 0));
        view.grab();
    });
    report(QStringLiteral("jump to the middle and paint it"), middle);
    double search = 0;
    {
        RowIdQuery q;
        q.casePath = path;
        q.sql =
            QStringLiteral("SELECT s.id FROM shipments s LEFT JOIN entities ex ON ex.id = s.exporter_id "
                           "WHERE (ifnull(s.ext_id,'') || ' ' || ifnull(ex.name,'')) LIKE ?1 ORDER BY s.date, s.id");
        q.searchPattern = QStringLiteral("%DECL-99999%");
        search = timeMs([&] { loadRowIds(q); });
    }
    report(QStringLiteral("search 1M rows (off the GUI thread in the app)"), search);
    out << "  row ids held in memory: " << model.rowCount() * 8 / 1024 << " KiB; peak RSS " << peakRssMiB() << " MiB"
        << Qt::endl;
    return (open < 300 && last < 300) ? 0 : 3;
}
