// caravan-cli on a customs-style fixture where the Russian buyer carries no country (issue 15, item 3):
// chains end at it, and flags --json names the T15 disagreement of a Kazakh front with its evidence.
#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("chains and flags --json use countries read from the shipments", "[countries]")
{
    TempCase tc;
    {
        CaseBuilder b(tc.caseFile());
        const qint64 de = b.company(QStringLiteral("de-1"), QStringLiteral("Elektronik GmbH"), QStringLiteral("DE"));
        const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО Транзит"), QStringLiteral("KZ"));
        const qint64 ru = b.company(QStringLiteral("ru-1"), QStringLiteral("ООО Приёмник")); // no country
        b.shipment(QStringLiteral("DECL-1"), QStringLiteral("2023-01-10"), de, kz, QStringLiteral("854231"), 100, 5000,
                   QStringLiteral("DE"), QStringLiteral("RU")); // bought by kz-1, delivered to RU
        b.shipment(QStringLiteral("DECL-2"), QStringLiteral("2023-01-12"), de, kz, QStringLiteral("854231"), 50, 2500,
                   QStringLiteral("DE"), QStringLiteral("RU"));
        b.shipment(QStringLiteral("DECL-3"), QStringLiteral("2023-02-01"), kz, ru, QStringLiteral("854231"), 100, 6000,
                   QStringLiteral("DE"), QStringLiteral("RU"));
    }
    tc.close();
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("chains"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonArray chains = QJsonDocument::fromJson(out).object().value(QStringLiteral("chains")).toArray();
    REQUIRE(chains.size() == 1);
    const QJsonObject chain = chains.at(0).toObject();
    CHECK(chain.value(QStringLiteral("route")).toString() == QStringLiteral("DE -> KZ -> RU"));
    CHECK(chain.value(QStringLiteral("flags")).toArray().contains(QStringLiteral("T15")));
    CHECK(chain.value(QStringLiteral("explanation"))
              .toString()
              .contains(QStringLiteral("ООО Приёмник (ru-1, RU from 1 shipment's destination)")));

    REQUIRE(runCli({QStringLiteral("flags"), tc.path(), QStringLiteral("--entity"), QStringLiteral("kz-1"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonArray flags = QJsonDocument::fromJson(out).object().value(QStringLiteral("flags")).toArray();
    REQUIRE(flags.size() == 1);
    const QJsonObject f = flags.at(0).toObject();
    CHECK(f.value(QStringLiteral("flag")).toString() == QStringLiteral("T15"));
    CHECK(f.value(QStringLiteral("name")).toString() == QStringLiteral("registered country contradicted by shipments"));
    CHECK(f.value(QStringLiteral("explanation")).toString() ==
          QStringLiteral("ТОО Транзит (kz-1, KZ) is registered in KZ, but 2 of 2 shipments it received were delivered "
                         "to RU (DECL-1 of 2023-01-10, DECL-2 of 2023-01-12)"));
    CHECK(f.value(QStringLiteral("shipments")).toArray() ==
          QJsonArray({QStringLiteral("DECL-1"), QStringLiteral("DECL-2")}));
    // Three shipments are too few for an HS-6 median: no data-quality flag.
    REQUIRE(runCli({QStringLiteral("flags"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    CHECK(QJsonDocument::fromJson(out).object().value(QStringLiteral("shipment_flags")).toArray().isEmpty());
}
