#include "models/storage/ServerDecisionStore.h"

#include "models/storage/MergeColumns.h"
#include "models/storage/ServerCase.h"

#include <QDateTime>

#include <algorithm>

namespace caravan::serverdecisions {

namespace {

using mergecolumns::EntityColumn;
using mergecolumns::kAdded;
using mergecolumns::kEntityColumns;

Error refusal(ServerCase &serverCase, const Error &error)
{
    return serverCase.refused(error, QStringLiteral("decide on candidates"));
}

QString auditTarget(MatchKind kind, const QString &a, const QString &b)
{
    return matchKindName(kind) + u':' + a + QStringLiteral(" ~ ") + b;
}

QString describe(const MatchDecision &d)
{
    QString text = matchVerdictName(d.verdict);
    if (d.score)
        text += QStringLiteral(" (score %1)").arg(*d.score, 0, 'f', 2);
    if (!d.note.isEmpty())
        text += QStringLiteral(": ") + d.note;
    return text;
}

const QString kColumns = QStringLiteral("id, kind, a_ref, b_ref, decision, score, note, author, decided_at");

MatchDecision decisionAt(const PgResult &r, int i)
{
    MatchDecision d;
    d.rowId = r.int64(i, 0);
    d.kind = matchKindFromName(r.text(i, 1)).value_or(MatchKind::Screening);
    d.aRef = r.text(i, 2);
    d.bRef = r.text(i, 3);
    d.verdict = r.text(i, 4) == u"accepted" ? MatchVerdict::Accepted : MatchVerdict::Rejected;
    if (!r.isNull(i, 5))
        d.score = r.text(i, 5).toDouble();
    d.note = r.text(i, 6);
    d.author = r.text(i, 7);
    d.decidedAt = QDateTime::fromString(r.text(i, 8), Qt::ISODateWithMs);
    return d;
}

// The decision on the pair, for duplicates also the pair the other way round.
Result<std::optional<MatchDecision>> find(PgConnection &pg, MatchKind kind, const QString &a, const QString &b)
{
    auto r = pg.query(QStringLiteral("SELECT %1 FROM match_decisions WHERE kind = $1 AND ((a_ref = $2 AND b_ref = $3) "
                                     "OR (kind = 'duplicate' AND a_ref = $3 AND b_ref = $2)) ORDER BY id LIMIT 1")
                          .arg(kColumns),
                      {matchKindName(kind), a, b});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return std::optional<MatchDecision>();
    return std::optional<MatchDecision>(decisionAt(*r, 0));
}

// Waits for, then holds until the transaction ends, the case's locks on both entities (in one order, so two
// deciders never wait for each other): decisions touching either entity go one after another.
Status lockEntities(ServerCase &serverCase, const QString &a, const QString &b)
{
    QStringList keys{a, b};
    std::sort(keys.begin(), keys.end());
    for (const QString &ref : keys)
        if (auto st = serverCase.connection().execute(
                QStringLiteral("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))"),
                {QStringLiteral("caravan-decision:%1:%2").arg(serverCase.address().caseName(), ref)});
            !st)
            return st;
    return {};
}

Result<qint64> entityRow(PgConnection &pg, const QString &extId)
{
    auto r = pg.query(QStringLiteral("SELECT id FROM entities WHERE ext_id = $1"), {extId});
    if (!r)
        return r.error();
    return r->rows() > 0 ? r->int64(0, 0) : qint64(0);
}

Result<qint64> survivorOf(PgConnection &pg, qint64 entity)
{
    auto r = pg.query(QStringLiteral("WITH RECURSIVE up(id, depth) AS (SELECT $1::bigint, 0 UNION ALL SELECT "
                                     "e.merged_into, up.depth + 1 FROM up JOIN entities e ON e.id = up.id WHERE "
                                     "e.merged_into IS NOT NULL AND up.depth < 64) "
                                     "SELECT id FROM up ORDER BY depth DESC LIMIT 1"),
                      {entity});
    if (!r)
        return r.error();
    return r->rows() > 0 ? r->int64(0, 0) : entity;
}

Status applyScreening(PgConnection &pg, qint64 decision, qint64 a, qint64 b)
{
    return pg.execute(
        QStringLiteral("INSERT INTO designations(ext_id, entity_id, list, program, listed_date, end_date, "
                       "source_id, source_row, via_decision) SELECT ext_id, $1::bigint, list, program, "
                       "listed_date, end_date, source_id, source_row, $3::bigint FROM designations WHERE "
                       "entity_id = $2 AND via_decision IS NULL ORDER BY id"),
        {a, b, decision});
}

Status applyMerge(PgConnection &pg, qint64 decision, qint64 a, qint64 b)
{
    for (const EntityColumn &c : kEntityColumns) {
        const QString table = QLatin1String(c.table), column = QLatin1String(c.column);
        if (auto st = pg.execute(
                QStringLiteral("INSERT INTO merge_moves(decision_id, table_name, column_name, row_id, "
                               "from_entity, to_entity) SELECT $1::bigint, $4::text, $5::text, id, $2::bigint, "
                               "$3::bigint FROM %1 "
                               "WHERE %2 = $2 ORDER BY id")
                    .arg(table, column),
                {decision, b, a, table, column});
            !st)
            return st;
        if (auto st = pg.execute(QStringLiteral("UPDATE %1 SET %2 = $2 WHERE %2 = $1").arg(table, column), {b, a}); !st)
            return st;
    }
    // b's own name becomes one of a's names, unless a already has it (b's names moved over).
    if (auto st = pg.execute(
            QStringLiteral(
                "WITH added AS (INSERT INTO entity_names(entity_id, name, kind, source_id, source_row) "
                "SELECT $1::bigint, e.name, 'merged', e.source_id, e.source_row FROM entities e WHERE e.id = $2 "
                "AND NOT EXISTS (SELECT 1 FROM entity_names n WHERE n.entity_id = $1 AND n.name = e.name) "
                "RETURNING id) INSERT INTO merge_moves(decision_id, table_name, column_name, row_id, "
                "from_entity, to_entity) SELECT $3::bigint, 'entity_names', $4::text, id, $2::bigint, $1::bigint "
                "FROM added"),
            {a, b, decision, QLatin1String(kAdded)});
        !st)
        return st;
    return pg.execute(QStringLiteral("UPDATE entities SET merged_into = $1 WHERE id = $2"), {a, b});
}

// Carries out an accepted decision, after checking that it can be.
Status apply(PgConnection &pg, const MatchDecision &d)
{
    if (d.verdict != MatchVerdict::Accepted)
        return {};
    auto a = entityRow(pg, d.aRef);
    auto b = entityRow(pg, d.bRef);
    if (!a)
        return a.error();
    if (!b)
        return b.error();
    if (!*a || !*b)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no entity with the id %1").arg(!*a ? d.aRef : d.bRef));
    if (d.kind == MatchKind::Screening)
        return applyScreening(pg, d.rowId, *a, *b);
    auto aInto = survivorOf(pg, *a);
    auto bInto = survivorOf(pg, *b);
    if (!aInto)
        return aInto.error();
    if (!bInto)
        return bInto.error();
    if (*aInto != *a)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 has itself been merged into another entity").arg(d.aRef));
    if (*bInto != *b && *bInto != *a)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 has already been merged into another entity").arg(d.bRef));
    return applyMerge(pg, d.rowId, *a, *b);
}

// Undoes what a decision did: copied designations go, moved rows go back, added rows go, b is its own again.
Status revoke(PgConnection &pg, const MatchDecision &d)
{
    if (auto st = pg.execute(QStringLiteral("DELETE FROM designations WHERE via_decision = $1"), {d.rowId}); !st)
        return st;
    for (const EntityColumn &c : kEntityColumns) {
        const QString table = QLatin1String(c.table), column = QLatin1String(c.column);
        if (auto st = pg.execute(QStringLiteral("UPDATE %1 t SET %2 = m.from_entity FROM merge_moves m WHERE "
                                                "m.decision_id = $1 AND m.table_name = $2 AND m.column_name = $3 AND "
                                                "t.id = m.row_id AND t.%2 = m.to_entity")
                                     .arg(table, column),
                                 {d.rowId, table, column});
            !st)
            return st;
    }
    if (auto st = pg.execute(QStringLiteral("DELETE FROM entity_names WHERE id IN (SELECT row_id FROM merge_moves "
                                            "WHERE decision_id = $1 AND table_name = 'entity_names' AND "
                                            "column_name = $2)"),
                             {d.rowId, QLatin1String(kAdded)});
        !st)
        return st;
    if (auto st = pg.execute(QStringLiteral("UPDATE entities e SET merged_into = NULL FROM (SELECT DISTINCT "
                                            "from_entity, to_entity FROM merge_moves WHERE decision_id = $1) m "
                                            "WHERE e.id = m.from_entity AND e.merged_into = m.to_entity"),
                             {d.rowId});
        !st)
        return st;
    return pg.execute(QStringLiteral("DELETE FROM merge_moves WHERE decision_id = $1"), {d.rowId});
}

Error conflict(const MatchDecision &wanted, const MatchDecision &first)
{
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("%1 %2 ~ %3 was already %4 by %5 at %6; the first decision stands and nothing "
                                    "was changed (withdraw it with --withdraw to decide again)")
                         .arg(matchKindName(wanted.kind), first.aRef, first.bRef, matchVerdictName(first.verdict),
                              first.author, first.decidedAt.toString(Qt::ISODate)));
}

} // namespace

