#include "models/import/OfacRemarks.h"

#include "models/import/FieldParsers.h"

#include <QRegularExpression>

namespace caravan {

namespace {

// Labels OFAC puts before an identifier's value, and the scheme Caravan files it under.
struct IdentifierLabel {
    const char *label;
    const char *scheme;
};

constexpr IdentifierLabel kIdentifierLabels[] = {
    {"Vessel Registration Identification IMO", "imo"},
    {"IMO", "imo"},
    {"MMSI", "mmsi"},
    {"Tax ID No.", "tax-id"},
    {"Registration Number", "registration-number"},
    {"Business Registration Number", "business-registration-number"},
    {"Registration ID", "registration-id"},
    {"Company Number", "company-number"},
    {"Identification Number", "identification-number"},
    {"Legal Entity Number", "lei"},
    {"Government Gazette Number", "government-gazette-number"},
    {"National ID No.", "national-id"},
    {"Passport", "passport"},
    {"Cedula No.", "cedula"},
    {"SWIFT/BIC", "swift-bic"},
    {"D-U-N-S Number", "duns"},
    {"V.A.T. Number", "vat"},
    {"Trade License No.", "trade-license"},
    {"Commercial Registry Number", "commercial-registry-number"},
    {"Public Registration Number", "public-registration-number"},
    {"Unified Social Credit Code (USCC)", "cn-uscc"},
    {"Aircraft Manufacturer's Serial Number (MSN)", "aircraft-msn"},
    {"Aircraft Tail Number", "aircraft-tail-number"},
    {"Digital Currency Address -", "digital-currency"},
};

// Remarks kept as properties under a key: "Linked To: X", "Gender Male", "Website www.x.com".
struct PropertyLabel {
    const char *label;
    const char *key;
};

constexpr PropertyLabel kPropertyLabels[] = {
    {"Linked To:", "linked_to"},
    {"DOB", "dob"},
    {"POB", "pob"},
    {"nationality", "nationality"},
    {"Nationality of Registration", "nationality_of_registration"},
    {"citizen", "citizenship"},
    {"Gender", "gender"},
    {"Website", "website"},
    {"Email Address", "email"},
    {"Phone Number", "phone"},
    {"Organization Established Date", "established"},
    {"Organization Type:", "organization_type"},
    {"Secondary sanctions risk:", "secondary_sanctions_risk"},
    {"Additional Sanctions Information -", "additional_sanctions_information"},
    {"Vessel Year of Build", "vessel_year_of_build"},
    {"Aircraft Manufacture Date", "aircraft_manufacture_date"},
    {"Aircraft Model", "aircraft_model"},
    {"Aircraft Operator", "aircraft_operator"},
    {"Former Vessel Flag", "former_vessel_flag"},
    {"Other Vessel Flag", "other_vessel_flag"},
    {"Other Vessel Call Sign", "other_vessel_call_sign"},
    {"Other Vessel Type", "other_vessel_type"},
    {"Title", "title"},
};

bool startsWithLabel(const QString &segment, const char *label, QString &rest)
{
    const QLatin1String l(label);
    if (!segment.startsWith(l, Qt::CaseInsensitive))
        return false;
    // The label must end at a word boundary ("IMO 1234" but not "IMOTEX").
    if (segment.size() > l.size()) {
        const QChar next = segment.at(l.size());
        if (next.isLetterOrNumber() && !l.endsWith(u' ') && QChar(l.back()).isLetterOrNumber())
            return false;
    }
    rest = segment.mid(l.size()).trimmed();
    return true;
}

// "7707083893 (Russia)" -> value and country; details after a comma ("issued 2010") stay in the value.
std::pair<QString, QString> splitCountry(const QString &rest)
{
    static const QRegularExpression trailingCountry(QStringLiteral(R"(^(.*?)\s*\(([^()]+)\)\s*$)"));
    if (const auto m = trailingCountry.match(rest); m.hasMatch())
        return {m.captured(1).trimmed(), m.captured(2).trimmed()};
    return {rest, {}};
}

QString digitsOnly(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (c.isDigit())
            out.append(c);
    return out;
}

// The Caravan scheme for an identifier: national schemes where the country and the shape say so.
QString refineScheme(const QString &scheme, const QString &value, const QString &country)
{
    const bool allDigits = !value.isEmpty() && digitsOnly(value) == value;
    if (!allDigits)
        return scheme;
    if (country == u"Russia") {
        if (scheme == u"tax-id" && (value.size() == 10 || value.size() == 12))
            return QStringLiteral("ru-inn");
        if (scheme == u"registration-number" && value.size() == 13)
            return QStringLiteral("ru-ogrn");
    }
    if (country == u"Kazakhstan" && value.size() == 12 &&
        (scheme == u"registration-number" || scheme == u"identification-number" || scheme == u"company-number" ||
         scheme == u"tax-id"))
        return QStringLiteral("kz-bin");
    return scheme;
}

bool parseAlias(const QString &segment, OfacRemarks &out)
{
    static const QRegularExpression alias(QStringLiteral(R"(^([afn])\.k\.a\.,?\s*'(.+)'$)"),
                                          QRegularExpression::CaseInsensitiveOption);
    const auto m = alias.match(segment);
    if (!m.hasMatch())
        return false;
    const QChar k = m.captured(1).at(0).toLower();
    const QString kind = k == u'a'   ? QStringLiteral("alias")
                         : k == u'f' ? QStringLiteral("former")
                                     : QStringLiteral("new");
    out.aliases.append({m.captured(2).trimmed(), kind});
    return true;
}

bool parseIdentifier(const QString &segment, OfacRemarks &out)
{
    // Longest label first, so "Business Registration Number" is not read as "Registration Number".
    const IdentifierLabel *best = nullptr;
    QString bestRest;
    for (const IdentifierLabel &l : kIdentifierLabels) {
        QString rest;
        if (startsWithLabel(segment, l.label, rest) && (!best || qstrlen(l.label) > qstrlen(best->label))) {
            best = &l;
            bestRest = rest;
        }
    }
    if (!best || bestRest.isEmpty())
        return false;
    auto [value, country] = splitCountry(bestRest);
    QString scheme = QString::fromLatin1(best->scheme);
    if (scheme == u"digital-currency") {
        // "XBT 12QtD5..." -> digital-currency-xbt
        const qsizetype space = value.indexOf(u' ');
        if (space > 0) {
            scheme += u'-' + value.left(space).toLower();
            value = value.mid(space + 1).trimmed();
        }
    } else if (scheme == u"imo" || scheme == u"mmsi") {
        value = digitsOnly(value);
    }
    if (value.isEmpty())
        return false;
    out.identifiers.append({refineScheme(scheme, value, country), value});
    if (!country.isEmpty() && scheme != u"imo")
        out.properties.append({QString::fromLatin1(best->scheme) + QStringLiteral("_country"), country});
    return true;
}

bool parseProperty(const QString &segment, OfacRemarks &out)
{
    for (const PropertyLabel &l : kPropertyLabels) {
        QString rest;
        if (!startsWithLabel(segment, l.label, rest) || rest.isEmpty())
            continue;
        const QString key = QString::fromLatin1(l.key);
        out.properties.append({key, rest});
        if (key == u"dob")
            if (const auto date = fields::looseDate(rest)) {
                if (out.birthDate.isEmpty())
                    out.birthDate = *date;
                if (!out.birthDates.contains(*date))
                    out.birthDates.append(*date);
            }
        return true;
    }
    return false;
}

} // namespace

OfacRemarks OfacRemarks::parse(const QString &remarks)
{
    OfacRemarks out;
    // The whole text ends with a full stop; the segments between semicolons do not.
    QString text = remarks.trimmed();
    if (text.endsWith(u'.'))
        text.chop(1);
    for (QString segment : text.split(u';')) {
        segment = segment.trimmed();
        // "alt. Passport ..." and "alt. a.k.a." repeat a kind of remark with another value.
        if (segment.startsWith(QLatin1String("alt. ")))
            segment = segment.mid(5).trimmed();
        if (segment.isEmpty())
            continue;
        if (parseAlias(segment, out) || parseIdentifier(segment, out) || parseProperty(segment, out))
            continue;
        out.properties.append({QStringLiteral("remark"), segment});
    }
    return out;
}

} // namespace caravan
