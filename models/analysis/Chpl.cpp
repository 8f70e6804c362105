#include "models/analysis/Chpl.h"

#include "models/domain/Chpl.h"

namespace caravan::chpl {

// The table itself lives in models/domain/Chpl (one list for the detector, the charts and the graph filter);
// these are its Qt-facing views.

QString tierOf(const QString &hsCode)
{
    std::int32_t hs6 = 0;
    int digits = 0;
    for (const QChar c : hsCode) {
        if (!c.isDigit())
            continue;
        hs6 = hs6 * 10 + c.digitValue();
        if (++digits == 6)
            break;
    }
    if (digits < 6)
        return {};
    const ChplEntry *entry = chplEntry(hs6);
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
