#include "MirrorCase.h"

#include "CaseBuilder.h"
#include "TempCase.h"

#include "models/import/ImportJob.h"

#include <QDir>

#include <catch2/catch.hpp>

namespace caravan::test {

namespace {

const char *const kMonths[] = {"Jan.", "Feb.", "Mar.", "Apr.", "May",  "Jun.",
                               "Jul.", "Aug.", "Sep.", "Oct.", "Nov.", "Dec."};

} // namespace

void MirrorCase::monthly(QByteArray &csv, const char *reporter, const char *partner, const char *product,
                         const char *flow, int firstYear, int lastYear, double value, int monthShift)
{
    for (int y = firstYear; y <= lastYear; ++y)
        for (int m = 0; m < 12; ++m) {
            const int shifted = y * 12 + m + monthShift;
            csv += QStringLiteral("%1,%2,%3,%4,Total,%5 %6,%7\n")
                       .arg(QLatin1String(reporter), QLatin1String(partner), QLatin1String(product),
                            QLatin1String(flow), QLatin1String(kMonths[shifted % 12]))
                       .arg(shifted / 12)
                       .arg(value, 0, 'f', 0)
                       .toUtf8();
        }
}

void MirrorCase::build(CaseFile &file, const QString &folder)
{
    {
        CaseBuilder b(file);
        const qint64 de1 = b.company(QStringLiteral("de-1"), QStringLiteral("Halbleiter GmbH"), QStringLiteral("DE"));
        const qint64 de2 = b.company(QStringLiteral("de-2"), QStringLiteral("Chipwerk AG"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Транзит"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Приёмник"), QStringLiteral("RU"));
        const qint64 eu = b.person(QStringLiteral("p-eu"), QStringLiteral("Ivan Listed"), QStringLiteral("RU"));
        b.incorporated(kz, QStringLiteral("2022-06-01")); // new intermediary importing CHPL goods within 12 months
        b.designate(ru, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-03-15"));
        b.designate(eu, QStringLiteral("EU"), QStringLiteral("RUS"), QStringLiteral("2022-03-15"));
        b.owns(ru, kz, QStringLiteral("60"));  // kz-1: blocked under the OFAC 50% rule
        b.owns(eu, de2, QStringLiteral("55")); // de-2: owned under the EU rule, not blocked under the OFAC rule
        b.shipment(QStringLiteral("DECL-1"), QStringLiteral("2023-03-10"), de1, kz, QStringLiteral("854231"), 100,
                   300000, QStringLiteral("DE"), QStringLiteral("KZ"), QStringLiteral("EUR"));
        b.shipment(QStringLiteral("DECL-2"), QStringLiteral("2023-05-20"), de2, kz, QStringLiteral("854231"), 20, 60000,
                   QStringLiteral("DE"), QStringLiteral("KZ"), QStringLiteral("EUR"));
        b.shipment(QStringLiteral("DECL-3"), QStringLiteral("2023-06-15"), kz, ru, QStringLiteral("854231"), 110,
                   330000, QStringLiteral("DE"), QStringLiteral("RU"), QStringLiteral("EUR"));
        b.commit();
    }
    QByteArray csv = "REPORTER,PARTNER,PRODUCT,FLOW,STAT_PROCEDURE,PERIOD,VALUE_IN_EUR\n";
    monthly(csv, "Germany", "Kazakhstan", "854231", "EXPORT", 2019, 2023, 100000);
    monthly(csv, "Kazakhstan", "Germany", "854231", "IMPORT", 2023, 2023, 10000);
    monthly(csv, "Kazakhstan", "Russian Federation", "854231", "EXPORT", 2023, 2023, 100000);
    monthly(csv, "France", "Armenia", "841191", "EXPORT", 2019, 2021, 10000);
    monthly(csv, "France", "Armenia", "841191", "EXPORT", 2023, 2023, 30000);
    monthly(csv, "Armenia", "France", "841191", "IMPORT", 2023, 2023, 31500);
    monthly(csv, "Poland", "Georgia", "940360", "EXPORT", 2019, 2023, 20000);
    monthly(csv, "Georgia", "Poland", "940360", "IMPORT", 2023, 2023, 21000, 1);
    const QString path = QDir(folder).filePath(QStringLiteral("comext-mirror.csv"));
    writeFile(path, csv);
    auto job = ImportJob::prepare(path, {});
    REQUIRE(job.ok());
    NullProgress progress;
    auto imported = (*job)->run(file, progress);
    INFO((imported.ok() ? QString() : imported.error().message).toStdString());
    REQUIRE(imported.ok());
}

} // namespace caravan::test
