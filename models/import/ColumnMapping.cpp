#include "models/import/ColumnMapping.h"

#include "models/import/CaravanCsvReader.h"
#include "models/import/CountryNames.h"
#include "models/import/FieldParsers.h"
#include "models/import/HeaderMatcher.h"
#include "models/import/ValueFormats.h"

#include <QDate>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>

namespace caravan {

namespace {

bool isDateField(const QString &f)
{
    return f == u"date" || f.endsWith(QStringLiteral("_date"));
}

bool isNumberField(const QString &f)
{
    return f == u"quantity" || f == u"weight_kg" || f == u"value" || f == u"share";
}

bool isCountryField(const QString &f)
{
    return f == u"country" || f.endsWith(QStringLiteral("_country"));
}

bool isListField(const QString &f)
{
    return f == u"aliases" || f == u"identifiers" || f == u"transit_countries";
}

QString normaliseNumber(QString text, QChar decimal)
{
    text.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F)).remove(u'\'');
    if (decimal == u',') {
        text.remove(u'.');
        text.replace(u',', u'.');
    } else {
        text.remove(u',');
    }
    return text;
}

QString normaliseCountry(const QString &text)
{
    if (const auto code = fields::countryCode(text))
        return *code;
    if (const QString byName = fields::countryCodeFromName(text); !byName.isEmpty())
        return byName;
    const QString other = countrynames::codeOf(text); // Russian, Kazakh, numeric, alpha-3
    return other.isEmpty() ? text : other;
}

QString normaliseDate(const QString &text, const QString &format)
{
    if (fields::isoDate(text))
        return text;
    if (const QDate registered = ColumnMapping::dateOfDeclaration(text); registered.isValid())
        return registered.toString(Qt::ISODate);
    QStringList formats;
    if (!format.isEmpty())
        formats << format;
    formats << QStringLiteral("yyyy-MM-dd") << QStringLiteral("dd.MM.yyyy") << QStringLiteral("d.M.yyyy")
            << QStringLiteral("yyyyMMdd") << QStringLiteral("yyyy/MM/dd") << QStringLiteral("dd/MM/yyyy");
    for (const QString &f : formats) {
        const QDate d = ValueFormats::parseDate(text, f);
        if (d.isValid())
            return d.toString(Qt::ISODate);
    }
    return text;
}

