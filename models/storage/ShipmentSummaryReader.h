#pragma once

#include <QString>

#include <memory>
#include <optional>

struct sqlite3;

namespace caravan {

// The facts of one shipment a table of shipments shows, with its parties' names.
struct ShipmentSummary {
    QString extId;
    QString date;
    QString exporter;
    QString importer;
    QString hsCode;
    std::optional<double> quantity;
    QString unit; // as written
    std::optional<double> weightKg;
    std::optional<double> value;
    QString currency;
};

// Reads shipments one by one by row id with one prepared statement (for small pages of a table).
class ShipmentSummaryReader {
public:
    explicit ShipmentSummaryReader(sqlite3 *db);
    ~ShipmentSummaryReader();
    ShipmentSummaryReader(const ShipmentSummaryReader &) = delete;
    ShipmentSummaryReader &operator=(const ShipmentSummaryReader &) = delete;

    // The shipment, or nothing when the row is gone or cannot be read.
    std::optional<ShipmentSummary> read(qint64 rowId);

private:
    struct Statement;
    std::unique_ptr<Statement> m_st;
};

} // namespace caravan
