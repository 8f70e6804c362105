#include "models/import/OfacSdnReader.h"

#include "models/import/FieldParsers.h"
#include "models/import/OfacRemarks.h"

#include <QDir>
#include <QFileInfo>

namespace caravan {

namespace {

// sdn.csv: ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type, Tonnage, GRT, Vess_flag,
// Vess_owner, Remarks.
enum Primary { PEnt, PName, PType, PProgram, PTitle, PCallSign, PVesselType, PTonnage, PGrt, PFlag, POwner, PRemarks };
constexpr int kPrimaryColumns = 12;
constexpr int kAddressColumns = 6; // ent_num, add_num, address, city/state/postal, country, add_remarks
constexpr int kAliasColumns = 5;   // ent_num, alt_num, alt_type, alt_name, alt_remarks
constexpr int kCommentColumns = 2; // ent_num, remarks continued

// A field with OFAC's null ("-0- ") read as empty.
QString ofacField(const CsvRecord &r, int index)
{
    QString v = r.trimmed(index);
    return v == u"-0-" ? QString() : v;
}

std::optional<qint64> entNum(const CsvRecord &r)
{
    bool ok = false;
    const qint64 n = r.trimmed(0).toLongLong(&ok);
    return ok && n > 0 ? std::optional<qint64>(n) : std::nullopt;
}

QString extIdOf(qint64 entNum)
{
    return QStringLiteral("ofac-") + QString::number(entNum);
}

QString entityTypeOf(const QString &sdnType)
{
    const QString t = sdnType.toLower();
    if (t == u"individual")
        return QStringLiteral("Person");
    if (t == u"vessel")
        return QStringLiteral("Vessel");
    return QStringLiteral("Company");
}

// "RUSSIA-EO14024] [SDGT" -> ["RUSSIA-EO14024", "SDGT"]
QStringList programsOf(const QString &text)
{
    QStringList out;
    for (QString p : text.split(QStringLiteral("] ["))) {
        p.remove(u'[').remove(u']');
        p = p.trimmed();
        if (!p.isEmpty())
            out.append(p);
    }
    return out;
}

RowOutcome danglingRow(const char *file, qint64 entNum)
{
    return RowOutcome::rejected(QStringLiteral("%1: record %2 (ent_num %3) is not in the primary file or the case")
                                    .arg(QLatin1String(file), extIdOf(entNum))
                                    .arg(entNum));
}

Status storeAll(ImportContext &context, qint64 entity, const OfacRemarks &remarks, bool withAliases,
                const Provenance &from)
{
    CaseWriter &w = context.writer();
    if (withAliases)
        for (const auto &alias : remarks.aliases)
            if (auto st = w.addName(entity, alias.name, alias.kind, from); !st)
                return st;
    for (const Identifier &id : remarks.identifiers)
        if (auto st = w.addIdentifier(entity, id.scheme, id.value, from); !st)
            return st;
    for (const auto &[key, value] : remarks.properties)
        if (auto st = w.addProperty(entity, key, value, from); !st)
            return st;
    return {};
}

} // namespace

QStringList OfacSdnReader::files() const
{
    QStringList out{m_path};
    for (const QString &p : {m_commentsPath, m_addPath, m_altPath})
        if (!p.isEmpty())
            out.append(p);
    return out;
}

CsvOptions OfacSdnReader::csvOptions() const
{
    return CsvOptions{.encoding = m_requestedEncoding, .delimiter = ','};
}

Status OfacSdnReader::prepare(const QString &path, const ImportOptions &options)
{
    m_path = path;
    m_requestedEncoding = options.encoding;
    const QFileInfo info(path);
    const QString name = info.fileName().toLower();
    // cons_prim.csv and its cons_add/cons_alt/cons_comments siblings carry the non-SDN list.
    const bool consolidated = name.startsWith(QLatin1String("cons_"));
    m_list = consolidated ? QStringLiteral("OFAC Non-SDN") : QStringLiteral("OFAC SDN");
    const QDir dir = info.dir();
    auto sibling = [&](const char *file) {
        const QString p = dir.filePath(QString::fromLatin1(file));
        return QFileInfo::exists(p) ? p : QString();
    };
    m_addPath = sibling(consolidated ? "cons_add.csv" : "add.csv");
    m_altPath = sibling(consolidated ? "cons_alt.csv" : "alt.csv");
    m_commentsPath = sibling(consolidated ? "cons_comments.csv" : "sdn_comments.csv");

    // Check the shape of the first record before anything is written.
    CsvFile probe;
    if (auto opened = probe.open(path, csvOptions()); !opened)
        return opened;
    m_encoding = probe.reader().encoding();
    if (!probe.reader().next())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is empty").arg(info.fileName()));
    const CsvRecord &first = probe.reader().record();
    if (first.size() != kPrimaryColumns || !entNum(first))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not an OFAC SDN file: its first record has %2 columns (expected 12, "
                                        "starting with ent_num)")
                             .arg(info.fileName())
                             .arg(first.size()));
    return {};
}

