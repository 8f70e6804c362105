#pragma once

#include "models/core/Result.h"
#include "models/storage/ShipmentSink.h"

#include <QByteArray>

#include <memory>

namespace caravan {

class PgConnection;

// The shipments of an import into a server case, streamed into COPY as the reader checks them: no staging file holds
// them on the way. Opened in the import's transaction; until finish() no other statement may run on its connection.
// Rows go in COPY's binary format. Where they go depends on the load's size (estimated from the file's size):
//  - a large load (servercopy::setShipmentsAsideFor) goes straight into the shipments table, with the table's secondary
//    indexes, row-id key and foreign keys set aside and the row ids numbered here, after the highest (the table is
//    locked and imports go one at a time); finish() moves the ids' sequence past them, land() builds the indexes again
//    and checks every reference in one pass;
//  - a smaller one goes into a temporary table (never written to the WAL, dropped at commit), which land() inserts
//    into the shipments table once the sources and entities the rows refer to are on the server.
// Either way all of it is in the import's one transaction: every row or none.
class ServerShipmentStream final : public ShipmentSink {
public:
    static Result<std::unique_ptr<ServerShipmentStream>> begin(PgConnection &pg, qint64 expectedRows);
    ~ServerShipmentStream() override; // fails an unfinished COPY, so the transaction rolls back
    ServerShipmentStream(const ServerShipmentStream &) = delete;
    ServerShipmentStream &operator=(const ServerShipmentStream &) = delete;

    Status add(const ShipmentView &shipment, const Provenance &from, QByteArrayView unitCanonical,
               std::optional<double> quantityCanonical) override;
    // Sends the last rows and ends the COPY.
    Status finish();
    // After the rows the shipments refer to are sent: the shipments' indexes and keys rebuilt, or the held rows
    // inserted in the order they were read.
    Status land();
    qint64 rows() const { return m_rows; }
    bool isDirect() const { return m_direct; }

private:
    ServerShipmentStream(PgConnection &pg, bool direct) : m_pg(pg), m_direct(direct) {}
    Status flush();

    PgConnection &m_pg;
    bool m_direct = false;
    bool m_copying = false;
    QByteArray m_buffer;
    qint64 m_rows = 0;
    qint64 m_lastId = 0; // the id of the last row sent straight into the shipments table
};

} // namespace caravan
