#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// x owns a, a owns b and c, c owns d; a director sits on d; a ships to d.
void fill(TempCase &tc)
{
    CaseBuilder b(tc.caseFile());
    const qint64 x = b.person(QStringLiteral("x"), QStringLiteral("Захаров"), QStringLiteral("RU"));
    const qint64 a = b.company(QStringLiteral("a"), QStringLiteral("ТОО Қазақ"), QStringLiteral("KZ"));
    const qint64 bb = b.company(QStringLiteral("b"), QStringLiteral("B LLC"), QStringLiteral("AE"));
    const qint64 c = b.company(QStringLiteral("c"), QStringLiteral("C OOO"), QStringLiteral("RU"));
    const qint64 d = b.company(QStringLiteral("d"), QStringLiteral("D GmbH"), QStringLiteral("DE"));
    b.owns(x, a, QStringLiteral("60"), QStringLiteral("2020-01-01"));
    b.owns(a, bb, QStringLiteral("50"));
    b.owns(a, c, QStringLiteral("100"), QStringLiteral("2023-01-01"));
    b.owns(c, d, QStringLiteral("25-50"));
    b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-03-01"));
    b.shipment(QStringLiteral("s1"), QStringLiteral("2023-05-01"), d, a, QStringLiteral("854231"), 1, 100,
               QStringLiteral("DE"), QStringLiteral("KZ"));
    b.commit();
}

QJsonObject json(const QByteArray &out)
{
    const QJsonDocument doc = QJsonDocument::fromJson(out);
    REQUIRE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_CASE("graph --json measures the ownership network at a date")
{
    TempCase tc;
    fill(tc);
    tc.close();
    QByteArray out;
    REQUIRE(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--json")}, &out) == 0);
    QJsonObject o = json(out);
    CHECK(o.value(QStringLiteral("nodes")).toInt() == 5);
    CHECK(o.value(QStringLiteral("edges")).toInt() == 4);
    CHECK(o.value(QStringLiteral("components")).toInt() == 1);
    CHECK(o.value(QStringLiteral("top_degree")).toArray().first().toObject().value(QStringLiteral("entity")) ==
          QStringLiteral("a"));
    CHECK(o.value(QStringLiteral("top_betweenness")).toArray().first().toObject().value(QStringLiteral("entity")) ==
          QStringLiteral("a"));
    CHECK_FALSE(o.value(QStringLiteral("betweenness_approximate")).toBool());
    REQUIRE(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--as-of"), QStringLiteral("2021-06-01"),
                    QStringLiteral("--json")},
                   &out) == 0);
    o = json(out);
    CHECK(o.value(QStringLiteral("edges")).toInt() == 3); // a -> c starts in 2023
    CHECK(o.value(QStringLiteral("components")).toInt() == 2);
}

TEST_CASE("graph --path lists the shortest path and all paths by source ids")
{
    TempCase tc;
    fill(tc);
    tc.close();
    QByteArray out;
    REQUIRE(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--path"), QStringLiteral("x"),
                    QStringLiteral("d"), QStringLiteral("--json")},
                   &out) == 0);
    const QJsonObject o = json(out);
    CHECK(o.value(QStringLiteral("shortest")).toArray() ==
          QJsonArray{QStringLiteral("x"), QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("d")});
    CHECK(o.value(QStringLiteral("paths")).toArray().size() == 1);
    QByteArray err;
    CHECK(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--path"), QStringLiteral("x"),
                  QStringLiteral("nobody")},
                 &out, &err) == 2);
    CHECK(err.contains("nobody"));
}

TEST_CASE("graph writes GraphML and GEXF with a layout, and the trade network by country")
{
    TempCase tc;
    fill(tc);
    tc.close();
    const QString graphml = tc.file(QStringLiteral("o.graphml"));
    QByteArray out;
    REQUIRE(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--format"), QStringLiteral("graphml"),
                    QStringLiteral("-o"), graphml, QStringLiteral("--layout"), QStringLiteral("hierarchy")},
                   &out) == 0);
    QFile file(graphml);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    CHECK(text.contains(QStringLiteral("ТОО Қазақ")));
    CHECK(text.contains(QStringLiteral("<data key=\"x\">")));
    CHECK(text.contains(QStringLiteral("<data key=\"key\">a</data>")));
    const QString gexf = tc.file(QStringLiteral("t.gexf"));
    REQUIRE(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--trade"), QStringLiteral("--by-country"),
                    QStringLiteral("--format"), QStringLiteral("gexf"), QStringLiteral("-o"), gexf,
                    QStringLiteral("--json")},
                   &out) == 0);
    CHECK(json(out).value(QStringLiteral("nodes")).toInt() == 2);
    CHECK(QFile::exists(gexf));
    QByteArray err;
    CHECK(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--format"), QStringLiteral("pdf"),
                  QStringLiteral("-o"), gexf},
                 &out, &err) == 2);
    CHECK(runCli({QStringLiteral("graph"), tc.path(), QStringLiteral("--as-of"), QStringLiteral("yesterday")}, &out,
                 &err) == 2);
}
