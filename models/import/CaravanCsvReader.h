#pragma once

#include "models/import/CsvFile.h"
#include "models/import/ImportReader.h"

#include <array>

namespace caravan {

// Reads "Caravan CSV" (DOMAIN.md): entities.csv, links.csv, shipments.csv and sanctions.csv, the kind
// told by --kind or detected from the header. Bad values reject their row with the reason; a reference
// to an entity id the case does not hold rejects the row, not the file.
class CaravanCsvReader final : public ImportReader {
public:
    enum class Kind { Entities, Links, Shipments, Sanctions };

    QString format() const override { return m_mapping ? QStringLiteral("csv") : QStringLiteral("caravan-csv"); }
    QString kind() const override;
    QString encoding() const override { return m_file.reader().encoding(); }
    QStringList files() const override { return {m_file.path()}; }
    Status prepare(const QString &path, const ImportOptions &options) override;
    Status read(ImportContext &context) override;

    // The kind whose columns a header has, or nullopt; used by format detection.
    static std::optional<Kind> kindOfHeader(const QStringList &header);
    // The fields of a kind in DOMAIN.md's order, and those a file must provide (empty for an unknown kind).
    static QStringList columnsOf(const QString &kind);
    static QStringList requiredOf(const QString &kind);

private:
    static constexpr int kMaxColumns = 15;
    RowOutcome entityRow(ImportContext &context, const CsvRecord &r);
    RowOutcome linkRow(ImportContext &context, const CsvRecord &r);
    RowOutcome shipmentRow(ImportContext &context, const CsvRecord &r);
    RowOutcome sanctionRow(ImportContext &context, const CsvRecord &r);
    // The trimmed value of the kind's column number `column` (its place in DOMAIN.md's list).
    QString value(const CsvRecord &r, int column) const;
    QByteArrayView bytes(const CsvRecord &r, int column) const;
    // Mapped CSV: converts the row's mapped cells into Caravan CSV values (m_mapped).
    void mapRow(const CsvRecord &r);
    // Mapped shipments: the item number joined to the id, and the parties' names (ColumnMapping::extraFieldsOf).
    void mapShipmentExtras(const CsvRecord &r);
    // The entity a shipment names by `reference` (an id in the case, or a party's code or name as written);
    // with a mapping that creates parties, a company is created for one the case lacks, named `name` if given.
    qint64 partyOrCreate(ImportContext &context, QByteArrayView reference, QByteArrayView name, QByteArrayView country,
                         qint64 line);

    CsvFile m_file;
    Kind m_kind = Kind::Entities;
    int m_headerColumns = 0;
    std::array<int, kMaxColumns> m_index{}; // DOMAIN.md column -> position in the file, or -1
    std::optional<ColumnMapping> m_mapping;
    std::array<QByteArray, kMaxColumns> m_mapped; // the current row's converted values (mapped CSV)
    struct MappedExtras {
        int item = -1, exporterName = -1, importerName = -1; // positions in the file, or -1
        QByteArray exporter, importer;                       // the current row's party names
    } m_extras;
    // The current shipment's normalised values that are not slices of the row (upper-cased codes, HS6).
    struct ShipmentScratch {
        QByteArray date, hs6, currency, origin, destination, transit, dispatch;
    } m_scratch;
};

} // namespace caravan
