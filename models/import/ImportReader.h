#pragma once

#include "models/import/ImportContext.h"

#include <QString>
#include <QStringList>

namespace caravan {

// A format reader. prepare() opens and checks the input before anything is written to the case (its
// errors are bad input); read() writes the rows through the context, inside the import's transaction.
class ImportReader {
public:
    virtual ~ImportReader() = default;
    virtual QString format() const = 0;
    // What the file holds once prepared (entities, shipments, ...), for the sources table.
    virtual QString kind() const { return {}; }
    virtual QString encoding() const { return {}; }
    // Every file the source is made of, the main one first (OFAC: sdn.csv, add.csv, alt.csv...).
    virtual QStringList files() const = 0;
    virtual Status prepare(const QString &path, const ImportOptions &options) = 0;
    virtual Status read(ImportContext &context) = 0;
};

} // namespace caravan
