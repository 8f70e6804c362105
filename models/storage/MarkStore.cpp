#include "models/storage/MarkStore.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <QDateTime>

namespace caravan::markstore {

std::optional<Mark> find(CaseFile &file, MarkTarget target, const QString &ref)
{
    SqliteStatement st(file.handle(), "SELECT id, status, confidence, note, author, updated_at FROM marks "
                                      "WHERE target_kind = ? AND target_ref = ?");
    st.bind(1, markTargetName(target));
    st.bind(2, ref);
    if (!st.step())
        return std::nullopt;
    Mark m;
    m.rowId = st.int64(0);
    m.target = target;
    m.targetRef = ref;
    m.status = markStatusFromName(st.text(1)).value_or(MarkStatus::Suspected);
    if (!st.isNull(2))
        m.confidence = st.real(2);
    m.note = st.text(3);
    m.author = st.text(4);
    m.updated = QDateTime::fromString(st.text(5), Qt::ISODateWithMs);
    return m;
}

QHash<QString, QString> states(CaseFile &file)
{
    QHash<QString, QString> states;
    SqliteStatement st(file.handle(), "SELECT target_kind || char(9) || target_ref, id || '|' || status || '|' || "
                                      "coalesce(confidence, '') || '|' || coalesce(note, '') || '|' || "
                                      "coalesce(author, '') || '|' || coalesce(updated_at, '') FROM marks");
    while (st.step())
        states.insert(st.text(0), st.text(1));
    return states;
}

QString describe(const Mark &m)
{
    QString text = markStatusName(m.status);
    if (m.confidence)
        text += QStringLiteral(" (confidence %1)").arg(*m.confidence, 0, 'f', 2);
    if (!m.note.isEmpty())
        text += QStringLiteral(": ") + m.note;
    return text;
}

Status put(CaseFile &file, const Mark &mark)
{
    if (mark.targetRef.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a mark needs the id of what it marks"));
    if (mark.confidence && (*mark.confidence < 0.0 || *mark.confidence > 1.0))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("confidence must be between 0 and 1"));
    Transaction tx(file.handle());
    if (!tx.isActive())
        return makeError(ErrorCode::Database, sqliteError(file.handle()));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    SqliteStatement st(file.handle(),
                       "INSERT INTO marks(target_kind, target_ref, status, confidence, note, author, created_at, "
                       "updated_at) VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) ON CONFLICT(target_kind, target_ref) DO "
                       "UPDATE SET status = excluded.status, confidence = excluded.confidence, note = excluded.note, "
                       "author = excluded.author, updated_at = excluded.updated_at");
    st.bind(1, markTargetName(mark.target));
    st.bind(2, mark.targetRef);
    st.bind(3, markStatusName(mark.status));
    st.bind(4, mark.confidence);
    st.bind(5, mark.note);
    st.bind(6, mark.author.isEmpty() ? currentUserName() : mark.author);
    st.bind(7, now);
    if (!st.execute())
        return makeError(ErrorCode::Database, QStringLiteral("cannot store the mark: %1").arg(st.errorMessage()));
    if (auto a =
            file.audit(QStringLiteral("mark.set"), markTargetName(mark.target) + u':' + mark.targetRef, describe(mark));
        !a)
        return a;
    return tx.commit();
}

Status remove(CaseFile &file, MarkTarget target, const QString &ref)
{
    Transaction tx(file.handle());
    if (!tx.isActive())
        return makeError(ErrorCode::Database, sqliteError(file.handle()));
    SqliteStatement st(file.handle(), "DELETE FROM marks WHERE target_kind = ? AND target_ref = ?");
    st.bind(1, markTargetName(target));
    st.bind(2, ref);
    if (!st.execute())
        return makeError(ErrorCode::Database, st.errorMessage());
    if (auto a = file.audit(QStringLiteral("mark.clear"), markTargetName(target) + u':' + ref); !a)
        return a;
    return tx.commit();
}

bool targetExists(CaseFile &file, MarkTarget target, const QString &ref)
{
    const char *sql = nullptr;
    switch (target) {
    case MarkTarget::Chain:
        return !ref.trimmed().isEmpty();
    case MarkTarget::Entity:
        sql = "SELECT 1 FROM entities WHERE ext_id = ?";
        break;
    case MarkTarget::Shipment:
        sql = "SELECT 1 FROM shipments WHERE ext_id = ? LIMIT 1";
        break;
    }
    SqliteStatement st(file.handle(), sql);
    st.bind(1, ref);
    return st.step();
}

} // namespace caravan::markstore