Status OfacSdnReader::read(ImportContext &context)
{
    qint64 bytesBefore = 0;
    if (auto st = readComments(context, bytesBefore); !st)
        return st;
    if (auto st = readPrimary(context, bytesBefore); !st)
        return st;
    if (auto st = readAddresses(context, bytesBefore); !st)
        return st;
    return readAliases(context, bytesBefore);
}

Status OfacSdnReader::readComments(ImportContext &context, qint64 &bytesBefore)
{
    if (m_commentsPath.isEmpty())
        return {};
    CsvFile file;
    if (auto st = file.open(m_commentsPath, csvOptions()); !st)
        return st;
    CsvReader &reader = file.reader();
    // Kept until the primary file is read, then each row is counted (imported or dangling).
    while (reader.next()) {
        const CsvRecord &r = reader.record();
        const auto ent = entNum(r);
        if (!ent || r.size() != kCommentColumns || !r.problem().isEmpty()) {
            const QString why =
                !r.problem().isEmpty()
                    ? r.problem()
                    : QStringLiteral("sdn_comments: expected ent_num and remarks, found %1 columns").arg(r.size());
            if (auto st = context.reject(r.line(), why, r.rawText()); !st)
                return st;
            continue;
        }
        Comment &c = m_comments[*ent];
        c.text += ofacField(r, 1);
        c.line = r.line();
        c.raw = r.rawText();
    }
    if (reader.error())
        return *reader.error();
    bytesBefore += file.size();
    return {};
}

Status OfacSdnReader::readPrimary(ImportContext &context, qint64 &bytesBefore)
{
    CsvFile file;
    if (auto st = file.open(m_path, csvOptions()); !st)
        return st;
    auto st =
        file.forEach(context, kPrimaryColumns, bytesBefore, [&](const CsvRecord &r) { return primaryRow(context, r); });
    if (!st)
        return st;
    bytesBefore += file.size();
    // Comments whose record was not in the primary file.
    for (auto it = m_comments.cbegin(); it != m_comments.cend(); ++it)
        if (auto counted = context.count(danglingRow("sdn_comments", it.key()), it->line, it->raw); !counted)
            return counted;
    m_comments.clear();
    return {};
}