// "USD", "usd", "840" (ISO 4217 numeric, as EAEU declarations may write it), "USD 15300,50" (box 22: currency
// and invoice total): the letter code.
QString normaliseCurrency(const QString &text)
{
    static const QHash<QString, QString> numeric{
        {QStringLiteral("840"), QStringLiteral("USD")}, {QStringLiteral("978"), QStringLiteral("EUR")},
        {QStringLiteral("643"), QStringLiteral("RUB")}, {QStringLiteral("398"), QStringLiteral("KZT")},
        {QStringLiteral("156"), QStringLiteral("CNY")}, {QStringLiteral("417"), QStringLiteral("KGS")},
        {QStringLiteral("051"), QStringLiteral("AMD")}, {QStringLiteral("933"), QStringLiteral("BYN")},
        {QStringLiteral("949"), QStringLiteral("TRY")}, {QStringLiteral("784"), QStringLiteral("AED")},
        {QStringLiteral("826"), QStringLiteral("GBP")}, {QStringLiteral("392"), QStringLiteral("JPY")},
        {QStringLiteral("756"), QStringLiteral("CHF")}, {QStringLiteral("860"), QStringLiteral("UZS")},
        {QStringLiteral("981"), QStringLiteral("GEL")}, {QStringLiteral("344"), QStringLiteral("HKD")},
    };
    const QString first = text.section(u' ', 0, 0, QString::SectionSkipEmpty);
    if (const auto code = numeric.constFind(first); code != numeric.constEnd())
        return *code;
    if (first.size() == 3 && first.front().isLetter() && first != text)
        return first.toUpper();
    return text;
}

} // namespace

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject cols, consts;
    for (auto it = columns.begin(); it != columns.end(); ++it)
        cols.insert(it.key(), it.value());
    for (auto it = constants.begin(); it != constants.end(); ++it)
        consts.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("caravan_mapping"), 1},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("columns"), cols},
                       {QStringLiteral("constants"), consts},
                       {QStringLiteral("date_format"), dateFormat},
                       {QStringLiteral("decimal_separator"), QString(decimalSeparator)},
                       {QStringLiteral("list_separator"), QString(listSeparator)},
                       {QStringLiteral("encoding"), encoding},
                       {QStringLiteral("create_parties"), createParties}};
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject &json)
{
    if (json.value(QStringLiteral("caravan_mapping")).toInt() != 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("not a Caravan column mapping (caravan_mapping: 1)"));
    ColumnMapping m;
    m.kind = json.value(QStringLiteral("kind")).toString();
    const QJsonObject cols = json.value(QStringLiteral("columns")).toObject();
    for (auto it = cols.begin(); it != cols.end(); ++it)
        m.columns.insert(it.key(), it.value().toString());
    const QJsonObject consts = json.value(QStringLiteral("constants")).toObject();
    for (auto it = consts.begin(); it != consts.end(); ++it)
        m.constants.insert(it.key(), it.value().toString());
    m.dateFormat = json.value(QStringLiteral("date_format")).toString();
    const QString decimal = json.value(QStringLiteral("decimal_separator")).toString(QStringLiteral("."));
    const QString list = json.value(QStringLiteral("list_separator")).toString(QStringLiteral(";"));
    if (decimal.size() != 1 || (decimal != u"." && decimal != u","))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("decimal_separator must be \".\" or \",\""));
    if (list.size() != 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("list_separator must be one character"));
    m.decimalSeparator = decimal.front();
    m.listSeparator = list.front();
    m.encoding = json.value(QStringLiteral("encoding")).toString();
    m.createParties = json.value(QStringLiteral("create_parties")).toBool(true);
    return m;
}

Status ColumnMapping::save(const QString &path) const
{
    return saveJson(toJson(), path);
}

Status ColumnMapping::saveJson(const QJsonObject &json, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    f.write(QJsonDocument(json).toJson(QJsonDocument::Indented));
    if (!f.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

Result<ColumnMapping> ColumnMapping::load(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read the mapping %1: %2").arg(path, f.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the mapping %1 is not valid JSON: %2").arg(path, error.errorString()));
    auto m = fromJson(doc.object());
    if (!m)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: %2").arg(path, m.error().message));
    return m;
}

QStringList ColumnMapping::extraFieldsOf(const QString &kind)
{
    if (kind == u"shipments")
        return {QStringLiteral("item_number"), QStringLiteral("exporter_name"), QStringLiteral("importer_name")};
    return {};
}

