#include "models/storage/CaseDigest.h"

#include "models/storage/ServerMergeWork.h"
#include "models/storage/Sqlite.h"

#include <QCryptographicHash>
#include <QStringList>

namespace caravan {

namespace {

bool excluded(const QString &table, const QString &column)
{
    return table == u"sources" && (column == u"imported_at" || column == u"imported_by");
}

} // namespace

Result<QByteArray> caseContentDigest(sqlite3 *db)
{
    QStringList tables;
    {
        // The full-text index (virtual tables and their shadow tables) is derived from the content: left out.
        SqliteStatement st(db, "SELECT name FROM sqlite_master m WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT IN ('meta', 'audit_log') AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' "
                               "AND NOT EXISTS (SELECT 1 FROM sqlite_master v WHERE v.sql LIKE 'CREATE VIRTUAL "
                               "TABLE%' AND m.name LIKE v.name || '\\_%' ESCAPE '\\') ORDER BY name");
        while (st.step())
            tables << st.text(0);
        if (st.failed())
            return makeError(ErrorCode::Database, st.errorMessage());
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : tables) {
        QStringList columns;
        {
            const QByteArray sql =
                QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table).toUtf8();
            SqliteStatement st(db, sql.constData());
            while (st.step())
                if (!excluded(table, st.text(0)))
                    columns << QStringLiteral("\"%1\"").arg(st.text(0));
        }
        if (columns.isEmpty())
            continue;
        QStringList order;
        for (qsizetype i = 1; i <= columns.size(); ++i)
            order << QString::number(i);
        // Where a copy came from (servermerge's settings) is no fact of the case, like meta.
        const QString where =
            table == u"settings"
                ? QStringLiteral(" WHERE key NOT LIKE '%1%' ESCAPE '\\'")
                      .arg(QString::fromLatin1(servermerge::kPrefix).replace(u'_', QStringLiteral("\\_")))
                : QString();
        const QByteArray sql = QStringLiteral("SELECT %1 FROM \"%2\"%3 ORDER BY %4")
                                   .arg(columns.join(u','), table, where, order.join(u','))
                                   .toUtf8();
        SqliteStatement st(db, sql.constData());
        if (!st.isValid())
            return makeError(ErrorCode::Database, st.errorMessage());
        hash.addData(table.toUtf8());
        hash.addData(QByteArrayView("\x1e", 1));
        while (st.step()) {
            for (int c = 0; c < st.columnCount(); ++c) {
                // A type tag keeps NULL, 1 and '1' apart.
                if (st.isNull(c)) {
                    hash.addData(QByteArrayView("N\x1f", 2));
                } else {
                    const QVariant v = st.variant(c);
                    hash.addData(QByteArray(v.typeName()));
                    hash.addData(v.toString().toUtf8());
                    hash.addData(QByteArrayView("\x1f", 1));
                }
            }
            hash.addData(QByteArrayView("\x1e", 1));
        }
        if (st.failed())
            return makeError(ErrorCode::Database, st.errorMessage());
    }
    return hash.result();
}

} // namespace caravan
