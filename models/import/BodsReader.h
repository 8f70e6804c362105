#pragma once

#include "models/import/ImportReader.h"

#include <QJsonArray>

namespace caravan {

// Reads Beneficial Ownership Data Standard 0.4 statements (a JSON array or JSON lines): entity and
// person statements become entities (recordId as their id), relationship statements become links,
// one per interest: shareholdings and voting rights as ownership with exact, minimum/maximum shares;
// board roles as directorship; other influence as control. Indirect interests are kept as links of
// type other (role "indirect ...") so that a chain stated both ways is not counted twice. Statements
// of BODS 0.2 and 0.3 (statementType, no recordType) are refused with a clear message.
class BodsReader final : public ImportReader {
public:
    QString format() const override { return QStringLiteral("bods"); }
    QString kind() const override { return QStringLiteral("ownership"); }
    QString encoding() const override { return QStringLiteral("utf-8"); }
    QStringList files() const override { return {m_path}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

private:
    RowOutcome partyRow(ImportContext &context, const QJsonObject &statement, qint64 row);
    RowOutcome relationshipRow(ImportContext &context, const QJsonObject &statement, qint64 row);

    QString m_path;
    QJsonArray m_statements; // BODS packages are read whole: references go both ways
};

} // namespace caravan
