// compareMirror(): the statistics read by several threads into comparers (MirrorComparer), merged, compared flow by
// flow (MirrorFlowComparison), balanced for hubs' re-exports (MirrorReexportBalance), ranked (MirrorRanking), with
// the case's shipments under each flow (MirrorShipments).
#include "models/analysis/MirrorComparison.h"

#include "models/analysis/MirrorComparer.h"
#include "models/analysis/MirrorRates.h"
#include "models/analysis/MirrorShipments.h"
#include "models/storage/MirrorRows.h"

#include <algorithm>
#include <memory>
#include <thread>

namespace caravan {

using mirror::Comparer;
using mirror::Rates;

Result<MirrorResult> compareMirror(sqlite3 *db, const MirrorSettings &settings, Progress &progress)
{
    progress.setStatus(QStringLiteral("Comparing mirror statistics"));
    auto rateRows = readExchangeRates(db);
    if (!rateRows)
        return rateRows.error();
    const Rates rates(*rateRows);
    QString currency = settings.currency.toUpper();
    if (currency.isEmpty() && rates.has(QStringLiteral("USD")))
        currency = QStringLiteral("USD");
    if (!currency.isEmpty() && currency != u"EUR" && !rates.has(currency))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("the case holds no exchange rates for %1; import them (ECB layout) with "
                                        "import CASE rates.csv --kind exchange-rates")
                             .arg(currency));
    MirrorResult result;
    result.hubs = settings.hubs;
    // Large tables are read by several threads over ranges of row ids, each into a comparison of its own, merged
    // before the flows are compared. Every part must convert to one currency: the first row's, named up front.
    const unsigned parts =
        mirrorStatParts(db, std::clamp(std::thread::hardware_concurrency(), 2u, 4u), settings.parallelFrom);
    if (parts > 1 && currency.isEmpty()) {
        auto first = firstMirrorStatCurrency(db, settings.hsPrefix);
        if (!first)
            return first.error();
        currency = *first;
    }
    std::vector<std::unique_ptr<Comparer>> partials;
    std::vector<MirrorResult> counts(parts);
    for (unsigned k = 0; k < parts; ++k) {
        partials.push_back(std::make_unique<Comparer>(settings, rates));
        partials.back()->setCurrency(currency);
    }
    const qint64 total = parts > 1 ? mirrorStatRowSpan(db) : 0;
    if (total > 0)
        for (auto &p : partials)
            p->reserve(static_cast<std::size_t>(total / parts + total / 50 + 1));
    unsigned used = 1;
    if (auto st = forEachMirrorStatRowInParts(
            db, settings.hsPrefix, parts, settings.parallelFrom,
            [&](unsigned k, const MirrorStatRow &r) {
                MirrorResult &c = counts[k];
                if ((c.rows & 0xFFFF) == 0) {
                    if (progress.isCancelled())
                        return false;
                    if (k == 0 && total > 0)
                        progress.setProgress(c.rows * parts, total);
                }
                return partials[k]->add(r, c);
            },
            used);
        !st)
        return st.error();
    Comparer &comparison = *partials.front();
    for (unsigned k = 0; k < used; ++k) {
        result.rows += counts[k].rows;
        result.unconverted += counts[k].unconverted;
        if (k > 0)
            comparison.merge(*partials[k]);
    }
    comparison.finish(result);
    auto shipments = readMirrorShipments(db);
    if (!shipments)
        return shipments.error();
    attachShipments(*shipments, settings, rates, result);
    return result;
}

} // namespace caravan