QDate ColumnMapping::dateOfDeclaration(const QString &number)
{
    static const QRegularExpression dt(QStringLiteral("^\\d{8}/(\\d{2})(\\d{2})(\\d{2})/\\d+"));
    const auto m = dt.match(number.trimmed());
    if (!m.hasMatch())
        return {};
    return QDate(2000 + m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
}

QString ColumnMapping::extraFieldOf(const QString &field)
{
    if (field == u"id")
        return QStringLiteral("item_number");
    if (field == u"exporter" || field == u"importer")
        return field + QStringLiteral("_name");
    return {};
}

QByteArray ColumnMapping::withExtra(const QString &field, const QByteArray &converted, const QByteArray &extra)
{
    if (field == u"id")
        return converted.isEmpty() || extra.isEmpty() ? converted : converted + '/' + extra;
    if (field == u"exporter" || field == u"importer")
        return converted.isEmpty() ? extra : converted; // a party without a code is known by its name
    return converted;
}

ColumnMapping ColumnMapping::propose(const QStringList &header, const QString &kind)
{
    ColumnMapping m;
    m.kind = kind;
    for (const HeaderMatch &match : HeaderMatcher::match(header, kind))
        m.columns.insert(match.field, match.column);
    if (kind == u"entities" && !m.columns.contains(QStringLiteral("type")))
        m.constants.insert(QStringLiteral("type"), QStringLiteral("Company"));
    if (kind == u"entities" && !m.columns.contains(QStringLiteral("id")) && m.columns.contains(QStringLiteral("name")))
        m.columns.insert(QStringLiteral("id"), m.columns.value(QStringLiteral("name")));
    return m;
}

QString ColumnMapping::likelyKind(const QStringList &header)
{
    QString best = QStringLiteral("shipments");
    qsizetype bestScore = -1;
    for (const QString &kind : {QStringLiteral("shipments"), QStringLiteral("entities"), QStringLiteral("links"),
                                QStringLiteral("sanctions")}) {
        const ColumnMapping m = propose(header, kind);
        qsizetype score = 0;
        for (const QString &f : CaravanCsvReader::requiredOf(kind))
            score += m.columns.contains(f) ? 10 : 0;
        score += m.columns.size();
        if (score > bestScore) {
            best = kind;
            bestScore = score;
        }
    }
    return best;
}

QStringList ColumnMapping::problems(const QStringList &header) const
{
    QStringList out;
    const QStringList fieldNames = CaravanCsvReader::columnsOf(kind) + extraFieldsOf(kind);
    if (fieldNames.isEmpty())
        return {QStringLiteral("unknown kind '%1' (entities, links, shipments, sanctions)").arg(kind)};
    QStringList lowered;
    for (const QString &h : header)
        lowered << h.trimmed().toLower();
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        if (!fieldNames.contains(it.key()))
            out << QStringLiteral("'%1' is not a field of %2").arg(it.key(), kind);
        else if (!lowered.contains(it.value().trimmed().toLower()))
            out << QStringLiteral("the file has no column '%1' (for %2)").arg(it.value(), it.key());
    }
    for (auto it = constants.begin(); it != constants.end(); ++it)
        if (!fieldNames.contains(it.key()))
            out << QStringLiteral("'%1' is not a field of %2").arg(it.key(), kind);
    for (const QString &f : CaravanCsvReader::requiredOf(kind))
        if (!columns.contains(f) && !constants.contains(f))
            out << QStringLiteral("%1 needs a column or a constant value").arg(f);
    return out;
}

QString ColumnMapping::convert(const QString &field, const QString &raw) const
{
    const QString text = raw.trimmed();
    if (text.isEmpty())
        return text;
    if (isDateField(field))
        return normaliseDate(text, dateFormat);
    if (isNumberField(field))
        return field == u"share" && text.contains(u'-') ? text : normaliseNumber(text, decimalSeparator);
    if (isListField(field)) {
        QStringList items = text.split(listSeparator, Qt::SkipEmptyParts);
        for (QString &item : items)
            item = field == u"transit_countries" ? normaliseCountry(item.trimmed()) : item.trimmed();
        return items.join(u';');
    }
    if (isCountryField(field))
        return normaliseCountry(text);
    if (field == u"currency")
        return normaliseCurrency(text);
    return text;
}

QString ColumnMapping::checkValue(const QString &field, const QString &converted)
{
    if (converted.isEmpty())
        return {};
    if (isDateField(field) && !fields::isoDate(converted))
        return QStringLiteral("not a date");
    if (isNumberField(field) && field != u"share" && !fields::number(converted))
        return QStringLiteral("not a number");
    if (isCountryField(field) && !fields::countryCode(converted))
        return QStringLiteral("not a country");
    if (field == u"hs_code") {
        qsizetype digits = 0;
        for (const QChar c : converted)
            digits += c.isDigit();
        if (digits < 6)
            return QStringLiteral("fewer than 6 digits");
    }
    return {};
}

} // namespace caravan
