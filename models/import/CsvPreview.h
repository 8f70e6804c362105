#pragma once

#include "models/core/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace caravan {

// The first rows of a CSV file as the import wizard shows them: header as written, a few records,
// and what was detected (encoding, delimiter).
struct CsvPreview {
    QStringList header;
    QList<QStringList> rows;
    QString encoding;
    QChar delimiter;
};

// Reads the header and up to `maxRows` records; `encoding` empty means detect.
Result<CsvPreview> previewCsv(const QString &path, const QString &encoding, int maxRows = 20);

} // namespace caravan
