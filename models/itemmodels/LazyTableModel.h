#pragma once

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QString>
#include <QVector>

#include <functional>
#include <optional>

struct sqlite3;

namespace caravan {

// A column of a lazy table: what to show (an SQL expression over the model's FROM clause) and how to sort.
struct LazyColumn {
    QString header;
    QString valueSql;
    QString sortSql; // empty: sort by valueSql
    bool numeric = false;
    int widthChars = 14; // how wide a view should make the column at first, in average characters
};

// What a lazy table shows: its columns, the FROM clause with any joins, the key column, the default
// order, and how a search text finds rows.
struct LazyTableSpec {
    QList<LazyColumn> columns;
    QString fromSql;
    QString keySql;
    QString defaultOrderSql;
    QString searchSql;   // a text expression the search matches with LIKE (small tables)
    QString matchIdsSql; // large tables: a SELECT of the key ids the full-text index finds, with the parameters of
                         // SearchTerms (?1 match, ?2..?5 id ranges); duplicates allowed. Replaces searchSql.
    QString whereSql;    // rows the table never shows (empty: none hidden)
};

// The row ids a table shows, in order, for one filter and sort; computed on any thread with its own
// connection, so a million rows can be filtered or re-sorted without freezing the window.
struct RowIdQuery {
    QString casePath;
    QString sql;         // the rows shown, in order (a LIKE search applied)
    QStringList params;  // bound to ?1, ?2, ... where the SQL has them
    QString matchIdsSql; // a full-text search: the ids that match; `sql` then lists every row, unfiltered
    QString matchedSql;  // ... and this lists the matching rows in order, for when they are few
};
// Loads the row ids. When the first screen is known well before the whole list (a million rows unfiltered, or a
// search that matches many), `firstScreen` gets it first.
QVector<qint64> loadRowIds(const RowIdQuery &query,
                           const std::function<void(const QVector<qint64> &)> &firstScreen = {});

// A read-only table over a case that never loads all rows: it holds the ordered row ids (8 bytes a row)
// and fetches the visible rows in pages of 128, keeping a bounded number of pages cached.
class LazyTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        RowIdRole = Qt::UserRole + 1,
        SortValueRole,
        PreferredWidthRole // headerData: the column's first width in average characters
    };

    LazyTableModel(LazyTableSpec spec, QObject *parent = nullptr);
    ~LazyTableModel() override;

    // Points the model at a case (its GUI-thread handle for pages and its path for background loads).
    void setCase(sqlite3 *db, const QString &path);
    // Reloads row ids on the calling thread; for tests, benchmarks and small tables.
    void reloadNow();
    // Reloads row ids off the GUI thread; firstScreenLoaded() may come first, loadFinished() follows.
    void reloadInBackground();
    // For opening a case: the first kOpeningRows rows now, and a larger table's other rows off the GUI thread
    // (loadFinished() follows then), so that a million rows show their first screen at once.
    void reloadOpening();
    void setSearchText(const QString &text);
    // Re-reads the shown values of the rows already listed (after an edit that changes values, not membership).
    void refreshRows();
    const QString &searchText() const { return m_search; }
    bool isLoading() const { return !m_complete; }

    qint64 rowIdAt(int row) const;
    // The row showing `rowId`, or -1.
    int rowOf(qint64 rowId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    static constexpr int kPageSize = 128;
    static constexpr int kFirstScreenRows = 2 * kPageSize;
    static constexpr int kOpeningRows = 20000;
    static constexpr int kMaxCachedPages = 48;

Q_SIGNALS:
    void loadStarted();
    // The first rows of a load still under way are shown (rowCount() is theirs until loadFinished()).
    void firstScreenLoaded(int rows);
    void loadFinished(int rows);

private:
    RowIdQuery currentQuery() const;
    void startLoad(bool firstScreen);
    struct Batch {
        QVector<qint64> ids;
        bool complete = true;
    };
    void applyRowIds(QVector<qint64> ids, bool complete = true);
    const QVector<QVariant> *rowValues(int row) const;
    void fetchPage(int page) const;

    LazyTableSpec m_spec;
    sqlite3 *m_db = nullptr;
    QString m_path;
    QString m_search;
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QVector<qint64> m_rowIds;
    QFutureWatcher<Batch> m_watcher;
    bool m_complete = true;
    quint64 m_generation = 0;

    struct Page {
        QVector<QVector<QVariant>> rows;
        quint64 lastUse = 0;
    };
    mutable QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
};

} // namespace caravan
