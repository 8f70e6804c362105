#include "models/import/FtmReader.h"

#include "models/domain/Link.h"
#include "models/import/FieldParsers.h"
#include "models/import/FtmSchema.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace caravan {

namespace {

// FtM schemata Caravan stores as entities, and the type it gives them.
QString entityTypeOf(const QString &schema)
{
    if (schema == u"Person")
        return QStringLiteral("Person");
    if (schema == u"Company")
        return QStringLiteral("Company");
    if (schema == u"Organization" || schema == u"PublicBody")
        return QStringLiteral("Organization");
    if (schema == u"LegalEntity")
        return QStringLiteral("LegalEntity");
    if (schema == u"Vessel")
        return QStringLiteral("Vessel");
    return {};
}

QStringList values(const QJsonObject &properties, const QString &key)
{
    QStringList out;
    for (const QJsonValue &v : properties.value(key).toArray())
        if (const QString s = v.toString().trimmed(); !s.isEmpty())
            out.append(s);
    return out;
}

QString first(const QJsonObject &properties, const QString &key)
{
    return values(properties, key).value(0);
}

// FtM dates may be partial ("2005", "2005-09"); ISO prefixes are kept as they are.
QString dateOf(const QString &text)
{
    static const QRegularExpression partial(QStringLiteral(R"(^\d{4}(-\d{2}(-\d{2})?)?)"));
    const auto m = partial.match(text);
    return m.hasMatch() ? m.captured(0) : QString();
}

QString rejectedReference(const char *role, const QString &id)
{
    return QStringLiteral("%1 '%2' is neither in the file nor in the case").arg(QLatin1String(role), id);
}

} // namespace

Status FtmReader::prepare(const QString &path, const ImportOptions &)
{
    m_path = path;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray line = f.readLine(16 * 1024 * 1024).trimmed();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (!doc.isObject() || !doc.object().contains(QStringLiteral("schema")))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not FollowTheMoney JSON lines: the first line is not an entity "
                                        "with a schema")
                             .arg(QFileInfo(path).fileName()));
    return {};
}

Status FtmReader::read(ImportContext &context)
{
    const qint64 size = QFileInfo(m_path).size();
    if (auto st = pass(context, &FtmReader::thingRow, false, 0); !st)
        return st;
    auto st = pass(context, &FtmReader::relationRow, true, size);
    m_addresses.clear();
    m_referencedAddresses.clear();
    return st;
}

Status FtmReader::pass(ImportContext &context, LineHandler handle, bool counted, qint64 bytesBefore)
{
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(m_path, f.errorString()));
    qint64 line = 0;
    while (!f.atEnd()) {
        const QByteArray bytes = f.readLine();
        ++line;
        if (bytes.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
        RowOutcome outcome = RowOutcome::imported();
        if (!doc.isObject())
            outcome = RowOutcome::rejected(QStringLiteral("not a JSON object: %1").arg(error.errorString()));
        else if (doc.object().value(QStringLiteral("id")).toString().isEmpty())
            outcome = RowOutcome::rejected(QStringLiteral("the entity has no id"));
        else
            outcome = (this->*handle)(context, doc.object(), line);
        // Rows are counted once, in the second pass; the first only fails on storage errors.
        if (outcome.kind() == RowOutcome::Kind::Failed || counted) {
            const bool rejected = outcome.kind() == RowOutcome::Kind::Rejected;
            if (auto st = context.count(outcome, line, rejected ? QString::fromUtf8(bytes.trimmed()) : QString()); !st)
                return st;
        }
        if (auto st = context.advance(bytesBefore + f.pos()); !st)
            return st;
    }
    return {};
}

