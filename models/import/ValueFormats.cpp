#include "models/import/ValueFormats.h"

#include <QRegularExpression>

namespace caravan {

namespace {

// Tried in this order: on a tie the first wins, so day-first (Europe, the EAEU) before month-first.
const QStringList &dateFormats()
{
    static const QStringList formats{
        QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"), QStringLiteral("d.M.yyyy"),
        QStringLiteral("dd.MM.yy"),   QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy"),
        QStringLiteral("d/M/yyyy"),   QStringLiteral("M/d/yyyy"),   QStringLiteral("dd-MM-yyyy"),
        QStringLiteral("yyyyMMdd"),   QStringLiteral("yyyy.MM.dd"), QStringLiteral("yyyy/MM/dd"),
        QStringLiteral("dd/MM/yy"),   QStringLiteral("MM/dd/yy"),   QStringLiteral("d.M.yy"),
    };
    return formats;
}

// The format with day and month swapped, or empty.
QString swapped(const QString &format)
{
    if (!format.contains(u'd') || !format.contains(u'M') || format.startsWith(u'y'))
        return {};
    QString out = format;
    out.replace(u'd', u'\x01').replace(u'M', u'd').replace(u'\x01', u'M');
    return out;
}

int countParsed(const QStringList &values, const QString &format)
{
    int n = 0;
    for (const QString &v : values)
        n += ValueFormats::parseDate(v, format).isValid();
    return n;
}

// Spaces of every kind and apostrophes: thousands separators, never decimal ones.
QString withoutGroupSpaces(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace() && c != QChar(0x00A0) && c != QChar(0x202F) && c != u'\'')
            out.append(c);
    return out;
}

// +1: this value says the decimal separator is `,`; -1: `.`; 0: it cannot tell ("1,200", "15", "3.000").
int decimalVote(const QString &raw)
{
    static const QRegularExpression numeric(QStringLiteral("^[-+]?[0-9.,]*[0-9][0-9.,]*$"));
    const QString text = withoutGroupSpaces(raw);
    if (!numeric.match(text).hasMatch())
        return 0;
    const qsizetype commas = text.count(u',');
    const qsizetype points = text.count(u'.');
    if (commas > 0 && points > 0)
        return text.lastIndexOf(u',') > text.lastIndexOf(u'.') ? 1 : -1;
    if (commas + points == 0)
        return 0;
    const QChar sep = commas > 0 ? u',' : u'.';
    if (commas > 1 || points > 1)
        return sep == u',' ? -1 : 1; // repeated: thousands
    const qsizetype after = text.size() - text.indexOf(sep) - 1;
    if (after == 3 && text.indexOf(sep) > 0 && text.indexOf(sep) <= 3)
        return 0; // "1,200": a thousand two hundred, or one point two
    return sep == u',' ? 1 : -1;
}

} // namespace

QDate ValueFormats::parseDate(const QString &raw, const QString &format)
{
    QString text = raw.trimmed();
    // "15.03.2023 0:00:00", "2023-03-15T00:00:00": the date part.
    if (const qsizetype space = text.indexOf(u' '); space > 0)
        text.truncate(space);
    if (text.size() > 10 && text[10] == u'T')
        text.truncate(10);
    QDate date = QDate::fromString(text, format);
    if (date.isValid() && format.contains(QStringLiteral("yy")) && !format.contains(QStringLiteral("yyyy")) &&
        date.year() < 1970)
        date = date.addYears(100);
    return date;
}

ValueFormats ValueFormats::detect(const QStringList &dates, const QStringList &numbers, const QStringList &lists,
                                  QChar delimiter, const QString &encoding)
{
    ValueFormats out;
    QStringList dateValues;
    for (const QString &v : dates)
        if (!v.trimmed().isEmpty())
            dateValues << v.trimmed();
    out.dateValues = static_cast<int>(dateValues.size());
    if (!dateValues.isEmpty()) {
        for (const QString &format : dateFormats()) {
            const int parsed = countParsed(dateValues, format);
            if (parsed > out.dateParsed) {
                out.dateParsed = parsed;
                out.dateFormat = format;
            }
        }
        if (const QString other = swapped(out.dateFormat); !other.isEmpty() && out.dateParsed > 0)
            out.dateAmbiguous = countParsed(dateValues, other) == out.dateParsed;
        for (const QString &v : dateValues)
            if (parseDate(v, out.dateFormat).isValid()) {
                out.dateExample = v;
                break;
            }
    }

    int comma = 0, point = 0;
    QString commaExample, pointExample;
    for (const QString &v : numbers) {
        const int vote = decimalVote(v);
        if (vote > 0 && comma++ == 0)
            commaExample = v.trimmed();
        if (vote < 0 && point++ == 0)
            pointExample = v.trimmed();
    }
    if (comma > point) {
        out.decimalSeparator = u',';
        out.decimalExample = commaExample;
    } else if (point > comma) {
        out.decimalExample = pointExample;
    } else {
        const bool cyrillic = encoding == u"windows-1251" || encoding == u"koi8-r";
        out.decimalSeparator = delimiter == u';' || cyrillic ? u',' : u'.';
    }

    const QList<QChar> separators{u';', u'|', u',', u'/'};
    qsizetype best = 0;
    for (const QChar sep : separators) {
        if (sep == delimiter)
            continue;
        qsizetype seen = 0;
        QString example;
        for (const QString &v : lists)
            if (v.contains(sep)) {
                seen += v.count(sep);
                if (example.isEmpty())
                    example = v.trimmed();
            }
        if (seen > best) {
            best = seen;
            out.listSeparator = sep;
            out.listExample = example;
        }
    }
    if (best == 0 && delimiter == u';')
        out.listSeparator = u',';
    return out;
}

} // namespace caravan
