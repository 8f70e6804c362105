#include "models/import/ExchangeRatesReader.h"

#include "models/import/FieldParsers.h"

#include <QRegularExpression>

namespace caravan {

bool ExchangeRatesReader::isRatesHeader(const QStringList &header)
{
    if (header.size() < 2 || (header.first() != u"date" && header.first() != u"time_period"))
        return false;
    static const QRegularExpression code(QStringLiteral("^[a-z]{3}$"));
    int currencies = 0;
    for (qsizetype i = 1; i < header.size(); ++i) {
        if (header.at(i).isEmpty() && i == header.size() - 1)
            continue; // eurofxref-hist.csv ends every line with a comma
        if (!code.match(header.at(i)).hasMatch())
            return false;
        ++currencies;
    }
    return currencies > 0;
}

Status ExchangeRatesReader::prepare(const QString &path, const ImportOptions &options)
{
    auto header = m_file.openWithHeader(path, options.encoding);
    if (!header)
        return header.error();
    if (!isRatesHeader(*header))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: the header is not the ECB reference-rate layout (Date, then currency "
                                        "codes such as USD, JPY, GBP)")
                             .arg(m_file.fileName()));
    m_currencies.clear();
    for (const QString &h : *header)
        m_currencies.append(h.toUpper());
    return {};
}

Status ExchangeRatesReader::read(ImportContext &context)
{
    static const QRegularExpression period(QStringLiteral(R"(^\d{4}(-\d{2}(-\d{2})?)?$)"));
    return m_file.forEach(context, 0, 0, [&](const CsvRecord &r) {
        const QString date = r.trimmed(0);
        if (!period.match(date).hasMatch())
            return RowOutcome::rejected(
                QStringLiteral("Date '%1' is not a day, a month or a year (2024-01-31, 2024-01, 2024)").arg(date));
        int stored = 0;
        for (int i = 1; i < r.size() && i < m_currencies.size(); ++i) {
            const QString text = r.trimmed(i);
            if (m_currencies.at(i).isEmpty() || text.isEmpty() || text == u"N/A")
                continue;
            const auto rate = fields::number(text);
            if (!rate || *rate <= 0)
                return RowOutcome::rejected(
                    QStringLiteral("%1 rate '%2' is not a positive number").arg(m_currencies.at(i), text));
            if (auto added = context.writer().addExchangeRate(m_currencies.at(i), date, *rate, context.at(r.line()));
                !added)
                return RowOutcome::failed(added.error());
            ++stored;
        }
        return stored > 0 ? RowOutcome::imported() : RowOutcome::skipped();
    });
}

} // namespace caravan
