#pragma once

#include "models/storage/CaseFile.h"
#include "models/storage/CaseWriter.h"

#include <QTextStream>

#include <memory>

namespace caravan::perf {

// A new case for a benchmark to generate into; says why on stderr and returns null when it cannot be created.
inline std::unique_ptr<CaseFile> createBenchCase(const QString &path, const QString &title)
{
    auto created = CaseFile::create(path, title);
    if (!created) {
        QTextStream(stderr) << created.error().message << Qt::endl;
        return nullptr;
    }
    return created.takeValue();
}

// The one source every fact of a generated case cites: a file name, a made-up digest of `digit`s, its format and kind.
inline Result<qint64> addBenchSource(CaseWriter &writer, const QString &name, QChar digit, const QString &format,
                                     const QString &kind)
{
    return writer.addSource({name, {}, QString(64, digit), format, kind, QStringLiteral("UTF-8")});
}

} // namespace caravan::perf
