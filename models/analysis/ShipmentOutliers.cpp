#include "models/analysis/ShipmentOutliers.h"

#include "models/storage/UnitValueRows.h"

#include <QCoreApplication>

#include <algorithm>

namespace caravan {

bool ShipmentOutliers::contains(qint64 rowId) const
{
    const auto it = std::lower_bound(shipments.begin(), shipments.end(), rowId,
                                     [](const OutlierShipment &s, qint64 id) { return s.rowId < id; });
    return it != shipments.end() && it->rowId == rowId;
}

QString OutlierShipment::explanation() const
{
    // unit is "pcs USD": the unit (possibly empty) and the currency.
    const qsizetype space = unit.lastIndexOf(u' ');
    const QString what = space > 0 ? unit.left(space) : QStringLiteral("unit");
    const QString currency = space >= 0 ? unit.mid(space + 1) : QString();
    const bool high = unitValue >= median;
    const double ratio = high ? unitValue / median : median / unitValue;
    return QStringLiteral("unit value %1 %2 per %3, %4 the median of HS %5 (%6)")
        .arg(QString::number(unitValue, 'g', 8), currency, what,
             high ? QStringLiteral("%1x").arg(QString::number(ratio, 'g', 4))
                  : QStringLiteral("1/%1 of").arg(QString::number(ratio, 'g', 4)),
             QStringLiteral("%1").arg(hs6, 6, 10, QLatin1Char('0')), QString::number(median, 'g', 8));
}

std::vector<qint64> ShipmentOutliers::rowIds() const
{
    std::vector<qint64> ids;
    ids.reserve(shipments.size());
    for (const OutlierShipment &s : shipments)
        ids.push_back(s.rowId);
    return ids;
}

QString ShipmentOutliers::reason() const
{
    return QCoreApplication::translate("caravan::ShipmentOutliers",
                                       "unit value over %1× or under 1/%1 of the HS-6 median")
        .arg(rules.factor, 0, 'g', 6);
}

QString ShipmentOutliers::leftOutNote(qint64 leftOut) const
{
    if (leftOut <= 0)
        return {};
    const int n = static_cast<int>(leftOut); // lupdate misses a cast inside the call
    return QCoreApplication::translate("caravan::ShipmentOutliers", "%n outlier shipment(s) left out: %1", nullptr, n)
        .arg(reason());
}

Result<ShipmentOutliers> findShipmentOutliers(sqlite3 *db, const OutlierRules &rules)
{
    auto read = readUnitValueRows(db);
    if (!read)
        return read.error();
    std::vector<UnitValueRow> &rows = read->rows;
    // Grouped by (HS-6, unit and currency); within a group the unit values are compared with its median.
    std::sort(rows.begin(), rows.end(), [](const UnitValueRow &a, const UnitValueRow &b) {
        return a.hs6 != b.hs6 ? a.hs6 < b.hs6 : a.group < b.group;
    });
    ShipmentOutliers out;
    out.rules = rules;
    std::vector<double> values;
    for (std::size_t begin = 0, end = 0; begin < rows.size(); begin = end) {
        end = begin;
        while (end < rows.size() && rows[end].hs6 == rows[begin].hs6 && rows[end].group == rows[begin].group)
            ++end;
        if (end - begin < static_cast<std::size_t>(std::max(1, rules.minGroup)))
            continue;
        ++out.groups;
        values.clear();
        for (std::size_t i = begin; i < end; ++i)
            values.push_back(rows[i].value / rows[i].quantity);
        // The lower median: an even group takes the smaller middle value, which any member can be compared with.
        const auto mid = values.begin() + static_cast<std::ptrdiff_t>((values.size() - 1) / 2);
        std::nth_element(values.begin(), mid, values.end());
        const double median = *mid;
        if (median <= 0)
            continue;
        for (std::size_t i = begin; i < end; ++i) {
            const double uv = rows[i].value / rows[i].quantity;
            if (uv >= median * rules.factor || uv * rules.factor <= median)
                out.shipments.push_back(
                    {rows[i].rowId, uv, median, rows[i].hs6, read->units[static_cast<std::size_t>(rows[i].group)]});
        }
    }
    std::sort(out.shipments.begin(), out.shipments.end(),
              [](const OutlierShipment &a, const OutlierShipment &b) { return a.rowId < b.rowId; });
    return out;
}

} // namespace caravan
