#include "models/storage/ServerMarkStore.h"

#include "models/storage/MarkStore.h"
#include "models/storage/ServerCase.h"

#include <QDateTime>

namespace caravan::servermarks {

namespace {

Error refusal(ServerCase &serverCase, const Error &error)
{
    return serverCase.refused(error, QStringLiteral("change marks"));
}

QVariant orNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

Status put(ServerCase &serverCase, const Mark &mark, bool keepAuthor)
{
    if (mark.targetRef.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a mark needs the id of what it marks"));
    if (mark.confidence && (*mark.confidence < 0.0 || *mark.confidence > 1.0))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("confidence must be between 0 and 1"));
    PgConnection &pg = serverCase.connection();
    PgTransaction tx(pg);
    if (!tx.isActive())
        return tx.error();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // The author is current_user unless one is kept; the trigger stamps it for anyone but the case's owners, whoever
    // the client says it is.
    auto st = pg.execute(QStringLiteral("INSERT INTO marks(target_kind, target_ref, status, confidence, note, "
                                        "created_at, updated_at, author) VALUES ($1, $2, $3, $4, $5, $6, $6, "
                                        "coalesce($7::text, current_user::text)) "
                                        "ON CONFLICT (target_kind, target_ref) DO UPDATE SET status = excluded.status, "
                                        "confidence = excluded.confidence, note = excluded.note, "
                                        "author = excluded.author, updated_at = excluded.updated_at"),
                         {markTargetName(mark.target), mark.targetRef, markStatusName(mark.status),
                          mark.confidence ? QVariant(*mark.confidence) : QVariant(), orNull(mark.note), now,
                          keepAuthor ? orNull(mark.author) : QVariant()});
    if (!st)
        return refusal(serverCase, st.error());
    if (auto a = serverCase.audit(QStringLiteral("mark.set"), markTargetName(mark.target) + u':' + mark.targetRef,
                                  markstore::describe(mark));
        !a)
        return refusal(serverCase, a.error());
    return tx.commit();
}

Status remove(ServerCase &serverCase, MarkTarget target, const QString &ref)
{
    PgConnection &pg = serverCase.connection();
    PgTransaction tx(pg);
    if (!tx.isActive())
        return tx.error();
    if (auto st = pg.execute(QStringLiteral("DELETE FROM marks WHERE target_kind = $1 AND target_ref = $2"),
                             {markTargetName(target), ref});
        !st)
        return refusal(serverCase, st.error());
    if (auto a = serverCase.audit(QStringLiteral("mark.clear"), markTargetName(target) + u':' + ref); !a)
        return refusal(serverCase, a.error());
    return tx.commit();
}

Result<bool> targetExists(ServerCase &serverCase, MarkTarget target, const QString &ref)
{
    QString sql;
    switch (target) {
    case MarkTarget::Chain:
        return !ref.trimmed().isEmpty();
    case MarkTarget::Entity:
        sql = QStringLiteral("SELECT 1 FROM entities WHERE ext_id = $1");
        break;
    case MarkTarget::Shipment:
        sql = QStringLiteral("SELECT 1 FROM shipments WHERE ext_id = $1 LIMIT 1");
        break;
    }
    auto r = serverCase.connection().query(sql, {ref});
    if (!r)
        return r.error();
    return r->rows() > 0;
}

Result<QList<Mark>> all(ServerCase &serverCase)
{
    auto r = serverCase.connection().query(
        QStringLiteral("SELECT id, target_kind, target_ref, status, confidence, note, author, updated_at FROM marks "
                       "ORDER BY target_kind, target_ref"));
    if (!r)
        return r.error();
    QList<Mark> marks;
    for (int i = 0; i < r->rows(); ++i) {
        Mark m;
        m.rowId = r->int64(i, 0);
        m.target = markTargetFromName(r->text(i, 1)).value_or(MarkTarget::Entity);
        m.targetRef = r->text(i, 2);
        m.status = markStatusFromName(r->text(i, 3)).value_or(MarkStatus::Suspected);
        if (!r->isNull(i, 4))
            m.confidence = r->text(i, 4).toDouble();
        m.note = r->text(i, 5);
        m.author = r->text(i, 6);
        m.updated = QDateTime::fromString(r->text(i, 7), Qt::ISODateWithMs);
        marks << m;
    }
    return marks;
}

} // namespace caravan::servermarks
