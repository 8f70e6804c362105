#pragma once

#include "models/import/CsvFile.h"
#include "models/import/ImportReader.h"

#include <QHash>

namespace caravan {

// Reads OFAC's SDN CSV set: sdn.csv (or cons_prim.csv for the non-SDN list) with add.csv, alt.csv and
// sdn_comments.csv when they lie beside it. No header, "-0-" for null, CRLF, Ctrl-Z at the end.
// Entities get the id ofac-<ent_num>; programs become designations; remarks are taken apart
// (OfacRemarks). Address and alias rows for records that do not exist are rejected rows, not errors.
class OfacSdnReader final : public ImportReader {
public:
    QString format() const override { return QStringLiteral("ofac-sdn"); }
    QString kind() const override { return QStringLiteral("sanctions-list"); }
    QString encoding() const override { return m_encoding; }
    QStringList files() const override;
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

    // The list a file belongs to: "OFAC SDN" or "OFAC Non-SDN" (cons_*.csv).
    const QString &listName() const { return m_list; }

private:
    struct Comment {
        QString text;
        qint64 line = 0;
        QString raw;
    };
    Status readComments(ImportContext &context, qint64 &bytesBefore);
    Status readPrimary(ImportContext &context, qint64 &bytesBefore);
    Status readAddresses(ImportContext &context, qint64 &bytesBefore);
    Status readAliases(ImportContext &context, qint64 &bytesBefore);
    Result<CsvFile *> openCompanion(CsvFile &file, const QString &path);
    RowOutcome primaryRow(ImportContext &context, const CsvRecord &r);
    CsvOptions csvOptions() const;

    QString m_path;
    QString m_addPath, m_altPath, m_commentsPath; // empty when absent
    QString m_list;
    QString m_encoding;
    QString m_requestedEncoding;
    QHash<qint64, Comment> m_comments; // sdn_comments.csv: a few rows continuing long remarks
};

} // namespace caravan
