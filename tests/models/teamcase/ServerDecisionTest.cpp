// decide on a server case: the first commit wins, against a real PostgreSQL 15 (tests/support/PgCluster), through
// caravan-cli processes running at the same time.
#include "TeamCases.h"

#include "../../support/PgCluster.h"
#include "../../support/TempCase.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

namespace {

// The small case (TeamCases.cpp) on the server as `team`, with aigerim and dmitry its analysts and bolat its reader.
void serverCaseWithAnalysts(PgCluster &pg)
{
    pg.createLogin(QStringLiteral("lead"), true);
    pg.createLogin(QStringLiteral("aigerim"));
    pg.createLogin(QStringLiteral("dmitry"));
    pg.createLogin(QStringLiteral("bolat"));
    TempCase tc(QStringLiteral("small.caravan"));
    buildSmallCase(tc.caseFile());
    tc.close();
    cliOk({QStringLiteral("copy"), tc.path(), pg.uri(QStringLiteral("lead"), QStringLiteral("team"))});
    for (const QString &user : {QStringLiteral("aigerim"), QStringLiteral("dmitry")})
        cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), QStringLiteral("team")), user,
               QStringLiteral("analyst")});
    cliOk({QStringLiteral("grant"), pg.uri(QStringLiteral("lead"), QStringLiteral("team")), QStringLiteral("bolat"),
           QStringLiteral("reader")});
}

struct Outcome {
    int exitCode = -1;
    QString err;
};

Outcome finish(QProcess &p)
{
    REQUIRE(p.waitForFinished(60000));
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

TEST_CASE("two analysts deciding one duplicate at once: the first commit wins, the second exits 2 and nothing of it "
          "is applied",
          "[teamcase][decide]")
{
    PgCluster &pg = PgCluster::fresh();
    serverCaseWithAnalysts(pg);
    auto c = pg.connect();
    REQUIRE(scalar(*c, QStringLiteral("SELECT count(*) FROM team.match_decisions")) == 1);
    const qint64 namesBefore = scalar(*c, QStringLiteral("SELECT count(*) FROM team.entity_names"));
    REQUIRE(namesBefore == 7);

    // The test holds the lock both deciders need first, so both are surely inside their transactions, waiting, when
    // it lets go: then they race for real. aigerim accepts kz-1 ~ kz-2 (kz-2 merged into kz-1); dmitry rejects the
    // same pair named the other way round, which the table's unique key alone would not catch.
    REQUIRE(
        c->execute(QStringLiteral("SELECT pg_advisory_lock(hashtextextended('caravan-decision:team:kz-1', 0))")).ok());
    const QString cli = QStringLiteral(CARAVAN_CLI_PATH);
    QProcess accept, reject;
    accept.start(cli, {QStringLiteral("decide"), pg.uri(QStringLiteral("aigerim"), QStringLiteral("team")),
                       QStringLiteral("--kind"), QStringLiteral("duplicate"), QStringLiteral("--a"),
                       QStringLiteral("kz-1"), QStringLiteral("--b"), QStringLiteral("kz-2"),
                       QStringLiteral("--accept"), QStringLiteral("--note"), QStringLiteral("один БИН")});
    reject.start(cli,
                 {QStringLiteral("decide"), pg.uri(QStringLiteral("dmitry"), QStringLiteral("team")),
                  QStringLiteral("--kind"), QStringLiteral("duplicate"), QStringLiteral("--a"), QStringLiteral("kz-2"),
                  QStringLiteral("--b"), QStringLiteral("kz-1"), QStringLiteral("--reject")});
    QElapsedTimer waited;
    waited.start();
    qint64 waiting = 0;
    while (waited.elapsed() < 30000) {
        waiting =
            scalar(*c, QStringLiteral("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"));
        if (waiting == 2)
            break;
        QThread::msleep(50);
    }
    CHECK(waiting == 2);
    REQUIRE(c->execute(QStringLiteral("SELECT pg_advisory_unlock_all()")).ok());
    const Outcome a = finish(accept);
    const Outcome r = finish(reject);

    INFO(QString(QStringLiteral("aigerim: ") + a.err + QStringLiteral("\ndmitry: ") + r.err).toStdString());
    // Exactly one wins; the loser is told in one line who decided what, and exits 2.
    REQUIRE(((a.exitCode == 0 && r.exitCode == 2) || (a.exitCode == 2 && r.exitCode == 0)));
    const bool acceptWon = a.exitCode == 0;
    const QString loserMessage = acceptWon ? r.err : a.err;
    CHECK(loserMessage.trimmed().count(u'\n') == 0);
    CHECK(loserMessage.contains(acceptWon ? QStringLiteral("kz-1 ~ kz-2 was already accepted by aigerim")
                                          : QStringLiteral("kz-2 ~ kz-1 was already rejected by dmitry")));
    CHECK(loserMessage.contains(QStringLiteral("nothing was changed")));

    // One decision on the pair, by the winner; one audit entry; the merge done only if the accept won.
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.match_decisions WHERE kind = 'duplicate'")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.match_decisions WHERE kind = 'duplicate' AND author = "
                                    "'%1'")
                         .arg(acceptWon ? QStringLiteral("aigerim") : QStringLiteral("dmitry"))) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.audit_log WHERE action IN ('match.accept', "
                                    "'match.reject') AND target LIKE 'duplicate:%'")) == 1);
    // Accepted: kz-2's two names, its one property and its one shipment moved to kz-1 (four moves); its own name is
    // already among its names, so none is added.
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.merge_moves")) == (acceptWon ? 4 : 0));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.entities WHERE ext_id = 'kz-2' AND merged_into = "
                                    "(SELECT id FROM team.entities WHERE ext_id = 'kz-1')")) == (acceptWon ? 1 : 0));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.entity_names")) == namesBefore);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.shipments WHERE exporter_id = (SELECT id FROM "
                                    "team.entities WHERE ext_id = 'kz-2')")) == (acceptWon ? 0 : 1));

    // The loser withdraws the winner's decision and decides again: the merge is undone to the row.
    const QString loser = acceptWon ? QStringLiteral("dmitry") : QStringLiteral("aigerim");
    cliOk({QStringLiteral("decide"), pg.uri(loser, QStringLiteral("team")), QStringLiteral("--kind"),
           QStringLiteral("duplicate"), QStringLiteral("--a"), QStringLiteral("kz-2"), QStringLiteral("--b"),
           QStringLiteral("kz-1"), QStringLiteral("--withdraw")});
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.match_decisions WHERE kind = 'duplicate'")) == 0);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.merge_moves")) == 0);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.entities WHERE merged_into IS NOT NULL")) == 0);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.entity_names WHERE entity_id = (SELECT id FROM "
                                    "team.entities WHERE ext_id = 'kz-2')")) == 2);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.shipments WHERE exporter_id = (SELECT id FROM "
                                    "team.entities WHERE ext_id = 'kz-2')")) == 1);
    cliOk({QStringLiteral("decide"), pg.uri(QStringLiteral("aigerim"), QStringLiteral("team")),
           QStringLiteral("--kind"), QStringLiteral("duplicate"), QStringLiteral("--a"), QStringLiteral("kz-1"),
           QStringLiteral("--b"), QStringLiteral("kz-2"), QStringLiteral("--accept")});
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.merge_moves")) == 4);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.audit_log WHERE action = 'match.undo'")) == 1);
}

