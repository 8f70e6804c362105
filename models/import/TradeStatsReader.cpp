#include "models/import/TradeStatsReader.h"

#include "models/import/FieldParsers.h"

#include <QRegularExpression>

namespace caravan {

namespace {

// "2-EXPORT" -> "EXPORT", "TOTAL-Total" -> "TOTAL" for codes; Comext's code-label values.
QString labelPart(const QString &text)
{
    const qsizetype dash = text.indexOf(u'-');
    return dash > 0 ? text.mid(dash + 1).trimmed() : text;
}

QString codePart(const QString &text)
{
    const qsizetype dash = text.indexOf(u'-');
    return dash > 0 ? text.left(dash).trimmed() : text;
}

// A reporter or partner as Caravan stores it: ISO alpha-2 where it is a country, a code of its own
// where it is an aggregate, the label itself otherwise.
QString placeCode(const QString &label)
{
    const QString l = label.trimmed();
    if (l.startsWith(QLatin1String("European Union - 27")))
        return QStringLiteral("EU27_2020");
    if (l.startsWith(QLatin1String("European Union")))
        return QStringLiteral("EU");
    if (l.startsWith(QLatin1String("Euro area - 20")))
        return QStringLiteral("EA20");
    if (l.startsWith(QLatin1String("Euro area")))
        return QStringLiteral("EA");
    if (l.compare(QLatin1String("World"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("WORLD");
    if (QString code = fields::countryCodeFromName(l); !code.isEmpty())
        return code;
    // "Germany (incl. German Democratic Republic 'DD' from 1991)", "Russian Federation (Russia)"
    const qsizetype paren = l.indexOf(u'(');
    if (paren > 0) {
        if (QString code = fields::countryCodeFromName(l.left(paren)); !code.isEmpty())
            return code;
        const QString inner = l.mid(paren + 1).section(u')', 0, 0);
        if (QString code = fields::countryCodeFromName(inner); !code.isEmpty())
            return code;
    }
    return l;
}

std::optional<QString> flowOf(const QString &text)
{
    const QString f = labelPart(text).toLower().replace(u' ', u'-');
    for (const char *known : {"import", "export", "re-import", "re-export"})
        if (f == QLatin1String(known))
            return f;
    return std::nullopt;
}

// "Aug. 2024" -> "2024-08"; "Y2019" -> "2019"; "2019" and "2019-08" as they are.
std::optional<QString> periodOf(const QString &text)
{
    const QString t = text.trimmed();
    static const QRegularExpression year(QStringLiteral(R"(^Y?(\d{4})$)"));
    if (const auto m = year.match(t); m.hasMatch())
        return m.captured(1);
    static const QRegularExpression yearMonth(QStringLiteral(R"(^(\d{4})-?(\d{2})$)"));
    if (const auto m = yearMonth.match(t); m.hasMatch() && m.captured(2).toInt() >= 1 && m.captured(2).toInt() <= 12)
        return m.captured(1) + u'-' + m.captured(2);
    static const QRegularExpression monthYear(QStringLiteral(R"(^([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$)"));
    if (const auto m = monthYear.match(t); m.hasMatch())
        if (const auto iso = fields::looseDate(QString(m.captured(1) + u' ' + m.captured(2))))
            return *iso;
    return std::nullopt;
}

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

} // namespace

std::optional<TradeStatsReader::Layout> TradeStatsReader::layoutOfHeader(const QStringList &header)
{
    auto has = [&](const char *name) { return header.contains(QLatin1String(name)); };
    if (has("reporter") && has("partner") && has("period") && has("value_in_eur"))
        return Layout::Comext;
    if (has("reporteriso") && has("partneriso") && has("flowdesc") && has("cmdcode") && has("primaryvalue"))
        return Layout::Comtrade;
    return std::nullopt;
}

Status TradeStatsReader::prepare(const QString &path, const ImportOptions &options)
{
    auto header = m_file.openWithHeader(path, options.encoding);
    if (!header)
        return header.error();
    const auto layout = layoutOfHeader(*header);
    if (!layout)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: the header is neither Eurostat Comext's (REPORTER, PARTNER, PERIOD, "
                                        "VALUE_IN_EUR...) nor UN Comtrade's (reporterISO, partnerISO, flowDesc, "
                                        "cmdCode, primaryValue...)")
                             .arg(m_file.fileName()));
    m_layout = *layout;
    m_header = *header;
    return {};
}

QString TradeStatsReader::column(const CsvRecord &r, const char *name) const
{
    return r.trimmed(static_cast<int>(m_header.indexOf(QLatin1String(name))));
}

Status TradeStatsReader::read(ImportContext &context)
{
    const int columns = static_cast<int>(m_header.size());
    return m_file.forEach(context, 0, 0, [&](const CsvRecord &r) {
        // Comtrade ends every data line with a comma its header does not have: an empty extra field.
        bool extraEmpty = true;
        for (int i = columns; i < r.size(); ++i)
            extraEmpty = extraEmpty && r.field(i).trimmed().isEmpty();
        if (r.size() < columns || !extraEmpty)
            return RowOutcome::rejected(QStringLiteral("expected %1 columns, found %2").arg(columns).arg(r.size()));
        return m_layout == Layout::Comext ? comextRow(context, r) : comtradeRow(context, r);
    });
}

RowOutcome TradeStatsReader::comextRow(ImportContext &context, const CsvRecord &r)
{
    TradeStatRecord t;
    t.reporter = placeCode(column(r, "reporter"));
    t.partner = placeCode(column(r, "partner"));
    const QString flow = column(r, "flow");
    const auto f = flowOf(flow);
    if (!f)
        return RowOutcome::rejected(QStringLiteral("FLOW %1 is not IMPORT or EXPORT").arg(quoted(flow)));
    t.flow = *f;
    t.hsCode = codePart(column(r, "product")).toUpper();
    const QString period = column(r, "period");
    const auto p = periodOf(period);
    if (!p)
        return RowOutcome::rejected(QStringLiteral("PERIOD %1 is not a month or a year").arg(quoted(period)));
    t.period = *p;
    const QString value = column(r, "value_in_eur");
    t.value = fields::number(value);
    if (!value.isEmpty() && !t.value)
        return RowOutcome::rejected(QStringLiteral("VALUE_IN_EUR %1 is not a number").arg(quoted(value)));
    t.currency = QStringLiteral("EUR");
    if (t.reporter.isEmpty() || t.partner.isEmpty() || t.hsCode.isEmpty())
        return RowOutcome::rejected(QStringLiteral("REPORTER, PARTNER and PRODUCT are needed"));
    if (auto added = context.writer().addTradeStat(t, context.at(r.line())); !added)
        return RowOutcome::failed(added.error());
    return RowOutcome::imported();
}

RowOutcome TradeStatsReader::comtradeRow(ImportContext &context, const CsvRecord &r)
{
    TradeStatRecord t;
    auto place = [&](const char *desc, const char *iso) {
        const QString code = placeCode(column(r, desc));
        return code.size() == 2 || code == u"WORLD" ? code : column(r, iso);
    };
    t.reporter = place("reporterdesc", "reporteriso");
    t.partner = place("partnerdesc", "partneriso");
    const QString flow = column(r, "flowdesc");
    const auto f = flowOf(flow);
    if (!f)
        return RowOutcome::rejected(
            QStringLiteral("flowDesc %1 is not Import, Export, Re-import or Re-export").arg(quoted(flow)));
    t.flow = *f;
    t.hsCode = column(r, "cmdcode");
    const QString period = column(r, "period");
    const auto p = periodOf(period);
    if (!p)
        return RowOutcome::rejected(QStringLiteral("period %1 is not a month or a year").arg(quoted(period)));
    t.period = *p;
    const QString value = column(r, "primaryvalue");
    t.value = fields::number(value);
    if (!value.isEmpty() && !t.value)
        return RowOutcome::rejected(QStringLiteral("primaryValue %1 is not a number").arg(quoted(value)));
    t.quantity = fields::number(column(r, "qty"));
    const QString unit = column(r, "qtyunitabbr");
    t.unit = unit == u"N/A" ? QString() : unit;
    t.currency = QStringLiteral("USD");
    if (t.reporter.isEmpty() || t.partner.isEmpty() || t.hsCode.isEmpty())
        return RowOutcome::rejected(QStringLiteral("reporter, partner and cmdCode are needed"));
    if (auto added = context.writer().addTradeStat(t, context.at(r.line())); !added)
        return RowOutcome::failed(added.error());
    return RowOutcome::imported();
}

} // namespace caravan
