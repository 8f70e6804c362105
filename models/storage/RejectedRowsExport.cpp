#include "models/storage/RejectedRowsExport.h"

#include "models/storage/Sqlite.h"

#include <QSaveFile>
#include <QTextStream>

namespace caravan {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u'"', QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

Result<qint64> exportRejectedRows(sqlite3 *db, qint64 sourceId, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    QTextStream out(&file);
    out.setEncoding(QStringConverter::Utf8);
    out << "file,line,reason,raw\r\n";
    SqliteStatement st(db, "SELECT s.file_name, r.line_no, r.reason, r.raw FROM rejected_rows r "
                           "LEFT JOIN sources s ON s.id = r.source_id WHERE ?1 = 0 OR r.source_id = ?1 "
                           "ORDER BY r.source_id, r.line_no, r.id");
    st.bind(1, sourceId);
    qint64 count = 0;
    while (st.step()) {
        out << csvField(st.text(0)) << ',' << st.int64(1) << ',' << csvField(st.text(2)) << ',' << csvField(st.text(3))
            << "\r\n";
        ++count;
    }
    if (st.failed())
        return makeError(ErrorCode::Database, st.errorMessage());
    out.flush();
    if (!file.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return count;
}

} // namespace caravan
