#include "models/import/CaravanCsvReader.h"

#include "models/domain/Entity.h"
#include "models/domain/Link.h"
#include "models/domain/Shipment.h"
#include "models/import/BulkLoad.h"
#include "models/import/CsvValueChecks.h"
#include "models/import/FieldParsers.h"

namespace caravan {

namespace {

using Kind = CaravanCsvReader::Kind;

constexpr qint64 kDeferIndexesAbove = 16 * 1024 * 1024;

// The columns of each kind, in DOMAIN.md's order, and which of them a file must have.
struct KindSpec {
    Kind kind;
    const char *name;
    QStringList columns;
    QStringList required;
};

const QList<KindSpec> &kindSpecs()
{
    static const QList<KindSpec> specs{
        {Kind::Entities,
         "entities",
         {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name"), QStringLiteral("aliases"),
          QStringLiteral("country"), QStringLiteral("identifiers"), QStringLiteral("incorporation_date"),
          QStringLiteral("address")},
         {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("name")}},
        {Kind::Links,
         "links",
         {QStringLiteral("id"), QStringLiteral("type"), QStringLiteral("source"), QStringLiteral("target"),
          QStringLiteral("share"), QStringLiteral("start_date"), QStringLiteral("end_date")},
         {QStringLiteral("type"), QStringLiteral("source"), QStringLiteral("target")}},
        {Kind::Shipments,
         "shipments",
         {QStringLiteral("id"), QStringLiteral("date"), QStringLiteral("exporter"), QStringLiteral("importer"),
          QStringLiteral("hs_code"), QStringLiteral("description"), QStringLiteral("quantity"), QStringLiteral("unit"),
          QStringLiteral("weight_kg"), QStringLiteral("value"), QStringLiteral("currency"),
          QStringLiteral("origin_country"), QStringLiteral("destination_country"), QStringLiteral("transit_countries"),
          QStringLiteral("dispatch_country")},
         {QStringLiteral("date"), QStringLiteral("exporter"), QStringLiteral("importer"), QStringLiteral("hs_code")}},
        {Kind::Sanctions,
         "sanctions",
         {QStringLiteral("id"), QStringLiteral("entity"), QStringLiteral("list"), QStringLiteral("program"),
          QStringLiteral("listed_date")},
         {QStringLiteral("entity"), QStringLiteral("list")}},
    };
    return specs;
}

const KindSpec &specOf(Kind kind)
{
    for (const KindSpec &s : kindSpecs())
        if (s.kind == kind)
            return s;
    return kindSpecs().front();
}

bool hasAll(const QStringList &header, const QStringList &names)
{
    for (const QString &n : names)
        if (!header.contains(n))
            return false;
    return true;
}

// Column numbers in DOMAIN.md's order, per kind.
namespace col {
enum Entities { EId, EType, EName, EAliases, ECountry, EIdentifiers, EIncorporation, EAddress };
enum Links { LId, LType, LSource, LTarget, LShare, LStart, LEnd };
enum Shipments {
    SId,
    SDate,
    SExporter,
    SImporter,
    SHs,
    SDescription,
    SQuantity,
    SUnit,
    SWeight,
    SValue,
    SCurrency,
    SOrigin,
    SDestination,
    STransit,
    SDispatch
};
enum Sanctions { DId, DEntity, DList, DProgram, DListed };
} // namespace col

using namespace csvchecks;

} // namespace

std::optional<CaravanCsvReader::Kind> CaravanCsvReader::kindOfHeader(const QStringList &header)
{
    std::optional<Kind> best;
    qsizetype bestUnknown = 0;
    for (const KindSpec &spec : kindSpecs()) {
        if (!hasAll(header, spec.required))
            continue;
        qsizetype unknown = 0;
        for (const QString &h : header)
            unknown += !spec.columns.contains(h);
        if (!best || unknown < bestUnknown) {
            best = spec.kind;
            bestUnknown = unknown;
        }
    }
    return best;
}

QStringList CaravanCsvReader::columnsOf(const QString &kind)
{
    for (const KindSpec &s : kindSpecs())
        if (kind == QLatin1String(s.name))
            return s.columns;
    return {};
}

QStringList CaravanCsvReader::requiredOf(const QString &kind)
{
    for (const KindSpec &s : kindSpecs())
        if (kind == QLatin1String(s.name))
            return s.required;
    return {};
}

QString CaravanCsvReader::kind() const
{
    return QString::fromLatin1(specOf(m_kind).name);
}

Status CaravanCsvReader::prepare(const QString &path, const ImportOptions &options)
{
    const QString encoding =
        options.encoding.isEmpty() && options.mapping ? options.mapping->encoding : options.encoding;
    if (auto opened = m_file.open(path, CsvOptions{.encoding = encoding}); !opened)
        return opened;
    auto header = m_file.readHeader();
    if (!header)
        return header.error();
    const QString fileName = m_file.fileName();
    if (options.mapping) {
        const QStringList problems = options.mapping->problems(*header);
        if (!problems.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("%1: the mapping does not fit: %2").arg(fileName, problems.join(QStringLiteral("; "))));
        m_mapping = options.mapping;
        for (const KindSpec &spec : kindSpecs())
            if (m_mapping->kind == QLatin1String(spec.name))
                m_kind = spec.kind;
        const KindSpec &spec = specOf(m_kind);
        m_index.fill(-1);
        for (qsizetype i = 0; i < spec.columns.size(); ++i) {
            const QString column = m_mapping->columns.value(spec.columns[i]).trimmed().toLower();
            if (!column.isEmpty())
                m_index[static_cast<size_t>(i)] = static_cast<int>(header->indexOf(column));
        }
        auto extra = [&](const char *field) {
            const QString column = m_mapping->columns.value(QLatin1String(field)).trimmed().toLower();
            return column.isEmpty() ? -1 : static_cast<int>(header->indexOf(column));
        };
        m_extras.item = extra("item_number");
        m_extras.exporterName = extra("exporter_name");
        m_extras.importerName = extra("importer_name");
        m_headerColumns = static_cast<int>(header->size());
        return {};
    }
    if (!options.kind.isEmpty()) {
        bool known = false;
        for (const KindSpec &spec : kindSpecs())
            if (options.kind == QLatin1String(spec.name)) {
                m_kind = spec.kind;
                known = true;
            }
        if (!known)
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("unknown kind %1 (Caravan CSV kinds: entities, links, shipments, sanctions)")
                    .arg(quoted(options.kind)));
    } else if (const auto detected = kindOfHeader(*header)) {
        m_kind = *detected;
    } else {
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: the header (%2) is none of the Caravan CSV kinds; entities need id, type, "
                                        "name; links type, source, target; shipments date, exporter, importer, "
                                        "hs_code; sanctions entity, list")
                             .arg(fileName, header->join(u',')));
    }
    const KindSpec &spec = specOf(m_kind);
    QStringList missing;
    for (const QString &name : spec.required)
        if (!header->contains(name))
            missing.append(name);
    QStringList unknown;
    for (const QString &h : *header)
        if (!spec.columns.contains(h))
            unknown.append(h.isEmpty() ? QStringLiteral("(empty)") : h);
    if (!missing.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2 needs the columns %3; missing: %4")
                                                      .arg(fileName, kind(), spec.required.join(QStringLiteral(", ")),
                                                           missing.join(QStringLiteral(", "))));
    if (!unknown.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: unknown columns for %2: %3 (expected: %4)")
                                                      .arg(fileName, kind(), unknown.join(QStringLiteral(", ")),
                                                           spec.columns.join(QStringLiteral(", "))));
    m_index.fill(-1);
    for (qsizetype i = 0; i < spec.columns.size(); ++i)
        m_index[static_cast<size_t>(i)] = static_cast<int>(header->indexOf(spec.columns[i]));
    m_headerColumns = static_cast<int>(header->size());
    return {};
}