Status put(ServerCase &serverCase, const MatchDecision &decision)
{
    if (decision.aRef.isEmpty() || decision.bRef.isEmpty() || decision.aRef == decision.bRef)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a decision needs two different entity ids"));
    PgConnection &pg = serverCase.connection();
    PgTransaction tx(pg);
    if (!tx.isActive())
        return tx.error();
    if (auto st = lockEntities(serverCase, decision.aRef, decision.bRef); !st)
        return st;
    // Under the locks, a decision another analyst committed first is seen (read committed: each statement sees
    // what was committed before it began).
    auto previous = find(pg, decision.kind, decision.aRef, decision.bRef);
    if (!previous)
        return previous.error();
    if (*previous) {
        const MatchDecision &first = **previous;
        if (first.verdict == decision.verdict && first.aRef == decision.aRef)
            return {};
        return conflict(decision, first);
    }
    // The author is left to the column's default and its trigger: current_user.
    auto inserted = pg.query(
        QStringLiteral("INSERT INTO match_decisions(kind, a_ref, b_ref, decision, score, note, decided_at) VALUES "
                       "($1, $2, $3, $4, $5, $6, $7) RETURNING %1")
            .arg(kColumns),
        {matchKindName(decision.kind), decision.aRef, decision.bRef, matchVerdictName(decision.verdict),
         decision.score ? QVariant(*decision.score) : QVariant(), decision.note.isEmpty() ? QVariant() : decision.note,
         (decision.decidedAt.isValid() ? decision.decidedAt : QDateTime::currentDateTimeUtc())
             .toString(Qt::ISODateWithMs)});
    if (!inserted)
        return refusal(serverCase, inserted.error());
    const MatchDecision stored = decisionAt(*inserted, 0);
    if (auto st = apply(pg, stored); !st)
        return refusal(serverCase, st.error());
    if (auto a = serverCase.audit(QStringLiteral("match.") + matchVerdictName(stored.verdict).chopped(2),
                                  auditTarget(stored.kind, stored.aRef, stored.bRef), describe(stored));
        !a)
        return refusal(serverCase, a.error());
    return tx.commit();
}

