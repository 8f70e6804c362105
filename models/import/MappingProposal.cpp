#include "models/import/MappingProposal.h"

#include "models/import/CaravanCsvReader.h"

#include <QFileInfo>
#include <QJsonArray>

namespace caravan {

namespace {

bool isDateField(const QString &f)
{
    return f == u"date" || f.endsWith(QStringLiteral("_date"));
}

bool isNumberField(const QString &f)
{
    return f == u"quantity" || f == u"weight_kg" || f == u"value";
}

bool isListField(const QString &f)
{
    return f == u"aliases" || f == u"identifiers" || f == u"transit_countries";
}

QString quotedList(const QStringList &items)
{
    QStringList out;
    for (const QString &i : items)
        out << u'\'' + i + u'\'';
    return out.join(QStringLiteral(", "));
}

// Shipments with no date column but EAEU declaration numbers as ids: the date is the one the number holds.
void dateFromDeclaration(MappingProposal &p, const CsvPreview &preview)
{
    const QString idColumn = p.mapping.columns.value(QStringLiteral("id"));
    if (p.mapping.kind != u"shipments" || p.mapping.columns.contains(QStringLiteral("date")) || idColumn.isEmpty() ||
        preview.rows.isEmpty())
        return;
    const qsizetype at = preview.header.indexOf(idColumn);
    for (const QStringList &row : preview.rows)
        if (!ColumnMapping::dateOfDeclaration(row.value(at)).isValid())
            return;
    p.mapping.columns.insert(QStringLiteral("date"), idColumn);
    HeaderMatch m{QStringLiteral("date"), idColumn, HeaderMatch::Reason::DeclarationDate, {}, 0, 0};
    p.matches.insert(p.matches.isEmpty() || p.matches.first().field != u"id" ? 0 : 1, m);
}

} // namespace

MappingProposal MappingProposal::fromPreview(const CsvPreview &preview, const QString &kind)
{
    MappingProposal p;
    p.header = preview.header;
    p.delimiter = preview.delimiter;
    p.sampledRows = static_cast<int>(preview.rows.size());
    const QString chosen = kind.isEmpty() ? ColumnMapping::likelyKind(preview.header) : kind;
    p.mapping = ColumnMapping::propose(preview.header, chosen);
    p.matches = HeaderMatcher::match(preview.header, chosen);
    p.mapping.encoding = preview.encoding;
    dateFromDeclaration(p, preview);

    QStringList dates, numbers, lists;
    for (const HeaderMatch &m : p.matches) { // in field order: the examples do not depend on hashing
        const qsizetype at = preview.header.indexOf(m.column);
        if (at < 0)
            continue;
        if (m.reason == HeaderMatch::Reason::DeclarationDate)
            continue;
        QStringList *into = isDateField(m.field)     ? &dates
                            : isNumberField(m.field) ? &numbers
                            : isListField(m.field)   ? &lists
                                                     : nullptr;
        if (!into)
            continue;
        for (const QStringList &row : preview.rows)
            into->append(row.value(at));
    }
    p.formats = ValueFormats::detect(dates, numbers, lists, preview.delimiter, preview.encoding);
    p.mapping.dateFormat = p.formats.dateFormat == u"yyyy-MM-dd" ? QString() : p.formats.dateFormat;
    p.mapping.decimalSeparator = p.formats.decimalSeparator;
    p.mapping.listSeparator = p.formats.listSeparator;

    const QStringList taken = p.mapping.columns.values();
    for (const QString &h : preview.header)
        if (!taken.contains(h))
            p.unmapped << h;
    for (const QString &f : CaravanCsvReader::requiredOf(chosen))
        if (!p.mapping.columns.contains(f) && !p.mapping.constants.contains(f))
            p.missing << f;
    return p;
}

Result<MappingProposal> MappingProposal::forFile(const QString &path, const QString &kind, const QString &encoding,
                                                 int sampleRows)
{
    auto preview = previewCsv(path, encoding, sampleRows);
    if (!preview)
        return preview.error();
    if (!kind.isEmpty() && CaravanCsvReader::columnsOf(kind).isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("unknown kind '%1' for a mapped CSV (entities, links, shipments, sanctions)").arg(kind));
    return fromPreview(*preview, kind);
}

QJsonObject MappingProposal::toJson() const
{
    QJsonObject out = mapping.toJson();
    QJsonArray why;
    for (const HeaderMatch &m : matches)
        why.append(QJsonObject{{QStringLiteral("field"), m.field},
                               {QStringLiteral("column"), m.column},
                               {QStringLiteral("because"), HeaderMatcher::describe(m)}});
    QJsonObject detected{
        {QStringLiteral("encoding"), mapping.encoding},
        {QStringLiteral("delimiter"), QString(delimiter)},
        {QStringLiteral("sampled_rows"), sampledRows},
        {QStringLiteral("date_format"), formats.dateFormat},
        {QStringLiteral("date_values_read"),
         QStringLiteral("%1 of %2").arg(formats.dateParsed).arg(formats.dateValues)},
        {QStringLiteral("date_ambiguous"), formats.dateAmbiguous},
        {QStringLiteral("date_example"), formats.dateExample},
        {QStringLiteral("decimal_separator"), QString(formats.decimalSeparator)},
        {QStringLiteral("decimal_example"), formats.decimalExample},
        {QStringLiteral("list_separator"), QString(formats.listSeparator)},
        {QStringLiteral("list_example"), formats.listExample},
    };
    out.insert(QStringLiteral("detected"), detected);
    out.insert(QStringLiteral("why"), why);
    out.insert(QStringLiteral("unmapped_columns"), QJsonArray::fromStringList(unmapped));
    out.insert(QStringLiteral("missing"), QJsonArray::fromStringList(missing));
    return out;
}

QString MappingProposal::refusal(const QString &fileName) const
{
    return QStringLiteral("%1: no column found for %2 (%3 needs %4); columns not mapped: %5; the header has: %6. "
                          "Name them in a mapping (--mapping MAP.json; --show-mapping prints this proposal to "
                          "start from)")
        .arg(fileName, missing.join(QStringLiteral(", ")), mapping.kind,
             CaravanCsvReader::requiredOf(mapping.kind).join(QStringLiteral(", ")),
             unmapped.isEmpty() ? QStringLiteral("none") : quotedList(unmapped), quotedList(header));
}

} // namespace caravan