void CaravanCsvReader::mapRow(const CsvRecord &r)
{
    const KindSpec &spec = specOf(m_kind);
    for (qsizetype i = 0; i < spec.columns.size(); ++i) {
        const QString &field = spec.columns[i];
        const int at = m_index[static_cast<size_t>(i)];
        const QString raw = at >= 0 ? r.trimmed(at) : m_mapping->constants.value(field);
        m_mapped[static_cast<size_t>(i)] = m_mapping->convert(field, raw).toUtf8();
    }
    if (m_kind == Kind::Shipments)
        mapShipmentExtras(r);
}

void CaravanCsvReader::mapShipmentExtras(const CsvRecord &r)
{
    using namespace col;
    auto cell = [&r](int at) { return at >= 0 ? r.trimmed(at).toUtf8() : QByteArray(); };
    m_extras.exporter = cell(m_extras.exporterName);
    m_extras.importer = cell(m_extras.importerName);
    m_mapped[SId] = ColumnMapping::withExtra(QStringLiteral("id"), m_mapped[SId], cell(m_extras.item));
    m_mapped[SExporter] = ColumnMapping::withExtra(QStringLiteral("exporter"), m_mapped[SExporter], m_extras.exporter);
    m_mapped[SImporter] = ColumnMapping::withExtra(QStringLiteral("importer"), m_mapped[SImporter], m_extras.importer);
}