Status remove(ServerCase &serverCase, MatchKind kind, const QString &aRef, const QString &bRef)
{
    PgConnection &pg = serverCase.connection();
    PgTransaction tx(pg);
    if (!tx.isActive())
        return tx.error();
    if (auto st = lockEntities(serverCase, aRef, bRef); !st)
        return st;
    auto previous = find(pg, kind, aRef, bRef);
    if (!previous)
        return previous.error();
    if (!*previous)
        return {};
    const MatchDecision &d = **previous;
    if (auto st = revoke(pg, d); !st)
        return refusal(serverCase, st.error());
    if (auto st = pg.execute(QStringLiteral("DELETE FROM match_decisions WHERE id = $1"), {d.rowId}); !st)
        return refusal(serverCase, st.error());
    if (auto a = serverCase.audit(QStringLiteral("match.undo"), auditTarget(kind, d.aRef, d.bRef), describe(d)); !a)
        return refusal(serverCase, a.error());
    return tx.commit();
}

Result<QList<MatchDecision>> list(ServerCase &serverCase)
{
    auto r = serverCase.connection().query(QStringLiteral("SELECT %1 FROM match_decisions ORDER BY id").arg(kColumns));
    if (!r)
        return r.error();
    QList<MatchDecision> out;
    for (int i = 0; i < r->rows(); ++i)
        out << decisionAt(*r, i);
    return out;
}

} // namespace caravan::serverdecisions
