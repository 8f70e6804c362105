#include "models/storage/ServerShipmentStream.h"

#include "models/storage/CaseWriter.h"
#include "models/storage/PgConnection.h"
#include "models/storage/ServerCaseCopy.h"

#include <QtEndian>

#include <bit>

namespace caravan {

namespace {

// Sent to the server in pieces of this size: large enough that libpq's calls cost nothing per row, small enough that
// the server parses one piece while the reader checks the next.
constexpr qsizetype kFlushBytes = 256 * 1024;

// The columns the rows fill, in CaseWriter's order; the server numbers the row ids.
const QString kColumns = QStringLiteral(
    "ext_id, date, exporter_id, importer_id, hs_code, hs6, description, quantity, unit, weight_kg, value, currency, "
    "origin_country, destination_country, transit_countries, dispatch_country, source_id, source_row, "
    "unit_canonical, quantity_canonical");
const QString kHeld = QStringLiteral("pg_temp.caravan_shipments_in");

// COPY's binary format: no escaping or number text to write, and none for the server to parse (measured on 1M rows of
// this shape, the server's COPY alone: 3.3-4.1 s binary against 4.9-5.0 s text). The column types are the case
// schema's (TEXT, BIGINT, DOUBLE PRECISION); a value of another type fails the COPY, and the import with it.
constexpr char kBinaryHeader[] = "PGCOPY\n\377\r\n"; // and its terminating zero byte: 11 bytes

template <typename T> void bigEndian(QByteArray &out, T value)
{
    const T be = qToBigEndian(value);
    out.append(reinterpret_cast<const char *>(&be), sizeof be);
}

void null(QByteArray &out)
{
    bigEndian<qint32>(out, -1);
}

void text(QByteArray &out, QByteArrayView value)
{
    // Empty text is NULL, as the file's writer binds it.
    if (value.isEmpty())
        return null(out);
    bigEndian<qint32>(out, static_cast<qint32>(value.size()));
    out.append(value.data(), value.size());
}

void id(QByteArray &out, qint64 value)
{
    if (value <= 0)
        return null(out);
    bigEndian<qint32>(out, 8);
    bigEndian<qint64>(out, value);
}

void number(QByteArray &out, const std::optional<double> &value)
{
    if (!value)
        return null(out);
    bigEndian<qint32>(out, 8);
    bigEndian<quint64>(out, std::bit_cast<quint64>(*value));
}

} // namespace

Result<std::unique_ptr<ServerShipmentStream>> ServerShipmentStream::begin(PgConnection &pg, qint64 expectedRows)
{
    auto aside = servercopy::setShipmentsAsideFor(pg, expectedRows);
    if (!aside)
        return aside.error();
    if (!*aside)
        if (auto st = pg.execute(QStringLiteral("CREATE TEMPORARY TABLE caravan_shipments_in ON COMMIT DROP AS "
                                                "SELECT %1 FROM shipments WITH NO DATA")
                                     .arg(kColumns));
            !st)
            return st.error();
    std::unique_ptr<ServerShipmentStream> stream(new ServerShipmentStream(pg, *aside));
    if (*aside) {
        // The rows come numbered: an identity default evaluated per row costs COPY about half its time (measured on
        // 1M shipments: 8.9 s against 5.7 s). The table is locked for the load (its indexes are set aside) and
        // imports go one at a time, so the ids after the highest are free; finish() moves the sequence past them.
        auto highest = pg.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM shipments"));
        if (!highest)
            return highest.error();
        stream->m_lastId = highest->int64(0, 0);
    }
    if (auto st = pg.beginCopyIn(QStringLiteral("COPY %1(%2%3) FROM STDIN WITH (FORMAT binary)")
                                     .arg(*aside ? QStringLiteral("shipments") : kHeld,
                                          *aside ? QStringLiteral("id, ") : QString(), kColumns));
        !st)
        return st.error();
    stream->m_copying = true;
    stream->m_buffer.reserve(kFlushBytes + 64 * 1024);
    stream->m_buffer.append(kBinaryHeader, sizeof kBinaryHeader); // with its zero byte
    bigEndian<qint32>(stream->m_buffer, 0);                       // flags
    bigEndian<qint32>(stream->m_buffer, 0);                       // no header extension
    return stream;
}

ServerShipmentStream::~ServerShipmentStream()
{
    if (m_copying)
        m_pg.abortCopyIn();
}

Status ServerShipmentStream::add(const ShipmentView &s, const Provenance &from, QByteArrayView unitCanonical,
                                 std::optional<double> quantityCanonical)
{
    if (!m_copying)
        return makeError(ErrorCode::Database, QStringLiteral("the shipments' COPY has ended"));
    QByteArray &b = m_buffer;
    bigEndian<qint16>(b, m_direct ? 21 : 20); // fields
    if (m_direct)
        id(b, ++m_lastId);
    text(b, s.extId);
    text(b, s.date);
    id(b, s.exporter);
    id(b, s.importer);
    text(b, s.hsCode);
    text(b, s.hs6);
    text(b, s.description);
    number(b, s.quantity);
    text(b, s.unit);
    number(b, s.weightKg);
    number(b, s.value);
    text(b, s.currency);
    text(b, s.originCountry);
    text(b, s.destinationCountry);
    text(b, s.transitCountries);
    text(b, s.dispatchCountry);
    id(b, from.source);
    id(b, from.row);
    text(b, unitCanonical);
    number(b, quantityCanonical);
    ++m_rows;
    return b.size() >= kFlushBytes ? flush() : Status{};
}

Status ServerShipmentStream::flush()
{
    Status st = m_pg.putCopyData(m_buffer);
    m_buffer.resize(0); // keeps its capacity (clear() would free it, and every row after would grow it again)
    if (!st)
        m_copying = false; // putCopyData ended the failed COPY
    return st;
}

Status ServerShipmentStream::finish()
{
    if (!m_copying)
        return makeError(ErrorCode::Database, QStringLiteral("the shipments' COPY has ended"));
    bigEndian<qint16>(m_buffer, -1); // the end of the data
    if (auto st = flush(); !st)
        return st;
    m_copying = false;
    if (auto st = m_pg.endCopyIn(); !st)
        return st;
    if (!m_direct || m_rows == 0)
        return {};
    return m_pg.execute(QStringLiteral("SELECT setval(pg_get_serial_sequence('shipments', 'id'), $1)"), {m_lastId});
}

Status ServerShipmentStream::land()
{
    if (m_direct)
        return servercopy::rebuildShipments(m_pg);
    if (m_rows == 0)
        return {};
    return m_pg.execute(
        QStringLiteral("INSERT INTO shipments(%1) SELECT %1 FROM %2 ORDER BY source_row").arg(kColumns, kHeld));
}

} // namespace caravan
