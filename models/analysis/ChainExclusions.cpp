#include "models/analysis/ChainExclusions.h"

#include "models/analysis/TradeSnapshot.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace caravan {

ChainExclusions ChainExclusions::of(const TradeSnapshot &snap)
{
    ChainExclusions out;
    const graph::TradeArrays &t = snap.trade;
    const std::size_t n = snap.shipmentCount();
    const bool hasWeight = t.weight.size() == n, hasValue = t.value.size() == n && t.currency.size() == n;
    auto add = [&](qint64 row, ExclusionReason reason) {
        ++out.counts[static_cast<std::size_t>(reason)];
        out.shipments.push_back({row, reason});
    };
    for (const qint64 row : snap.undatedRowIds)
        add(row, ExclusionReason::NoDate);
    std::vector<qint64> unknownByWritten(snap.units.size(), 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::int32_t written = snap.unknownUnit[i];
        const bool unknownUnit = written >= 0;
        if (unknownUnit)
            ++unknownByWritten[static_cast<std::size_t>(written)];
        const std::int32_t exporter = t.exporter[i], importer = t.importer[i];
        std::optional<ExclusionReason> reason;
        if (exporter < 0 || importer < 0)
            reason = ExclusionReason::PartyUnknown;
        else if (t.hs6[i] < 0)
            reason = ExclusionReason::NoHsCode;
        else if (t.entityCountry[static_cast<std::size_t>(exporter)] == 0 ||
                 t.entityCountry[static_cast<std::size_t>(importer)] == 0)
            reason = ExclusionReason::PartyCountryUnknown;
        else if (!(t.unit[i] >= 0 && t.quantity[i] > 0) && !(hasWeight && t.weight[i] > 0) &&
                 !(hasValue && t.value[i] > 0 && t.currency[i] >= 0))
            reason = unknownUnit ? ExclusionReason::UnknownUnit : ExclusionReason::NoMeasure;
        if (reason)
            add(snap.shipmentRowId[i], *reason);
    }
    for (std::size_t u = 0; u < unknownByWritten.size(); ++u)
        if (unknownByWritten[u] > 0)
            out.unknownUnits[QString::fromStdString(snap.units[u])] += unknownByWritten[u];
    std::sort(out.shipments.begin(), out.shipments.end(),
              [](const ExcludedShipment &a, const ExcludedShipment &b) { return a.rowId < b.rowId; });
    return out;
}

qint64 ChainExclusions::total() const
{
    qint64 sum = 0;
    for (const qint64 c : counts)
        sum += c;
    return sum;
}

const char *ChainExclusions::key(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::NoDate:
        return "no_date";
    case ExclusionReason::PartyUnknown:
        return "party_unknown";
    case ExclusionReason::NoHsCode:
        return "no_hs_code";
    case ExclusionReason::PartyCountryUnknown:
        return "party_country_unknown";
    case ExclusionReason::UnknownUnit:
        return "unknown_unit";
    case ExclusionReason::NoMeasure:
        return "no_measure";
    }
    return "";
}

QString ChainExclusions::label(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::NoDate:
        return QCoreApplication::translate("ChainExclusions", "no date");
    case ExclusionReason::PartyUnknown:
        return QCoreApplication::translate("ChainExclusions", "party unknown");
    case ExclusionReason::NoHsCode:
        return QCoreApplication::translate("ChainExclusions", "no HS code");
    case ExclusionReason::PartyCountryUnknown:
        return QCoreApplication::translate("ChainExclusions", "party country unknown");
    case ExclusionReason::UnknownUnit:
        return QCoreApplication::translate("ChainExclusions", "unknown unit");
    case ExclusionReason::NoMeasure:
        return QCoreApplication::translate("ChainExclusions", "no usable quantity, weight or value");
    }
    return {};
}

QJsonObject ChainExclusions::toJson() const
{
    QJsonObject o;
    for (std::size_t r = 0; r < kExclusionReasons; ++r)
        if (counts[r] > 0)
            o.insert(QLatin1String(key(static_cast<ExclusionReason>(r))), counts[r]);
    return o;
}

QJsonObject ChainExclusions::unknownUnitsJson() const
{
    QJsonObject o;
    for (const auto &[spelling, count] : unknownUnits)
        o.insert(spelling, count);
    return o;
}

QString ChainExclusions::summary() const
{
    std::vector<std::size_t> order;
    for (std::size_t r = 0; r < kExclusionReasons; ++r)
        if (counts[r] > 0)
            order.push_back(r);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return counts[a] > counts[b]; });
    const QLocale locale;
    QStringList parts;
    for (const std::size_t r : order)
        parts << QStringLiteral("%1 %2").arg(locale.toString(counts[r]), label(static_cast<ExclusionReason>(r)));
    QStringList sentences;
    if (total() > 0)
        sentences << QCoreApplication::translate("ChainExclusions", "%1 shipments could not be used: %2")
                         .arg(locale.toString(total()), parts.join(QStringLiteral(", ")));
    if (!unknownUnits.empty()) {
        QStringList spellings;
        for (const auto &[spelling, count] : unknownUnits)
            spellings << QStringLiteral("\"%1\" (%2)").arg(spelling, locale.toString(count));
        sentences << QCoreApplication::translate("ChainExclusions", "Units not recognised: %1")
                         .arg(spellings.join(QStringLiteral(", ")));
    }
    return sentences.join(QStringLiteral(". "));
}

} // namespace caravan