TEST_CASE("decide on a server case: a screening accept copies the designation, the same verdict again changes "
          "nothing, a reader is refused",
          "[teamcase][decide]")
{
    PgCluster &pg = PgCluster::fresh();
    serverCaseWithAnalysts(pg);
    auto c = pg.connect();
    const QStringList screening{QStringLiteral("--kind"), QStringLiteral("screening"), QStringLiteral("--a"),
                                QStringLiteral("kz-1"),   QStringLiteral("--b"),       QStringLiteral("p-1")};
    const qint64 auditBefore = scalar(*c, QStringLiteral("SELECT count(*) FROM team.audit_log"));

    QByteArray out, err;
    CHECK(runCli(QStringList{QStringLiteral("decide"), pg.uri(QStringLiteral("bolat"), QStringLiteral("team"))} +
                     screening + QStringList{QStringLiteral("--accept")},
                 &out, &err) == 2);
    CHECK(QString::fromUtf8(err).contains(QStringLiteral("the server refused: bolat is a reader of the case team")));
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.match_decisions")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.audit_log")) == auditBefore);

    cliOk(QStringList{QStringLiteral("decide"), pg.uri(QStringLiteral("dmitry"), QStringLiteral("team"))} + screening +
          QStringList{QStringLiteral("--accept")});
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.designations WHERE via_decision IS NOT NULL AND "
                                    "entity_id = (SELECT id FROM team.entities WHERE ext_id = 'kz-1') AND list = "
                                    "'OFAC SDN'")) == 1);
    // aigerim accepting it too is no conflict and writes nothing more.
    cliOk(QStringList{QStringLiteral("decide"), pg.uri(QStringLiteral("aigerim"), QStringLiteral("team"))} + screening +
          QStringList{QStringLiteral("--accept")});
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.designations WHERE via_decision IS NOT NULL")) == 1);
    CHECK(scalar(*c, QStringLiteral("SELECT count(*) FROM team.audit_log")) == auditBefore + 1);

    const QByteArray listed =
        cliOk({QStringLiteral("decisions"), pg.uri(QStringLiteral("bolat"), QStringLiteral("team"))});
    CHECK(QString::fromUtf8(listed).contains(QStringLiteral("screening kz-1 ~ p-1: accepted by dmitry")));
    CHECK(QString::fromUtf8(listed).contains(QStringLiteral("2 decisions")));
}
