// Countries from shipments: parties without a country placed by what their declarations say (issue 15, item 3),
// and T15, a registered country that the shipments contradict. Fixtures in the shape of customs extracts where a
// third of the Russian parties carry no country but every declaration names its destination.
#include "DetectionSupport.h"

#include "../../support/CaseBuilder.h"

#include "models/analysis/PartyCountries.h"
#include "models/storage/CaseFile.h"

#include <QElapsedTimer>

#include <algorithm>
#include <ctime>

using namespace caravan;
using namespace caravan::test;

namespace {

const SnapshotEntity &entityOf(const TradeSnapshot &snap, const QString &extId)
{
    for (const SnapshotEntity &e : snap.entities)
        if (e.extId == extId)
            return e;
    FAIL("no entity " << extId.toStdString());
    return snap.entities.front();
}

TradeSnapshot snapshotOf(TempCase &tc)
{
    NullProgress progress;
    auto snap = TradeSnapshot::load(tc.caseFile().handle(), progress);
    REQUIRE(snap.ok());
    return snap.takeValue();
}

// The declaration's box 15 (dispatch country): the readers of real extracts fill it; the builder does not.
void dispatchedFrom(TempCase &tc, const QString &shipment, const QString &country)
{
    SqliteStatement st(tc.caseFile().handle(), "UPDATE shipments SET dispatch_country = ? WHERE ext_id = ?");
    st.bind(1, country);
    st.bind(2, shipment);
    REQUIRE(st.execute());
}

} // namespace

TEST_CASE("a Russian importer with no country, whose shipments are delivered to RU, ends a chain", "[countries]")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de =
            b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik Handel GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Астана Трейд"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Комплектующие")); // no country
        b.shipment(QStringLiteral("10228010/100123/0000001"), QStringLiteral("2023-01-10"), de, kz,
                   QStringLiteral("8542.31"), 100, 5000, QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("10228010/010223/0000002"), QStringLiteral("2023-02-01"), kz, ru,
                   QStringLiteral("8542310000"), 95, 6000, QStringLiteral("DE"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("10228010/010623/0000003"), QStringLiteral("2023-06-01"), kz, ru,
                   QStringLiteral("8471300000"), 7, 900, QStringLiteral("CN"), QStringLiteral("RU"));
    }
    const TradeSnapshot snap = snapshotOf(tc);
    const SnapshotEntity &ru = entityOf(snap, QStringLiteral("ru-1"));
    CHECK(ru.country == QStringLiteral("RU"));
    CHECK(ru.countryBasis == QStringLiteral("from 2 shipments' destination"));
    CHECK(ru.countryText() == QStringLiteral("RU (from 2 shipments' destination)"));
    CHECK(entityOf(snap, QStringLiteral("kz-1")).countryBasis.isEmpty()); // registered: kept as it is

    const ChainRun run = detect(tc);
    REQUIRE(run.chains.size() == 1);
    const DetectedChain &c = run.chains.front();
    CHECK(c.route == QStringLiteral("DE -> KZ -> RU"));
    CHECK(c.entities.last() == QStringLiteral("ru-1"));
    CHECK(c.explanation.contains(QStringLiteral("ООО Комплектующие (ru-1, RU from 2 shipments' destination)")));
}

TEST_CASE("without a destination on its shipments, a party with no country stays unknown and ends no chain",
          "[countries]")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de =
            b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik Handel GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Астана Трейд"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Комплектующие"));
        b.shipment(QStringLiteral("IN-1"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("854231"), 100, 5000,
                   QStringLiteral("DE"), QStringLiteral("KZ"));
        b.shipment(QStringLiteral("OUT-1"), QStringLiteral("2023-02-01"), kz, ru, QStringLiteral("854231"), 95, 6000,
                   QStringLiteral("DE"), {});
    }
    CHECK(entityOf(snapshotOf(tc), QStringLiteral("ru-1")).country.isEmpty());
    CHECK(detect(tc).chains.empty());
}

