#include "models/import/BodsReader.h"

#include "models/domain/Link.h"
#include "models/import/FieldParsers.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace caravan {

namespace {

QString raw(const QJsonObject &statement)
{
    return QString::fromUtf8(QJsonDocument(statement).toJson(QJsonDocument::Compact));
}

// "GB-COH" -> "gb-coh"; LEIs under the scheme Caravan knows.
QString schemeOf(const QJsonObject &identifier)
{
    const QString scheme = identifier.value(QStringLiteral("scheme")).toString().trimmed().toLower();
    if (scheme == u"xi-lei")
        return QStringLiteral("lei");
    if (!scheme.isEmpty())
        return scheme;
    return identifier.value(QStringLiteral("schemeName")).toString().trimmed().toLower();
}

QString typeOfEntity(const QString &entityType)
{
    if (entityType == u"state" || entityType == u"stateBody")
        return QStringLiteral("Organization");
    return QStringLiteral("Company");
}

QString dateOf(const QJsonValue &v)
{
    return v.toString().left(10);
}

// An interest's share: exact, or a range from minimum/exclusiveMinimum to maximum/exclusiveMaximum.
std::optional<Share> shareOf(const QJsonObject &share)
{
    if (share.isEmpty())
        return Share{};
    if (share.contains(QStringLiteral("exact"))) {
        const double v = share.value(QStringLiteral("exact")).toDouble(-1);
        if (v < 0 || v > 100)
            return std::nullopt;
        return Share{v, v};
    }
    const QJsonValue lo = share.contains(QStringLiteral("minimum")) ? share.value(QStringLiteral("minimum"))
                                                                    : share.value(QStringLiteral("exclusiveMinimum"));
    const QJsonValue hi = share.contains(QStringLiteral("maximum")) ? share.value(QStringLiteral("maximum"))
                                                                    : share.value(QStringLiteral("exclusiveMaximum"));
    const double min = lo.isDouble() ? lo.toDouble() : 0.0;
    const double max = hi.isDouble() ? hi.toDouble() : 100.0;
    if (min < 0 || max > 100 || min > max)
        return std::nullopt;
    return Share{min, max};
}

// What a BODS interest type (codelists/interestType.csv) is in Caravan's terms. Only the codes that mean control
// (the power to appoint the board, to decide under the articles or by law, other influence) become control links,
// which give EU "controlled" verdicts and OFAC caution flags; an unknown, unpublished, contractual, trust or
// profit-right interest is kept as an "other" link with its BODS type as the role, so that unknown stays unknown.
LinkType linkTypeOf(const QString &interestType)
{
    if (interestType == u"shareholding" || interestType == u"votingRights")
        return LinkType::Ownership;
    if (interestType == u"boardMember" || interestType == u"boardChair" || interestType == u"seniorManagingOfficial")
        return LinkType::Directorship;
    if (interestType == u"appointmentOfBoard" || interestType == u"otherInfluenceOrControl" ||
        interestType == u"controlViaCompanyRulesOrArticles" || interestType == u"controlByLegalFramework")
        return LinkType::Control;
    return LinkType::Other;
}

} // namespace

Status BodsReader::prepare(const QString &path, const ImportOptions &)
{
    m_path = path;
    const QString name = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (doc.isArray()) {
        m_statements = doc.array();
    } else if (doc.isObject()) {
        m_statements = QJsonArray{doc.object()};
    } else {
        // JSON lines: one statement per line.
        for (const QByteArray &line : bytes.split('\n')) {
            if (line.trimmed().isEmpty())
                continue;
            const QJsonDocument one = QJsonDocument::fromJson(line, &error);
            if (!one.isObject())
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("%1 is not BODS JSON: %2").arg(name, error.errorString()));
            m_statements.append(one.object());
        }
    }
    if (m_statements.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 holds no BODS statements").arg(name));
    const QJsonObject first = m_statements.first().toObject();
    if (!first.contains(QStringLiteral("recordType"))) {
        const QString version = first.value(QStringLiteral("publicationDetails"))
                                    .toObject()
                                    .value(QStringLiteral("bodsVersion"))
                                    .toString(QStringLiteral("0.2 or 0.3"));
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is BODS %2 (statementType, no recordType); this version reads BODS 0.4")
                             .arg(name, version));
    }
    return {};
}

Status BodsReader::read(ImportContext &context)
{
    // Parties first, relationships second: a relationship may come before the parties it names.
    for (const bool relationships : {false, true}) {
        qint64 row = 0;
        for (const QJsonValue &v : std::as_const(m_statements)) {
            ++row;
            const QJsonObject s = v.toObject();
            const bool isRelationship = s.value(QStringLiteral("recordType")).toString() == u"relationship";
            if (isRelationship != relationships)
                continue;
            const RowOutcome outcome = relationships ? relationshipRow(context, s, row) : partyRow(context, s, row);
            const bool rejected = outcome.kind() == RowOutcome::Kind::Rejected;
            if (auto st = context.count(outcome, row, rejected ? raw(s) : QString()); !st)
                return st;
            if (auto st = context.advance(0); !st)
                return st;
        }
    }
    m_statements = {};
    return {};
}

