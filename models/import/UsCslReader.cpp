#include "models/import/UsCslReader.h"

#include "models/import/FieldParsers.h"
#include "models/import/ListedParty.h"
#include "models/import/OfacRemarks.h"

#include <QRegularExpression>

namespace caravan {

namespace {

QStringList listOf(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u';'))
        if (const QString t = part.trimmed(); !t.isEmpty())
            out.append(t);
    return out;
}

// "Denied Persons List (DPL) - Bureau of Industry and Security" -> "DPL".
QString shortListName(const QString &source)
{
    static const QRegularExpression abbreviation(QStringLiteral("\\(([A-Z]+)\\)"));
    const auto m = abbreviation.match(source);
    return m.hasMatch() ? m.captured(1) : source;
}

QString entityType(const QString &type)
{
    const QString t = type.toLower();
    if (t == u"individual")
        return QStringLiteral("Person");
    if (t == u"vessel")
        return QStringLiteral("Vessel");
    if (t == u"entity")
        return QStringLiteral("Company");
    return {}; // judged from the name
}

// "street, city, state, postal, CC" -> the text and the country code at its end.
ListedParty::Address addressOf(const QString &text)
{
    const QString country = text.section(u',', -1).trimmed();
    return {text, country.size() == 2 ? fields::countryCode(country).value_or(QString()) : QString()};
}

// The ids column: "RU, 1137746390572, Registration ID; www.x.ru, Website" in the 2019 layout (label
// last), "Passport, 836238033, KP; Website, x.ru" in the current one (label first). Each is put in
// OFAC's remark form ("Registration ID 1137746390572") so schemes, websites and e-mails are read as the
// SDN reader reads them.
OfacRemarks idsOf(const QString &text, bool labelFirst)
{
    static const QRegularExpression countryCode(QStringLiteral("^[A-Z]{2}$"));
    QStringList remarks;
    for (const QString &entry : listOf(text)) {
        QStringList parts = entry.split(QStringLiteral(", "));
        if (parts.size() < 2) {
            remarks.append(entry);
            continue;
        }
        if (labelFirst && parts.size() > 2 && countryCode.match(parts.last()).hasMatch())
            parts.removeLast();
        if (!labelFirst && parts.size() > 2 && countryCode.match(parts.first()).hasMatch())
            parts.removeFirst();
        const QString label = labelFirst ? parts.takeFirst() : parts.takeLast();
        remarks.append(label + u' ' + parts.join(QStringLiteral(", ")));
    }
    return OfacRemarks::parse(remarks.join(QStringLiteral("; ")));
}

} // namespace

bool UsCslReader::isCslHeader(const QStringList &header)
{
    for (const char *name : {"source", "entity_number", "type", "programs", "name", "addresses", "alt_names", "ids"})
        if (!header.contains(QLatin1String(name)))
            return false;
    return true;
}

Status UsCslReader::prepare(const QString &path, const ImportOptions &options)
{
    if (auto st = m_file.open(path, CsvOptions{.encoding = options.encoding, .delimiter = '\0'}); !st)
        return st;
    auto header = m_file.readHeader();
    if (!header)
        return header.error();
    if (!isCslHeader(*header))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: the header is not the Consolidated Screening List's (source, "
                                        "entity_number, type, programs, name, ..., alt_names, ..., ids)")
                             .arg(m_file.fileName()));
    m_header = *header;
    return {};
}

Status UsCslReader::read(ImportContext &context)
{
    return m_file.forEach(context, static_cast<int>(m_header.size()), 0,
                          [&](const CsvRecord &r) { return row(context, r); });
}

RowOutcome UsCslReader::row(ImportContext &context, const CsvRecord &r) const
{
    auto column = [&](const char *name) { return r.trimmed(static_cast<int>(m_header.indexOf(QLatin1String(name)))); };
    ListedParty p;
    p.name = column("name");
    const QString source = column("source");
    const QString list = shortListName(source);
    const QString id = column("_id");
    const QString number = column("entity_number");
    p.extId =
        QStringLiteral("us-csl-") +
        (!id.isEmpty() ? id
                       : ListedParty::slug(list) + u'-' + (!number.isEmpty() ? number : ListedParty::slug(p.name)));
    p.type = entityType(column("type"));
    p.aliases = listOf(column("alt_names"));
    for (const QString &a : listOf(column("addresses")))
        p.addresses.append(addressOf(a));
    const QStringList births = listOf(column("dates_of_birth"));
    for (const QString &b : births)
        if (p.birthDate.isEmpty())
            p.birthDate = fields::isoDate(b).value_or(b.size() == 4 ? b : QString());
    for (const char *key : {"nationalities", "citizenships"})
        for (const QString &c : listOf(column(key)))
            if (p.country.isEmpty())
                p.country = fields::countryCodeFromName(c);
    if (p.type == u"Vessel" && p.country.isEmpty())
        p.country = fields::countryCodeFromName(column("vessel_flag"));
    p.list = QStringLiteral("US CSL");
    for (const QString &program : listOf(column("programs")))
        p.programs.append(list + u' ' + program);
    if (p.programs.isEmpty())
        p.programs.append(list);
    p.listedDate = fields::isoDate(column("start_date")).value_or(QString());
    p.endDate = fields::isoDate(column("end_date")).value_or(QString());

    const OfacRemarks ids = idsOf(column("ids"), m_header.first() == u"_id");
    for (const Identifier &i : ids.identifiers)
        p.identifiers.append({i.scheme, i.value});
    p.properties = ids.properties;
    p.properties.append({QStringLiteral("csl_source"), source});
    for (const char *key :
         {"title", "federal_register_notice", "standard_order", "license_requirement", "license_policy", "call_sign",
          "vessel_type", "gross_tonnage", "gross_registered_tonnage", "vessel_flag", "vessel_owner", "remarks",
          "source_list_url", "citizenships", "nationalities", "places_of_birth", "source_information_url"})
        p.properties.append({QString::fromLatin1(key), column(key)});
    for (const QString &b : births)
        p.properties.append({QStringLiteral("dob"), b});
    return p.store(context, context.at(r.line()));
}

} // namespace caravan