TEST_CASE("mixed evidence leaves a party unknown, origin counts only when nothing else is named", "[countries]")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 mixed = b.company(QStringLiteral("mixed"), QStringLiteral("Mixed Trading"));
        const qint64 maker = b.company(QStringLiteral("maker"), QStringLiteral("Made Somewhere"));
        const qint64 reexporter = b.company(QStringLiteral("reexporter"), QStringLiteral("Re-export LLP"));
        const qint64 dispatcher = b.company(QStringLiteral("dispatcher"), QStringLiteral("Dispatch FZE"));
        const qint64 buyer = b.company(QStringLiteral("buyer"), QStringLiteral("Buyer"), QStringLiteral("AM"));
        // Three of five delivered to RU, two to KZ: 60%, not a clear majority.
        const char *const to[] = {"RU", "KZ", "RU", "KZ", "RU"};
        for (int i = 0; i < 5; ++i)
            b.shipment(QStringLiteral("M%1").arg(i), QStringLiteral("2023-01-1%1").arg(i), de, mixed,
                       QStringLiteral("848210"), 10, 100, QStringLiteral("DE"), QString::fromLatin1(to[i]));
        // Sends goods made in CN and names nothing else: CN, from the origin, as the last resort.
        for (int i = 0; i < 3; ++i)
            b.shipment(QStringLiteral("O%1").arg(i), QStringLiteral("2023-02-1%1").arg(i), maker, buyer,
                       QStringLiteral("848210"), 10, 100, QStringLiteral("CN"), {});
        // Receives in KZ once and ships German goods three times: the origin never outvotes the destination.
        b.shipment(QStringLiteral("R0"), QStringLiteral("2023-03-01"), de, reexporter, QStringLiteral("848210"), 30,
                   300, QStringLiteral("DE"), QStringLiteral("KZ"));
        for (int i = 1; i <= 3; ++i)
            b.shipment(QStringLiteral("R%1").arg(i), QStringLiteral("2023-03-1%1").arg(i), reexporter, buyer,
                       QStringLiteral("848210"), 10, 100, QStringLiteral("DE"), QStringLiteral("AM"));
        // Sends from the UAE (box 15) goods made in DE.
        for (int i = 0; i < 2; ++i)
            b.shipment(QStringLiteral("D%1").arg(i), QStringLiteral("2023-04-1%1").arg(i), dispatcher, buyer,
                       QStringLiteral("848210"), 10, 100, QStringLiteral("DE"), QStringLiteral("AM"));
    }
    dispatchedFrom(tc, QStringLiteral("D0"), QStringLiteral("AE"));
    dispatchedFrom(tc, QStringLiteral("D1"), QStringLiteral("ae"));
    const TradeSnapshot snap = snapshotOf(tc);
    CHECK(entityOf(snap, QStringLiteral("mixed")).country.isEmpty());
    CHECK(entityOf(snap, QStringLiteral("maker")).countryText() == QStringLiteral("CN (from 3 shipments' origin)"));
    CHECK(entityOf(snap, QStringLiteral("reexporter")).countryText() ==
          QStringLiteral("KZ (from 1 shipment's destination)"));
    CHECK(entityOf(snap, QStringLiteral("dispatcher")).countryText() ==
          QStringLiteral("AE (from 2 shipments' dispatch country)"));
    CHECK(entityOf(snap, QStringLiteral("buyer")).countryText() == QStringLiteral("AM"));
}

