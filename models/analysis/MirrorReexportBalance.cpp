#include "models/analysis/MirrorComparer.h"

#include "models/analysis/MirrorCountries.h"
#include "models/analysis/MirrorFigures.h"

#include <QHash>

namespace caravan::mirror {

void Comparer::balanceReexports(std::vector<PendingFlow> &all) const
{
    using Pending = PendingFlow;
    // Re-export balance: a hub's imports from the coalition against its exports to RU/BY, per HS code and period.
    // The EU counts once: its EU27 aggregate where the statistics carry one, else the sum of its members.
    struct Balance {
        double euAgg = 0, euMembers = 0, others = 0, mirrorEuAgg = 0, mirrorEuMembers = 0, mirrorOthers = 0;
        bool hasEuAgg = false, hasMirrorEuAgg = false, hubReports = false;
        double toRuBy = 0, toRuByMirror = 0;
        bool hubReportsExports = false;
    };
    // Keyed by numbers: the country (one number per name, whatever spellings the rows had), the code and the
    // period's first month. What each country is (hub, EU member, the EU27 aggregate, coalition, RU/BY) is looked up
    // once per country, not once per flow.
    enum : std::uint8_t { Hub = 1, EuMember = 2, Eu27 = 4, Coalition = 8, RuBy = 16 };
    std::vector<std::uint8_t> kind(m_countries.size(), 0);
    std::vector<std::uint32_t> canonical(m_countries.size(), 0);
    {
        QHash<QString, std::uint32_t> byName;
        for (std::size_t c = 0; c < m_countries.size(); ++c) {
            const QString &name = m_countries[c];
            canonical[c] = byName.value(name, static_cast<std::uint32_t>(c));
            byName.insert(name, canonical[c]);
            kind[c] = static_cast<std::uint8_t>((m_s.hubs.contains(name) ? Hub : 0) |
                                                (euMembers().contains(name) ? EuMember : 0) |
                                                (name == kEu27 ? Eu27 : 0) | (coalitionOther(name) ? Coalition : 0) |
                                                (name == u"RU" || name == u"BY" ? RuBy : 0));
        }
    }
    auto balanceKey = [&](int country, int hs, int firstMonth) {
        return (static_cast<std::uint64_t>(canonical[static_cast<std::size_t>(country)]) << 44) |
               (static_cast<std::uint64_t>(hs) << 16) | static_cast<std::uint64_t>(firstMonth);
    };
    std::unordered_map<std::uint64_t, Balance> balances;
    for (const Pending &p : all) {
        const MirrorFlow &f = p.flow;
        const std::uint8_t from = kind[static_cast<std::size_t>(p.exporter)],
                           to = kind[static_cast<std::size_t>(p.importer)];
        if (to & Hub) {
            const bool eu = from & EuMember, agg = from & Eu27;
            if (!eu && !agg && !(from & Coalition))
                continue;
            Balance &b = balances[balanceKey(p.importer, p.hs, p.months.first)];
            const double imp = f.importsReported.value_or(0), exp = f.exportsReported.value_or(0);
            b.hubReports = b.hubReports || f.importsReported.has_value();
            (agg ? b.euAgg : eu ? b.euMembers : b.others) += imp;
            (agg ? b.mirrorEuAgg : eu ? b.mirrorEuMembers : b.mirrorOthers) += exp;
            b.hasEuAgg = b.hasEuAgg || (agg && f.importsReported);
            b.hasMirrorEuAgg = b.hasMirrorEuAgg || (agg && f.exportsReported);
        } else if ((from & Hub) && (to & RuBy)) {
            Balance &b = balances[balanceKey(p.exporter, p.hs, p.months.first)];
            b.toRuBy += f.exportsReported.value_or(0);
            b.toRuByMirror += f.importsReported.value_or(0);
            b.hubReportsExports = b.hubReportsExports || f.exportsReported.has_value();
        }
    }
    for (Pending &p : all) {
        MirrorFlow &f = p.flow;
        if (!(kind[static_cast<std::size_t>(p.exporter)] & Hub) || !(kind[static_cast<std::size_t>(p.importer)] & RuBy))
            continue;
        const Balance &b = balances[balanceKey(p.exporter, p.hs, p.months.first)];
        const double coalition =
            b.hubReports
                ? (b.hasEuAgg ? b.euAgg : b.euMembers) + b.others
                : ((b.hasMirrorEuAgg ? b.mirrorEuAgg : b.mirrorEuMembers) + b.mirrorOthers) * (1 + m_s.cifFobMargin);
        const double toRuBy = b.hubReportsExports ? b.toRuBy : b.toRuByMirror;
        f.coalitionImports = coalition;
        f.exportsToRuBy = toRuBy;
        if (coalition > 0 && toRuBy > 0 && toRuBy >= m_s.reexportRatio * coalition) {
            f.flags << QStringLiteral("reexport");
            f.magnitude = std::max(f.magnitude, std::min(toRuBy, coalition));
            f.explanation += QStringLiteral("; %1 imports %2 %3 of it from the coalition and exports %4 %3 to RU/BY "
                                            "(%5%)")
                                 .arg(f.exporter, money(coalition), m_currency, money(toRuBy))
                                 .arg(QLocale::c().toString(toRuBy / coalition * 100, 'f', 0));
        }
    }
}

} // namespace caravan::mirror
