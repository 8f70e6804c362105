#pragma once

#include "models/import/ImportReader.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>

namespace caravan {

// Reads FollowTheMoney entities as JSON lines (OpenSanctions and Aleph exports). Two passes over the
// file, so memory does not grow with it: the first writes the things (Person, Company, Organization,
// LegalEntity, Vessel...) and notes the Address entities; the second, when every id is known, writes
// what refers to them (Ownership and Directorship as links, Sanction as designations, Family and
// other relations as links of type other, addressEntity as addresses). A reference to an id that is
// neither in the file nor in the case rejects that row. Properties Caravan does not model are kept
// in entity_properties.
class FtmReader final : public ImportReader {
public:
    QString format() const override { return QStringLiteral("ftm"); }
    QString kind() const override { return QStringLiteral("entities"); }
    QString encoding() const override { return QStringLiteral("utf-8"); }
    QStringList files() const override { return {m_path}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

private:
    struct Address {
        QString text;
        QString country;
    };
    using LineHandler = RowOutcome (FtmReader::*)(ImportContext &, const QJsonObject &, qint64 line);
    // Reads every line of the file, handing each parsed object to `handle`; `counted` says whether
    // this pass is the one that counts rows.
    Status pass(ImportContext &context, LineHandler handle, bool counted, qint64 bytesBefore);
    RowOutcome thingRow(ImportContext &context, const QJsonObject &entity, qint64 line);
    RowOutcome relationRow(ImportContext &context, const QJsonObject &entity, qint64 line);

    QString m_path;
    QHash<QString, Address> m_addresses; // Address entities by FtM id (small next to the file)
    QSet<QString> m_referencedAddresses; // ids named by some entity's addressEntity
};

} // namespace caravan
