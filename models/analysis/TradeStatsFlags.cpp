// The country-level red flags read from aggregate trade statistics: T1 surge and T2 mirror gap.
#include "models/analysis/RedFlagRules.h"

#include "models/domain/Chpl.h"
#include "models/domain/Shipment.h"
#include "models/storage/Sqlite.h"

#include <QLocale>
#include <QRegularExpression>

#include <map>

namespace caravan::flagrules {

namespace {

// "KZ", "Kazakhstan", "Russian Federation (Russia)" -> "KZ" / "RU"; empty when unknown.
QString countryOf(const QString &text)
{
    static const std::map<QString, QString> byName = [] {
        std::map<QString, QString> m;
        for (int t = 1; t <= static_cast<int>(QLocale::LastTerritory); ++t) {
            const auto territory = static_cast<QLocale::Territory>(t);
            const QString code = QLocale::territoryToCode(territory);
            if (code.size() == 2)
                m.emplace(QLocale::territoryToString(territory).toLower(), code);
        }
        m.emplace(QStringLiteral("russian federation"), QStringLiteral("RU"));
        m.emplace(QStringLiteral("kyrgyz republic"), QStringLiteral("KG"));
        return m;
    }();
    const QString t = text.trimmed();
    if (t.size() == 2 && t.at(0).isLetter() && t.at(1).isLetter())
        return t.toUpper();
    for (const QString &candidate : {t, t.section(QStringLiteral(" ("), 0, 0)}) {
        auto it = byName.find(candidate.toLower());
        if (it != byName.end())
            return it->second;
    }
    return {};
}

// "Aug. 2024", "2024-08", "202408", "2024M08" -> (2024, 8); "Y2019", "2019" -> (2019, 0); (0, 0) if unreadable.
std::pair<int, int> periodOf(const QString &text)
{
    static const QRegularExpression numeric(QStringLiteral("^Y?(\\d{4})(?:[-M/]?(\\d{2}))?$"));
    static const QRegularExpression named(QStringLiteral("^([A-Za-z]{3})[a-z]*\\.? (\\d{4})$"));
    const QString t = text.trimmed();
    if (auto m = numeric.match(t); m.hasMatch())
        return {m.captured(1).toInt(), m.captured(2).isEmpty() ? 0 : m.captured(2).toInt()};
    if (auto m = named.match(t); m.hasMatch()) {
        static const QStringList months{QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"),
                                        QStringLiteral("apr"), QStringLiteral("may"), QStringLiteral("jun"),
                                        QStringLiteral("jul"), QStringLiteral("aug"), QStringLiteral("sep"),
                                        QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec")};
        const int month = static_cast<int>(months.indexOf(m.captured(1).toLower())) + 1;
        if (month > 0)
            return {m.captured(2).toInt(), month};
    }
    return {0, 0};
}

enum class Goods { Chpl, Total, Other };

Goods goodsOf(const QString &hsCode)
{
    if (hsCode.startsWith(QLatin1String("TOTAL"), Qt::CaseInsensitive))
        return Goods::Total;
    const QString hs6 = hs6Of(hsCode);
    return !hs6.isEmpty() && chplEntry(hs6.toInt()) ? Goods::Chpl : Goods::Other;
}

QString money(double v)
{
    return QLocale::c().toString(v, 'f', 0);
}

struct Series {
    // (year, month) -> value, for CHPL goods and for all-goods totals.
    std::map<std::pair<int, int>, double> chpl, total;
};

} // namespace

Status tradeStatistics(Context &c, std::vector<RedFlagReport::CountryFlag> &out)
{
    SqliteStatement q(c.db, "SELECT reporter, partner, flow, hs_code, period, value FROM trade_stats "
                            "WHERE value IS NOT NULL");
    if (!q.isValid())
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot read trade statistics: %1").arg(sqliteError(c.db)));
    // Flows into a transit country, by (who reports, transit country, direction): "export" rows are the
    // origin's view, "import" rows the transit country's own.
    std::map<std::tuple<QString, QString, QString>, Series> series;
    while (q.step()) {
        const QString reporter = countryOf(q.text(0));
        const QString partner = countryOf(q.text(1));
        const QString flow = q.text(2);
        const auto [year, month] = periodOf(q.text(4));
        const Goods goods = goodsOf(q.text(3));
        if (reporter.isEmpty() || partner.isEmpty() || year == 0 || goods == Goods::Other)
            continue;
        Series *s = nullptr;
        if (flow == QLatin1String("export") && c.settings.transit.contains(partner))
            s = &series[{reporter, partner, flow}];
        else if (flow == QLatin1String("import") && c.settings.transit.contains(reporter))
            s = &series[{reporter, partner, flow}];
        if (s)
            (goods == Goods::Chpl ? s->chpl : s->total)[{year, month}] += q.real(5);
    }
    if (q.failed())
        return makeError(ErrorCode::Database, q.errorMessage());

    const double factor = c.thresholds.surgeFactor;
    for (const auto &[key, s] : series) {
        const auto &[reporter, partner, flow] = key;
        if (flow != QLatin1String("export"))
            continue;
        const bool chpl = !s.chpl.empty();
        const auto &values = chpl ? s.chpl : s.total;
        double baseSum = 0;
        int baseMonths = 0;
        for (const auto &[period, v] : values)
            if (period.first >= 2019 && period.first <= 2021 && period.second > 0) {
                baseSum += v;
                ++baseMonths;
            }
        if (baseMonths < 12 || baseSum <= 0)
            continue;
        const double baseline = baseSum / baseMonths;
        int surgeMonths = 0;
        std::pair<int, int> peak{0, 0};
        double peakValue = 0;
        for (const auto &[period, v] : values) {
            if (period.first < 2022 || period.second == 0 || v < factor * baseline)
                continue;
            ++surgeMonths;
            if (v > peakValue) {
                peakValue = v;
                peak = period;
            }
        }
        if (surgeMonths == 0)
            continue;
        out.push_back({partner, QStringLiteral("T1"),
                       QStringLiteral("exports reported by %1 to %2 of %3: %4 month(s) of 2022 or later at %5x or more "
                                      "the 2019-2021 monthly average of %6; peak %7-%8 at %9 (%10x)")
                           .arg(reporter, partner,
                                chpl ? QStringLiteral("CHPL goods")
                                     : QStringLiteral("all goods (the statistics carry no CHPL codes)"))
                           .arg(surgeMonths)
                           .arg(factor)
                           .arg(money(baseline))
                           .arg(peak.first)
                           .arg(peak.second, 2, 10, QLatin1Char('0'))
                           .arg(money(peakValue))
                           .arg(peakValue / baseline, 0, 'f', 1)});
    }

    // Mirror: the origin's exports to C against C's imports from the origin, per year.
    auto yearly = [](const Series &s, bool chpl) {
        std::map<int, double> y;
        for (const auto &[period, v] : chpl ? s.chpl : s.total)
            y[period.first] += v;
        return y;
    };
    for (const auto &[key, exports] : series) {
        const auto &[origin, country, flow] = key;
        if (flow != QLatin1String("export"))
            continue;
        auto mirror = series.find({country, origin, QStringLiteral("import")});
        if (mirror == series.end())
            continue;
        const bool chpl = !exports.chpl.empty() && !mirror->second.chpl.empty();
        const auto exp = yearly(exports, chpl);
        const auto imp = yearly(mirror->second, chpl);
        for (const auto &[year, e] : exp) {
            auto it = imp.find(year);
            if (it == imp.end() || it->second <= 0)
                continue;
            const double gap = (e - it->second) / it->second * 100.0;
            if (gap <= c.thresholds.mirrorGapPercent)
                continue;
            out.push_back(
                {country, QStringLiteral("T2"),
                 QStringLiteral("%1 %2: %3 reports exports of %4 to %5, %5 reports imports of %6 from %3: "
                                "exports exceed imports by %7% (threshold %8%; valuations differ, FOB vs CIF)")
                     .arg(year)
                     .arg(chpl ? QStringLiteral("CHPL goods") : QStringLiteral("all goods"), origin, money(e), country,
                          money(it->second))
                     .arg(gap, 0, 'f', 0)
                     .arg(c.thresholds.mirrorGapPercent)});
        }
    }
    return {};
}

} // namespace caravan::flagrules