RowOutcome OfacSdnReader::primaryRow(ImportContext &context, const CsvRecord &r)
{
    const auto ent = entNum(r);
    if (!ent)
        return RowOutcome::rejected(QStringLiteral("ent_num '%1' is not a number").arg(r.trimmed(PEnt)));
    EntityRecord e;
    e.extId = extIdOf(*ent);
    e.name = ofacField(r, PName);
    if (e.name.isEmpty())
        return RowOutcome::rejected(QStringLiteral("the name is empty"));
    e.type = entityTypeOf(ofacField(r, PType));
    QString remarksText = ofacField(r, PRemarks);
    bool continued = false;
    if (const auto c = m_comments.constFind(*ent); c != m_comments.cend()) {
        remarksText += c->text;
        continued = true;
    }
    const OfacRemarks remarks = OfacRemarks::parse(remarksText);
    e.birthDate = remarks.birthDate;
    e.otherDates = remarks.birthDates;
    const QString flag = ofacField(r, PFlag);
    if (e.type == u"Vessel")
        e.country = fields::countryCodeFromName(flag);

    const Provenance from = context.at(r.line());
    CaseWriter &w = context.writer();
    auto entity = w.addEntity(e, from);
    if (!entity)
        return RowOutcome::failed(entity.error());
    context.rememberEntity(e.extId, *entity);
    for (const QString &program : programsOf(ofacField(r, PProgram))) {
        DesignationRecord d;
        d.extId = e.extId;
        d.entity = *entity;
        d.list = m_list;
        d.program = program;
        if (auto added = w.addDesignation(d, from); !added)
            return RowOutcome::failed(added.error());
    }
    const std::pair<Primary, const char *> vesselFields[] = {
        {PTitle, "title"}, {PCallSign, "call_sign"}, {PVesselType, "vessel_type"}, {PTonnage, "tonnage"},
        {PGrt, "grt"},     {PFlag, "vessel_flag"},   {POwner, "vessel_owner"},
    };
    for (const auto &[column, key] : vesselFields)
        if (const QString v = ofacField(r, column); !v.isEmpty())
            if (auto st = w.addProperty(*entity, QString::fromLatin1(key), v, from); !st)
                return RowOutcome::failed(st.error());
    // With alt.csv beside it, aliases come from there (the remarks repeat them).
    if (auto st = storeAll(context, *entity, remarks, m_altPath.isEmpty(), from); !st)
        return RowOutcome::failed(st.error());
    if (continued) {
        // The comment row continued this record's remarks: count it as imported too.
        const Comment c = m_comments.take(*ent);
        if (auto counted = context.count(RowOutcome::imported(), c.line, {}); !counted)
            return RowOutcome::failed(counted.error());
    }
    return RowOutcome::imported();
}

Status OfacSdnReader::readAddresses(ImportContext &context, qint64 &bytesBefore)
{
    if (m_addPath.isEmpty())
        return {};
    CsvFile file;
    if (auto st = file.open(m_addPath, csvOptions()); !st)
        return st;
    auto st = file.forEach(context, kAddressColumns, bytesBefore, [&](const CsvRecord &r) {
        const auto ent = entNum(r);
        if (!ent)
            return RowOutcome::rejected(QStringLiteral("add: ent_num '%1' is not a number").arg(r.trimmed(0)));
        const qint64 entity = context.entity(extIdOf(*ent));
        if (entity == 0)
            return danglingRow("add", *ent);
        QStringList parts;
        for (const int column : {2, 3, 4})
            if (const QString v = ofacField(r, column); !v.isEmpty())
                parts.append(v);
        if (const QString remarks = ofacField(r, 5); !remarks.isEmpty())
            parts.append(QStringLiteral("(%1)").arg(remarks));
        if (parts.isEmpty())
            return RowOutcome::skipped(); // OFAC lists empty address rows
        const QString country = fields::countryCodeFromName(ofacField(r, 4));
        if (auto added =
                context.writer().addAddress(entity, parts.join(QStringLiteral(", ")), country, context.at(r.line()));
            !added)
            return RowOutcome::failed(added.error());
        return RowOutcome::imported();
    });
    bytesBefore += file.size();
    return st;
}

Status OfacSdnReader::readAliases(ImportContext &context, qint64 &bytesBefore)
{
    if (m_altPath.isEmpty())
        return {};
    CsvFile file;
    if (auto st = file.open(m_altPath, csvOptions()); !st)
        return st;
    auto st = file.forEach(context, kAliasColumns, bytesBefore, [&](const CsvRecord &r) {
        const auto ent = entNum(r);
        if (!ent)
            return RowOutcome::rejected(QStringLiteral("alt: ent_num '%1' is not a number").arg(r.trimmed(0)));
        const qint64 entity = context.entity(extIdOf(*ent));
        if (entity == 0)
            return danglingRow("alt", *ent);
        const QString name = ofacField(r, 3);
        if (name.isEmpty())
            return RowOutcome::rejected(QStringLiteral("alt: the alias is empty"));
        const QString type = ofacField(r, 2).toLower();
        const QString kind = type == u"fka"   ? QStringLiteral("former")
                             : type == u"nka" ? QStringLiteral("new")
                                              : QStringLiteral("alias");
        if (auto added = context.writer().addName(entity, name, kind, context.at(r.line())); !added)
            return RowOutcome::failed(added.error());
        return RowOutcome::imported();
    });
    bytesBefore += file.size();
    return st;
}

} // namespace caravan
