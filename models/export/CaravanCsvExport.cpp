#include "models/export/CaravanCsvExport.h"

#include "models/storage/Sqlite.h"

#include <QSaveFile>

namespace caravan {

namespace {

struct CsvTable {
    const char *file;
    const char *header;
    const char *sql; // one text column per header column
    int columns;
};

// Merged-away entities are left out; the facts of the case as the Caravan CSV reader takes them back. An entity's
// dates (entity_dates) are one list, its first date (entities.birth_date) first, as the reader takes them back.
const CsvTable kTables[] = {
    {"entities.csv", "id,type,name,aliases,country,identifiers,incorporation_date,address",
     "SELECT e.ext_id, e.type, e.name, (SELECT group_concat(name, ';') FROM (SELECT DISTINCT name FROM entity_names "
     "WHERE entity_id = e.id AND kind <> 'primary' AND name <> e.name)), e.country, (SELECT group_concat(scheme || "
     "':' || value, ';') FROM (SELECT DISTINCT scheme, value FROM entity_identifiers WHERE entity_id = e.id)), "
     "(SELECT group_concat(date, ';') FROM (SELECT e.birth_date AS date, 0 AS k WHERE coalesce(e.birth_date, '') <> "
     "'' UNION ALL SELECT date, min(id) FROM entity_dates WHERE entity_id = e.id AND date <> coalesce(e.birth_date, "
     "'') GROUP BY date ORDER BY k)), (SELECT address FROM entity_addresses WHERE entity_id = e.id ORDER BY id LIMIT "
     "1) FROM entities "
     "e WHERE e.merged_into IS NULL ORDER BY e.id",
     8},
    {"links.csv", "id,type,source,target,share,start_date,end_date",
     "SELECT coalesce(l.ext_id, 'link-' || l.id), l.type, o.ext_id, a.ext_id, CASE WHEN l.share_min IS NULL THEN "
     "NULL WHEN l.share_max IS NULL OR l.share_max = l.share_min THEN l.share_min ELSE l.share_min || '-' || "
     "l.share_max END, l.start_date, l.end_date FROM links l JOIN entities o ON o.id = l.owner_id JOIN entities a "
     "ON a.id = l.asset_id WHERE l.type <> 'other' ORDER BY l.id",
     7},
    {"shipments.csv",
     "id,date,exporter,importer,hs_code,description,quantity,unit,weight_kg,value,currency,origin_country,"
     "destination_country,transit_countries,dispatch_country",
     "SELECT coalesce(s.ext_id, 'shipment-' || s.id), s.date, x.ext_id, m.ext_id, s.hs_code, s.description, "
     "s.quantity, s.unit, s.weight_kg, s.value, s.currency, s.origin_country, s.destination_country, "
     "s.transit_countries, s.dispatch_country FROM shipments s LEFT JOIN entities x ON x.id = s.exporter_id LEFT "
     "JOIN entities m ON m.id = s.importer_id ORDER BY s.id",
     15},
    {"sanctions.csv", "id,entity,list,program,listed_date",
     "SELECT coalesce(d.ext_id, 'sanction-' || d.id), e.ext_id, d.list, d.program, d.listed_date FROM designations "
     "d JOIN entities e ON e.id = d.entity_id ORDER BY d.id",
     5},
};

// RFC 4180: quoted when the field holds a comma, a quote or a line break.
QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

Result<qint64> writeTable(sqlite3 *db, const CsvTable &table, const QString &path, Progress &progress)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    QByteArray buffer = QByteArray(table.header) + '\n';
    qint64 rows = 0;
    SqliteStatement st(db, table.sql);
    while (st.step()) {
        for (int i = 0; i < table.columns; ++i) {
            if (i > 0)
                buffer.append(',');
            buffer.append(csvField(st.text(i)));
        }
        buffer.append('\n');
        ++rows;
        if (buffer.size() > (1 << 20)) {
            if (out.write(buffer) != buffer.size())
                return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
            buffer.clear();
            if (progress.isCancelled())
                return makeError(ErrorCode::Cancelled, QStringLiteral("export cancelled"));
        }
    }
    if (out.write(buffer) != buffer.size() || !out.commit())
        return makeError(ErrorCode::Io, QStringLiteral("cannot write %1: %2").arg(path, out.errorString()));
    return rows;
}

} // namespace

Result<QList<qint64>> exportCaravanCsv(sqlite3 *db, const QString &prefix, Progress &progress)
{
    QList<qint64> counts;
    for (const CsvTable &table : kTables) {
        auto rows = writeTable(db, table, prefix + QLatin1String(table.file), progress);
        if (!rows)
            return rows.error();
        counts.append(*rows);
    }
    return counts;
}

} // namespace caravan
