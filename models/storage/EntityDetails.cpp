#include "models/storage/EntityDetails.h"

#include "models/storage/Sqlite.h"

namespace caravan {

namespace {

// "file.csv:12" from the columns (file_name, source_row) of a query.
QString sourceOf(const SqliteStatement &st, int fileColumn, int rowColumn)
{
    if (st.isNull(fileColumn))
        return {};
    return st.isNull(rowColumn) ? st.text(fileColumn)
                                : st.text(fileColumn) + u':' + QString::number(st.int64(rowColumn));
}

QList<SourcedText> loadSourced(sqlite3 *db, const char *sql, qint64 id)
{
    QList<SourcedText> result;
    SqliteStatement st(db, sql);
    st.bind(1, id);
    while (st.step())
        result.append(SourcedText{st.text(0), st.text(1), sourceOf(st, 2, 3)});
    return result;
}

} // namespace

Result<EntityDetails> loadEntityDetails(sqlite3 *db, qint64 entityRowId)
{
    EntityDetails d;
    {
        SqliteStatement st(db, "SELECT e.id, e.ext_id, e.type, e.name, e.country, e.birth_date, s.file_name, "
                               "e.source_row FROM entities e LEFT JOIN sources s ON s.id = e.source_id "
                               "WHERE e.id = ?");
        st.bind(1, entityRowId);
        if (!st.step())
            return makeError(ErrorCode::NotFound, QStringLiteral("no entity with row id %1").arg(entityRowId));
        d.rowId = st.int64(0);
        d.extId = st.text(1);
        d.type = st.text(2);
        d.name = st.text(3);
        d.country = st.text(4);
        d.birthDate = st.text(5);
        d.source = sourceOf(st, 6, 7);
    }
    d.names = loadSourced(db,
                          "SELECT n.name, n.kind, s.file_name, n.source_row FROM entity_names n "
                          "LEFT JOIN sources s ON s.id = n.source_id WHERE n.entity_id = ? ORDER BY n.id",
                          entityRowId);
    d.identifiers = loadSourced(db,
                                "SELECT i.value, i.scheme, s.file_name, i.source_row FROM entity_identifiers i "
                                "LEFT JOIN sources s ON s.id = i.source_id WHERE i.entity_id = ? ORDER BY i.id",
                                entityRowId);
    d.addresses = loadSourced(db,
                              "SELECT a.address, a.country, s.file_name, a.source_row FROM entity_addresses a "
                              "LEFT JOIN sources s ON s.id = a.source_id WHERE a.entity_id = ? ORDER BY a.id",
                              entityRowId);
    d.dates = loadSourced(db,
                          "SELECT d.date, '', s.file_name, d.source_row FROM entity_dates d "
                          "LEFT JOIN sources s ON s.id = d.source_id WHERE d.entity_id = ? ORDER BY d.id",
                          entityRowId);
    d.designations = loadSourced(db,
                                 "SELECT d.list || ifnull(' / ' || d.program, ''), ifnull(d.listed_date, ''), "
                                 "s.file_name, d.source_row FROM designations d "
                                 "LEFT JOIN sources s ON s.id = d.source_id WHERE d.entity_id = ? ORDER BY d.id",
                                 entityRowId);
    {
        SqliteStatement st(db, "SELECT o.id, o.ext_id, o.name, l.type, l.share_min, l.share_max, l.start_date, "
                               "l.end_date, s.file_name, l.source_row, l.owner_id = ?1 "
                               "FROM links l JOIN entities o ON o.id = CASE WHEN l.owner_id = ?1 THEN l.asset_id "
                               "ELSE l.owner_id END LEFT JOIN sources s ON s.id = l.source_id "
                               "WHERE l.owner_id = ?1 OR l.asset_id = ?1 ORDER BY l.owner_id = ?1, l.share_min DESC");
        st.bind(1, entityRowId);
        while (st.step()) {
            RelatedEntity r;
            r.rowId = st.int64(0);
            r.extId = st.text(1);
            r.name = st.text(2);
            r.linkType = st.text(3);
            if (!st.isNull(4)) {
                const double lo = st.real(4), hi = st.real(5);
                r.share = lo == hi ? QString::number(lo) : QString::number(lo) + u'-' + QString::number(hi);
            }
            if (!st.isNull(6) || !st.isNull(7))
                r.period = st.text(6) + QStringLiteral(" – ") + st.text(7);
            r.source = sourceOf(st, 8, 9);
            r.outgoing = st.int64(10) != 0;
            d.related.append(r);
        }
    }
    {
        SqliteStatement st(db, "SELECT status, note, author || ', ' || substr(updated_at, 1, 10) FROM marks "
                               "WHERE target_kind = 'entity' AND target_ref = ?");
        st.bind(1, d.extId);
        if (st.step()) {
            d.markStatus = st.text(0);
            d.markNote = st.text(1);
            d.markBy = st.text(2);
        }
    }
    {
        SqliteStatement st(db, "SELECT (SELECT count(*) FROM shipments WHERE exporter_id = ?1), "
                               "(SELECT count(*) FROM shipments WHERE importer_id = ?1)");
        st.bind(1, entityRowId);
        if (st.step()) {
            d.shipmentsOut = st.int64(0);
            d.shipmentsIn = st.int64(1);
        }
    }
    return d;
}

qint64 findEntityByExtId(sqlite3 *db, const QString &extId)
{
    SqliteStatement st(db, "SELECT id FROM entities WHERE ext_id = ?");
    st.bind(1, extId);
    return st.step() ? st.int64(0) : 0;
}

} // namespace caravan
