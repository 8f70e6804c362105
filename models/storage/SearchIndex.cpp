#include "models/storage/SearchIndex.h"

#include "models/resolution/Normaliser.h"
#include "models/storage/Sqlite.h"

#include <sqlite3.h>

#include <algorithm>
#include <string>
#include <string_view>

namespace caravan::searchindex {

namespace {

// A shipment's searchable text: its HS code as written and as six digits (8542.31 and 854231), the goods, and
// every country on its route. The SQL it stands for, kept as the definition (SearchIndexTest compares the two):
//   ifnull(hs_code, '') || ' ' || ifnull(nullif(hs6, hs_code), '') || ' ' || ifnull(description, '') || ' ' ||
//   ifnull(origin_country, '') || ' ' || ifnull(dispatch_country, '') || ' ' ||
//   ifnull(replace(transit_countries, ';', ' '), '') || ' ' || ifnull(destination_country, '')
// Assembled by caravan_shipment_text in one pass over the columns instead: SQLite's twelve concatenations cost more
// than FTS5's own work (callgrind, a 100,000-shipment import: the index 1.23 billion instructions with them, 0.76
// with the function; the index is byte for byte the same).
const char *const kShipmentText = "caravan_shipment_text(hs_code, hs6, description, origin_country, dispatch_country, "
                                  "transit_countries, destination_country)";

// The function's arguments, in kShipmentText's order.
enum class Argument { HsCode, Hs6, Description, Origin, Dispatch, Transit, Destination };
constexpr int kArguments = 7;

// caravan_shipment_text(hs_code, hs6, description, origin, dispatch, transit, destination): kShipmentText's
// definition, byte for byte. Its buffer (the function's user data) is reused from row to row.
void shipmentTextFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    auto *text = static_cast<std::string *>(sqlite3_user_data(context));
    text->clear();
    const auto view = [argv](int i) {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        return bytes ? std::string_view(bytes, static_cast<std::size_t>(sqlite3_value_bytes(argv[i])))
                     : std::string_view();
    };
    const int hsCodeAt = static_cast<int>(Argument::HsCode);
    const std::string_view hsCode = view(hsCodeAt);
    for (int i = 0; i < kArguments; ++i) {
        if (i > 0)
            *text += ' ';
        const auto argument = static_cast<Argument>(i);
        const std::string_view value = argument == Argument::HsCode ? hsCode : view(i);
        if (argument == Argument::Hs6 && sqlite3_value_type(argv[hsCodeAt]) != SQLITE_NULL && value == hsCode)
            continue; // nullif(hs6, hs_code)
        const std::size_t at = text->size();
        *text += value;
        if (argument == Argument::Transit)
            std::replace(text->begin() + static_cast<std::ptrdiff_t>(at), text->end(), ';', ' ');
    }
    sqlite3_result_text(context, text->data(), static_cast<int>(text->size()), SQLITE_TRANSIENT);
}

// caravan_shipment_text exists on the connection while one of these lives.
class ShipmentTextFunction {
public:
    explicit ShipmentTextFunction(sqlite3 *db) : m_db(db)
    {
        sqlite3_create_function_v2(m_db, "caravan_shipment_text", kArguments, SQLITE_UTF8 | SQLITE_DETERMINISTIC,
                                   &m_buffer, shipmentTextFunction, nullptr, nullptr, nullptr);
    }
    ~ShipmentTextFunction()
    {
        sqlite3_create_function_v2(m_db, "caravan_shipment_text", kArguments, SQLITE_UTF8, nullptr, nullptr, nullptr,
                                   nullptr, nullptr);
    }
    ShipmentTextFunction(const ShipmentTextFunction &) = delete;
    ShipmentTextFunction &operator=(const ShipmentTextFunction &) = delete;

private:
    sqlite3 *m_db;
    std::string m_buffer;
};

// An entity's row of entity_search, for the entities `filter` (a condition on e) selects. Identifiers give their
// values only: a scheme ("kz-bin") in every row would make its letters match most of the case.
const char *const kEntityRows =
    "INSERT INTO entity_search(rowid, ext_id, names, identifiers, country, latin) "
    "SELECT id, ext_id, names, identifiers, country, caravan_latin(names) FROM ("
    "SELECT e.id, e.ext_id, e.country, e.name || ifnull(' ' || (SELECT group_concat(n.name, ' ') FROM entity_names n "
    "WHERE n.entity_id = e.id), '') AS names, (SELECT group_concat(i.value, ' ') FROM entity_identifiers i "
    "WHERE i.entity_id = e.id) AS identifiers FROM entities e WHERE %1)";

// caravan_latin(text): the Latin spelling of a text that has non-ASCII letters (ТОО Вектор -> too vektor), else NULL.
void latinFunction(sqlite3_context *context, int, sqlite3_value **argv)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int bytes = sqlite3_value_bytes(argv[0]);
    bool ascii = true;
    for (int i = 0; text && i < bytes && ascii; ++i)
        ascii = static_cast<unsigned char>(text[i]) < 0x80;
    if (!text || ascii) {
        sqlite3_result_null(context);
        return;
    }
    const QByteArray latin = normaliser::toLatin(QString::fromUtf8(text, bytes)).toUtf8();
    sqlite3_result_text(context, latin.constData(), static_cast<int>(latin.size()), SQLITE_TRANSIENT);
}

