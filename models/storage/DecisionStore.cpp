#include "models/storage/DecisionStore.h"

#include "models/storage/CaseFile.h"
#include "models/storage/MergeColumns.h"
#include "models/storage/SearchIndex.h"
#include "models/storage/Sqlite.h"

#include <QDateTime>

namespace caravan::decisionstore {

namespace {

using mergecolumns::EntityColumn;
using mergecolumns::kAdded;
using mergecolumns::kEntityColumns;

Error dbError(CaseFile &file, const QString &what)
{
    return makeError(ErrorCode::Database, QStringLiteral("%1: %2").arg(what, sqliteError(file.handle())));
}

qint64 entityRow(CaseFile &file, const QString &extId)
{
    SqliteStatement st(file.handle(), "SELECT id FROM entities WHERE ext_id = ?");
    st.bind(1, extId);
    return st.step() ? st.int64(0) : 0;
}

std::optional<MatchDecision> findExact(CaseFile &file, MatchKind kind, const QString &aRef, const QString &bRef)
{
    SqliteStatement st(file.handle(), "SELECT id, decision, score, note, author, decided_at FROM match_decisions "
                                      "WHERE kind = ? AND a_ref = ? AND b_ref = ?");
    st.bind(1, matchKindName(kind));
    st.bind(2, aRef);
    st.bind(3, bRef);
    if (!st.step())
        return std::nullopt;
    MatchDecision d;
    d.rowId = st.int64(0);
    d.kind = kind;
    d.aRef = aRef;
    d.bRef = bRef;
    d.verdict = st.text(1) == QLatin1String("accepted") ? MatchVerdict::Accepted : MatchVerdict::Rejected;
    if (!st.isNull(2))
        d.score = st.real(2);
    d.note = st.text(3);
    d.author = st.text(4);
    d.decidedAt = QDateTime::fromString(st.text(5), Qt::ISODateWithMs);
    return d;
}

bool exec(CaseFile &file, const QString &sql, std::initializer_list<qint64> values)
{
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(file.handle(), utf8.constData());
    int i = 1;
    for (qint64 v : values)
        st.bind(i++, v);
    return st.execute();
}

// Copies the listed entity's own designations onto the screened one (again, if they were copied before).
Status applyScreening(CaseFile &file, qint64 decision, qint64 a, qint64 b)
{
    if (!exec(file, QStringLiteral("DELETE FROM designations WHERE via_decision = ?1"), {decision}) ||
        !exec(file,
              QStringLiteral("INSERT INTO designations(ext_id, entity_id, list, program, listed_date, end_date, "
                             "source_id, source_row, via_decision) SELECT ext_id, ?1, list, program, listed_date, "
                             "end_date, source_id, source_row, ?3 FROM designations WHERE entity_id = ?2 AND "
                             "via_decision IS NULL ORDER BY id"),
              {a, b, decision}))
        return dbError(file, QStringLiteral("cannot tie the entity to the designation"));
    return {};
}

// Moves what is still on b to a, recording each move; idempotent (a second run moves only rows that came since).
Status applyMerge(CaseFile &file, qint64 decision, qint64 a, qint64 b)
{
    for (const EntityColumn &c : kEntityColumns) {
        const QString record =
            QStringLiteral("INSERT INTO merge_moves(decision_id, table_name, column_name, row_id, from_entity, "
                           "to_entity) SELECT ?1, '%1', '%2', id, ?2, ?3 FROM %1 WHERE %2 = ?2 ORDER BY id")
                .arg(QLatin1String(c.table), QLatin1String(c.column));
        const QString move =
            QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE %2 = ?1").arg(QLatin1String(c.table), QLatin1String(c.column));
        if (!exec(file, record, {decision, b, a}) || !exec(file, move, {b, a}))
            return dbError(file, QStringLiteral("cannot merge the entities"));
    }
    // b's own name becomes one of a's names, once (unless it is already there, as its names moved over).
    const bool added = sqliteScalar(file.handle(), QStringLiteral("SELECT count(*) FROM merge_moves WHERE "
                                                                  "decision_id = %1 AND column_name = '%2'")
                                                       .arg(decision)
                                                       .arg(QLatin1String(kAdded))
                                                       .toUtf8()
                                                       .constData())
                           .value_or(0) > 0;
    const bool present =
        sqliteScalar(file.handle(), QStringLiteral("SELECT count(*) FROM entity_names WHERE entity_id = %1 AND name = "
                                                   "(SELECT name FROM entities WHERE id = %2)")
                                        .arg(a)
                                        .arg(b)
                                        .toUtf8()
                                        .constData())
            .value_or(0) > 0;
    if (!added && !present) {
        if (!exec(file,
                  QStringLiteral("INSERT INTO entity_names(entity_id, name, kind, source_id, source_row) SELECT ?1, "
                                 "name, 'merged', source_id, source_row FROM entities WHERE id = ?2"),
                  {a, b}) ||
            !exec(file,
                  QStringLiteral("INSERT INTO merge_moves(decision_id, table_name, column_name, row_id, from_entity, "
                                 "to_entity) VALUES(?1, 'entity_names', '%1', last_insert_rowid(), ?2, ?3)")
                      .arg(QLatin1String(kAdded)),
                  {decision, b, a}))
            return dbError(file, QStringLiteral("cannot merge the entities"));
    }
    if (!exec(file, QStringLiteral("UPDATE entities SET merged_into = ?1 WHERE id = ?2"), {a, b}))
        return dbError(file, QStringLiteral("cannot merge the entities"));
    // The survivor is found by the names it took over.
    return searchindex::reindexEntities(file.handle(), {a, b});
}

// Undoes what a decision did: copied designations go, moved rows go back, added rows go, b is its own again.
Status revoke(CaseFile &file, const MatchDecision &d)
{
    if (!exec(file, QStringLiteral("DELETE FROM designations WHERE via_decision = ?1"), {d.rowId}))
        return dbError(file, QStringLiteral("cannot revoke the decision"));
    SqliteStatement moves(file.handle(), "SELECT id, table_name, column_name, row_id, from_entity, to_entity FROM "
                                         "merge_moves WHERE decision_id = ? ORDER BY id DESC");
    moves.bind(1, d.rowId);
    struct Move {
        QString table, column;
        qint64 row, from, to;
    };
    QList<Move> all;
    while (moves.step())
        all.append({moves.text(1), moves.text(2), moves.int64(3), moves.int64(4), moves.int64(5)});
    qint64 absorbed = 0, survivor = 0;
    for (const Move &m : all) {
        // Names come from the fixed list above, never from input.
        bool known = m.column == QLatin1String(kAdded);
        for (const EntityColumn &c : kEntityColumns)
            known = known || (m.table == QLatin1String(c.table) && m.column == QLatin1String(c.column));
        if (!known)
            return makeError(ErrorCode::Corrupt, QStringLiteral("unknown merge record %1.%2").arg(m.table, m.column));
        const bool ok =
            m.column == QLatin1String(kAdded)
                ? exec(file, QStringLiteral("DELETE FROM %1 WHERE id = ?1").arg(m.table), {m.row})
                : exec(file, QStringLiteral("UPDATE %1 SET %2 = ?2 WHERE id = ?1 AND %2 = ?3").arg(m.table, m.column),
                       {m.row, m.from, m.to});
        if (!ok)
            return dbError(file, QStringLiteral("cannot undo the merge"));
        absorbed = m.from;
        survivor = m.to;
    }
    if (!exec(file, QStringLiteral("DELETE FROM merge_moves WHERE decision_id = ?1"), {d.rowId}) ||
        (absorbed && !exec(file,
                           QStringLiteral("UPDATE entities SET merged_into = NULL WHERE id = ?1 AND "
                                          "merged_into = ?2"),
                           {absorbed, survivor})))
        return dbError(file, QStringLiteral("cannot undo the merge"));
    return absorbed ? searchindex::reindexEntities(file.handle(), {absorbed, survivor}) : Status{};
}

// Carries out an accepted decision; checks that it can be.
Status apply(CaseFile &file, const MatchDecision &d)
{
    if (d.verdict != MatchVerdict::Accepted)
        return {};
    const qint64 a = entityRow(file, d.aRef);
    const qint64 b = entityRow(file, d.bRef);
    if (!a || !b)
        return makeError(ErrorCode::NotFound,
                         QStringLiteral("there is no entity with the id %1").arg(!a ? d.aRef : d.bRef));
    if (d.kind == MatchKind::Screening)
        return applyScreening(file, d.rowId, a, b);
    if (survivorOf(file, a) != a)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 has itself been merged into another entity").arg(d.aRef));
    const qint64 bInto = survivorOf(file, b);
    if (bInto != b && bInto != a)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 has already been merged into another entity").arg(d.bRef));
    return applyMerge(file, d.rowId, a, b);
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

QString auditTarget(MatchKind kind, const QString &a, const QString &b)
{
    return matchKindName(kind) + u':' + a + QStringLiteral(" ~ ") + b;
}

} // namespace

std::optional<MatchDecision> find(CaseFile &file, MatchKind kind, const QString &aRef, const QString &bRef)
{
    if (auto d = findExact(file, kind, aRef, bRef))
        return d;
    if (kind == MatchKind::Duplicate)
        return findExact(file, kind, bRef, aRef);
    return std::nullopt;
}

QList<MatchDecision> list(CaseFile &file)
{
    QList<MatchDecision> out;
    SqliteStatement st(file.handle(), "SELECT kind, a_ref, b_ref FROM match_decisions ORDER BY id");
    QList<std::tuple<MatchKind, QString, QString>> keys;
    while (st.step())
        keys.append({matchKindFromName(st.text(0)).value_or(MatchKind::Screening), st.text(1), st.text(2)});
    for (const auto &[kind, a, b] : keys)
        if (auto d = findExact(file, kind, a, b))
            out.append(*d);
    return out;
}

Status put(CaseFile &file, const MatchDecision &decision)
{
    if (decision.aRef.isEmpty() || decision.bRef.isEmpty() || decision.aRef == decision.bRef)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a decision needs two different entity ids"));
    Transaction tx(file.handle());
    if (!tx.isActive())
        return dbError(file, QStringLiteral("cannot start a transaction"));
    if (auto previous = find(file, decision.kind, decision.aRef, decision.bRef)) {
        if (previous->aRef != decision.aRef)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 and %2 were already decided the other way round; undo that first")
                                 .arg(decision.aRef, decision.bRef));
        if (auto st = revoke(file, *previous); !st)
            return st;
    }
    SqliteStatement st(file.handle(),
                       "INSERT INTO match_decisions(kind, a_ref, b_ref, decision, score, note, author, decided_at) "
                       "VALUES(?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT(kind, a_ref, b_ref) DO UPDATE SET "
                       "decision = excluded.decision, score = excluded.score, note = excluded.note, "
                       "author = excluded.author, decided_at = excluded.decided_at");
    st.bind(1, matchKindName(decision.kind));
    st.bind(2, decision.aRef);
    st.bind(3, decision.bRef);
    st.bind(4, matchVerdictName(decision.verdict));
    st.bind(5, decision.score);
    st.bind(6, decision.note);
    st.bind(7, decision.author.isEmpty() ? currentUserName() : decision.author);
    st.bind(8, (decision.decidedAt.isValid() ? decision.decidedAt : QDateTime::currentDateTimeUtc())
                   .toString(Qt::ISODateWithMs));
    if (!st.execute())
        return makeError(ErrorCode::Database, QStringLiteral("cannot store the decision: %1").arg(st.errorMessage()));
    const auto stored = findExact(file, decision.kind, decision.aRef, decision.bRef);
    if (!stored)
        return dbError(file, QStringLiteral("cannot read the decision back"));
    if (auto applied = apply(file, *stored); !applied)
        return applied;
    if (auto a = file.audit(QStringLiteral("match.") + matchVerdictName(decision.verdict).chopped(2),
                            auditTarget(decision.kind, decision.aRef, decision.bRef), describe(*stored));
        !a)
        return a;
    return tx.commit();
}

Status remove(CaseFile &file, MatchKind kind, const QString &aRef, const QString &bRef)
{
    Transaction tx(file.handle());
    if (!tx.isActive())
        return dbError(file, QStringLiteral("cannot start a transaction"));
    const auto previous = find(file, kind, aRef, bRef);
    if (!previous)
        return {};
    if (auto st = revoke(file, *previous); !st)
        return st;
    if (!exec(file, QStringLiteral("DELETE FROM match_decisions WHERE id = ?1"), {previous->rowId}))
        return dbError(file, QStringLiteral("cannot remove the decision"));
    if (auto a = file.audit(QStringLiteral("match.undo"), auditTarget(kind, previous->aRef, previous->bRef),
                            describe(*previous));
        !a)
        return a;
    return tx.commit();
}

Status reapply(CaseFile &file)
{
    Transaction tx(file.handle());
    if (!tx.isActive())
        return dbError(file, QStringLiteral("cannot start a transaction"));
    int applied = 0;
    for (const MatchDecision &d : list(file)) {
        if (d.verdict != MatchVerdict::Accepted)
            continue;
        // A decision on an entity the case no longer holds waits until it comes back.
        if (!entityRow(file, d.aRef) || !entityRow(file, d.bRef))
            continue;
        if (auto st = apply(file, d); !st)
            return st;
        ++applied;
    }
    if (applied > 0)
        if (auto a = file.audit(QStringLiteral("match.reapply"), QString(),
                                QStringLiteral("%1 accepted decisions applied again").arg(applied));
            !a)
            return a;
    return tx.commit();
}

qint64 survivorOf(CaseFile &file, qint64 entity)
{
    SqliteStatement st(file.handle(), "SELECT merged_into FROM entities WHERE id = ?");
    qint64 current = entity;
    for (int guard = 0; guard < 64; ++guard) {
        st.reset();
        st.bind(1, current);
        if (!st.step() || st.isNull(0))
            return current;
        current = st.int64(0);
    }
    return current;
}

} // namespace caravan::decisionstore
