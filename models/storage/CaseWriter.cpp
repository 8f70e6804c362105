#include "models/storage/CaseWriter.h"

#include "models/domain/Shipment.h"
#include "models/domain/Units.h"
#include "models/storage/CaseFile.h"
#include "models/storage/SearchIndex.h"
#include "models/storage/ShipmentSink.h"

#include <QDateTime>

#include <sqlite3.h>

namespace caravan {

struct CaseWriter::Statements {
    explicit Statements(sqlite3 *db)
        : source(db, "INSERT INTO sources(file_name, file_path, sha256, format, kind, encoding, imported_at, "
                     "imported_by) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
          finishSource(db, "UPDATE sources SET rows_read = ?, rows_imported = ?, rows_rejected = ?, "
                           "rows_skipped = ? WHERE id = ?"),
          entity(db, "INSERT INTO entities(ext_id, type, name, country, birth_date, source_id, source_row) "
                     "VALUES(?, ?, ?, ?, ?, ?, ?)"),
          entityByExtId(db, "SELECT id FROM entities WHERE ext_id = ?"),
          entityByIdentifier(db, "SELECT coalesce(e.merged_into, e.id) FROM entity_identifiers i JOIN entities e ON "
                                 "e.id = i.entity_id WHERE i.scheme = ? AND i.value = ? ORDER BY i.id LIMIT 1"),
          date(db, "INSERT INTO entity_dates(entity_id, date, source_id, source_row) VALUES(?, ?, ?, ?)"),
          name(db, "INSERT INTO entity_names(entity_id, name, kind, source_id, source_row) VALUES(?, ?, ?, ?, ?)"),
          identifier(db, "INSERT INTO entity_identifiers(entity_id, scheme, value, source_id, source_row) "
                         "VALUES(?, ?, ?, ?, ?)"),
          address(db, "INSERT INTO entity_addresses(entity_id, address, country, source_id, source_row) "
                      "VALUES(?, ?, ?, ?, ?)"),
          property(db, "INSERT INTO entity_properties(entity_id, key, value, source_id, source_row) "
                       "VALUES(?, ?, ?, ?, ?)"),
          link(db, "INSERT INTO links(ext_id, type, role, owner_id, asset_id, share_min, share_max, start_date, "
                   "end_date, source_id, source_row) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          designation(db, "INSERT INTO designations(ext_id, entity_id, list, program, listed_date, end_date, "
                          "source_id, source_row) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
          shipment(db, "INSERT INTO shipments(ext_id, date, exporter_id, importer_id, hs_code, hs6, description, "
                       "quantity, unit, weight_kg, value, currency, origin_country, destination_country, "
                       "transit_countries, dispatch_country, source_id, source_row, unit_canonical, "
                       "quantity_canonical) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          tradeStat(db, "INSERT INTO trade_stats(reporter, partner, flow, hs_code, period, value, quantity, unit, "
                        "currency, source_id, source_row) VALUES(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
          exchangeRate(db, "INSERT INTO exchange_rates(currency, period, per_eur, source_id, source_row) "
                           "VALUES(?, ?, ?, ?, ?) ON CONFLICT(currency, period) DO UPDATE SET "
                           "per_eur = excluded.per_eur, source_id = excluded.source_id, "
                           "source_row = excluded.source_row"),
          rejected(db, "INSERT INTO rejected_rows(source_id, line_no, reason, raw) VALUES(?, ?, ?, ?)")
    {
    }
    SqliteStatement source, finishSource, entity, entityByExtId, entityByIdentifier, date, name, identifier, address,
        property, link, designation, shipment, tradeStat, exchangeRate, rejected;
    UnitCache units; // the shipments' units, as written -> canonical
    std::map<std::string, qint64> unknownUnits;
    std::string lastUnknownSpelling;
    qint64 *lastUnknown = nullptr; // the count of lastUnknownSpelling
};

CaseWriter::CaseWriter(sqlite3 *db) : m_db(db), m_st(std::make_unique<Statements>(db))
{
}

CaseWriter::~CaseWriter() = default;

namespace {

void bindId(SqliteStatement &st, int index, qint64 id)
{
    if (id > 0)
        st.bind(index, id);
    else
        st.bindNull(index);
}

void bindProvenance(SqliteStatement &st, int index, const Provenance &from)
{
    bindId(st, index, from.source);
    bindId(st, index + 1, from.row);
}

} // namespace

Result<qint64> CaseWriter::run(SqliteStatement &st, const char *what)
{
    if (!st.isValid())
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot prepare %1: %2").arg(QLatin1String(what), sqliteError(m_db)));
    if (!st.execute())
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot store %1: %2").arg(QLatin1String(what), sqliteError(m_db)));
    return static_cast<qint64>(sqlite3_last_insert_rowid(m_db));
}

Result<qint64> CaseWriter::addSource(const SourceRecord &s)
{
    SqliteStatement &st = m_st->source;
    st.bind(1, s.fileName);
    st.bind(2, s.filePath);
    st.bind(3, s.sha256);
    st.bind(4, s.format);
    st.bind(5, s.kind);
    st.bind(6, s.encoding);
    st.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    st.bind(8, currentUserName());
    auto id = run(st, "source");
    if (id)
        m_shipmentsBefore[*id] = sqliteScalar(m_db, "SELECT ifnull(max(id), 0) FROM shipments").value_or(0);
    return id;
}

Status CaseWriter::finishSource(qint64 sourceId, qint64 read, qint64 imported, qint64 rejected, qint64 skipped)
{
    SqliteStatement &st = m_st->finishSource;
    st.bind(1, read);
    st.bind(2, imported);
    st.bind(3, rejected);
    st.bind(4, skipped);
    st.bind(5, sourceId);
    if (auto r = run(st, "source counts"); !r)
        return r.error();
    // The search index in one pass over what the source added (per row it would cost an import twice as much).
    const auto before = m_shipmentsBefore.find(sourceId);
    return searchindex::indexSource(m_db, sourceId, before == m_shipmentsBefore.end() ? 0 : before->second);
}

qint64 CaseWriter::entityByExtId(const QString &extId)
{
    SqliteStatement &st = m_st->entityByExtId;
    st.bind(1, extId);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    return id;
}

qint64 CaseWriter::entityByIdentifier(const QString &scheme, const QString &value)
{
    SqliteStatement &st = m_st->entityByIdentifier;
    st.bind(1, scheme);
    st.bind(2, value);
    const qint64 id = st.step() ? st.int64(0) : 0;
    st.reset();
    return id;
}

Result<qint64> CaseWriter::addEntity(const EntityRecord &e, const Provenance &from)
{
    if (const qint64 existing = entityByExtId(e.extId))
        return existing;
    SqliteStatement &st = m_st->entity;
    st.bind(1, e.extId);
    st.bind(2, e.type);
    st.bind(3, e.name);
    st.bind(4, e.country);
    st.bind(5, e.birthDate);
    bindProvenance(st, 6, from);
    auto id = run(st, "entity");
    if (!id)
        return id;
    if (auto named = addName(id.value(), e.name, QStringLiteral("primary"), from); !named)
        return named.error();
    QStringList dates;
    for (const QString &d : QStringList{e.birthDate} + e.otherDates)
        if (!d.isEmpty() && !dates.contains(d))
            dates.append(d);
    for (const QString &d : dates) {
        SqliteStatement &ds = m_st->date;
        ds.bind(1, id.value());
        ds.bind(2, d);
        bindProvenance(ds, 3, from);
        if (auto stored = run(ds, "date"); !stored)
            return stored.error();
    }
    return id;
}

Status CaseWriter::addEntityFact(SqliteStatement &st, const char *what, qint64 entity, const QString &first,
                                 const QString &second, const Provenance &from)
{
    st.bind(1, entity);
    st.bind(2, first);
    st.bind(3, second);
    bindProvenance(st, 4, from);
    if (auto r = run(st, what); !r)
        return r.error();
    return {};
}

Status CaseWriter::addName(qint64 entity, const QString &name, const QString &kind, const Provenance &from)
{
    return addEntityFact(m_st->name, "name", entity, name, kind, from);
}

Status CaseWriter::addIdentifier(qint64 entity, const QString &scheme, const QString &value, const Provenance &from)
{
    return addEntityFact(m_st->identifier, "identifier", entity, scheme, value, from);
}

Status CaseWriter::addAddress(qint64 entity, const QString &address, const QString &country, const Provenance &from)
{
    return addEntityFact(m_st->address, "address", entity, address, country, from);
}

Status CaseWriter::addProperty(qint64 entity, const QString &key, const QString &value, const Provenance &from)
{
    return addEntityFact(m_st->property, "property", entity, key, value, from);
}

Result<qint64> CaseWriter::addLink(const LinkRecord &l, const Provenance &from)
{
    SqliteStatement &st = m_st->link;
    st.bind(1, l.extId);
    st.bind(2, l.type);
    st.bind(3, l.role);
    st.bind(4, l.owner);
    st.bind(5, l.asset);
    st.bind(6, l.share.min);
    st.bind(7, l.share.min ? std::optional<double>(l.share.max.value_or(100.0)) : std::nullopt);
    st.bind(8, l.startDate);
    st.bind(9, l.endDate);
    bindProvenance(st, 10, from);
    return run(st, "link");
}

Result<qint64> CaseWriter::addDesignation(const DesignationRecord &d, const Provenance &from)
{
    SqliteStatement &st = m_st->designation;
    st.bind(1, d.extId);
    st.bind(2, d.entity);
    st.bind(3, d.list);
    st.bind(4, d.program);
    st.bind(5, d.listedDate);
    st.bind(6, d.endDate);
    bindProvenance(st, 7, from);
    return run(st, "designation");
}

Result<qint64> CaseWriter::addShipment(const ShipmentRecord &s, const Provenance &from)
{
    const QByteArray extId = s.extId.toUtf8();
    const QByteArray date = s.date.toUtf8();
    const QByteArray hsCode = s.hsCode.toUtf8();
    const QByteArray hs6 = hs6Of(s.hsCode).toUtf8();
    const QByteArray description = s.description.toUtf8();
    const QByteArray unit = s.unit.toUtf8();
    const QByteArray currency = s.currency.toUtf8();
    const QByteArray origin = s.originCountry.toUtf8();
    const QByteArray destination = s.destinationCountry.toUtf8();
    const QByteArray transit = s.transitCountries.toUtf8();
    const QByteArray dispatch = s.dispatchCountry.toUtf8();
    return addShipment(ShipmentView{extId, date, s.exporter, s.importer, hsCode, hs6, description, s.quantity, unit,
                                    s.weightKg, s.value, currency, origin, destination, transit, dispatch},
                       from);
}

Result<qint64> CaseWriter::addShipment(const ShipmentView &s, const Provenance &from)
{
    // The canonical unit and quantity (models/domain/Units): NULL when the unit is missing or unknown.
    const std::optional<UnitConversion> &canonical =
        m_st->units.find(std::string_view(s.unit.data(), static_cast<std::size_t>(s.unit.size())));
    if (!canonical && !s.unit.isEmpty())
        countUnknownUnit(s.unit);
    if (m_shipmentSink) {
        const Status sent =
            canonical ? m_shipmentSink->add(s, from, QByteArrayView(units::canonicalName(canonical->unit)),
                                            s.quantity ? std::optional<double>(*s.quantity * canonical->factor)
                                                       : std::nullopt)
                      : m_shipmentSink->add(s, from, {}, std::nullopt);
        if (!sent)
            return sent.error();
        return qint64(0);
    }
    SqliteStatement &st = m_st->shipment;
    st.bindView(1, s.extId);
    st.bindView(2, s.date);
    bindId(st, 3, s.exporter);
    bindId(st, 4, s.importer);
    st.bindView(5, s.hsCode);
    st.bindView(6, s.hs6);
    st.bindView(7, s.description);
    st.bind(8, s.quantity);
    st.bindView(9, s.unit);
    st.bind(10, s.weightKg);
    st.bind(11, s.value);
    st.bindView(12, s.currency);
    st.bindView(13, s.originCountry);
    st.bindView(14, s.destinationCountry);
    st.bindView(15, s.transitCountries);
    st.bindView(16, s.dispatchCountry);
    bindProvenance(st, 17, from);
    if (canonical) {
        st.bindView(19, QByteArrayView(units::canonicalName(canonical->unit)));
        st.bind(20, s.quantity ? std::optional<double>(*s.quantity * canonical->factor) : std::nullopt);
    } else {
        st.bindNull(19);
        st.bindNull(20);
    }
    return run(st, "shipment");
}

void CaseWriter::countUnknownUnit(QByteArrayView unit)
{
    // Rows mostly repeat the unit of the row before: a run of one unknown spelling costs no map look-up.
    const std::string_view spelling(unit.data(), static_cast<std::size_t>(unit.size()));
    if (!m_st->lastUnknown || spelling != m_st->lastUnknownSpelling) {
        m_st->lastUnknownSpelling.assign(spelling);
        m_st->lastUnknown = &m_st->unknownUnits[m_st->lastUnknownSpelling];
    }
    ++*m_st->lastUnknown;
}

const std::map<std::string, qint64> &CaseWriter::unknownUnits() const
{
    return m_st->unknownUnits;
}

Result<qint64> CaseWriter::addTradeStat(const TradeStatRecord &t, const Provenance &from)
{
    SqliteStatement &st = m_st->tradeStat;
    st.bind(1, t.reporter);
    st.bind(2, t.partner);
    st.bind(3, t.flow);
    st.bind(4, t.hsCode);
    st.bind(5, t.period);
    st.bind(6, t.value);
    st.bind(7, t.quantity);
    st.bind(8, t.unit);
    st.bind(9, t.currency);
    bindProvenance(st, 10, from);
    return run(st, "trade statistic");
}

Result<qint64> CaseWriter::addExchangeRate(const QString &currency, const QString &period, double perEur,
                                           const Provenance &from)
{
    SqliteStatement &st = m_st->exchangeRate;
    st.bind(1, currency);
    st.bind(2, period);
    st.bind(3, perEur);
    bindProvenance(st, 4, from);
    return run(st, "exchange rate");
}

Status CaseWriter::addRejectedRow(qint64 source, qint64 line, const QString &reason, const QString &raw)
{
    SqliteStatement &st = m_st->rejected;
    st.bind(1, source);
    st.bind(2, line);
    st.bind(3, reason);
    st.bind(4, raw);
    if (auto r = run(st, "rejected row"); !r)
        return r.error();
    return {};
}

} // namespace caravan
