#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QJsonObject parseOne(const QByteArray &bytes)
{
    INFO(bytes.toStdString());
    REQUIRE(bytes.count('\n') == 1);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(doc.isObject());
    return doc.object();
}

QJsonObject verdictFor(const QJsonObject &output, const QString &entity)
{
    for (const QJsonValue &v : output.value(QStringLiteral("verdicts")).toArray())
        if (v.toObject().value(QStringLiteral("entity")).toString() == entity)
            return v.toObject();
    FAIL("no verdict for " << entity.toStdString());
    return {};
}

// OFAC's counter-case and example 3 side by side, a control link and a dated stake.
void buildCase(TempCase &tc)
{
    CaseBuilder b(tc.caseFile());
    const qint64 x = b.person(QStringLiteral("ofac-7"), QStringLiteral("Blocked Person"));
    const qint64 a = b.company(QStringLiteral("A"), QStringLiteral("A LLC"));
    const qint64 bb = b.company(QStringLiteral("B"), QStringLiteral("B LLC"));
    const qint64 c = b.company(QStringLiteral("C"), QStringLiteral("C LLC"));
    const qint64 d = b.company(QStringLiteral("D"), QStringLiteral("D LLC"));
    const qint64 e = b.company(QStringLiteral("E"), QStringLiteral("E LLC"));
    b.designate(x, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"), QStringLiteral("2022-06-28"));
    b.owns(x, a, QStringLiteral("50"));
    b.owns(x, bb, QStringLiteral("10"));
    b.owns(a, bb, QStringLiteral("40"));
    b.owns(x, c, QStringLiteral("40"));
    b.owns(c, d, QStringLiteral("100"));
    b.link(QStringLiteral("control"), x, e);
    b.owns(bb, c, QStringLiteral("20"), QStringLiteral("2023-01-01"));
    b.owns(c, a, QStringLiteral("5")); // a cycle A -> B -> C -> A
}

} // namespace

TEST_CASE("caravan-cli ownership prints one verdict per owned entity as CLI.md says")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("ownership"), tc.path(), QStringLiteral("--as-of"), QStringLiteral("2024-01-01"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject o = parseOne(out);
    CHECK(o.value(QStringLiteral("as_of")).toString() == QStringLiteral("2024-01-01"));
    const QJsonArray verdicts = o.value(QStringLiteral("verdicts")).toArray();
    CHECK(verdicts.size() == 5); // A B C D E; the listed person has no owner
    for (const QJsonValue &v : verdicts)
        for (const char *key :
             {"entity", "blocked", "possibly_blocked", "aggregate_percent", "because", "eu_owned", "effective_owners"})
            CHECK(v.toObject().contains(QLatin1String(key)));

    const QJsonObject b = verdictFor(o, QStringLiteral("B"));
    CHECK(b.value(QStringLiteral("blocked")).toBool());
    CHECK(b.value(QStringLiteral("aggregate_percent")).toDouble() == Approx(50.0));
    QStringList owners;
    for (const QJsonValue &s : b.value(QStringLiteral("because")).toArray())
        owners << s.toObject().value(QStringLiteral("owner")).toString();
    owners.sort();
    CHECK(owners == QStringList{QStringLiteral("A"), QStringLiteral("ofac-7")});

    // C: 40% from X plus 20% from blocked B since 2023: blocked, though X's direct 40% alone is not.
    const QJsonObject c = verdictFor(o, QStringLiteral("C"));
    CHECK(c.value(QStringLiteral("blocked")).toBool());
    CHECK(c.value(QStringLiteral("aggregate_percent")).toDouble() == Approx(60.0));
    CHECK(verdictFor(o, QStringLiteral("D")).value(QStringLiteral("blocked")).toBool());

    const QJsonObject e = verdictFor(o, QStringLiteral("E"));
    CHECK_FALSE(e.value(QStringLiteral("blocked")).toBool());
    CHECK(e.value(QStringLiteral("caution")).toBool());
    CHECK(e.value(QStringLiteral("caution_reasons")).toArray().contains(QStringLiteral("controlled_by_blocked")));
    // The controller is on the OFAC SDN list only, which the EU rule does not count.
    CHECK_FALSE(e.value(QStringLiteral("eu_controlled")).toBool());
}

