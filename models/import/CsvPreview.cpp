#include "models/import/CsvPreview.h"

#include "models/import/CsvReader.h"
#include "models/import/TextEncoding.h"

#include <QFile>
#include <QFileInfo>

namespace caravan {

Result<CsvPreview> previewCsv(const QString &path, const QString &encoding, int maxRows)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    CsvOptions options;
    if (!encoding.isEmpty()) {
        const auto canonical = encoding::canonicalName(encoding);
        if (!canonical)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("unknown encoding '%1'").arg(encoding));
        options.encoding = *canonical;
    }
    CsvReader reader(&file, options);
    if (auto st = reader.open(); !st)
        return st.error();
    CsvPreview preview;
    preview.encoding = reader.encoding();
    preview.delimiter = QChar::fromLatin1(reader.delimiter());
    if (!reader.next())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is empty").arg(QFileInfo(path).fileName()));
    for (int i = 0; i < reader.record().size(); ++i)
        preview.header << reader.record().trimmed(i);
    while (preview.rows.size() < maxRows && reader.next()) {
        QStringList row;
        for (int i = 0; i < reader.record().size(); ++i)
            row << reader.record().trimmed(i);
        preview.rows << row;
    }
    if (reader.error())
        return *reader.error();
    return preview;
}

} // namespace caravan
