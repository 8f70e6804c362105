#include "models/analysis/TradeSeries.h"

#include "models/analysis/Chpl.h"
#include "models/storage/Sqlite.h"

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

QHash<qint64, QString> entityNames(sqlite3 *db, const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    SqliteStatement st(db, "SELECT name, ext_id FROM entities WHERE id = ?");
    for (qint64 id : ids) {
        st.reset();
        st.bind(1, id);
        if (st.step())
            names.insert(id, st.text(0));
    }
    return names;
}

Error queryError(sqlite3 *db)
{
    return makeError(ErrorCode::Database, QStringLiteral("reading shipments failed: %1").arg(sqliteError(db)));
}

} // namespace

Result<QList<MonthlySeries>> shipmentSeries(sqlite3 *db, const SeriesRequest &request, Progress &progress)
{
    const ShipmentFilter &f = request.filter;
    QString where = QStringLiteral(" WHERE date IS NOT NULL");
    QStringList binds;
    if (!f.hsPrefix.isEmpty()) {
        where += QStringLiteral(" AND hs6 LIKE ?");
        binds << f.hsPrefix + u'%';
    }
    if (!f.chplTier.isEmpty()) {
        const QStringList codes = chpl::codesOfTier(f.chplTier);
        if (codes.isEmpty())
            return makeError(ErrorCode::InvalidInput, QStringLiteral("no CHPL tier '%1'").arg(f.chplTier));
        where += QStringLiteral(" AND hs6 IN ('%1')").arg(codes.join(QStringLiteral("','")));
    }
    if (!f.origin.isEmpty()) {
        where += QStringLiteral(" AND origin_country = ?");
        binds << f.origin;
    }
    if (!f.destination.isEmpty()) {
        where += QStringLiteral(" AND destination_country = ?");
        binds << f.destination;
    }
    if (!f.entity.isEmpty()) {
        const auto id = entityRowId(db, f.entity);
        if (!id)
            return makeError(ErrorCode::NotFound, QStringLiteral("no entity '%1' in the case").arg(f.entity));
        where += QStringLiteral(" AND (exporter_id = %1 OR importer_id = %1)").arg(*id);
    }
    const QString amount =
        request.measure == TradeMeasure::Value ? QStringLiteral("value") : QStringLiteral("quantity");
    QString key;
    switch (request.group) {
    case SeriesGroup::Total:
        key = QStringLiteral("''");
        break;
    case SeriesGroup::HsPrefix:
        key = QStringLiteral("substr(hs6, 1, %1)").arg(std::clamp(request.hsDigits, 2, 6));
        break;
    case SeriesGroup::ChplTier:
        key = QStringLiteral("hs6");
        break;
    case SeriesGroup::CountryPair:
        key = QStringLiteral("coalesce(origin_country, '?') || '>' || coalesce(destination_country, '?')");
        break;
    case SeriesGroup::Entity:
        key = QStringLiteral("exporter_id");
        break;
    }
    const QString body =
        QStringLiteral("SELECT substr(date, 1, 7), %1, sum(%2) FROM shipments%3 GROUP BY 1, 2").arg(key, amount, where);
    QString sql = body;
    if (request.group == SeriesGroup::Entity) {
        // An entity trades both ways: its series sums what it shipped and what it received.
        QString other = body;
        other.replace(QStringLiteral("exporter_id, sum"), QStringLiteral("importer_id, sum"));
        sql = body + QStringLiteral(" UNION ALL ") + other;
    }
    progress.setStatus(QStringLiteral("Summing shipments by month"));
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(db, utf8.constData());
    if (!st.isValid())
        return queryError(db);
    int index = 1;
    const int repeats = request.group == SeriesGroup::Entity ? 2 : 1;
    for (int r = 0; r < repeats; ++r)
        for (const QString &b : binds)
            st.bind(index++, b);
    MonthlyAccumulator acc;
    qint64 rows = 0;
    while (st.step()) {
        if ((++rows & 0xfff) == 0 && progress.isCancelled())
            return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));
        QString k = st.text(1);
        if (request.group == SeriesGroup::ChplTier) {
            k = chpl::tierOf(k);
            if (k.isEmpty())
                continue;
        }
        if (request.group == SeriesGroup::Entity && st.isNull(1))
            continue;
        acc.add(k, monthOfIso(st.text(0)), st.real(2));
    }
    if (st.failed())
        return queryError(db);
    if (progress.isCancelled())
        return makeError(ErrorCode::Cancelled, QStringLiteral("cancelled"));

    std::function<QString(const QString &)> labelOf;
    QHash<qint64, QString> names;
    switch (request.group) {
    case SeriesGroup::Total:
        labelOf = [](const QString &) -> QString { return QStringLiteral("All shipments"); };
        break;
    case SeriesGroup::HsPrefix:
        labelOf = [](const QString &k) -> QString {
            return k.isEmpty() ? QStringLiteral("HS unknown") : QStringLiteral("HS ") + k;
        };
        break;
    case SeriesGroup::ChplTier:
        labelOf = [](const QString &k) -> QString { return QStringLiteral("CHPL tier ") + k; };
        break;
    case SeriesGroup::CountryPair:
        labelOf = [](const QString &k) -> QString { return QString(k).replace(u'>', QStringLiteral(" → ")); };
        break;
    case SeriesGroup::Entity:
        break;
    }
    QList<MonthlySeries> out = acc.take(request.maxSeries, labelOf);
    if (request.group == SeriesGroup::Entity) {
        QList<qint64> ids;
        for (const MonthlySeries &s : out)
            ids << s.key.toLongLong();
        names = entityNames(db, ids);
        SqliteStatement ext(db, "SELECT ext_id FROM entities WHERE id = ?");
        for (MonthlySeries &s : out) {
            const qint64 id = s.key.toLongLong();
            s.label = names.value(id, s.key);
            ext.reset();
            ext.bind(1, id);
            if (ext.step())
                s.key = ext.text(0);
        }
    }
    return out;
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
