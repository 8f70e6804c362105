#include "models/analysis/MirrorCountries.h"

namespace caravan::mirror {

const std::set<QString> &euMembers()
{
    static const std::set<QString> m{
        QStringLiteral("AT"), QStringLiteral("BE"), QStringLiteral("BG"), QStringLiteral("HR"), QStringLiteral("CY"),
        QStringLiteral("CZ"), QStringLiteral("DK"), QStringLiteral("EE"), QStringLiteral("FI"), QStringLiteral("FR"),
        QStringLiteral("DE"), QStringLiteral("GR"), QStringLiteral("HU"), QStringLiteral("IE"), QStringLiteral("IT"),
        QStringLiteral("LV"), QStringLiteral("LT"), QStringLiteral("LU"), QStringLiteral("MT"), QStringLiteral("NL"),
        QStringLiteral("PL"), QStringLiteral("PT"), QStringLiteral("RO"), QStringLiteral("SK"), QStringLiteral("SI"),
        QStringLiteral("ES"), QStringLiteral("SE")};
    return m;
}

// The sanctioning coalition besides the EU.
bool coalitionOther(const QString &c)
{
    static const std::set<QString> m{QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("JP"),
                                     QStringLiteral("CA"), QStringLiteral("CH"), QStringLiteral("NO"),
                                     QStringLiteral("AU"), QStringLiteral("NZ"), QStringLiteral("KR"),
                                     QStringLiteral("TW"), QStringLiteral("IS"), QStringLiteral("LI")};
    return m.contains(c);
}

// Not a country: EU27_2020, EA20, WORLD, "EU" and "EA" (TradeStatsReader's codes) and labels kept as read.
bool isAggregate(const QString &code)
{
    return code.size() != 2 || code == u"EU" || code == u"EA";
}

} // namespace caravan::mirror
