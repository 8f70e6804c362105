#pragma once

#include "models/core/Result.h"
#include "models/import/ColumnMapping.h"
#include "models/import/CsvPreview.h"
#include "models/import/HeaderMatcher.h"
#include "models/import/ValueFormats.h"

#include <QJsonObject>

namespace caravan {

// A column mapping proposed for a file nobody wrote a mapping for: which header feeds which field and why,
// and how the file writes its text, dates, decimals and lists, read from a sample of its rows. The wizard
// shows it for editing; `caravan-cli import --format csv` imports with it, prints it (--show-mapping) or
// saves it (--save-mapping).
struct MappingProposal {
    ColumnMapping mapping; // ready to use: kind, columns, date format, separators, encoding
    QStringList header;
    QList<HeaderMatch> matches; // in field order
    QStringList unmapped;       // headers no field took
    QStringList missing;        // required fields left with neither column nor constant
    ValueFormats formats;
    QChar delimiter = u',';
    int sampledRows = 0;

    bool isComplete() const { return missing.isEmpty(); }
    // The mapping's JSON (loadable with --mapping) plus "detected", "why", "unmapped_columns" and "missing".
    QJsonObject toJson() const;
    // One line saying why a file cannot be imported with this proposal, naming what is missing and the header.
    QString refusal(const QString &fileName) const;

    // A proposal for the header and rows of a preview; `kind` empty: the likely kind.
    static MappingProposal fromPreview(const CsvPreview &preview, const QString &kind);
    // Reads the header and a sample of rows of `path`; `encoding` empty: detect.
    static Result<MappingProposal> forFile(const QString &path, const QString &kind, const QString &encoding,
                                           int sampleRows = 200);
};

} // namespace caravan