namespace {

// The identifier scheme (DOMAIN.md) of a party code in a declaration: a Kazakh BIN has 12 digits, a Russian INN
// 10 or 12; other codes are kept as the entity's id only.
QString identifierScheme(const QString &code, const QString &country)
{
    for (const QChar c : code)
        if (!c.isDigit())
            return {};
    if (country == u"KZ" && code.size() == 12)
        return QStringLiteral("kz-bin");
    if (country == u"RU" && (code.size() == 10 || code.size() == 12))
        return QStringLiteral("ru-inn");
    return {};
}

} // namespace

qint64 CaravanCsvReader::partyOrCreate(ImportContext &context, QByteArrayView reference, QByteArrayView name,
                                       QByteArrayView country, qint64 line)
{
    const qint64 known = context.entity(reference);
    if (known || reference.isEmpty() || !m_mapping || !m_mapping->createParties)
        return known;
    const QString ref = QString::fromUtf8(reference);
    const QString named = name.isEmpty() ? ref : QString::fromUtf8(name);
    EntityRecord e{ref, QStringLiteral("Company"), named, QString::fromUtf8(country), {}};
    // A code the case already knows as a BIN or INN (a registry imported before) is that entity.
    const QString scheme = named != ref ? identifierScheme(ref, e.country) : QString();
    if (!scheme.isEmpty())
        if (const qint64 holder = context.writer().entityByIdentifier(scheme, ref)) {
            context.rememberEntity(ref, holder);
            return holder;
        }
    auto added = context.writer().addEntity(e, context.at(line));
    if (!added)
        return 0;
    context.rememberEntity(ref, added.value());
    if (!scheme.isEmpty())
        if (!context.writer().addIdentifier(added.value(), scheme, ref, context.at(line)))
            return 0;
    return added.value();
}

QString CaravanCsvReader::value(const CsvRecord &r, int column) const
{
    if (m_mapping)
        return QString::fromUtf8(m_mapped[static_cast<size_t>(column)]);
    const int at = m_index[static_cast<size_t>(column)];
    return at < 0 ? QString() : r.trimmed(at);
}

QByteArrayView CaravanCsvReader::bytes(const CsvRecord &r, int column) const
{
    if (m_mapping)
        return QByteArrayView(m_mapped[static_cast<size_t>(column)]);
    const int at = m_index[static_cast<size_t>(column)];
    return at < 0 ? QByteArrayView() : r.field(at).trimmed();
}

Status CaravanCsvReader::read(ImportContext &context)
{
    // Large shipment files load faster with the shipments indexes built once at the end.
    BulkLoad bulk(context.database(), 0);
    const bool deferIndexes = m_kind == Kind::Shipments && m_file.size() > kDeferIndexesAbove;
    if (deferIndexes)
        if (auto st = bulk.deferIndexes(QStringLiteral("shipments")); !st)
            return st;
    auto read = m_file.forEach(context, m_headerColumns, 0, [&](const CsvRecord &r) {
        if (m_mapping)
            mapRow(r);
        switch (m_kind) {
        case Kind::Entities:
            return entityRow(context, r);
        case Kind::Links:
            return linkRow(context, r);
        case Kind::Shipments:
            return shipmentRow(context, r);
        case Kind::Sanctions:
            return sanctionRow(context, r);
        }
        return RowOutcome::rejected(QStringLiteral("unknown kind"));
    });
    if (!read || !deferIndexes)
        return read;
    context.progress().setStatus(QStringLiteral("indexing %1").arg(m_file.fileName()));
    return bulk.rebuildIndexes();
}

