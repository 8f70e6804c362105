#include "models/analysis/MirrorComparison.h"

#include "models/analysis/MirrorFigures.h"

#include <QJsonArray>

namespace caravan {

using mirror::rounded;

QJsonObject MirrorResult::toJson() const
{
    auto number = [](const std::optional<double> &v, int decimals) {
        return v ? QJsonValue(rounded(*v, decimals)) : QJsonValue(QJsonValue::Null);
    };
    QJsonArray list;
    for (const MirrorFlow &f : flows) {
        QJsonObject o{{QStringLiteral("exporter"), f.exporter},
                      {QStringLiteral("importer"), f.importer},
                      {QStringLiteral("hs"), f.hs},
                      {QStringLiteral("period"), f.period},
                      {QStringLiteral("exports_reported"), number(f.exportsReported, 2)},
                      {QStringLiteral("imports_reported"), number(f.importsReported, 2)},
                      {QStringLiteral("currency"), currency},
                      {QStringLiteral("gap"), number(f.gap, 2)},
                      {QStringLiteral("gap_pct"), number(f.gapPct, 2)},
                      {QStringLiteral("growth"), number(f.growth, 3)},
                      {QStringLiteral("baseline_monthly"), number(f.baseline, 2)},
                      {QStringLiteral("comparable"), f.comparable},
                      {QStringLiteral("lag_months"), f.lagMonths},
                      {QStringLiteral("chpl_tier"), f.chplTier.isEmpty() ? QJsonValue() : QJsonValue(f.chplTier)},
                      {QStringLiteral("flags"), QJsonArray::fromStringList(f.flags)},
                      {QStringLiteral("confidence"),
                       f.flags.isEmpty() ? QJsonValue() : QJsonValue(MirrorFlow::confidenceName(f.confidence()))},
                      {QStringLiteral("explanation"), f.explanation},
                      {QStringLiteral("shipments"), QJsonArray::fromStringList(f.shipments)},
                      {QStringLiteral("companies"), QJsonArray::fromStringList(f.companies)}};
        // Each company's shipments as a share of the flow as its exporter reports it (else its importer).
        const std::optional<double> whole =
            f.exportsReported && *f.exportsReported > 0 ? f.exportsReported : f.importsReported;
        o.insert(QStringLiteral("shipments_value"), number(f.shipmentsValue, 2));
        QJsonObject shares;
        if (whole && *whole > 0)
            for (const auto &[company, value] : f.companyValues)
                shares.insert(company, rounded(value / *whole, 6));
        o.insert(QStringLiteral("company_shares"), shares);
        QJsonArray parties;
        for (const MirrorParty &p : f.parties)
            parties.append(p.toJson());
        o.insert(QStringLiteral("parties"), parties);
        if (f.coalitionImports) {
            o.insert(QStringLiteral("coalition_imports"), rounded(*f.coalitionImports, 2));
            o.insert(QStringLiteral("exports_to_ru_by"), rounded(f.exportsToRuBy.value_or(0), 2));
        }
        list.append(o);
    }
    return {{QStringLiteral("flows"), list},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("verdicts_as_of"), partiesAsOf.isEmpty() ? QJsonValue() : QJsonValue(partiesAsOf)},
            {QStringLiteral("unconverted_rows"), unconverted}};
}

} // namespace caravan
