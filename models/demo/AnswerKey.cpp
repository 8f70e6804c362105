#include "models/demo/AnswerKey.h"

#include "models/storage/Sqlite.h"

namespace caravan::demo {

std::vector<QStringList> AnswerItem::hops() const
{
    std::vector<QStringList> result;
    for (const QString &hop : refs.split(QStringLiteral(" > "), Qt::SkipEmptyParts))
        result.push_back(hop.split(u';', Qt::SkipEmptyParts));
    return result;
}

QStringList AnswerItem::allRefs() const
{
    QStringList all;
    for (const QStringList &hop : hops())
        all << hop;
    return all;
}

Status writeAnswerKey(sqlite3 *db, const std::vector<AnswerItem> &items)
{
    SqliteStatement st(db, "INSERT INTO answer_key(code, pattern, subject, ref_kind, refs, is_decoy, breaks, "
                           "explanation) VALUES(?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("cannot store the answer key: %1").arg(st.errorMessage()));
    for (const AnswerItem &item : items) {
        st.bind(1, item.code);
        st.bind(2, item.pattern);
        st.bind(3, item.subject);
        st.bind(4, item.refKind);
        st.bind(5, item.refs);
        st.bind(6, qint64(item.isDecoy ? 1 : 0));
        st.bind(7, item.breaks);
        st.bind(8, item.explanation);
        if (!st.execute())
            return makeError(ErrorCode::Database,
                             QStringLiteral("cannot store answer %1: %2").arg(item.code, st.errorMessage()));
    }
    return {};
}

Result<std::vector<AnswerItem>> readAnswerKey(sqlite3 *db)
{
    SqliteStatement st(db, "SELECT code, pattern, subject, ref_kind, refs, is_decoy, breaks, explanation "
                           "FROM answer_key ORDER BY id");
    if (!st.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the answer key: %1").arg(st.errorMessage()));
    std::vector<AnswerItem> items;
    while (st.step())
        items.push_back(
            {st.text(0), st.text(1), st.text(2), st.text(3), st.text(4), st.int64(5) != 0, st.text(6), st.text(7)});
    if (st.failed())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read the answer key: %1").arg(st.errorMessage()));
    return items;
}

} // namespace caravan::demo