// caravan_latin exists on the connection while one of these lives.
class LatinFunction {
public:
    explicit LatinFunction(sqlite3 *db) : m_db(db)
    {
        sqlite3_create_function_v2(m_db, "caravan_latin", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr, latinFunction,
                                   nullptr, nullptr, nullptr);
    }
    ~LatinFunction()
    {
        sqlite3_create_function_v2(m_db, "caravan_latin", 1, SQLITE_UTF8, nullptr, nullptr, nullptr, nullptr, nullptr);
    }
    LatinFunction(const LatinFunction &) = delete;
    LatinFunction &operator=(const LatinFunction &) = delete;

private:
    sqlite3 *m_db;
};

Status run(sqlite3 *db, const QString &sql, const QList<qint64> &values)
{
    const QByteArray utf8 = sql.toUtf8();
    SqliteStatement st(db, utf8.constData());
    for (int i = 0; i < values.size(); ++i)
        st.bind(i + 1, values[i]);
    if (!st.isValid() || !st.execute())
        return makeError(ErrorCode::Database,
                         QStringLiteral("cannot update the search index: %1").arg(sqliteError(db)));
    return {};
}

Status reindex(sqlite3 *db, const QString &filter, const QList<qint64> &values)
{
    LatinFunction latin(db);
    if (auto st = run(db,
                      QStringLiteral("DELETE FROM entity_search WHERE rowid IN (SELECT e.id FROM entities e WHERE "
                                     "%1)")
                          .arg(filter),
                      values);
        !st)
        return st;
    return run(db, QString::fromLatin1(kEntityRows).arg(filter), values);
}

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.isMark();
}

QString prefixTerm(const QString &word)
{
    return u'"' + word + QStringLiteral("\"*");
}

// The first string past every string that starts with `prefix` (binary order, as the ext_id index compares).
QString pastPrefix(const QString &prefix)
{
    return prefix.isEmpty() ? QString() : prefix + QChar(0xFFFF);
}

} // namespace

Status indexSource(sqlite3 *db, qint64 source, qint64 after)
{
    ShipmentTextFunction shipmentText(db);
    if (auto st = run(db,
                      QStringLiteral("INSERT INTO shipment_search(rowid, t) SELECT id, %1 FROM shipments "
                                     "WHERE id > ?1 AND source_id = ?2")
                          .arg(QLatin1String(kShipmentText)),
                      {after, source});
        !st)
        return st;
    return reindex(db,
                   QStringLiteral("e.source_id = ?1 OR e.id IN (SELECT entity_id FROM entity_names WHERE source_id = "
                                  "?1 UNION SELECT entity_id FROM entity_identifiers WHERE source_id = ?1)"),
                   {source});
}

Status reindexEntities(sqlite3 *db, const QList<qint64> &entities)
{
    QStringList marks;
    for (int i = 0; i < entities.size(); ++i)
        marks << QStringLiteral("?%1").arg(i + 1);
    if (marks.isEmpty())
        return {};
    return reindex(db, QStringLiteral("e.id IN (%1)").arg(marks.join(u',')), entities);
}

Status rebuild(sqlite3 *db)
{
    if (auto st = sqliteExec(db, QStringLiteral("DELETE FROM entity_search; "
                                                "INSERT INTO shipment_search(shipment_search) VALUES('delete-all')"));
        !st)
        return st;
    ShipmentTextFunction shipmentText(db);
    if (auto st = run(db,
                      QStringLiteral("INSERT INTO shipment_search(rowid, t) SELECT id, %1 FROM shipments")
                          .arg(QLatin1String(kShipmentText)),
                      {});
        !st)
        return st;
    LatinFunction latin(db);
    return run(db, QString::fromLatin1(kEntityRows).arg(QStringLiteral("1")), {});
}

SearchTerms terms(const QString &text)
{
    SearchTerms t;
    QStringList words;
    QString word;
    const QString padded = text + u' ';
    for (const QChar c : padded) {
        if (isWordChar(c)) {
            word += c;
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    const QString id = text.trimmed();
    if (id.isEmpty())
        return t;
    t.idFrom = id;
    t.idTo = pastPrefix(id);
    t.upperIdFrom = id.toUpper();
    t.upperIdTo = pastPrefix(t.upperIdFrom);
    if (words.isEmpty()) {
        t.match = QStringLiteral("\"\""); // an empty phrase: the index matches nothing, the id ranges may
        return t;
    }
    QStringList parts;
    for (const QString &w : words) {
        bool ascii = true;
        for (const QChar c : w)
            ascii = ascii && c.unicode() < 0x80;
        const QString latin = ascii ? QString() : normaliser::toLatin(w).simplified();
        if (latin.isEmpty() || latin.contains(u'"'))
            parts << prefixTerm(w);
        else
            parts << QStringLiteral("(%1 OR %2)").arg(prefixTerm(w), prefixTerm(latin));
    }
    t.match = parts.join(QStringLiteral(" AND "));
    return t;
}

} // namespace caravan::searchindex