TEST_CASE("T15: a company registered in KZ whose purchases are all delivered to RU", "[countries]")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Lieferant GmbH"), QStringLiteral("DE"));
        const qint64 front = b.company(QStringLiteral("kz-front"), QStringLiteral("ТОО Фронт"), QStringLiteral("KZ"));
        const qint64 honest =
            b.company(QStringLiteral("kz-honest"), QStringLiteral("ТОО Честный"), QStringLiteral("KZ"));
        const qint64 once = b.company(QStringLiteral("kz-once"), QStringLiteral("ТОО Однажды"), QStringLiteral("KZ"));
        const qint64 seller =
            b.company(QStringLiteral("kz-seller"), QStringLiteral("ТОО Продавец"), QStringLiteral("KZ"));
        const qint64 am = b.company(QStringLiteral("am-1"), QStringLiteral("Buyer LLC"), QStringLiteral("AM"));
        for (int i = 0; i < 4; ++i) {
            b.shipment(QStringLiteral("F%1").arg(i), QStringLiteral("2023-01-1%1").arg(i), de, front,
                       QStringLiteral("854231"), 10, 1000, QStringLiteral("DE"), QStringLiteral("RU"));
            b.shipment(QStringLiteral("H%1").arg(i), QStringLiteral("2023-01-1%1").arg(i), de, honest,
                       QStringLiteral("854231"), 10, 1000, QStringLiteral("DE"), QStringLiteral("KZ"));
        }
        // One shipment alone is not enough to contradict a registry.
        b.shipment(QStringLiteral("X0"), QStringLiteral("2023-01-20"), de, once, QStringLiteral("854231"), 10, 1000,
                   QStringLiteral("DE"), QStringLiteral("RU"));
        for (int i = 0; i < 3; ++i)
            b.shipment(QStringLiteral("S%1").arg(i), QStringLiteral("2023-02-1%1").arg(i), seller, am,
                       QStringLiteral("854231"), 10, 1000, QStringLiteral("DE"), QStringLiteral("AM"));
    }
    for (const char *s : {"S0", "S1", "S2"})
        dispatchedFrom(tc, QString::fromLatin1(s), QStringLiteral("AE"));
    const FlagRun run = flagsOf(tc);
    CHECK(run.codesOf(QStringLiteral("kz-front")) == QStringList{QStringLiteral("T15")});
    const QString why = run.explanation(QStringLiteral("kz-front"), QStringLiteral("T15"));
    CHECK(why == QStringLiteral("ТОО Фронт (kz-front, KZ) is registered in KZ, but 4 of 4 shipments it received were "
                                "delivered to RU (F0 of 2023-01-10, F1 of 2023-01-11, F2 of 2023-01-12, ...)"));
    for (const RedFlag &f : run.report.flags)
        if (f.code == u"T15" && run.snapshot.entity(f.entity).extId == u"kz-front")
            CHECK(f.shipments == QStringList({QStringLiteral("F0"), QStringLiteral("F1"), QStringLiteral("F2"),
                                              QStringLiteral("F3")}));
    CHECK(run.codesOf(QStringLiteral("kz-honest")).isEmpty());
    CHECK(run.codesOf(QStringLiteral("kz-once")).isEmpty());
    CHECK(run.codesOf(QStringLiteral("kz-seller")) == QStringList{QStringLiteral("T15")});
    CHECK(run.explanation(QStringLiteral("kz-seller"), QStringLiteral("T15"))
              .contains(QStringLiteral("3 of 3 shipments it sent were dispatched from AE")));
    CHECK(redFlagName(QStringLiteral("T15")) == QStringLiteral("registered country contradicted by shipments"));
}

// Not a test: times TradeSnapshot::load (with the shipments' countries and the inference) on the case named by
// CARAVAN_SNAPSHOT_CASE, best of three. Run by hand: test_detection "[.snapshot-timing]".
TEST_CASE("snapshot load timing", "[.snapshot-timing]")
{
    const QString path = qEnvironmentVariable("CARAVAN_SNAPSHOT_CASE");
    REQUIRE_FALSE(path.isEmpty());
    auto file = CaseFile::open(path, CaseFile::OpenMode::ReadOnly);
    REQUIRE(file.ok());
    qint64 best = -1;
    double bestCpu = -1;
    std::size_t placed = 0;
    for (int run = 0; run < 3; ++run) {
        NullProgress progress;
        QElapsedTimer clock;
        clock.start();
        const std::clock_t cpu = std::clock();
        auto snap = TradeSnapshot::load((*file)->handle(), progress);
        REQUIRE(snap.ok());
        const qint64 ms = clock.elapsed();
        const double cpuMs = static_cast<double>(std::clock() - cpu) * 1000.0 / CLOCKS_PER_SEC;
        best = best < 0 ? ms : std::min(best, ms);
        bestCpu = bestCpu < 0 ? cpuMs : std::min(bestCpu, cpuMs);
        placed =
            static_cast<std::size_t>(std::count_if(snap->entities.begin(), snap->entities.end(),
                                                   [](const SnapshotEntity &e) { return !e.countryBasis.isEmpty(); }));
    }
    WARN("TradeSnapshot::load best of 3: " << best << " ms wall, " << bestCpu
                                           << " ms CPU; parties placed from their shipments: " << placed);
}
