#include "models/analysis/ChainSettings.h"

#include "models/storage/CaseFile.h"
#include "models/storage/ChangeSetting.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace caravan {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

Error badSetting(const char *k, const QString &value, const QString &why)
{
    return makeError(ErrorCode::InvalidInput, QStringLiteral("setting %1 = \"%2\": %3").arg(key(k), value, why));
}

QString formatNumber(double v)
{
    return QString::number(v, 'g', 10);
}

} // namespace

QStringList ChainSettings::defaultTransit()
{
    return {QStringLiteral("AM"), QStringLiteral("CN"), QStringLiteral("GE"), QStringLiteral("HK"),
            QStringLiteral("IN"), QStringLiteral("KZ"), QStringLiteral("KG"), QStringLiteral("RS"),
            QStringLiteral("TJ"), QStringLiteral("TR"), QStringLiteral("AE"), QStringLiteral("UZ")};
}

Result<QStringList> ChainSettings::parseCountries(const QString &text, const QString &what)
{
    static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString c = part.trimmed().toUpper();
        if (!code.match(c).hasMatch())
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1: \"%2\" is not a two-letter country code").arg(what, part.trimmed()));
        if (!out.contains(c))
            out.append(c);
    }
    if (out.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("%1: no country given").arg(what));
    return out;
}

Result<double> ChainSettings::parsePercent(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%'))
        t.chop(1);
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || v < 0 || v > 100)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("quantity tolerance \"%1\" must be a percent from 0 to 100").arg(text));
    return v;
}

Result<ChainSettings> ChainSettings::load(const CaseFile &file)
{
    ChainSettings s;
    auto readInt = [&](const char *k, int &into) -> Status {
        const QString v = file.setting(key(k));
        if (v.isEmpty())
            return {};
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok)
            return badSetting(k, v, QStringLiteral("not a whole number"));
        into = n;
        return {};
    };
    if (auto st = readInt(chainkeys::windowDays, s.windowDays); !st)
        return st.error();
    if (auto st = readInt(chainkeys::hsDigits, s.hsDigits); !st)
        return st.error();
    if (auto st = readInt(chainkeys::maxIntermediaries, s.maxIntermediaries); !st)
        return st.error();
    for (auto [k, into] : {std::pair{chainkeys::qtyTolerance, &s.qtyTolerancePercent},
                           std::pair{chainkeys::valueTolerance, &s.valueTolerancePercent}}) {
        const QString v = file.setting(key(k));
        if (v.isEmpty())
            continue;
        auto p = parsePercent(v);
        if (!p)
            return badSetting(k, v, p.error().message);
        *into = *p;
    }
    if (const QString v = file.setting(key(chainkeys::minScore)); !v.isEmpty()) {
        bool ok = false;
        s.minScore = v.toDouble(&ok);
        if (!ok)
            return badSetting(chainkeys::minScore, v, QStringLiteral("not a number"));
    }
    for (auto [k, list] :
         {std::pair{chainkeys::transit, &s.transit}, std::pair{chainkeys::destination, &s.destination}}) {
        const QString v = file.setting(key(k));
        if (v.isEmpty())
            continue;
        auto parsed = parseCountries(v, key(k));
        if (!parsed)
            return parsed.error();
        *list = *parsed;
    }
    if (auto st = s.validate(); !st)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("stored chain settings: %1").arg(st.error().message));
    return s;
}

Status ChainSettings::validate() const
{
    if (windowDays < 1 || windowDays > 3650)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("window of %1 days: it must be 1 to 3650 days").arg(windowDays));
    if (qtyTolerancePercent < 0 || qtyTolerancePercent > 100)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("quantity tolerance must be 0 to 100 percent"));
    if (valueTolerancePercent < 0 || valueTolerancePercent > 100)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("value tolerance must be 0 to 100 percent"));
    if (hsDigits != 4 && hsDigits != 6)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("HS match level must be 4 or 6 digits"));
    if (maxIntermediaries < 1 || maxIntermediaries > 2)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("a chain has 1 or 2 intermediaries"));
    if (minScore < 0 || minScore > 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("minimum score must be 0 to 1"));
    if (transit.isEmpty() || destination.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("transit and destination countries are required"));
    for (const QString &c : destination)
        if (transit.contains(c))
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("%1 is both a transit and a destination country").arg(c));
    return {};
}

Status ChainSettings::save(CaseFile &file) const
{
    const std::pair<const char *, QString> values[] = {
        {chainkeys::windowDays, QString::number(windowDays)},
        {chainkeys::qtyTolerance, formatNumber(qtyTolerancePercent)},
        {chainkeys::valueTolerance, formatNumber(valueTolerancePercent)},
        {chainkeys::transit, transit.join(u',')},
        {chainkeys::destination, destination.join(u',')},
        {chainkeys::hsDigits, QString::number(hsDigits)},
        {chainkeys::minScore, formatNumber(minScore)},
        {chainkeys::maxIntermediaries, QString::number(maxIntermediaries)},
    };
    for (const auto &[k, v] : values)
        if (auto st = changeSetting(file, key(k), v); !st)
            return st;
    return {};
}

graph::ChainSearchParams ChainSettings::searchParams() const
{
    graph::ChainSearchParams p;
    p.windowDays = windowDays;
    p.qtyTolerance = qtyTolerancePercent / 100.0;
    p.valueTolerance = valueTolerancePercent / 100.0;
    p.hsDigits = hsDigits;
    p.maxIntermediaries = maxIntermediaries;
    for (const QString &c : transit)
        p.transit.insert(graph::countryCode(c.toStdString()));
    for (const QString &c : destination)
        p.destination.insert(graph::countryCode(c.toStdString()));
    return p;
}

QJsonObject ChainSettings::toJson() const
{
    return {{QStringLiteral("window_days"), windowDays},
            {QStringLiteral("qty_tolerance_percent"), qtyTolerancePercent},
            {QStringLiteral("value_tolerance_percent"), valueTolerancePercent},
            {QStringLiteral("transit"), QJsonArray::fromStringList(transit)},
            {QStringLiteral("destination"), QJsonArray::fromStringList(destination)},
            {QStringLiteral("hs_digits"), hsDigits},
            {QStringLiteral("min_score"), minScore},
            {QStringLiteral("max_intermediaries"), maxIntermediaries}};
}

QString ChainSettings::describe() const
{
    return QStringLiteral("window %1 days, quantity and weight tolerance %2%, value tolerance %8%, HS match at %3, "
                          "up to %4 intermediaries, transit %5, destination %6, minimum score %7")
        .arg(windowDays)
        .arg(formatNumber(qtyTolerancePercent))
        .arg(hsDigits == 6 ? QStringLiteral("6 digits") : QStringLiteral("6 digits (4 digits scored lower)"))
        .arg(maxIntermediaries)
        .arg(transit.join(u','), destination.join(u','))
        .arg(formatNumber(minScore))
        .arg(formatNumber(valueTolerancePercent));
}

} // namespace caravan
