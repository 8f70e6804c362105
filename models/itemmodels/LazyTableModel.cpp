#include "models/itemmodels/LazyTableModel.h"

#include "models/storage/Connection.h"
#include "models/storage/SearchIndex.h"
#include "models/storage/Sqlite.h"

#include <QElapsedTimer>
#include <QPromise>

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <vector>

#include <sqlite3.h>

namespace caravan {

namespace {

// A full-text search that finds at most this many rows sorts them by their ids; past it, the rows are read in the
// table's order and kept when they match (a million rows in date order are read in about 50 ms).
constexpr qsizetype kFewMatches = 20000;
// How long the first screen of an unfiltered table may take before it is left to the whole list (a sort on a
// column without an index reads every row either way).
constexpr qint64 kFirstScreenBudgetMs = 30;

struct Budget {
    QElapsedTimer clock;
    bool exceeded = false;
};

int budgetCallback(void *context)
{
    auto *budget = static_cast<Budget *>(context);
    budget->exceeded = budget->clock.elapsed() > kFirstScreenBudgetMs;
    return budget->exceeded ? 1 : 0;
}

void bindAll(SqliteStatement &st, const QStringList &params)
{
    for (int i = 0; i < params.size(); ++i)
        st.bind(i + 1, params[i]);
}

QVector<qint64> readIds(sqlite3 *db, const QString &sql, const QStringList &params)
{
    QVector<qint64> ids;
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(db, utf8.constData());
    bindAll(st, params);
    while (st.step())
        ids.append(st.int64(0));
    return ids;
}

} // namespace

QVector<qint64> loadRowIds(const RowIdQuery &query, const std::function<void(const QVector<qint64> &)> &firstScreen)
{
    QVector<qint64> ids;
    auto connection = Connection::open(query.casePath, Connection::Mode::ReadOnly);
    if (!connection)
        return ids;
    sqlite3 *db = (*connection)->handle();
    const int screen = LazyTableModel::kFirstScreenRows;
    if (query.matchIdsSql.isEmpty()) {
        if (firstScreen) {
            Budget budget;
            budget.clock.start();
            sqlite3_progress_handler(db, 1000, budgetCallback, &budget);
            const QVector<qint64> first =
                readIds(db, query.sql + QStringLiteral(" LIMIT %1").arg(screen), query.params);
            sqlite3_progress_handler(db, 0, nullptr, nullptr);
            if (!budget.exceeded && first.size() < screen)
                return first; // that was all of it
            if (!budget.exceeded)
                firstScreen(first);
        }
        return readIds(db, query.sql, query.params);
    }
    const QVector<qint64> matched = readIds(db, query.matchIdsSql, query.params);
    if (matched.size() <= kFewMatches)
        return readIds(db, query.matchedSql, query.params);
    const qint64 maxId = *std::max_element(matched.cbegin(), matched.cend());
    std::vector<bool> isMatch(static_cast<std::size_t>(maxId) + 1);
    for (const qint64 id : matched)
        if (id >= 0)
            isMatch[static_cast<std::size_t>(id)] = true;
    const QByteArray sql = query.sql.toUtf8();
    SqliteStatement st(db, sql.constData());
    bindAll(st, query.params);
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (id < 0 || id > maxId || !isMatch[static_cast<std::size_t>(id)])
            continue;
        ids.append(id);
        if (ids.size() == screen && firstScreen)
            firstScreen(ids);
    }
    return ids;
}

LazyTableModel::LazyTableModel(LazyTableSpec spec, QObject *parent)
    : QAbstractTableModel(parent), m_spec(std::move(spec))
{
    connect(&m_watcher, &QFutureWatcher<Batch>::resultReadyAt, this, [this](int index) {
        if (m_watcher.property("generation").toULongLong() != m_generation)
            return;
        Batch batch = m_watcher.resultAt(index);
        applyRowIds(std::move(batch.ids), batch.complete);
    });
}

LazyTableModel::~LazyTableModel()
{
    m_watcher.waitForFinished();
}

