#include "../support/CaseBuilder.h"
#include "../support/TempCase.h"

#include "models/storage/Sqlite.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// A Kazakh company in Cyrillic, its Latin spelling from another source, a listed company, and a bystander.
void buildCase(TempCase &tc)
{
    CaseBuilder b(tc.caseFile());
    const qint64 kz = b.company(QStringLiteral("kz-1"), QStringLiteral("ТОО «Альфа Транзит»"), QStringLiteral("KZ"));
    b.identifier(kz, QStringLiteral("kz-bin"), QStringLiteral("123456789012"));
    const qint64 latin = b.company(QStringLiteral("ftm-9"), QStringLiteral("Alfa-Tranzit TOO"), QStringLiteral("KZ"));
    b.identifier(latin, QStringLiteral("kz-bin"), QStringLiteral("123456789012"));
    const qint64 listed =
        b.company(QStringLiteral("ofac-77"), QStringLiteral("ALFA TRANZIT LLP"), QStringLiteral("KZ"));
    b.designate(listed, QStringLiteral("OFAC SDN"), QStringLiteral("RUSSIA-EO14024"));
    b.company(QStringLiteral("de-1"), QStringLiteral("Elektro GmbH"), QStringLiteral("DE"));
    b.commit();
}

QJsonObject json(const QByteArray &out)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    return doc.object();
}

} // namespace

