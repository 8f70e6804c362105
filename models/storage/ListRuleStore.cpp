#include "models/storage/ListRuleStore.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

namespace caravan::listrulestore {

std::optional<QString> read(sqlite3 *db)
{
    SqliteStatement st(db, "SELECT value FROM settings WHERE key = ?");
    if (!st.isValid())
        return std::nullopt;
    st.bind(1, QString::fromLatin1(kSettingKey));
    if (!st.step())
        return std::nullopt;
    return st.text(0);
}

Result<QList<ListCount>> listCounts(sqlite3 *db)
{
    SqliteStatement st(db, "SELECT list, COALESCE(program, ''), COUNT(*), COUNT(DISTINCT entity_id) FROM designations "
                           "GROUP BY list, COALESCE(program, '') ORDER BY list, 2");
    if (!st.isValid())
        return makeError(ErrorCode::Database, QStringLiteral("cannot read designations: %1").arg(sqliteError(db)));
    QList<ListCount> out;
    while (st.step())
        out.append(ListCount{st.text(0), st.text(1), st.int64(2), st.int64(3)});
    if (st.failed())
        return makeError(ErrorCode::Database, st.errorMessage());
    return out;
}

Status write(CaseFile &file, const QString &json, const QString &auditDetail)
{
    if (file.isReadOnly())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("the case is open read-only"));
    Transaction tx(file.handle());
    if (!tx.isActive())
        return makeError(ErrorCode::Database, sqliteError(file.handle()));
    SqliteStatement st(file.handle(), "INSERT INTO settings(key, value) VALUES(?, ?) "
                                      "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    st.bind(1, QString::fromLatin1(kSettingKey));
    st.bind(2, json);
    if (!st.execute())
        return makeError(ErrorCode::Database, QStringLiteral("cannot store the list rules: %1").arg(st.errorMessage()));
    if (auto a = file.audit(QStringLiteral("list_rules.change"), QString::fromLatin1(kSettingKey), auditDetail); !a)
        return a;
    return tx.commit();
}

} // namespace caravan::listrulestore
