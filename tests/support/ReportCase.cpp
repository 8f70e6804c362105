#include "ReportCase.h"

#include "CaseBuilder.h"

#include "models/storage/CaseFile.h"
#include "models/storage/MarkStore.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

namespace caravan::test {

QList<ReportChain> ReportCase::build(CaseFile &file)
{
    REQUIRE(file.setTitle(QString::fromUtf8(kTitle)).ok());
    REQUIRE(file.setSetting(QStringLiteral("investigator"), QStringLiteral("А. Сейткали")).ok());
    {
        CaseBuilder b(file);
        const qint64 de = b.company(QStringLiteral("de-001"), QString::fromUtf8(kSupplierName), QStringLiteral("DE"));
        const qint64 kz =
            b.company(QStringLiteral("kz-180540012345"), QString::fromUtf8(kIntermediaryName), QStringLiteral("KZ"));
        const qint64 ru =
            b.company(QStringLiteral("ru-7701234567"), QString::fromUtf8(kBuyerName), QStringLiteral("RU"));
        const qint64 owner =
            b.person(QStringLiteral("ru-p-01"), QStringLiteral("Иванов Пётр Сергеевич"), QStringLiteral("RU"));
        b.owns(owner, ru, QStringLiteral("60"));
        b.owns(owner, kz, QStringLiteral("25-50"));
        b.designate(owner, QStringLiteral("EU"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-06-03"));
        b.designate(ru, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2023-05-19"));
        int n = 0;
        // Before 2022: the supplier sells to Russia directly; after: through Kazakhstan, with a surge.
        for (int year = 2019; year <= 2024; ++year) {
            for (int month = 1; month <= 12; ++month) {
                const QString date = QStringLiteral("%1-%2-15").arg(year).arg(month, 2, 10, QLatin1Char('0'));
                if (year < 2022) {
                    b.shipment(QStringLiteral("DE-%1-%2").arg(year).arg(++n, 6, 10, QLatin1Char('0')), date, de, ru,
                               QStringLiteral("8542.31.90"), 1000, 50000 + 1000 * month, QStringLiteral("DE"),
                               QStringLiteral("RU"));
                } else {
                    b.shipment(QStringLiteral("DE-%1-%2").arg(year).arg(++n, 6, 10, QLatin1Char('0')), date, de, kz,
                               QStringLiteral("854231"), 4000, 210000 + 3000 * month, QStringLiteral("DE"),
                               QStringLiteral("KZ"));
                    b.shipment(QStringLiteral("KZ-%1-%2").arg(year).arg(++n, 6, 10, QLatin1Char('0')),
                               QStringLiteral("%1-%2-28").arg(year).arg(month, 2, 10, QLatin1Char('0')), kz, ru,
                               QStringLiteral("854231"), 3900, 260000 + 3000 * month, QStringLiteral("KZ"),
                               QStringLiteral("RU"));
                }
                b.shipment(QStringLiteral("BR-%1-%2").arg(year).arg(++n, 6, 10, QLatin1Char('0')), date, de, kz,
                           QStringLiteral("848210"), 200, 9000, QStringLiteral("DE"), QStringLiteral("KZ"));
            }
        }
        b.shipment(QString::fromUtf8(kEvidenceA), QStringLiteral("2023-03-02"), de, kz, QStringLiteral("854231"), 5000,
                   240000, QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QString::fromUtf8(kEvidenceB), QStringLiteral("2023-04-11"), kz, ru, QStringLiteral("854231"), 4800,
                   305000, QStringLiteral("KZ"), QStringLiteral("RU"));
        b.commit();
    }
    sqlite3 *db = file.handle();
    REQUIRE(
        sqliteExec(db, QStringLiteral("INSERT INTO sources(file_name, file_path, sha256, format, kind, imported_at, "
                                      "imported_by, rows_read, rows_imported) VALUES('eu27_exports_to_kazakhstan.csv', "
                                      "'/data/eurostat/eu27_exports_to_kazakhstan.csv', '%1', 'trade-stats', "
                                      "'trade-stats', '2026-11-20T10:15:00Z', 'analyst', 48, 48)")
                           .arg(QString::fromLatin1(kSourceSha)))
            .ok());
    const qint64 statsSource = sqliteScalar(db, "SELECT max(id) FROM sources").value_or(0);
    SqliteStatement st(db, "INSERT INTO trade_stats(reporter, partner, flow, hs_code, period, value, source_id, "
                           "source_row) VALUES(?, ?, ?, '8542', ?, ?, ?, ?)");
    int row = 0;
    for (int year = 2021; year <= 2024; ++year)
        for (int month = 1; month <= 12; ++month) {
            const QString period = QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
            const double exports = year < 2022 ? 1.0e6 : 4.0e6 + 1e5 * month;
            const double imports = year < 2022 ? 0.95e6 : 2.5e6 + 5e4 * month;
            for (const bool isExport : {true, false}) {
                st.reset();
                st.bind(1, isExport ? QStringLiteral("DE") : QStringLiteral("KZ"));
                st.bind(2, isExport ? QStringLiteral("KZ") : QStringLiteral("DE"));
                st.bind(3, isExport ? QStringLiteral("export") : QStringLiteral("import"));
                st.bind(4, period);
                st.bind(5, isExport ? exports : imports);
                st.bind(6, statsSource);
                st.bind(7, static_cast<qint64>(++row));
                REQUIRE(st.execute());
            }
        }
    const auto mark = [&file](MarkTarget target, const char *ref, MarkStatus status, const char *note) {
        Mark m;
        m.target = target;
        m.targetRef = QString::fromUtf8(ref);
        m.status = status;
        m.note = QString::fromUtf8(note);
        m.author = QStringLiteral("А. Сейткали");
        m.confidence = 0.8;
        REQUIRE(markstore::put(file, m).ok());
    };
    mark(MarkTarget::Entity, "kz-180540012345", MarkStatus::Confirmed,
         "Зарегистрировано в марте 2022 г.; директор совпадает с ООО «Восток-Комплект».");
    mark(MarkTarget::Entity, "ru-7701234567", MarkStatus::Suspected, "Получатель микросхем, SDN с 2023 г.");
    mark(MarkTarget::Shipment, kEvidenceB, MarkStatus::Confirmed, "Декларация подтверждена таможней РК.");
    mark(MarkTarget::Chain, kChainId, MarkStatus::Confirmed, "Route DE → KZ → RU confirmed by both declarations.");
    mark(MarkTarget::Chain, "chain-manual-0002", MarkStatus::Suspected, "Bearings through the same intermediary.");
    mark(MarkTarget::Chain, "chain-dismissed-0003", MarkStatus::Dismissed, "Medical equipment: not sanctioned.");

    ReportChain chain;
    chain.id = QString::fromUtf8(kChainId);
    chain.score = 0.92;
    chain.route = {QStringLiteral("de-001"), QStringLiteral("kz-180540012345"), QStringLiteral("ru-7701234567")};
    chain.hs = QStringLiteral("854231");
    chain.flags = {QStringLiteral("T3"), QStringLiteral("T4"), QStringLiteral("T6")};
    chain.explanation =
        QStringLiteral("Elektronik Handel GmbH shipped 5,000 integrated circuits (HS 854231) to the "
                       "Kazakh intermediary on 2023-03-02; 40 days later 4,800 of the same HS-6 went on "
                       "to ООО «Восток-Комплект» in Russia (quantity within 4%). The intermediary was "
                       "incorporated after 2022-02-24 (T4) and the buyer is designated (T6).");
    ShipmentRef a, c;
    a.id = QString::fromUtf8(kEvidenceA);
    c.id = QString::fromUtf8(kEvidenceB);
    chain.evidence = {a, c};
    return {chain};
}

} // namespace caravan::test
