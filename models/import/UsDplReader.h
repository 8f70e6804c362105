#pragma once

#include "models/import/CsvFile.h"
#include "models/import/ImportReader.h"

namespace caravan {

// Reads the US Commerce (BIS) Denied Persons List as BIS publishes it (dpl.txt: tab-separated, quoted,
// header Name, Street_Address, City, State, Country, Postal_Code, Effective_Date, Expiration_Date,
// Standard_Order, Last_Update, Action, FR_Citation). The list has no ids: a party is us-dpl-<name>, and
// its rows (one per address) add addresses to one entity with one designation per denial order.
class UsDplReader final : public ImportReader {
public:
    QString format() const override { return QStringLiteral("us-dpl"); }
    QString kind() const override { return QStringLiteral("sanctions-list"); }
    QString encoding() const override { return m_file.reader().encoding(); }
    QStringList files() const override { return {m_file.path()}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

    static bool isDplHeader(const QStringList &header);

private:
    RowOutcome row(ImportContext &context, const CsvRecord &r) const;

    CsvFile m_file;
    QStringList m_header;
};

} // namespace caravan
