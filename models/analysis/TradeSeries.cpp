#include "models/analysis/TradeSeries.h"

#include "models/analysis/Chpl.h"
#include "models/storage/Sqlite.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMap>

#include <algorithm>

namespace caravan {

namespace {

const QDate kBaselineFrom(2019, 1, 1);
const QDate kBaselineTo(2021, 12, 1);

// Sums per (group key, month), then turns them into series over one shared range of months.
class MonthlyAccumulator {
public:
    void add(const QString &key, const QDate &month, double amount)
    {
        if (!month.isValid())
            return;
        m_sums[key][month] += amount;
        m_totals[key] += amount;
        if (!m_first.isValid() || month < m_first)
            m_first = month;
        if (!m_last.isValid() || month > m_last)
            m_last = month;
    }

    QList<MonthlySeries> take(int maxSeries, const std::function<QString(const QString &)> &labelOf) const
    {
        QStringList keys = m_totals.keys();
        std::sort(keys.begin(), keys.end(), [this](const QString &a, const QString &b) {
            const double ta = m_totals.value(a), tb = m_totals.value(b);
            return ta != tb ? ta > tb : a < b;
        });
        if (maxSeries > 0 && keys.size() > maxSeries)
            keys = keys.mid(0, maxSeries);
        QList<MonthlySeries> out;
        for (const QString &key : keys) {
            MonthlySeries s;
            s.key = key;
            s.label = labelOf ? labelOf(key) : key;
            const QMap<QDate, double> &sums = m_sums[key];
            double baselineSum = 0;
            for (QDate m = m_first; m.isValid() && m <= m_last; m = m.addMonths(1)) {
                const double v = sums.value(m);
                s.months << m;
                s.values << v;
                s.total += v;
                if (m >= kBaselineFrom && m <= kBaselineTo) {
                    baselineSum += v;
                    ++s.baselineMonths;
                }
            }
            if (s.baselineMonths > 0)
                s.baseline = baselineSum / s.baselineMonths;
            out << s;
        }
        return out;
    }

private:
    QHash<QString, QMap<QDate, double>> m_sums;
    QHash<QString, double> m_totals;
    QDate m_first;
    QDate m_last;
};

QDate monthOfIso(const QString &date)
{
    if (date.size() < 7 || date.at(4) != u'-')
        return {};
    bool okY = false, okM = false;
    const int y = QStringView(date).left(4).toInt(&okY);
    const int m = QStringView(date).mid(5, 2).toInt(&okM);
    return okY && okM ? QDate(y, m, 1) : QDate();
}

std::optional<qint64> entityRowId(sqlite3 *db, const QString &extId)
{
    SqliteStatement st(db, "SELECT id FROM entities WHERE ext_id = ?");
    st.bind(1, extId);
    if (st.step())
        return st.int64(0);
    return std::nullopt;
}

Error queryError(sqlite3 *db)
{
    return makeError(ErrorCode::Database, QStringLiteral("reading shipments failed: %1").arg(sqliteError(db)));
}

} // namespace

namespace {

struct FilterSql {
    QString where;
    QStringList binds;
};

QString idList(const QList<qint64> &ids)
{
    QStringList out;
    out.reserve(ids.size());
    for (const qint64 id : ids)
        out << QString::number(id);
    return out.join(u',');
}

Result<FilterSql> filterSql(sqlite3 *db, const ShipmentFilter &f)
{
    FilterSql out{QStringLiteral(" WHERE date IS NOT NULL"), {}};
    if (!f.hsPrefix.isEmpty()) {
        out.where += QStringLiteral(" AND hs6 LIKE ?");
        out.binds << f.hsPrefix + u'%';
    }
    if (!f.chplTier.isEmpty()) {
        const QStringList codes = chpl::codesOfTier(f.chplTier);
        if (codes.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no CHPL tier '%1'").arg(f.chplTier));
        out.where += QStringLiteral(" AND hs6 IN ('%1')").arg(codes.join(QStringLiteral("','")));
    }
    if (!f.origin.isEmpty()) {
        out.where += QStringLiteral(" AND origin_country = ?");
        out.binds << f.origin;
    }
    if (!f.destination.isEmpty()) {
        out.where += QStringLiteral(" AND destination_country = ?");
        out.binds << f.destination;
    }
    if (!f.entity.isEmpty()) {
        const auto id = entityRowId(db, f.entity);
        if (!id)
            return makeError(ErrorCode::NotFound, QStringLiteral("no entity '%1' in the case").arg(f.entity));
        out.where += QStringLiteral(" AND (exporter_id = %1 OR importer_id = %1)").arg(*id);
    }
    if (!f.leaveOut.isEmpty())
        out.where += QStringLiteral(" AND id NOT IN (%1)").arg(idList(f.leaveOut));
    return out;
}

QString amountColumn(TradeMeasure measure)
{
    return measure == TradeMeasure::Value ? QStringLiteral("value") : QStringLiteral("quantity");
}

QString labelFor(SeriesGroup group, const QString &key)
{
    switch (group) {
    case SeriesGroup::Total:
        return QCoreApplication::translate("caravan::TradeCharts", "All shipments");
    case SeriesGroup::HsPrefix:
        return key.isEmpty() ? QCoreApplication::translate("caravan::TradeCharts", "HS unknown")
                             : QCoreApplication::translate("caravan::TradeCharts", "HS %1").arg(key);
    case SeriesGroup::ChplTier:
        return QCoreApplication::translate("caravan::TradeCharts", "CHPL tier %1").arg(key);
    case SeriesGroup::CountryPair:
        return QString(key).replace(u'>', QStringLiteral(" → "));
    case SeriesGroup::Entity:
        break;
    }
    return key;
}

// The group a row of (hs6, origin, destination) falls in; empty with *skip set when it belongs to none.
QString groupKey(const SeriesRequest &r, const QString &hs6, const QString &origin, const QString &destination,
                 bool *skip)
{
    *skip = false;
    switch (r.group) {
    case SeriesGroup::Total:
        return {};
    case SeriesGroup::HsPrefix:
        return hs6.left(std::clamp(r.hsDigits, 2, 6));
    case SeriesGroup::ChplTier: {
        QString tier = chpl::tierOf(hs6);
        *skip = tier.isEmpty();
        return tier;
    }
    case SeriesGroup::CountryPair:
        return (origin.isEmpty() ? QStringLiteral("?") : origin) + u'>' +
               (destination.isEmpty() ? QStringLiteral("?") : destination);
    case SeriesGroup::Entity:
        break;
    }
    *skip = true;
    return {};
}

// Entities trade both ways: an entity's series sums what it shipped and what it received.
Result<QList<MonthlySeries>> entitySeries(sqlite3 *db, const SeriesRequest &request, Progress &progress)
{
    auto filter = filterSql(db, request.filter);
    if (!filter)
        return filter.error();
    const QString one = QStringLiteral("SELECT substr(date, 1, 7), %1, sum(%2) FROM shipments%3 GROUP BY 1, 2");
    const QString amount = amountColumn(request.measure);
    const QString sql = one.arg(QStringLiteral("exporter_id"), amount, filter->where) + QStringLiteral(" UNION ALL ") +
                        one.arg(QStringLiteral("importer_id"), amount, filter->where);
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(db, utf8.constData());
    if (!st.isValid())
        return queryError(db);
    int index = 1;
    for (int r = 0; r < 2; ++r)
        for (const QString &b : filter->binds)
            st.bind(index++, b);
    MonthlyAccumulator acc;
    while (st.step()) {
        if (progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        if (!st.isNull(1))
            acc.add(st.text(1), monthOfIso(st.text(0)), st.real(2));
    }
    if (st.failed())
        return queryError(db);
    QList<MonthlySeries> out = acc.take(request.maxSeries, {});
    SqliteStatement names(db, "SELECT ext_id, name FROM entities WHERE id = ?");
    for (MonthlySeries &s : out) {
        names.reset();
        names.bind(1, s.key.toLongLong());
        if (names.step()) {
            s.key = names.text(0);
            s.label = names.text(1);
        }
    }
    return out;
}

} // namespace

Result<qint64> countLeftOut(sqlite3 *db, const ShipmentFilter &filter)
{
    if (filter.leaveOut.isEmpty())
        return qint64(0);
    ShipmentFilter all = filter;
    all.leaveOut.clear();
    auto sql = filterSql(db, all);
    if (!sql)
        return sql.error();
    const QByteArray utf8 = QStringLiteral("SELECT count(*) FROM shipments%1 AND id IN (%2)")
                                .arg(sql->where, idList(filter.leaveOut))
                                .toUtf8();
    SqliteStatement st(db, utf8.constData());
    for (int i = 0; i < sql->binds.size(); ++i)
        st.bind(i + 1, sql->binds.at(i));
    if (!st.step())
        return queryError(db);
    return st.int64(0);
}

Result<QList<QList<MonthlySeries>>> shipmentSeriesMany(sqlite3 *db, const QList<SeriesRequest> &requests,
                                                       Progress &progress)
{
    QList<QList<MonthlySeries>> out;
    if (requests.isEmpty())
        return out;
    for (const SeriesRequest &r : requests)
        if (r.group == SeriesGroup::Entity || !(r.filter == requests.first().filter) ||
            r.measure != requests.first().measure)
            return makeError(ErrorCode::InvalidInput,
                             QStringLiteral("series read together must share their filter and measure, and entity "
                                            "series are read on their own"));
    auto filter = filterSql(db, requests.first().filter);
    if (!filter)
        return filter.error();
    const QString sql = QStringLiteral("SELECT substr(date, 1, 7), hs6, origin_country, destination_country, sum(%1) "
                                       "FROM shipments%2 GROUP BY 1, 2, 3, 4")
                            .arg(amountColumn(requests.first().measure), filter->where);
    progress.setStatus(QStringLiteral("Summing shipments by month"));
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(db, utf8.constData());
    if (!st.isValid())
        return queryError(db);
    for (int i = 0; i < filter->binds.size(); ++i)
        st.bind(i + 1, filter->binds.at(i));
    QList<MonthlyAccumulator> accs(requests.size());
    qint64 rows = 0;
    while (st.step()) {
        if ((++rows & 0xfff) == 0 && progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        const QDate month = monthOfIso(st.text(0));
        const QString hs6 = st.text(1), origin = st.text(2), destination = st.text(3);
        const double amount = st.real(4);
        for (int i = 0; i < requests.size(); ++i) {
            bool skip = false;
            const QString key = groupKey(requests.at(i), hs6, origin, destination, &skip);
            if (!skip)
                accs[i].add(key, month, amount);
        }
    }
    if (st.failed())
        return queryError(db);
    if (progress.isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
    for (int i = 0; i < requests.size(); ++i) {
        const SeriesGroup group = requests.at(i).group;
        out << accs.at(i).take(requests.at(i).maxSeries,
                               [group](const QString &key) -> QString { return labelFor(group, key); });
    }
    return out;
}

Result<QList<MonthlySeries>> shipmentSeries(sqlite3 *db, const SeriesRequest &request, Progress &progress)
{
    if (request.group == SeriesGroup::Entity)
        return entitySeries(db, request, progress);
    auto many = shipmentSeriesMany(db, {request}, progress);
    if (!many)
        return many.error();
    return many->first();
}

QDate monthOfPeriod(const QString &period)
{
    const QString p = period.trimmed();
    if (const QDate d = monthOfIso(p); d.isValid())
        return d;
    if (p.size() == 6 && std::all_of(p.begin(), p.end(), [](QChar c) { return c.isDigit(); }))
        return QDate(QStringView(p).left(4).toInt(), QStringView(p).mid(4, 2).toInt(), 1);
    // Eurostat's "Aug. 2024" and "Aug 2024".
    const QStringList parts = p.split(u' ', Qt::SkipEmptyParts);
    if (parts.size() == 2) {
        const QString mon = parts.at(0).left(3);
        const QLocale c = QLocale::c();
        for (int m = 1; m <= 12; ++m)
            if (c.monthName(m, QLocale::ShortFormat).compare(mon, Qt::CaseInsensitive) == 0) {
                bool ok = false;
                const int y = parts.at(1).toInt(&ok);
                return ok ? QDate(y, m, 1) : QDate();
            }
    }
    return {};
}

namespace {

Result<MonthlyAccumulator> sumTradeStats(sqlite3 *db, const TradeStatRequest &r, bool keyByPair)
{
    QString sql = QStringLiteral("SELECT period, reporter, partner, flow, sum(%1) FROM trade_stats WHERE 1")
                      .arg(r.measure == TradeMeasure::Value ? QStringLiteral("value") : QStringLiteral("quantity"));
    QStringList binds;
    const auto filter = [&](const QString &column, const QString &value) {
        if (!value.isEmpty()) {
            sql += QStringLiteral(" AND %1 = ?").arg(column);
            binds << value;
        }
    };
    filter(QStringLiteral("reporter"), r.reporter);
    filter(QStringLiteral("partner"), r.partner);
    filter(QStringLiteral("flow"), r.flow);
    if (!r.hsPrefix.isEmpty()) {
        sql += QStringLiteral(" AND hs_code LIKE ?");
        binds << r.hsPrefix + u'%';
    }
    sql += QStringLiteral(" GROUP BY 1, 2, 3, 4");
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(db, utf8.constData());
    if (!st.isValid())
        return makeError(ErrorCode::Database,
                         QStringLiteral("reading trade statistics failed: %1").arg(sqliteError(db)));
    for (int i = 0; i < binds.size(); ++i)
        st.bind(i + 1, binds.at(i));
    MonthlyAccumulator acc;
    while (st.step()) {
        const QString key =
            keyByPair ? st.text(1) + QStringLiteral(" → ") + st.text(2) + QStringLiteral(" (") + st.text(3) + u')'
                      : QString();
        acc.add(key, monthOfPeriod(st.text(0)), st.real(4));
    }
    if (st.failed())
        return makeError(ErrorCode::Database,
                         QStringLiteral("reading trade statistics failed: %1").arg(sqliteError(db)));
    return acc;
}

} // namespace

Result<QList<MonthlySeries>> tradeStatSeries(sqlite3 *db, const TradeStatRequest &request)
{
    auto acc = sumTradeStats(db, request, true);
    if (!acc)
        return acc.error();
    return acc->take(request.maxSeries, {});
}

Result<MirrorSeries> mirrorSeries(sqlite3 *db, const QString &origin, const QString &destination,
                                  const QString &hsPrefix, TradeMeasure measure)
{
    MonthlyAccumulator acc;
    for (const bool exports : {true, false}) {
        TradeStatRequest r;
        r.reporter = exports ? origin : destination;
        r.partner = exports ? destination : origin;
        r.flow = exports ? QStringLiteral("export") : QStringLiteral("import");
        r.hsPrefix = hsPrefix;
        r.measure = measure;
        auto one = sumTradeStats(db, r, false);
        if (!one)
            return one.error();
        for (const MonthlySeries &s : one->take(1, {}))
            for (int i = 0; i < s.months.size(); ++i)
                acc.add(exports ? QStringLiteral("exports") : QStringLiteral("imports"), s.months.at(i),
                        s.values.at(i));
    }
    // Both series share one range, so the gap can be taken month by month.
    const QList<MonthlySeries> both = acc.take(0, {});
    MirrorSeries out;
    for (const MonthlySeries &s : both)
        (s.key == u"exports" ? out.exports : out.imports) = s;
    const auto empty = [&](MonthlySeries &s, const QString &key) {
        if (s.months.isEmpty() && !both.isEmpty()) {
            s.months = both.first().months;
            s.values = QList<double>(s.months.size(), 0.0);
        }
        s.key = key;
    };
    empty(out.exports, QStringLiteral("exports"));
    empty(out.imports, QStringLiteral("imports"));
    out.exports.label = QStringLiteral("Exports reported by %1 to %2").arg(origin, destination);
    out.imports.label = QStringLiteral("Imports reported by %1 from %2").arg(destination, origin);
    out.gap.key = QStringLiteral("gap");
    out.gap.label = QStringLiteral("Gap (exports − imports)");
    out.gap.months = out.exports.months;
    for (int i = 0; i < out.gap.months.size(); ++i) {
        const double g = out.exports.values.value(i) - out.imports.values.value(i);
        out.gap.values << g;
        out.gap.total += g;
    }
    return out;
}

Result<QList<Counterparty>> topCounterparties(sqlite3 *db, const QString &entityExtId, int limit)
{
    const auto id = entityRowId(db, entityExtId);
    if (!id)
        return makeError(ErrorCode::NotFound, QStringLiteral("no entity '%1' in the case").arg(entityExtId));
    SqliteStatement st(
        db, "SELECT e.ext_id, e.name, e.country, t.supplier, sum(t.value), sum(t.quantity), count(*) "
            "FROM (SELECT exporter_id AS other, 1 AS supplier, value, quantity FROM shipments "
            "      WHERE importer_id = ?1 "
            "      UNION ALL SELECT importer_id, 0, value, quantity FROM shipments WHERE exporter_id = ?1) t "
            "JOIN entities e ON e.id = t.other GROUP BY t.other, t.supplier "
            "ORDER BY sum(t.value) DESC, e.ext_id LIMIT ?2");
    st.bind(1, *id);
    st.bind(2, static_cast<qint64>(limit));
    QList<Counterparty> out;
    while (st.step()) {
        Counterparty c;
        c.extId = st.text(0);
        c.name = st.text(1);
        c.country = st.text(2);
        c.supplier = st.int64(3) != 0;
        c.value = st.real(4);
        c.quantity = st.real(5);
        c.shipments = st.int64(6);
        out << c;
    }
    if (st.failed())
        return queryError(db);
    return out;
}

Result<QList<TimelinePoint>> entityTimeline(sqlite3 *db, const QString &entityExtId, int limit)
{
    const auto id = entityRowId(db, entityExtId);
    if (!id)
        return makeError(ErrorCode::NotFound, QStringLiteral("no entity '%1' in the case").arg(entityExtId));
    SqliteStatement st(db, "SELECT s.date, s.ext_id, s.value, s.quantity, s.exporter_id = ?1, "
                           "  o.name, s.hs6 FROM shipments s "
                           "LEFT JOIN entities o ON o.id = CASE WHEN s.exporter_id = ?1 THEN s.importer_id "
                           "  ELSE s.exporter_id END "
                           "WHERE s.exporter_id = ?1 OR s.importer_id = ?1 ORDER BY s.date, s.id LIMIT ?2");
    st.bind(1, *id);
    st.bind(2, static_cast<qint64>(limit));
    QList<TimelinePoint> out;
    while (st.step()) {
        TimelinePoint p;
        p.date = QDate::fromString(st.text(0).left(10), Qt::ISODate);
        p.shipmentId = st.text(1);
        p.value = st.real(2);
        p.quantity = st.real(3);
        p.outgoing = st.int64(4) != 0;
        p.counterparty = st.text(5);
        p.hs6 = st.text(6);
        if (p.date.isValid())
            out << p;
    }
    if (st.failed())
        return queryError(db);
    return out;
}

} // namespace caravan