RowOutcome CaravanCsvReader::entityRow(ImportContext &context, const CsvRecord &r)
{
    using namespace col;
    EntityRecord e;
    e.extId = value(r, EId);
    e.name = value(r, EName);
    const QString typeText = value(r, EType);
    if (e.extId.isEmpty())
        return RowOutcome::rejected(QStringLiteral("id is empty"));
    if (e.name.isEmpty())
        return RowOutcome::rejected(QStringLiteral("name is empty"));
    const auto type = entityTypeFromName(typeText);
    if (!type || *type == EntityType::LegalEntity)
        return RowOutcome::rejected(
            QStringLiteral("type %1 is not Company, Person, Organization or Vessel").arg(quoted(typeText)));
    e.type = entityTypeName(*type);
    QString why;
    if (!optionalCountry(value(r, ECountry), "country", e.country, why))
        return RowOutcome::rejected(why);
    // Several dates (a person's alternative dates of birth) are a list: 1971-03-02;1972-03-02.
    for (const QString &item : fields::splitList(value(r, EIncorporation))) {
        QString date;
        if (!optionalDate(item, "incorporation_date", date, why))
            return RowOutcome::rejected(why);
        if (e.birthDate.isEmpty())
            e.birthDate = date;
        e.otherDates.append(date);
    }
    QList<Identifier> identifiers;
    for (const QString &item : fields::splitList(value(r, EIdentifiers))) {
        const qsizetype colon = item.indexOf(u':');
        const QString scheme = item.left(colon).trimmed().toLower();
        const QString id = item.mid(colon + 1).trimmed();
        if (colon <= 0 || scheme.isEmpty() || id.isEmpty())
            return RowOutcome::rejected(QStringLiteral("identifier %1 is not scheme:value").arg(quoted(item)));
        identifiers.append({scheme, id});
    }

    const Provenance from = context.at(r.line());
    auto added = context.writer().addEntity(e, from);
    if (!added)
        return RowOutcome::failed(added.error());
    context.rememberEntity(e.extId, *added);
    CaseWriter &w = context.writer();
    for (const QString &alias : fields::splitList(value(r, EAliases)))
        if (auto st = w.addName(*added, alias, QStringLiteral("alias"), from); !st)
            return RowOutcome::failed(st.error());
    for (const Identifier &id : identifiers)
        if (auto st = w.addIdentifier(*added, id.scheme, id.value, from); !st)
            return RowOutcome::failed(st.error());
    if (const QString address = value(r, EAddress); !address.isEmpty())
        if (auto st = w.addAddress(*added, address, e.country, from); !st)
            return RowOutcome::failed(st.error());
    return RowOutcome::imported();
}

RowOutcome CaravanCsvReader::linkRow(ImportContext &context, const CsvRecord &r)
{
    using namespace col;
    LinkRecord l;
    l.extId = value(r, LId);
    const QString typeText = value(r, LType);
    const auto type = linkTypeFromName(typeText);
    if (!type)
        return RowOutcome::rejected(
            QStringLiteral("type %1 is not ownership, directorship or control").arg(quoted(typeText)));
    l.type = linkTypeName(*type);
    const QString shareText = value(r, LShare);
    const auto share = Share::parse(shareText);
    if (!share)
        return RowOutcome::rejected(
            QStringLiteral("share %1 is not a percentage (51, 12.5) or a range (25-50)").arg(quoted(shareText)));
    if (share->isKnown() && *type != LinkType::Ownership)
        return RowOutcome::rejected(QStringLiteral("a %1 link has no share (got %2)").arg(l.type, quoted(shareText)));
    l.share = *share;
    QString why;
    if (!optionalDate(value(r, LStart), "start_date", l.startDate, why) ||
        !optionalDate(value(r, LEnd), "end_date", l.endDate, why))
        return RowOutcome::rejected(why);
    if (!l.startDate.isEmpty() && !l.endDate.isEmpty() && l.endDate < l.startDate)
        return RowOutcome::rejected(QStringLiteral("end_date %1 is before start_date %2").arg(l.endDate, l.startDate));
    const QString source = value(r, LSource);
    const QString target = value(r, LTarget);
    l.owner = context.entity(source);
    if (l.owner == 0)
        return RowOutcome::rejected(QStringLiteral("source %1 is not an entity in the case").arg(quoted(source)));
    l.asset = context.entity(target);
    if (l.asset == 0)
        return RowOutcome::rejected(QStringLiteral("target %1 is not an entity in the case").arg(quoted(target)));
    if (auto added = context.writer().addLink(l, context.at(r.line())); !added)
        return RowOutcome::failed(added.error());
    return RowOutcome::imported();
}