TEST_CASE("caravan-cli screen and resolve print candidates with scores and reasons")
{
    TempCase tc;
    buildCase(tc);
    tc.close();
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("screen"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonArray candidates = json(out).value(QStringLiteral("candidates")).toArray();
    QStringList pairs;
    for (const QJsonValue &v : candidates) {
        const QJsonObject c = v.toObject();
        pairs << c.value(QStringLiteral("entity")).toString() + u'~' + c.value(QStringLiteral("matches")).toString();
        const double score = c.value(QStringLiteral("score")).toDouble(-1);
        CHECK(score >= 0.8);
        CHECK(score <= 1.0);
        CHECK_FALSE(c.value(QStringLiteral("reasons")).toArray().isEmpty());
        // Names alone (no identifier, date or address on the listed side) are "possible", never "likely".
        CHECK(c.value(QStringLiteral("band")).toString() == QLatin1String("possible"));
        CHECK(score <= 0.9);
    }
    CHECK(pairs.contains(QStringLiteral("kz-1~ofac-77")));
    CHECK(pairs.contains(QStringLiteral("ftm-9~ofac-77")));
    CHECK_FALSE(pairs.contains(QStringLiteral("de-1~ofac-77")));

    REQUIRE(runCli({QStringLiteral("resolve"), tc.path(), QStringLiteral("--threshold"), QStringLiteral("0.9"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    const QJsonArray pairList = json(out).value(QStringLiteral("pairs")).toArray();
    bool sameBin = false;
    for (const QJsonValue &v : pairList) {
        const QJsonObject p = v.toObject();
        if (p.value(QStringLiteral("a")).toString() == QLatin1String("kz-1") &&
            p.value(QStringLiteral("b")).toString() == QLatin1String("ftm-9")) {
            sameBin = p.value(QStringLiteral("reasons"))
                          .toArray()
                          .contains(QStringLiteral("same kz-bin 123456789012 (+0.60)"));
            CHECK(p.value(QStringLiteral("score")).toDouble() >= 0.97);
            CHECK(p.value(QStringLiteral("band")).toString() == QLatin1String("likely"));
        }
    }
    CHECK(sameBin);

    CHECK(runCli({QStringLiteral("screen"), tc.path(), QStringLiteral("--threshold"), QStringLiteral("2"),
                  QStringLiteral("--json")},
                 &out, &err) == 2);
    CHECK(out.isEmpty());
    CHECK(runCli({QStringLiteral("resolve"), tc.file(QStringLiteral("missing.caravan")), QStringLiteral("--json")},
                 &out, &err) == 2);
}

TEST_CASE("caravan-cli decide stores decisions, merges on accept and shows them on candidates")
{
    TempCase tc;
    buildCase(tc);
    tc.close();
    QByteArray out, err;
    REQUIRE(runCli({QStringLiteral("decide"), tc.path(), QStringLiteral("--kind"), QStringLiteral("duplicate"),
                    QStringLiteral("--a"), QStringLiteral("kz-1"), QStringLiteral("--b"), QStringLiteral("ftm-9"),
                    QStringLiteral("--accept"), QStringLiteral("--note"), QStringLiteral("тот же БИН"),
                    QStringLiteral("--json")},
                   &out, &err) == 0);
    CHECK(json(out).value(QStringLiteral("decision")).toString() == QStringLiteral("accepted"));
    REQUIRE(runCli({QStringLiteral("decide"), tc.path(), QStringLiteral("--kind"), QStringLiteral("screening"),
                    QStringLiteral("--a"), QStringLiteral("kz-1"), QStringLiteral("--b"), QStringLiteral("ofac-77"),
                    QStringLiteral("--reject")},
                   &out, &err) == 0);
    REQUIRE(runCli({QStringLiteral("decisions"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    const QJsonArray listed = json(out).value(QStringLiteral("decisions")).toArray();
    REQUIRE(listed.size() == 2);
    CHECK(listed[0].toObject().value(QStringLiteral("note")).toString() == QStringLiteral("тот же БИН"));
    CHECK(listed[1].toObject().value(QStringLiteral("decision")).toString() == QStringLiteral("rejected"));
    {
        CaseFile &c = tc.reopen(CaseFile::OpenMode::ReadOnly);
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM match_decisions") == 2);
        CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM entities WHERE ext_id = 'ftm-9' AND merged_into = "
                                       "(SELECT id FROM entities WHERE ext_id = 'kz-1')") == 1);
        tc.close();
    }
    // The merged-away entity is gone from the candidates; the rejected one says so.
    REQUIRE(runCli({QStringLiteral("screen"), tc.path(), QStringLiteral("--json")}, &out, &err) == 0);
    bool rejectedShown = false;
    for (const QJsonValue &v : json(out).value(QStringLiteral("candidates")).toArray()) {
        const QJsonObject c = v.toObject();
        CHECK(c.value(QStringLiteral("entity")).toString() != QStringLiteral("ftm-9"));
        if (c.value(QStringLiteral("entity")).toString() == QLatin1String("kz-1"))
            rejectedShown = c.value(QStringLiteral("decision")).toString() == QLatin1String("rejected");
    }
    CHECK(rejectedShown);
    // Bad input: nothing written.
    CHECK(runCli({QStringLiteral("decide"), tc.path(), QStringLiteral("--kind"), QStringLiteral("duplicate"),
                  QStringLiteral("--a"), QStringLiteral("kz-1"), QStringLiteral("--b"), QStringLiteral("nobody"),
                  QStringLiteral("--accept")},
                 &out, &err) == 2);
    CHECK(runCli({QStringLiteral("decide"), tc.path(), QStringLiteral("--kind"), QStringLiteral("maybe"),
                  QStringLiteral("--a"), QStringLiteral("kz-1"), QStringLiteral("--b"), QStringLiteral("de-1"),
                  QStringLiteral("--accept")},
                 &out, &err) == 2);
    REQUIRE(runCli({QStringLiteral("decide"), tc.path(), QStringLiteral("--kind"), QStringLiteral("duplicate"),
                    QStringLiteral("--a"), QStringLiteral("kz-1"), QStringLiteral("--b"), QStringLiteral("ftm-9"),
                    QStringLiteral("--withdraw")},
                   &out, &err) == 0);
    CaseFile &c = tc.reopen(CaseFile::OpenMode::ReadOnly);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM match_decisions") == 1);
    CHECK(sqliteScalar(c.handle(), "SELECT count(*) FROM entities WHERE merged_into IS NOT NULL") == 0);
}
