#include "models/storage/ShipmentSummaryReader.h"

#include "models/storage/Sqlite.h"

namespace caravan {

struct ShipmentSummaryReader::Statement {
    explicit Statement(sqlite3 *db)
        : st(db, "SELECT s.ext_id, s.date, ex.name, im.name, s.hs_code, s.quantity, s.unit, s.weight_kg, s.value, "
                 "s.currency FROM shipments s LEFT JOIN entities ex ON ex.id = s.exporter_id "
                 "LEFT JOIN entities im ON im.id = s.importer_id WHERE s.id = ?")
    {
    }
    SqliteStatement st;
};

ShipmentSummaryReader::ShipmentSummaryReader(sqlite3 *db) : m_st(std::make_unique<Statement>(db))
{
}

ShipmentSummaryReader::~ShipmentSummaryReader() = default;

std::optional<ShipmentSummary> ShipmentSummaryReader::read(qint64 rowId)
{
    SqliteStatement &st = m_st->st;
    if (!st.isValid())
        return std::nullopt;
    st.reset();
    st.bind(1, rowId);
    if (!st.step()) {
        st.reset();
        return std::nullopt;
    }
    auto real = [&](int column) { return st.isNull(column) ? std::nullopt : std::optional<double>(st.real(column)); };
    ShipmentSummary s{st.text(0), st.text(1), st.text(2), st.text(3), st.text(4),
                      real(5),    st.text(6), real(7),    real(8),    st.text(9)};
    st.reset();
    return s;
}

} // namespace caravan