RowOutcome CaravanCsvReader::shipmentRow(ImportContext &context, const CsvRecord &r)
{
    // A million rows a file: the values are checked and bound as UTF-8 slices of the row.
    using namespace col;
    ShipmentView s;
    ShipmentScratch &scratch = m_scratch;
    s.extId = bytes(r, SId);
    QString why;
    const QByteArrayView date = bytes(r, SDate);
    if (date.isEmpty())
        return RowOutcome::rejected(QStringLiteral("date is empty"));
    if (!optionalDate(date, "date", s.date, scratch.date, why))
        return RowOutcome::rejected(why);
    s.hsCode = bytes(r, SHs);
    if (!s.hsCode.isEmpty() && !hs6(s.hsCode, s.hs6, scratch.hs6))
        return RowOutcome::rejected(
            QStringLiteral("hs_code %1 does not have 6 digits").arg(quoted(QString::fromUtf8(s.hsCode))));
    s.description = bytes(r, SDescription);
    s.unit = bytes(r, SUnit);
    if (!optionalNumber(bytes(r, SQuantity), "quantity", s.quantity, why) ||
        !optionalNumber(bytes(r, SWeight), "weight_kg", s.weightKg, why) ||
        !optionalNumber(bytes(r, SValue), "value", s.value, why))
        return RowOutcome::rejected(why);
    if (!currency(bytes(r, SCurrency), s.currency, scratch.currency))
        return RowOutcome::rejected(
            QStringLiteral("currency %1 is not a three-letter code").arg(quoted(QString::fromUtf8(s.currency))));
    if (!optionalCountry(bytes(r, SOrigin), "origin_country", s.originCountry, scratch.origin, why) ||
        !optionalCountry(bytes(r, SDestination), "destination_country", s.destinationCountry, scratch.destination,
                         why) ||
        !transitCountries(bytes(r, STransit), s.transitCountries, scratch.transit, why) ||
        !optionalCountry(bytes(r, SDispatch), "dispatch_country", s.dispatchCountry, scratch.dispatch, why))
        return RowOutcome::rejected(why);
    const QByteArrayView exporter = bytes(r, SExporter);
    const QByteArrayView importer = bytes(r, SImporter);
    const QByteArrayView exporterName = m_mapping ? QByteArrayView(m_extras.exporter) : QByteArrayView();
    const QByteArrayView importerName = m_mapping ? QByteArrayView(m_extras.importer) : QByteArrayView();
    s.exporter = partyOrCreate(context, exporter, exporterName,
                               s.dispatchCountry.isEmpty() ? s.originCountry : s.dispatchCountry, r.line());
    if (!exporter.isEmpty() && s.exporter == 0)
        return RowOutcome::rejected(
            QStringLiteral("exporter %1 is not an entity in the case").arg(quoted(QString::fromUtf8(exporter))));
    s.importer = partyOrCreate(context, importer, importerName, s.destinationCountry, r.line());
    if (!importer.isEmpty() && s.importer == 0)
        return RowOutcome::rejected(
            QStringLiteral("importer %1 is not an entity in the case").arg(quoted(QString::fromUtf8(importer))));
    if (auto added = context.writer().addShipment(s, context.at(r.line())); !added)
        return RowOutcome::failed(added.error());
    return RowOutcome::imported();
}

RowOutcome CaravanCsvReader::sanctionRow(ImportContext &context, const CsvRecord &r)
{
    using namespace col;
    DesignationRecord d;
    d.extId = value(r, DId);
    d.list = value(r, DList);
    d.program = value(r, DProgram);
    if (d.list.isEmpty())
        return RowOutcome::rejected(QStringLiteral("list is empty"));
    QString why;
    if (!optionalDate(value(r, DListed), "listed_date", d.listedDate, why))
        return RowOutcome::rejected(why);
    const QString entity = value(r, DEntity);
    d.entity = context.entity(entity);
    if (d.entity == 0)
        return RowOutcome::rejected(QStringLiteral("entity %1 is not an entity in the case").arg(quoted(entity)));
    if (auto added = context.writer().addDesignation(d, context.at(r.line())); !added)
        return RowOutcome::failed(added.error());
    return RowOutcome::imported();
}

} // namespace caravan
