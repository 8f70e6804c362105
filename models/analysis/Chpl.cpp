#include "models/analysis/Chpl.h"

#include "models/domain/Chpl.h"
#include "models/domain/Shipment.h"

namespace caravan::chpl {

// The table itself lives in models/domain/Chpl (one list for the detector, the charts and the graph filter);
// these are its Qt-facing views.

QString tierOf(const QString &hsCode)
{
    // One HS-6 rule for the whole program: hs6Of's (dots and spaces skipped, anything else refuses the code).
    const QString hs6 = hs6Of(hsCode);
    if (hs6.isEmpty())
        return {};
    const ChplEntry *entry = chplEntry(hs6.toInt());
    return entry ? QString::fromLatin1(entry->tier.data(), static_cast<qsizetype>(entry->tier.size())) : QString();
}

const QStringList &tiers()
{
    static const QStringList list{QStringLiteral("1"),   QStringLiteral("2"),   QStringLiteral("3.A"),
                                  QStringLiteral("3.B"), QStringLiteral("4.A"), QStringLiteral("4.B")};
    return list;
}

QStringList codesOfTier(const QString &tier)
{
    QStringList out;
    for (const ChplEntry &e : chplEntries()) {
        if (tier != QLatin1String(e.tier.data(), static_cast<qsizetype>(e.tier.size())))
            continue;
        out << QString::number(e.hs6);
        if (e.hs6 == 880730)
            out << QStringLiteral("880330"); // the same aircraft parts under HS 2017
    }
    return out;
}

} // namespace caravan::chpl
