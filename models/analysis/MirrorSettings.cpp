// MirrorSettings' stored part: the CIF/FOB margin and the reporting lag a case keeps for its mirror comparisons.
#include "models/analysis/MirrorComparison.h"

#include "models/storage/CaseFile.h"
#include "models/storage/ChangeSetting.h"

#include <cmath>

namespace caravan {

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

} // namespace

std::optional<MirrorLevel> MirrorSettings::levelOf(const QString &name)
{
    if (name == u"hs6")
        return MirrorLevel::Hs6;
    if (name == u"hs4")
        return MirrorLevel::Hs4;
    if (name == u"hs2")
        return MirrorLevel::Hs2;
    if (name == u"tier")
        return MirrorLevel::Tier;
    return std::nullopt;
}

std::optional<MirrorPeriod> MirrorSettings::periodOf(const QString &name)
{
    if (name == u"month")
        return MirrorPeriod::Month;
    if (name == u"quarter")
        return MirrorPeriod::Quarter;
    if (name == u"year")
        return MirrorPeriod::Year;
    return std::nullopt;
}

std::optional<double> MirrorSettings::parseMarginPercent(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok && v >= 0 && v <= 100 ? std::optional<double>(v) : std::nullopt;
}

std::optional<int> MirrorSettings::parseLagMonths(const QString &text)
{
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    if (!ok || v < 0 || v > kMaxLagMonths || v != std::floor(v))
        return std::nullopt;
    return static_cast<int>(v);
}

Status MirrorSettings::loadStored(const CaseFile &file)
{
    if (const QString v = file.setting(key(mirrorkeys::cifFobMarginPercent)); !v.isEmpty()) {
        const auto percent = parseMarginPercent(v);
        if (!percent)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("setting %1 = \"%2\": the CIF/FOB margin must be a percent from 0 to 100")
                                 .arg(key(mirrorkeys::cifFobMarginPercent), v));
        cifFobMargin = *percent / 100;
    }
    if (const QString v = file.setting(key(mirrorkeys::lagMonths)); !v.isEmpty()) {
        const auto months = parseLagMonths(v);
        if (!months)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("setting %1 = \"%2\": the reporting lag must be whole months from 0 to %3")
                                 .arg(key(mirrorkeys::lagMonths), v)
                                 .arg(kMaxLagMonths));
        lagMonths = *months;
    }
    return {};
}

Status MirrorSettings::saveStored(CaseFile &file) const
{
    const std::pair<const char *, QString> values[] = {
        {mirrorkeys::cifFobMarginPercent, QString::number(cifFobMargin * 100, 'g', 10)},
        {mirrorkeys::lagMonths, QString::number(lagMonths)},
    };
    for (const auto &[k, v] : values)
        if (auto st = changeSetting(file, key(k), v); !st)
            return st;
    return {};
}

} // namespace caravan
