#pragma once

#include "models/import/ImportContext.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace caravan::fuzz {

// What the fuzz targets share: a QCoreApplication, a scratch folder, and an import of the fuzzer's bytes
// into a fresh copy of an empty case, the way `caravan-cli import` does it (prepare, then run).

// Starts the application once (readers use Qt's codecs and file engines).
void ensureApplication();

// The fuzzer's bytes as a QByteArray.
QByteArray bytesOf(const std::uint8_t *data, std::size_t size);

// Writes `content` to a scratch file called `name` and returns its path.
QString writeScratch(const QString &name, const QByteArray &content);

// Imports `content` (saved as `name`) with `options` into a fresh empty case; errors are expected and ignored,
// a crash or a sanitizer report is the finding.
void importBytes(const QString &name, const QByteArray &content, const ImportOptions &options);

} // namespace caravan::fuzz
