// The libpq wrapper against a real server: errors as values, parameters, COPY in and out, LISTEN/NOTIFY.
#include "../../support/PgCluster.h"

#include <catch2/catch.hpp>

using namespace caravan;
using namespace caravan::test;

TEST_CASE("PgConnection returns errors as values and keeps working after them", "[teamcase][pg]")
{
    PgCluster &pg = PgCluster::fresh();
    auto c = pg.connect();
    auto bad = c->query(QStringLiteral("SELECT * FROM no_such_table"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message == QStringLiteral("relation \"no_such_table\" does not exist"));
    CHECK(c->lastSqlState() == QStringLiteral("42P01"));

    auto r = c->query(QStringLiteral("SELECT $1::text IS NULL, $2::text, length($2), $3::bigint * 2"),
                      {QVariant(), QStringLiteral("Қорғас O'Brien \"x\""), qint64(4000000000)});
    REQUIRE(r.ok());
    CHECK(c->lastSqlState().isEmpty());
    CHECK(r->boolean(0, 0));
    CHECK(r->text(0, 1) == QStringLiteral("Қорғас O'Brien \"x\""));
    CHECK(r->int64(0, 2) == 18);
    CHECK(r->int64(0, 3) == 8000000000);

    // Identifiers and literals quoted by the wrapper survive quotes inside them.
    REQUIRE(c->execute(QStringLiteral("CREATE TABLE %1(v text)")
                           .arg(PgConnection::quoteIdentifier(QStringLiteral("odd \"name\""))))
                .ok());
    REQUIRE(c->execute(QStringLiteral("INSERT INTO \"odd \"\"name\"\"\" VALUES (%1)")
                           .arg(PgConnection::quoteLiteral(QStringLiteral("it's"))))
                .ok());
    auto back = c->query(QStringLiteral("SELECT v FROM \"odd \"\"name\"\"\""));
    REQUIRE(back.ok());
    CHECK(back->text(0, 0) == QStringLiteral("it's"));

    auto refused = PgConnection::open(QStringLiteral("postgresql://postgres@127.0.0.1:1/caravan?connect_timeout=2"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().message.startsWith(QStringLiteral("cannot connect to the PostgreSQL server")));
}

TEST_CASE("PgConnection copies rows in and out, a bad row fails the COPY and leaves nothing", "[teamcase][pg]")
{
    PgCluster &pg = PgCluster::fresh();
    auto c = pg.connect();
    REQUIRE(
        c->execute(QStringLiteral("CREATE TABLE t(id bigint PRIMARY KEY, name text, share double precision)")).ok());
    const QList<QByteArray> chunks{"1\tАльфа\t0.5\n2\t\\N\t\\N\n", "3\ttab\\there\t1e-07\n"};
    qsizetype next = 0;
    const auto feed = [&](QByteArray &chunk) -> Result<bool> {
        if (next == chunks.size())
            return false;
        chunk = chunks.at(next++);
        return true;
    };
    REQUIRE(c->copyIn(QStringLiteral("COPY t FROM STDIN"), feed).ok());
    QList<QByteArray> lines;
    REQUIRE(c->copyOut(QStringLiteral("COPY (SELECT * FROM t ORDER BY id) TO STDOUT"), [&](QByteArrayView line) {
                 lines << line.toByteArray();
                 return Status{};
             }).ok());
    CHECK(lines == QList<QByteArray>{"1\tАльфа\t0.5", "2\t\\N\t\\N", "3\ttab\\there\t1e-07"});

    // A duplicate key: the COPY fails as a whole, the table keeps its three rows, the connection goes on.
    next = 0;
    auto failed = c->copyIn(QStringLiteral("COPY t FROM STDIN"), feed);
    REQUIRE_FALSE(failed.ok());
    CHECK(failed.error().message.contains(QStringLiteral("duplicate key value violates unique constraint")));
    CHECK(c->lastSqlState() == QStringLiteral("23505"));
    // The client stopping a COPY (its own error) also leaves nothing.
    REQUIRE(c->execute(QStringLiteral("CREATE TABLE u(v text)")).ok());
    bool first = true;
    auto stopped = c->copyIn(QStringLiteral("COPY u FROM STDIN"), [&](QByteArray &chunk) -> Result<bool> {
        if (!first)
            return makeError(ErrorCode::Cancelled, QStringLiteral("stopped"));
        first = false;
        chunk = "a\n";
        return true;
    });
    REQUIRE_FALSE(stopped.ok());
    CHECK(stopped.error().code == ErrorCode::Cancelled);
    auto counts = c->query(QStringLiteral("SELECT (SELECT count(*) FROM t), (SELECT count(*) FROM u)"));
    REQUIRE(counts.ok());
    CHECK(counts->int64(0, 0) == 3);
    CHECK(counts->int64(0, 1) == 0);
}

TEST_CASE("PgConnection hears NOTIFY on the channels it listens to", "[teamcase][pg]")
{
    PgCluster &pg = PgCluster::fresh();
    auto listener = pg.connect();
    auto talker = pg.connect();
    REQUIRE(listener->listen(QStringLiteral("caravan:c1")).ok());
    REQUIRE(talker->execute(QStringLiteral("NOTIFY \"caravan:other\", 'x'")).ok());
    REQUIRE(talker->execute(QStringLiteral("SELECT pg_notify('caravan:c1', 'marks')")).ok());
    auto got = listener->notifications(2000);
    REQUIRE(got.ok());
    REQUIRE(got->size() == 1);
    CHECK(got->front().payload == QStringLiteral("marks"));
    auto none = listener->notifications(100);
    REQUIRE(none.ok());
    CHECK(none->empty());
}
