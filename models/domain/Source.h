#pragma once

#include <QDateTime>
#include <QString>

namespace caravan {

// A file imported into a case; every stored fact points back to one of these and its row there.
struct Source {
    qint64 rowId = 0;
    QString fileName;
    QString filePath;
    QString sha256;
    QString format; // caravan-csv, csv, ftm, bods, ofac-sdn, un-sc, us-dpl, us-csl, trade-stats
    QString kind;   // entities, links, shipments, sanctions, ...
    QString encoding;
    QDateTime importedAt;
    QString importedBy;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsRejected = 0;
};

} // namespace caravan
