#pragma once

#include "models/import/CsvFile.h"
#include "models/import/ImportReader.h"

namespace caravan {

// Reads the US Consolidated Screening List CSV (trade.gov), in its 2019 layout (source, entity_number,
// type, programs, name, ...) and its current one (the same with _id first). Each row is a party on one
// of the merged lists (SDN, Entity List, DPL, ...): id us-csl-<_id>, else us-csl-<list>-<entity_number>,
// else us-csl-<list>-<name>; designations on "US CSL" with the list's short name and its programs.
class UsCslReader final : public ImportReader {
public:
    QString format() const override { return QStringLiteral("us-csl"); }
    QString kind() const override { return QStringLiteral("sanctions-list"); }
    QString encoding() const override { return m_file.reader().encoding(); }
    QStringList files() const override { return {m_file.path()}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

    static bool isCslHeader(const QStringList &header);

private:
    RowOutcome row(ImportContext &context, const CsvRecord &r) const;

    CsvFile m_file;
    QStringList m_header;
};

} // namespace caravan