RowOutcome FtmReader::thingRow(ImportContext &context, const QJsonObject &entity, qint64 line)
{
    const QString id = entity.value(QStringLiteral("id")).toString();
    const QString schema = entity.value(QStringLiteral("schema")).toString();
    const QJsonObject props = entity.value(QStringLiteral("properties")).toObject();
    if (schema == u"Address") {
        Address a;
        a.text = first(props, QStringLiteral("full"));
        if (a.text.isEmpty()) {
            QStringList parts;
            for (const char *key : {"street", "postalCode", "city", "region"})
                parts += values(props, QLatin1String(key));
            a.text = parts.join(QStringLiteral(", "));
        }
        a.country = fields::countryCode(first(props, QStringLiteral("country"))).value_or(QString());
        m_addresses.insert(id, a);
        return RowOutcome::imported();
    }
    const QString type = entityTypeOf(schema);
    if (type.isEmpty())
        return RowOutcome::skipped(); // a relation or interval: the second pass
    QStringList names = values(props, QStringLiteral("name"));
    EntityRecord e;
    e.extId = id;
    e.type = type;
    e.name = entity.value(QStringLiteral("caption")).toString().trimmed();
    if (e.name.isEmpty())
        e.name = names.value(0);
    if (e.name.isEmpty())
        return RowOutcome::rejected(QStringLiteral("the %1 has no name").arg(schema));
    for (const char *key : {"country", "jurisdiction", "nationality", "flag"})
        if (e.country.isEmpty())
            e.country = fields::countryCode(first(props, QLatin1String(key))).value_or(QString());
    for (const char *key : {"birthDate", "incorporationDate", "buildDate"})
        for (const QString &text : values(props, QLatin1String(key)))
            if (const QString date = dateOf(text); !date.isEmpty()) {
                if (e.birthDate.isEmpty())
                    e.birthDate = date;
                e.otherDates.append(date);
            }

    const Provenance from = context.at(line);
    CaseWriter &w = context.writer();
    auto stored = w.addEntity(e, from);
    if (!stored)
        return RowOutcome::failed(stored.error());
    context.rememberEntity(id, *stored);
    for (const QString &ref : values(props, QStringLiteral("addressEntity")))
        m_referencedAddresses.insert(ref);
    names.removeAll(e.name);
    names.removeDuplicates();
    auto addNames = [&](const QStringList &list, const QString &kind) -> Status {
        for (const QString &n : list)
            if (auto st = w.addName(*stored, n, kind, from); !st)
                return st;
        return {};
    };
    if (auto st = addNames(names, QStringLiteral("alias")); !st)
        return RowOutcome::failed(st.error());
    if (auto st = addNames(values(props, QStringLiteral("alias")), QStringLiteral("alias")); !st)
        return RowOutcome::failed(st.error());
    if (auto st = addNames(values(props, QStringLiteral("weakAlias")), QStringLiteral("weak")); !st)
        return RowOutcome::failed(st.error());
    if (auto st = addNames(values(props, QStringLiteral("previousName")), QStringLiteral("former")); !st)
        return RowOutcome::failed(st.error());

    static const QStringList modelled{QStringLiteral("name"), QStringLiteral("alias"), QStringLiteral("weakAlias"),
                                      QStringLiteral("previousName"), QStringLiteral("addressEntity")};
    QStringList seenIdentifiers;
    for (auto it = props.begin(); it != props.end(); ++it) {
        const QString &key = it.key();
        if (modelled.contains(key))
            continue;
        const QString scheme = ftm::identifierSchemes().value(key);
        for (const QString &v : values(props, key)) {
            if (!scheme.isEmpty()) {
                // innCode and idNumber often repeat the same number: store it once per scheme.
                if (seenIdentifiers.contains(scheme + u':' + v))
                    continue;
                seenIdentifiers.append(scheme + u':' + v);
                if (auto st = w.addIdentifier(*stored, scheme, v, from); !st)
                    return RowOutcome::failed(st.error());
            } else if (auto st = w.addProperty(*stored, key, v, from); !st) {
                return RowOutcome::failed(st.error());
            }
        }
    }
    // The ids other lists give the same entity (ofac-..., eu-fsf-...), for cross-source matching.
    for (const QJsonValue &r : entity.value(QStringLiteral("referents")).toArray())
        if (auto st = w.addProperty(*stored, QStringLiteral("referent"), r.toString(), from); !st)
            return RowOutcome::failed(st.error());
    for (const QJsonValue &d : entity.value(QStringLiteral("datasets")).toArray())
        if (auto st = w.addProperty(*stored, QStringLiteral("dataset"), d.toString(), from); !st)
            return RowOutcome::failed(st.error());
    return RowOutcome::imported();
}