RowOutcome BodsReader::partyRow(ImportContext &context, const QJsonObject &s, qint64 row)
{
    const QString recordType = s.value(QStringLiteral("recordType")).toString();
    const QJsonObject d = s.value(QStringLiteral("recordDetails")).toObject();
    EntityRecord e;
    e.extId = s.value(QStringLiteral("recordId")).toString();
    if (e.extId.isEmpty())
        return RowOutcome::rejected(QStringLiteral("the statement has no recordId"));
    QStringList aliases;
    if (recordType == u"person") {
        e.type = QStringLiteral("Person");
        for (const QJsonValue &n : d.value(QStringLiteral("names")).toArray()) {
            const QJsonObject name = n.toObject();
            QString full = name.value(QStringLiteral("fullName")).toString().trimmed();
            if (full.isEmpty())
                full = QString(name.value(QStringLiteral("givenName")).toString() + u' ' +
                               name.value(QStringLiteral("familyName")).toString())
                           .trimmed();
            if (full.isEmpty())
                continue;
            if (e.name.isEmpty())
                e.name = full;
            else if (full != e.name)
                aliases.append(full);
        }
        e.country = fields::countryCode(d.value(QStringLiteral("nationalities"))
                                            .toArray()
                                            .at(0)
                                            .toObject()
                                            .value(QStringLiteral("code"))
                                            .toString())
                        .value_or(QString());
        e.birthDate = dateOf(d.value(QStringLiteral("birthDate")));
        if (e.name.isEmpty())
            e.name = d.value(QStringLiteral("personType")).toString(QStringLiteral("unnamed person"));
    } else if (recordType == u"entity") {
        e.type =
            typeOfEntity(d.value(QStringLiteral("entityType")).toObject().value(QStringLiteral("type")).toString());
        e.name = d.value(QStringLiteral("name")).toString().trimmed();
        for (const QJsonValue &n : d.value(QStringLiteral("alternateNames")).toArray())
            aliases.append(n.toString());
        e.country = fields::countryCode(
                        d.value(QStringLiteral("jurisdiction")).toObject().value(QStringLiteral("code")).toString())
                        .value_or(QString());
        e.birthDate = dateOf(d.value(QStringLiteral("foundingDate")));
        if (e.name.isEmpty())
            e.name = QStringLiteral("unnamed entity");
    } else {
        return RowOutcome::rejected(QStringLiteral("unknown recordType '%1'").arg(recordType));
    }
    const Provenance from = context.at(row);
    CaseWriter &w = context.writer();
    auto stored = w.addEntity(e, from);
    if (!stored)
        return RowOutcome::failed(stored.error());
    context.rememberEntity(e.extId, *stored);
    for (const QString &alias : aliases)
        if (auto st = w.addName(*stored, alias, QStringLiteral("alias"), from); !st)
            return RowOutcome::failed(st.error());
    for (const QJsonValue &i : d.value(QStringLiteral("identifiers")).toArray()) {
        const QJsonObject id = i.toObject();
        const QString value = id.value(QStringLiteral("id")).toString().trimmed();
        if (!value.isEmpty())
            if (auto st = w.addIdentifier(*stored, schemeOf(id), value, from); !st)
                return RowOutcome::failed(st.error());
    }
    for (const QJsonValue &a : d.value(QStringLiteral("addresses")).toArray()) {
        const QJsonObject address = a.toObject();
        const QString text = address.value(QStringLiteral("address")).toString().trimmed();
        const QString country =
            fields::countryCode(
                address.value(QStringLiteral("country")).toObject().value(QStringLiteral("code")).toString())
                .value_or(QString());
        if (!text.isEmpty())
            if (auto st = w.addAddress(*stored, text, country, from); !st)
                return RowOutcome::failed(st.error());
    }
    if (const QString id = s.value(QStringLiteral("statementId")).toString(); !id.isEmpty())
        if (auto st = w.addProperty(*stored, QStringLiteral("bods_statement"), id, from); !st)
            return RowOutcome::failed(st.error());
    return RowOutcome::imported();
}

RowOutcome BodsReader::relationshipRow(ImportContext &context, const QJsonObject &s, qint64 row)
{
    const QJsonObject d = s.value(QStringLiteral("recordDetails")).toObject();
    const QJsonValue partyValue = d.value(QStringLiteral("interestedParty"));
    if (!partyValue.isString())
        return RowOutcome::skipped(); // an unspecified party (with a reason): nobody to link
    const QString subject = d.value(QStringLiteral("subject")).toString();
    const QString party = partyValue.toString();
    const qint64 asset = context.entity(subject);
    if (asset == 0)
        return RowOutcome::rejected(QStringLiteral("subject '%1' is neither in the file nor in the case").arg(subject));
    const qint64 owner = context.entity(party);
    if (owner == 0)
        return RowOutcome::rejected(
            QStringLiteral("interested party '%1' is neither in the file nor in the case").arg(party));
    const QJsonArray interests = d.value(QStringLiteral("interests")).toArray();
    const QString recordId = s.value(QStringLiteral("recordId")).toString();
    for (const QJsonValue &v : interests) {
        const QJsonObject interest = v.toObject();
        const QString type = interest.value(QStringLiteral("type")).toString(QStringLiteral("unknownInterest"));
        const auto share = shareOf(interest.value(QStringLiteral("share")).toObject());
        if (!share)
            return RowOutcome::rejected(QStringLiteral("interest %1 has an impossible share").arg(type));
        LinkRecord l;
        l.extId = recordId;
        l.owner = owner;
        l.asset = asset;
        const bool indirect = interest.value(QStringLiteral("directOrIndirect")).toString() == u"indirect";
        const LinkType linkType = indirect ? LinkType::Other : linkTypeOf(type);
        l.type = linkTypeName(linkType);
        l.role = indirect ? QStringLiteral("indirect ") + type : type;
        if (linkType == LinkType::Ownership || indirect)
            l.share = *share;
        l.startDate = dateOf(interest.value(QStringLiteral("startDate")));
        l.endDate = dateOf(interest.value(QStringLiteral("endDate")));
        if (auto added = context.writer().addLink(l, context.at(row)); !added)
            return RowOutcome::failed(added.error());
    }
    return RowOutcome::imported();
}

} // namespace caravan
