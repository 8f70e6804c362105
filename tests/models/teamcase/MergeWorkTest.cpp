// copy --merge-work: work done offline in a file copy of a server case comes back to it; conflicts are listed, not
// overwritten. Against a real PostgreSQL 15 (tests/support/PgCluster), through caravan-cli.
#include "TeamCases.h"

#include "../../support/PgCluster.h"
#include "../../support/TempCase.h"

#include "models/storage/CaseFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

QStringList mark(const QString &caseRef, const QString &kind, const QString &id, const QString &status)
{
    return {QStringLiteral("mark"), caseRef, u"--" + kind, id, QStringLiteral("--status"), status};
}

QStringList decide(const QString &caseRef, const QString &kind, const QString &a, const QString &b, bool accept)
{
    return {QStringLiteral("decide"),
            caseRef,
            QStringLiteral("--kind"),
            kind,
            QStringLiteral("--a"),
            a,
            QStringLiteral("--b"),
            b,
            accept ? QStringLiteral("--accept") : QStringLiteral("--reject")};
}

} // namespace

TEST_CASE("copy --merge-work brings back marks, notes and decisions made offline, conflicts are listed, not "
          "overwritten",
          "[teamcase][merge]")
{
    PgCluster &pg = PgCluster::fresh();
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("aigerim"));
    pg.createLogin(QStringLiteral("dmitry"));
    TempCase tc(QStringLiteral("small.caravan"));
    buildSmallCase(tc.caseFile());
    tc.close();
    const QString lead = pg.uri(QStringLiteral("lead"), QStringLiteral("work"));
    cliOk({QStringLiteral("copy"), tc.path(), lead});
    for (const QString &user : {QStringLiteral("aigerim"), QStringLiteral("dmitry")})
        cliOk({QStringLiteral("grant"), lead, user, QStringLiteral("analyst")});
    const QString aigerim = pg.uri(QStringLiteral("aigerim"), QStringLiteral("work"));
    const QString dmitry = pg.uri(QStringLiteral("dmitry"), QStringLiteral("work"));

    // aigerim takes a copy on the road; the file remembers where it came from and when.
    const QString road = tc.file(QStringLiteral("road.caravan"));
    cliOk({QStringLiteral("copy"), aigerim, road});
    {
        auto file = CaseFile::open(road, CaseFile::OpenMode::ReadOnly);
        REQUIRE(file.ok());
        CHECK((*file)->setting(QStringLiteral("server_copy.case")) == u"work");
        CHECK_FALSE((*file)->setting(QStringLiteral("server_copy.case_id")).isEmpty());
        CHECK((*file)->setting(QStringLiteral("server_copy.copied_at")).endsWith(u'Z'));
    }
    CHECK(digestOfFile(road) == digestOfFile(tc.path()));
    QThread::msleep(20);

    // Offline: a new chain mark with a note, a changed entity mark, a chain both will mark, two decisions.
    cliOk(mark(road, QStringLiteral("chain"), QStringLiteral("chain-offline-1"), QStringLiteral("confirmed")) +
          QStringList{QStringLiteral("--note"), QStringLiteral("тот же экспедитор")});
    cliOk(mark(road, QStringLiteral("entity"), QStringLiteral("kz-1"), QStringLiteral("dismissed")));
    cliOk(mark(road, QStringLiteral("chain"), QStringLiteral("chain-both"), QStringLiteral("suspected")));
    cliOk(decide(road, QStringLiteral("screening"), QStringLiteral("kz-1"), QStringLiteral("p-1"), true));
    cliOk(decide(road, QStringLiteral("duplicate"), QStringLiteral("kz-1"), QStringLiteral("ru-1"), false));
    // Meanwhile on the server, dmitry marks the same chain otherwise and decides the same pair otherwise.
    cliOk(mark(dmitry, QStringLiteral("chain"), QStringLiteral("chain-both"), QStringLiteral("confirmed")));
    cliOk(decide(dmitry, QStringLiteral("duplicate"), QStringLiteral("ru-1"), QStringLiteral("kz-1"), true));

    const QJsonObject merged = QJsonDocument::fromJson(cliOk({QStringLiteral("copy"), QStringLiteral("--merge-work"),
                                                              road, aigerim, QStringLiteral("--json")}))
                                   .object();
    CHECK(merged.value(QStringLiteral("marks_added")).toInt() == 1);
    CHECK(merged.value(QStringLiteral("marks_changed")).toInt() == 1);
    CHECK(merged.value(QStringLiteral("decisions_added")).toInt() == 1);
    const QJsonArray conflicts = merged.value(QStringLiteral("conflicts")).toArray();
    REQUIRE(conflicts.size() == 2);
    CHECK(conflicts.at(0).toObject().value(QStringLiteral("target")).toString() == u"chain:chain-both");
    CHECK(conflicts.at(0)
              .toObject()
              .value(QStringLiteral("server"))
              .toString()
              .startsWith(QStringLiteral("confirmed (by dmitry")));
    CHECK(conflicts.at(1).toObject().value(QStringLiteral("target")).toString() == u"duplicate:kz-1 ~ ru-1");
    CHECK(conflicts.at(1)
              .toObject()
              .value(QStringLiteral("server"))
              .toString()
              .startsWith(QStringLiteral("accepted ru-1 ~ kz-1 (by dmitry")));

    auto c = pg.connect();
    // The conflicts stay as the server had them.
    CHECK(scalarText(
              *c, QStringLiteral("SELECT status || '/' || author FROM work.marks WHERE target_ref = 'chain-both'")) ==
          u"confirmed/dmitry");
    CHECK(scalarText(*c, QStringLiteral("SELECT decision || '/' || author FROM work.match_decisions WHERE kind = "
                                        "'duplicate'")) == u"accepted/dmitry");
    // The rest came back, written by the analyst who brought it, the note with it.
    CHECK(scalarText(*c,
                     QStringLiteral("SELECT status || '/' || author || '/' || note FROM work.marks WHERE target_ref = "
                                    "'chain-offline-1'")) == u"confirmed/aigerim/тот же экспедитор");
    CHECK(scalarText(*c, QStringLiteral("SELECT status FROM work.marks WHERE target_kind = 'entity' AND target_ref = "
                                        "'kz-1'")) == u"dismissed");
    CHECK(scalarText(*c, QStringLiteral("SELECT decision || '/' || author FROM work.match_decisions WHERE kind = "
                                        "'screening' AND a_ref = 'kz-1'")) == u"accepted/aigerim");
    CHECK(scalarText(*c, QStringLiteral("SELECT count(*) FROM work.designations WHERE via_decision IS NOT NULL")) ==
          u"1");
    CHECK(scalarText(*c,
                     QStringLiteral("SELECT count(*) FROM work.audit_log WHERE action = 'case.merge_work' AND \"user\" "
                                    "= 'aigerim'")) == u"1");

    // Again: nothing new, the same conflicts.
    const QJsonObject again = QJsonDocument::fromJson(cliOk({QStringLiteral("copy"), QStringLiteral("--merge-work"),
                                                             road, aigerim, QStringLiteral("--json")}))
                                  .object();
    CHECK(again.value(QStringLiteral("marks_added")).toInt() == 0);
    CHECK(again.value(QStringLiteral("marks_changed")).toInt() == 0);
    CHECK(again.value(QStringLiteral("decisions_added")).toInt() == 0);
    CHECK(again.value(QStringLiteral("unchanged")).toInt() == 3);
    CHECK(again.value(QStringLiteral("conflicts")).toArray().size() == 2);

    // A file that is no copy of this case is refused.
    cliOk({QStringLiteral("copy"), tc.path(), pg.uri(QStringLiteral("lead"), QStringLiteral("other"))});
    QByteArray err;
    cliOk({QStringLiteral("copy"), QStringLiteral("--merge-work"), road,
           pg.uri(QStringLiteral("lead"), QStringLiteral("other"))},
          2, &err);
    CHECK(err.contains("is a copy of the case work, not of other"));
    cliOk({QStringLiteral("copy"), QStringLiteral("--merge-work"), tc.path(), aigerim}, 2, &err);
    CHECK(err.contains("was not copied from a server case"));
}
