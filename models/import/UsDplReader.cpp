#include "models/import/UsDplReader.h"

#include "models/import/FieldParsers.h"
#include "models/import/ListedParty.h"

#include <QDate>

namespace caravan {

namespace {

// BIS writes US dates: 10/16/2017.
QString usDate(const QString &text)
{
    const QDate d = QDate::fromString(text, QStringLiteral("MM/dd/yyyy"));
    return d.isValid() ? d.toString(Qt::ISODate) : fields::isoDate(text).value_or(QString());
}

} // namespace

bool UsDplReader::isDplHeader(const QStringList &header)
{
    return header.size() >= 8 && header.first() == u"name" && header.contains(QLatin1String("street_address")) &&
           header.contains(QLatin1String("effective_date")) && header.contains(QLatin1String("fr_citation"));
}

Status UsDplReader::prepare(const QString &path, const ImportOptions &options)
{
    if (auto st = m_file.open(path, CsvOptions{.encoding = options.encoding, .delimiter = '\0'}); !st)
        return st;
    auto header = m_file.readHeader();
    if (!header)
        return header.error();
    if (!isDplHeader(*header))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: the header is not the Denied Persons List's (Name, Street_Address, City, "
                                        "State, Country, Postal_Code, Effective_Date, ..., FR_Citation)")
                             .arg(m_file.fileName()));
    m_header = *header;
    return {};
}

Status UsDplReader::read(ImportContext &context)
{
    return m_file.forEach(context, static_cast<int>(m_header.size()), 0,
                          [&](const CsvRecord &r) { return row(context, r); });
}

RowOutcome UsDplReader::row(ImportContext &context, const CsvRecord &r) const
{
    auto column = [&](const char *name) { return r.trimmed(static_cast<int>(m_header.indexOf(QLatin1String(name)))); };
    ListedParty p;
    p.name = column("name");
    p.extId = QStringLiteral("us-dpl-") + ListedParty::slug(p.name);
    const QString country = fields::countryCode(column("country")).value_or(QString());
    const QString street = column("street_address");
    QStringList parts;
    for (const QString &part : {street, column("city"), column("state"), column("postal_code"), column("country")})
        if (!part.isEmpty())
            parts.append(part);
    p.addresses.append({parts.join(QStringLiteral(", ")), country});
    p.list = QStringLiteral("US DPL");
    p.listedDate = usDate(column("effective_date"));
    p.endDate = usDate(column("expiration_date"));
    p.properties = {
        {QStringLiteral("standard_order"), column("standard_order")},
        {QStringLiteral("last_update"), column("last_update")},
        {QStringLiteral("action"), column("action")},
        {QStringLiteral("federal_register_notice"), column("fr_citation")},
    };
    return p.store(context, context.at(r.line()));
}

} // namespace caravan