RowOutcome FtmReader::relationRow(ImportContext &context, const QJsonObject &entity, qint64 line)
{
    const QString id = entity.value(QStringLiteral("id")).toString();
    const QString schema = entity.value(QStringLiteral("schema")).toString();
    const QJsonObject props = entity.value(QStringLiteral("properties")).toObject();
    const Provenance from = context.at(line);
    CaseWriter &w = context.writer();

    if (schema == u"Address") {
        if (m_referencedAddresses.contains(id))
            return RowOutcome::imported();
        // Nothing in the file lives there: there is no entity to attach it to.
        context.issues().warn(QStringLiteral("line %1").arg(line),
                              QStringLiteral("address %1 is not the address of any entity; skipped").arg(id));
        return RowOutcome::skipped();
    }
    if (!entityTypeOf(schema).isEmpty()) {
        // The thing was stored in the first pass: attach its addresses now that all are known.
        const qint64 self = context.entity(id);
        if (self == 0)
            return RowOutcome::rejected(QStringLiteral("the %1 has no name").arg(schema));
        for (const QString &ref : values(props, QStringLiteral("addressEntity"))) {
            auto a = m_addresses.find(ref);
            if (a == m_addresses.end()) {
                context.issues().warn(QStringLiteral("line %1").arg(line),
                                      QStringLiteral("address %1 of %2 is not in the file").arg(ref, id));
                if (auto st = w.addProperty(self, QStringLiteral("addressEntity"), ref, from); !st)
                    return RowOutcome::failed(st.error());
                continue;
            }
            if (auto st = w.addAddress(self, a->text, a->country, from); !st)
                return RowOutcome::failed(st.error());
        }
        return RowOutcome::imported();
    }

    struct Ends {
        const char *schema;
        const char *from;
        const char *to;
        LinkType type;
    };
    static const Ends relations[] = {
        {"Ownership", "owner", "asset", LinkType::Ownership},
        {"Directorship", "director", "organization", LinkType::Directorship},
        {"Family", "person", "relative", LinkType::Other},
        {"Associate", "person", "associate", LinkType::Other},
        {"Membership", "member", "organization", LinkType::Other},
        {"Employment", "employee", "employer", LinkType::Other},
        {"Representation", "agent", "client", LinkType::Other},
        {"UnknownLink", "subject", "object", LinkType::Other},
    };
    for (const Ends &r : relations) {
        if (schema != QLatin1String(r.schema))
            continue;
        const QString fromId = first(props, QLatin1String(r.from));
        const QString toId = first(props, QLatin1String(r.to));
        LinkRecord l;
        l.extId = id;
        l.type = linkTypeName(r.type);
        l.role = first(props, QStringLiteral("role"));
        if (l.role.isEmpty())
            l.role = first(props, QStringLiteral("relationship"));
        if (r.type == LinkType::Other && l.role.isEmpty())
            l.role = schema.toLower();
        l.owner = context.entity(fromId);
        if (l.owner == 0)
            return RowOutcome::rejected(rejectedReference(r.from, fromId));
        l.asset = context.entity(toId);
        if (l.asset == 0)
            return RowOutcome::rejected(rejectedReference(r.to, toId));
        if (r.type == LinkType::Ownership) {
            const QString percentage = first(props, QStringLiteral("percentage"));
            const auto share = Share::parse(percentage);
            if (!share)
                return RowOutcome::rejected(QStringLiteral("percentage '%1' is not a share").arg(percentage));
            l.share = *share;
        }
        l.startDate = dateOf(first(props, QStringLiteral("startDate")));
        l.endDate = dateOf(first(props, QStringLiteral("endDate")));
        if (auto added = w.addLink(l, from); !added)
            return RowOutcome::failed(added.error());
        return RowOutcome::imported();
    }
    if (schema == u"Sanction") {
        const QString target = first(props, QStringLiteral("entity"));
        DesignationRecord d;
        d.extId = id;
        d.entity = context.entity(target);
        if (d.entity == 0)
            return RowOutcome::rejected(rejectedReference("entity", target));
        d.list = first(props, QStringLiteral("authority"));
        if (d.list.isEmpty())
            d.list = entity.value(QStringLiteral("datasets")).toArray().at(0).toString();
        if (d.list.isEmpty())
            d.list = QStringLiteral("FtM sanction");
        d.program = values(props, QStringLiteral("program")).join(QStringLiteral("; "));
        d.listedDate = dateOf(first(props, QStringLiteral("listingDate")));
        if (d.listedDate.isEmpty())
            d.listedDate = dateOf(first(props, QStringLiteral("startDate")));
        d.endDate = dateOf(first(props, QStringLiteral("endDate")));
        if (auto added = w.addDesignation(d, from); !added)
            return RowOutcome::failed(added.error());
        return RowOutcome::imported();
    }
    // Payments, passports and other schemata Caravan does not model: counted, named in the issue log.
    context.issues().warn(QStringLiteral("line %1").arg(line),
                          QStringLiteral("%1 %2 is not a kind of record Caravan stores; skipped").arg(schema, id));
    return RowOutcome::skipped();
}

} // namespace caravan
