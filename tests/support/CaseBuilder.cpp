#include "CaseBuilder.h"

#include "models/storage/CaseFile.h"
#include "models/storage/Sqlite.h"

#include <catch2/catch.hpp>

namespace caravan::test {

namespace {
template <typename T> T must(Result<T> r)
{
    INFO((r.ok() ? QString() : r.error().message).toStdString());
    REQUIRE(r.ok());
    return r.takeValue();
}

void must(const Status &s)
{
    INFO((s.ok() ? QString() : s.error().message).toStdString());
    REQUIRE(s.ok());
}
} // namespace

CaseBuilder::CaseBuilder(CaseFile &file) : m_file(file), m_writer(std::make_unique<CaseWriter>(file.handle()))
{
    must(sqliteExec(m_file.handle(), QStringLiteral("BEGIN")));
    m_open = true;
    m_source =
        must(m_writer->addSource({QStringLiteral("builder.csv"), QStringLiteral("/tmp/builder.csv"), QString(64, u'0'),
                                  QStringLiteral("caravan-csv"), QStringLiteral("entities"), QStringLiteral("UTF-8")}));
}

CaseBuilder::~CaseBuilder()
{
    if (m_open)
        commit();
}

Provenance CaseBuilder::next()
{
    return Provenance{m_source, ++m_row};
}

qint64 CaseBuilder::company(const QString &extId, const QString &name, const QString &country)
{
    return must(m_writer->addEntity({extId, QStringLiteral("Company"), name, country, {}}, next()));
}

qint64 CaseBuilder::person(const QString &extId, const QString &name, const QString &country)
{
    return must(m_writer->addEntity({extId, QStringLiteral("Person"), name, country, {}}, next()));
}

void CaseBuilder::alias(qint64 entity, const QString &name)
{
    must(m_writer->addName(entity, name, QStringLiteral("alias"), next()));
}

void CaseBuilder::identifier(qint64 entity, const QString &scheme, const QString &value)
{
    must(m_writer->addIdentifier(entity, scheme, value, next()));
}

void CaseBuilder::address(qint64 entity, const QString &address, const QString &country)
{
    must(m_writer->addAddress(entity, address, country, next()));
}

void CaseBuilder::incorporated(qint64 entity, const QString &date)
{
    SqliteStatement st(m_file.handle(), "UPDATE entities SET birth_date = ? WHERE id = ?");
    st.bind(1, date);
    st.bind(2, entity);
    REQUIRE(st.execute());
}

qint64 CaseBuilder::owns(qint64 owner, qint64 asset, const QString &share, const QString &start, const QString &end)
{
    LinkRecord l;
    l.owner = owner;
    l.asset = asset;
    const auto parsed = Share::parse(share);
    REQUIRE(parsed.has_value());
    l.share = *parsed;
    l.startDate = start;
    l.endDate = end;
    return must(m_writer->addLink(l, next()));
}

qint64 CaseBuilder::link(const QString &type, qint64 from, qint64 to)
{
    LinkRecord l;
    l.type = type;
    l.owner = from;
    l.asset = to;
    return must(m_writer->addLink(l, next()));
}

qint64 CaseBuilder::designate(qint64 entity, const QString &list, const QString &program, const QString &date)
{
    return must(m_writer->addDesignation({{}, entity, list, program, date, {}}, next()));
}

qint64 CaseBuilder::shipment(const QString &extId, const QString &date, qint64 exporter, qint64 importer,
                             const QString &hs, double quantity, double value, const QString &origin,
                             const QString &destination, const QString &currency)
{
    ShipmentRecord s;
    s.extId = extId;
    s.date = date;
    s.exporter = exporter;
    s.importer = importer;
    s.hsCode = hs;
    s.quantity = quantity;
    s.unit = QStringLiteral("pcs");
    s.value = value;
    s.currency = currency;
    s.originCountry = origin;
    s.destinationCountry = destination;
    return must(m_writer->addShipment(s, next()));
}

void CaseBuilder::commit()
{
    if (!m_open)
        return;
    must(m_writer->finishSource(m_source, m_row, m_row, 0, 0));
    m_writer.reset();
    must(sqliteExec(m_file.handle(), QStringLiteral("COMMIT")));
    m_open = false;
}

} // namespace caravan::test
