#include "models/storage/ServerShipmentStream.h"

#include "models/storage/CaseWriter.h"
#include "models/storage/PgConnection.h"
#include "models/storage/ServerCaseCopy.h"

#include <QtEndian>

#include <bit>
#include <cstring>

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

// Writes one row's fields at a pointer into room made for them beforehand: QByteArray's append costs several times
// the copy itself per field (callgrind: 6.9 million appends for 200,000 rows, the client's largest item after the CSV
// parse).
class FieldWriter {
public:
    explicit FieldWriter(char *at) : m_at(at), m_start(at) {}
    qsizetype written() const { return m_at - m_start; }

    template <typename T> void bigEndian(T value)
    {
        const T be = qToBigEndian(value);
        std::memcpy(m_at, &be, sizeof be);
        m_at += sizeof be;
    }
    void null() { bigEndian<qint32>(-1); }
    void text(QByteArrayView value)
    {
        // Empty text is NULL, as the file's writer binds it.
        if (value.isEmpty())
            return null();
        bigEndian<qint32>(static_cast<qint32>(value.size()));
        std::memcpy(m_at, value.data(), static_cast<size_t>(value.size()));
        m_at += value.size();
    }
    void id(qint64 value)
    {
        if (value <= 0)
            return null();
        bigEndian<qint32>(8);
        bigEndian<qint64>(value);
    }
    void number(const std::optional<double> &value)
    {
        if (!value)
            return null();
        bigEndian<qint32>(8);
        bigEndian<quint64>(std::bit_cast<quint64>(*value));
    }

private:
    char *m_at;
    char *m_start;
};

} // namespace

Result<std::unique_ptr<ServerShipmentStream>> ServerShipmentStream::begin(PgConnection &pg, qint64 expectedRows)
{
    // A large load's rows come numbered: an identity default evaluated per row costs COPY about half its time
    // (measured on 1M shipments: 8.9 s against 5.7 s). Imports go one at a time and only imports add shipments, and
    // the table is locked for the load once its indexes are set aside, so the ids after the highest are free;
    // finish() moves the sequence past them. The highest is read while the row ids' key is still there to read it.
    auto highest = pg.query(QStringLiteral("SELECT coalesce(max(id), 0) FROM shipments"));
    if (!highest)
        return highest.error();
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
    stream->m_lastId = highest->int64(0, 0);
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
    // At most: the field count, each field's length, 8 bytes for each number and id, and the texts.
    const QByteArrayView texts[] = {s.extId,
                                    s.date,
                                    s.hsCode,
                                    s.hs6,
                                    s.description,
                                    s.unit,
                                    s.currency,
                                    s.originCountry,
                                    s.destinationCountry,
                                    s.transitCountries,
                                    s.dispatchCountry,
                                    unitCanonical};
    qsizetype room = 2 + 21 * (4 + 8);
    for (QByteArrayView t : texts)
        room += t.size();
    const qsizetype at = m_buffer.size();
    m_buffer.resize(at + room);
    FieldWriter w(m_buffer.data() + at);
    w.bigEndian<qint16>(m_direct ? 21 : 20); // fields
    if (m_direct)
        w.id(++m_lastId);
    w.text(s.extId);
    w.text(s.date);
    w.id(s.exporter);
    w.id(s.importer);
    w.text(s.hsCode);
    w.text(s.hs6);
    w.text(s.description);
    w.number(s.quantity);
    w.text(s.unit);
    w.number(s.weightKg);
    w.number(s.value);
    w.text(s.currency);
    w.text(s.originCountry);
    w.text(s.destinationCountry);
    w.text(s.transitCountries);
    w.text(s.dispatchCountry);
    w.id(from.source);
    w.id(from.row);
    w.text(unitCanonical);
    w.number(quantityCanonical);
    m_buffer.resize(at + w.written());
    ++m_rows;
    return m_buffer.size() >= kFlushBytes ? flush() : Status{};
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
