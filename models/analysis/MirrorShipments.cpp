#include "models/analysis/MirrorShipments.h"

#include "models/analysis/MirrorPeriods.h"
#include "models/analysis/MirrorRates.h"
#include "models/domain/Chpl.h"
#include "models/storage/MirrorRows.h"

#include <map>
#include <set>
#include <tuple>

namespace caravan::mirror {

void attachShipments(const std::vector<MirrorShipmentRow> &shipments, const MirrorSettings &s, const Rates &rates,
                     MirrorResult &result)
{
    std::map<std::tuple<QString, QString, QString, QString>, std::size_t> index;
    for (std::size_t i = 0; i < result.flows.size(); ++i) {
        const MirrorFlow &f = result.flows[i];
        index[{f.exporter, f.importer, f.hs, f.period}] = i;
    }
    for (const MirrorShipmentRow &sh : shipments) {
        QString hs;
        if (s.level == MirrorLevel::Tier) {
            const ChplEntry *e = sh.hs6.size() == 6 ? chplEntry(sh.hs6.toInt()) : nullptr;
            if (!e)
                continue;
            hs = QStringLiteral("tier ") + QString::fromLatin1(e->tier.data(), static_cast<qsizetype>(e->tier.size()));
        } else {
            hs = sh.hs6.left(s.level == MirrorLevel::Hs6 ? 6 : s.level == MirrorLevel::Hs4 ? 4 : 2);
        }
        const int year = sh.date.left(4).toInt(), month = sh.date.mid(5, 2).toInt();
        QString period = QString::number(year);
        if (s.period == MirrorPeriod::Month)
            period = sh.date.left(7);
        else if (s.period == MirrorPeriod::Quarter)
            period = QStringLiteral("%1-Q%2").arg(year).arg((month - 1) / 3 + 1);
        std::set<std::size_t> seen;
        for (const QString &from : sh.fromCountries)
            for (const QString &to : sh.toCountries) {
                if (from.isEmpty() || to.isEmpty() || from == to)
                    continue;
                auto it = index.find({from, to, hs, period});
                if (it == index.end() || !seen.insert(it->second).second)
                    continue;
                MirrorFlow &f = result.flows[it->second];
                f.shipments << sh.extId;
                // The shipment's value in the comparison currency, where its currency has a rate for its month.
                const double a = sh.currency == result.currency ? 1 : rates.perEur(sh.currency, monthCode(year, month));
                const double b =
                    sh.currency == result.currency ? 1 : rates.perEur(result.currency, monthCode(year, month));
                const bool priced = !sh.currency.isEmpty() && a > 0 && b > 0 && month >= 1 && month <= 12;
                if (priced)
                    f.shipmentsValue = f.shipmentsValue.value_or(0) + sh.value * b / a;
                for (int side = 1; side <= 2; ++side) {
                    const QString &c = side == 1 ? sh.exporter : sh.importer;
                    if (c.isEmpty())
                        continue;
                    if (!f.companies.contains(c))
                        f.companies << c;
                    ++f.companyShipments[c];
                    f.companySides[c] |= side;
                    if (priced)
                        f.companyValues[c] += sh.value * b / a;
                }
            }
    }
}

} // namespace caravan::mirror