void LazyTableModel::setCase(sqlite3 *db, const QString &path)
{
    beginResetModel();
    m_db = db;
    m_path = path;
    m_rowIds.clear();
    m_pages.clear();
    endResetModel();
}

RowIdQuery LazyTableModel::currentQuery() const
{
    QString order = m_spec.defaultOrderSql;
    if (m_sortColumn >= 0 && m_sortColumn < m_spec.columns.size()) {
        const LazyColumn &c = m_spec.columns[m_sortColumn];
        order = (c.sortSql.isEmpty() ? c.valueSql : c.sortSql) +
                (m_sortOrder == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    }
    const QString orderBy = QStringLiteral(" ORDER BY %1, %2").arg(order, m_spec.keySql);
    RowIdQuery q;
    q.casePath = m_path;
    q.sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                .arg(m_spec.keySql, m_spec.fromSql, m_spec.whereSql.isEmpty() ? QStringLiteral("1") : m_spec.whereSql);
    const QString search = m_search.trimmed();
    if (!search.isEmpty() && !m_spec.matchIdsSql.isEmpty()) {
        const SearchTerms terms = searchindex::terms(search);
        q.params = {terms.match, terms.idFrom, terms.idTo, terms.upperIdFrom, terms.upperIdTo};
        q.matchIdsSql = m_spec.matchIdsSql;
        q.matchedSql = q.sql + QStringLiteral(" AND %1 IN (%2)").arg(m_spec.keySql, m_spec.matchIdsSql) + orderBy;
    } else if (!search.isEmpty()) {
        QString escaped = search;
        escaped.replace(u'\\', QStringLiteral("\\\\"))
            .replace(u'%', QStringLiteral("\\%"))
            .replace(u'_', QStringLiteral("\\_"));
        q.params = {u'%' + escaped + u'%'};
        q.sql += QStringLiteral(" AND (%1) LIKE ?1 ESCAPE '\\'").arg(m_spec.searchSql);
    }
    q.sql += orderBy;
    return q;
}

void LazyTableModel::reloadNow()
{
    ++m_generation;
    if (m_path.isEmpty()) {
        applyRowIds({});
        return;
    }
    applyRowIds(loadRowIds(currentQuery()));
}

void LazyTableModel::reloadOpening()
{
    ++m_generation;
    if (m_path.isEmpty()) {
        applyRowIds({});
        return;
    }
    RowIdQuery first = currentQuery();
    if (!first.matchIdsSql.isEmpty()) {
        reloadNow();
        return;
    }
    first.sql += QStringLiteral(" LIMIT %1").arg(kOpeningRows + 1);
    QVector<qint64> ids = loadRowIds(first);
    if (ids.size() <= kOpeningRows) {
        applyRowIds(std::move(ids));
        return;
    }
    ids.resize(kOpeningRows);
    applyRowIds(std::move(ids), false);
    startLoad(false);
}

void LazyTableModel::reloadInBackground()
{
    startLoad(true);
}

void LazyTableModel::startLoad(bool firstScreen)
{
    const quint64 generation = ++m_generation;
    if (m_path.isEmpty()) {
        applyRowIds({});
        return;
    }
    m_complete = false;
    Q_EMIT loadStarted();
    m_watcher.setProperty("generation", QVariant::fromValue(generation));
    m_watcher.setFuture(QtConcurrent::run(
        [](QPromise<Batch> &promise, const RowIdQuery &query, bool withFirstScreen) {
            const auto first = [&promise](const QVector<qint64> &ids) { promise.addResult(Batch{ids, false}); };
            QVector<qint64> all = withFirstScreen ? loadRowIds(query, first) : loadRowIds(query);
            promise.addResult(Batch{std::move(all), true});
        },
        currentQuery(), firstScreen));
}

void LazyTableModel::applyRowIds(QVector<qint64> ids, bool complete)
{
    beginResetModel();
    m_rowIds = std::move(ids);
    m_pages.clear();
    m_complete = complete;
    endResetModel();
    if (complete)
        Q_EMIT loadFinished(static_cast<int>(m_rowIds.size()));
    else
        Q_EMIT firstScreenLoaded(static_cast<int>(m_rowIds.size()));
}

void LazyTableModel::refreshRows()
{
    m_pages.clear();
    if (!m_rowIds.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void LazyTableModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    reloadInBackground();
}

void LazyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    reloadInBackground();
}

qint64 LazyTableModel::rowIdAt(int row) const
{
    return row >= 0 && row < m_rowIds.size() ? m_rowIds[row] : 0;
}

int LazyTableModel::rowOf(qint64 rowId) const
{
    const auto it = std::find(m_rowIds.cbegin(), m_rowIds.cend(), rowId);
    return it == m_rowIds.cend() ? -1 : static_cast<int>(it - m_rowIds.cbegin());
}

int LazyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rowIds.size());
}

int LazyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_spec.columns.size());
}

void LazyTableModel::fetchPage(int page) const
{
    const int first = page * kPageSize;
    const int last = std::min<int>(first + kPageSize, static_cast<int>(m_rowIds.size()));
    Page &entry = m_pages[page];
    entry.rows = QVector<QVector<QVariant>>(std::max(0, last - first));
    if (!m_db || first >= last)
        return;

    QStringList selected{m_spec.keySql};
    for (const LazyColumn &c : m_spec.columns)
        selected << c.valueSql;
    QString placeholders = QStringLiteral("?");
    placeholders.reserve(kPageSize * 2);
    for (int i = first + 1; i < last; ++i)
        placeholders += QStringLiteral(",?");
    const QByteArray sql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 IN (%4)")
                               .arg(selected.join(u','), m_spec.fromSql, m_spec.keySql, placeholders)
                               .toUtf8();
    SqliteStatement st(m_db, sql.constData());
    QHash<qint64, int> slot;
    slot.reserve(last - first);
    for (int i = first; i < last; ++i) {
        st.bind(i - first + 1, m_rowIds[i]);
        slot.insert(m_rowIds[i], i - first);
    }
    const int columns = static_cast<int>(m_spec.columns.size());
    while (st.step()) {
        const auto it = slot.constFind(st.int64(0));
        if (it == slot.cend())
            continue;
        QVector<QVariant> values(columns);
        for (int c = 0; c < columns; ++c)
            values[c] = st.variant(c + 1);
        entry.rows[*it] = std::move(values);
    }

    if (m_pages.size() > kMaxCachedPages) {
        auto oldest = m_pages.end();
        for (auto it = m_pages.begin(); it != m_pages.end(); ++it)
            if (it.key() != page && (oldest == m_pages.end() || it->lastUse < oldest->lastUse))
                oldest = it;
        if (oldest != m_pages.end())
            m_pages.erase(oldest);
    }
}

const QVector<QVariant> *LazyTableModel::rowValues(int row) const
{
    if (row < 0 || row >= m_rowIds.size())
        return nullptr;
    const int page = row / kPageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        fetchPage(page);
        it = m_pages.find(page);
    }
    it->lastUse = ++m_useClock;
    const auto &values = it->rows[row - page * kPageSize];
    return values.isEmpty() ? nullptr : &values;
}

QVariant LazyTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.column() >= m_spec.columns.size())
        return {};
    if (role == RowIdRole)
        return rowIdAt(index.row());
    if (role == Qt::TextAlignmentRole)
        return m_spec.columns[index.column()].numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != SortValueRole)
        return {};
    const QVector<QVariant> *values = rowValues(index.row());
    if (!values)
        return {};
    return values->at(index.column());
}

QVariant LazyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && section >= 0 && section < m_spec.columns.size()) {
        if (role == Qt::DisplayRole)
            return m_spec.columns[section].header;
        if (role == PreferredWidthRole)
            return m_spec.columns[section].widthChars;
    }
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    return {};
}

} // namespace caravan
