#pragma once

#include "models/core/Result.h"
#include "models/import/ImportReader.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace caravan {

// The formats Caravan imports: their names (CLI.md), a reader for each, and detection from a file's
// content and name when the person did not say.
namespace importformats {

QStringList names();
// A new reader for a format name; an error names the formats there are.
Result<std::unique_ptr<ImportReader>> createReader(const QString &format);
// The format of a file judged from its first bytes (and its name); an error says why it is not one.
Result<QString> detect(const QString &path);
// Whether the header of `path` is one of the Caravan CSV kinds (read natively, no mapping needed).
bool isCaravanCsv(const QString &path, const QString &encoding = {});

} // namespace importformats

} // namespace caravan
