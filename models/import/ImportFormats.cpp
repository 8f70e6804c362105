#include "models/import/ImportFormats.h"

#include "models/import/BodsReader.h"
#include "models/import/CaravanCsvReader.h"
#include "models/import/CsvReader.h"
#include "models/import/ExchangeRatesReader.h"
#include "models/import/FtmReader.h"
#include "models/import/MappingProposal.h"
#include "models/import/OfacSdnReader.h"
#include "models/import/TradeStatsReader.h"
#include "models/import/UnScReader.h"
#include "models/import/UsCslReader.h"
#include "models/import/UsDplReader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>

#include <functional>

namespace caravan::importformats {

namespace {

struct FormatEntry {
    const char *name;
    std::function<std::unique_ptr<ImportReader>()> make; // empty: known but not readable yet
};

const QList<FormatEntry> &registry()
{
    static const QList<FormatEntry> entries{
        {"caravan-csv", [] { return std::make_unique<CaravanCsvReader>(); }},
        // Without a mapping, a plain CSV must use Caravan CSV's column names.
        {"csv", [] { return std::make_unique<CaravanCsvReader>(); }},
        {"ofac-sdn", [] { return std::make_unique<OfacSdnReader>(); }},
        {"ftm", [] { return std::make_unique<FtmReader>(); }},
        {"bods", [] { return std::make_unique<BodsReader>(); }},
        {"trade-stats", [] { return std::make_unique<TradeStatsReader>(); }},
        {"exchange-rates", [] { return std::make_unique<ExchangeRatesReader>(); }},
        {"un-sc", [] { return std::make_unique<UnScReader>(); }},
        {"us-dpl", [] { return std::make_unique<UsDplReader>(); }},
        {"us-csl", [] { return std::make_unique<UsCslReader>(); }},
    };
    return entries;
}

// The first record of a CSV sample, decoded.
QStringList firstRecord(const QByteArray &sample)
{
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.open() || !reader.next())
        return {};
    QStringList fields;
    for (int i = 0; i < reader.record().size(); ++i)
        fields.append(reader.record().trimmed(i));
    return fields;
}

bool isInteger(const QString &text)
{
    bool ok = false;
    text.toLongLong(&ok);
    return ok;
}

// OFAC's primary files: ent_num, then "-0-" (null) or quoted text, 12 columns, no header.
bool looksLikeOfacPrimary(const QStringList &record)
{
    return record.size() == 12 && isInteger(record.first()) && !record.at(1).isEmpty();
}

} // namespace

QStringList names()
{
    QStringList out;
    for (const FormatEntry &e : registry())
        out.append(QString::fromLatin1(e.name));
    return out;
}

Result<std::unique_ptr<ImportReader>> createReader(const QString &format)
{
    for (const FormatEntry &e : registry()) {
        if (format != QLatin1String(e.name))
            continue;
        if (!e.make)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("format '%1' cannot be imported by this version yet").arg(format));
        return e.make();
    }
    return makeError(ErrorCode::InvalidInput,
                     QStringLiteral("unknown format '%1' (known: %2)").arg(format, names().join(QStringLiteral(", "))));
}

bool isCaravanCsv(const QString &path, const QString &encoding)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    CsvReader reader(&f, CsvOptions{.encoding = encoding});
    if (!reader.open() || !reader.next())
        return false;
    QStringList header;
    for (int i = 0; i < reader.record().size(); ++i)
        header.append(reader.record().trimmed(i).toLower());
    return CaravanCsvReader::kindOfHeader(header).has_value();
}

Result<QString> detect(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray sample = f.read(64 * 1024);
    const QString name = QFileInfo(path).fileName();
    const QString lower = name.toLower();
    if (sample.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1 is empty").arg(name));
    const auto enc = encoding::detect(sample);
    QByteArray utf8;
    Utf8Transcoder(enc.name).feed(sample, utf8);
    if (utf8.contains('\0'))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is not a text file that Caravan can import").arg(name));
    const QByteArray start = utf8.trimmed();
    if (start.startsWith('{') || start.startsWith('[')) {
        if (start.contains("\"statementId\"") || start.contains("\"statementID\"") || start.contains("\"recordType\""))
            return QStringLiteral("bods");
        if (start.contains("\"schema\"") && start.contains("\"properties\""))
            return QStringLiteral("ftm");
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is JSON but neither FollowTheMoney nor BODS").arg(name));
    }
    if (start.startsWith('<')) {
        if (UnScReader::looksLikeUnList(start))
            return QStringLiteral("un-sc");
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1 is XML but not the UN Security Council consolidated list").arg(name));
    }
    const QStringList record = firstRecord(sample);
    if (lower == u"sdn.csv" || lower == u"cons_prim.csv" || looksLikeOfacPrimary(record))
        return QStringLiteral("ofac-sdn");
    if (lower == u"add.csv" || lower == u"alt.csv" || lower == u"sdn_comments.csv" || lower.startsWith(u"cons_"))
        return makeError(
            ErrorCode::InvalidInput,
            QStringLiteral("%1 is part of an OFAC set: import sdn.csv (or cons_prim.csv) beside it").arg(name));
    QStringList header;
    for (const QString &h : record)
        header.append(h.toLower());
    if (UsDplReader::isDplHeader(header))
        return QStringLiteral("us-dpl");
    if (UsCslReader::isCslHeader(header))
        return QStringLiteral("us-csl");
    if (CaravanCsvReader::kindOfHeader(header))
        return QStringLiteral("caravan-csv");
    if (TradeStatsReader::layoutOfHeader(header))
        return QStringLiteral("trade-stats");
    if (ExchangeRatesReader::isRatesHeader(header))
        return QStringLiteral("exchange-rates");
    // Somebody else's CSV whose header a mapping can be proposed for (a customs extract): read through it.
    const MappingProposal proposal = MappingProposal::fromPreview(CsvPreview{record, {}, enc.name, u','}, {});
    if (proposal.isComplete() && !proposal.matches.isEmpty())
        return QStringLiteral("csv");
    // Most of a mapping found: say what is missing rather than that the format is unknown.
    if (proposal.matches.size() >= 2)
        return makeError(ErrorCode::InvalidInput, proposal.refusal(name));
    return makeError(ErrorCode::InvalidInput, QStringLiteral("cannot tell the format of %1; name it with --format (%2)")
                                                  .arg(name, names().join(QStringLiteral(", "))));
}

} // namespace caravan::importformats