TEST_CASE("caravan-cli ownership for one entity as of a date before a stake began")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("ownership"), tc.path(), QStringLiteral("D"), QStringLiteral("--as-of"),
                    QStringLiteral("2022-12-31"), QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject output = parseOne(out);
    // What the verdicts rest on: B's stake in C had not begun.
    CHECK(output.value(QStringLiteral("stats")).toObject().value(QStringLiteral("links_outside_date")).toInt() == 1);
    const QJsonArray verdicts = output.value(QStringLiteral("verdicts")).toArray();
    REQUIRE(verdicts.size() == 1);
    const QJsonObject d = verdicts.first().toObject();
    CHECK(d.value(QStringLiteral("entity")).toString() == QStringLiteral("D"));
    // The counter-case: X 40% of C, C 100% of D: neither blocked, flagged for caution.
    CHECK_FALSE(d.value(QStringLiteral("blocked")).toBool());
    CHECK(d.value(QStringLiteral("caution")).toBool());
    const QJsonArray effective = d.value(QStringLiteral("effective_owners")).toArray();
    REQUIRE(effective.size() == 1);
    CHECK(effective.first().toObject().value(QStringLiteral("owner")).toString() == QStringLiteral("ofac-7"));
    // Only X -> C -> D (40%): B's stake in C, which would add X -> A -> B -> C -> D, starts in 2023.
    CHECK(effective.first().toObject().value(QStringLiteral("percent")).toDouble() == Approx(40.0));
    // Before the designation (2022-06-28) the person is not blocked at all.
    REQUIRE(runCli({QStringLiteral("ownership"), tc.path(), QStringLiteral("A"), QStringLiteral("--as-of"),
                    QStringLiteral("2022-06-27"), QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonObject a = parseOne(out).value(QStringLiteral("verdicts")).toArray().first().toObject();
    CHECK_FALSE(a.value(QStringLiteral("blocked")).toBool());
    // Without --json: a readable line with the explanation.
    REQUIRE(runCli({QStringLiteral("ownership"), tc.path(), QStringLiteral("B"), QStringLiteral("--as-of"),
                    QStringLiteral("2024-01-01")},
                   &out, &err) == 0);
    CHECK(out.startsWith("B: blocked"));
    CHECK(out.contains("ofac-7 is designated"));
}

TEST_CASE("caravan-cli ownership rejects a bad entity or date with exit 2 and one line")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    CHECK(runCli({QStringLiteral("ownership"), tc.path(), QStringLiteral("nobody"), QStringLiteral("--json")}, &out,
                 &err) == 2);
    CHECK(out.isEmpty());
    CHECK(err.count('\n') == 1);
    CHECK(err.contains("nobody"));
    for (const char *date : {"2024-13-01", "yesterday", "2024-02-30", "2024-2-3"}) {
        INFO(date);
        CHECK(runCli({QStringLiteral("ownership"), tc.path(), QStringLiteral("--as-of"), QLatin1String(date),
                      QStringLiteral("--json")},
                     &out, &err) == 2);
        CHECK(out.isEmpty());
        CHECK(err.count('\n') == 1);
    }
    CHECK(runCli({QStringLiteral("ownership"), tc.file(QStringLiteral("missing.caravan")), QStringLiteral("--json")},
                 &out, &err) == 2);
    CHECK(runCli({QStringLiteral("cycles"), tc.path(), QStringLiteral("--as-of"), QStringLiteral("x")}, &out, &err) ==
          2);
}

TEST_CASE("caravan-cli cycles lists ownership cycles with source ids")
{
    TempCase tc;
    buildCase(tc);
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("cycles"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonArray cycles = parseOne(out).value(QStringLiteral("cycles")).toArray();
    REQUIRE(cycles.size() == 1);
    CHECK(cycles.first().toArray() == QJsonArray{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")});
    // Before B's stake in C began there was no cycle.
    REQUIRE(runCli({QStringLiteral("cycles"), tc.path(), QStringLiteral("--as-of"), QStringLiteral("2022-12-31"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(parseOne(out).value(QStringLiteral("cycles")).toArray().isEmpty());
}
